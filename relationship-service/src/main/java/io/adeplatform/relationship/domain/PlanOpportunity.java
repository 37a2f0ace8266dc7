package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Business beyond the current contract, moving identified → qualified → proposed → won/lost. */
@Entity
@Table(name = "plan_opportunity")
public class PlanOpportunity {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStage stage;

    @Column(name = "value_amount", nullable = false)
    public BigDecimal valueAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "value_currency", nullable = false, length = 3)
    public String valueCurrency;

    @Column(name = "expected_close_date", nullable = false)
    public LocalDate expectedCloseDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public Money estimatedValue() {
        return new Money(valueAmount, valueCurrency);
    }

    public void estimatedValue(Money value) {
        this.valueAmount = value.amount();
        this.valueCurrency = value.currency();
    }
}
