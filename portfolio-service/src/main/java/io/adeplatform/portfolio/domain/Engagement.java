package io.adeplatform.portfolio.domain;

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

@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String offering;

    @Column(name = "contract_ref")
    public String contractRef;

    /** Set when billing-service signs a contract covering this engagement. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "delivery_manager", nullable = false)
    public String deliveryManager;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "budget_amount", nullable = false)
    public BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "budget_currency", nullable = false, length = 3)
    public String budgetCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "percent_complete", nullable = false)
    public BigDecimal percentComplete;

    /** The current rule-computed overall health, refreshed after every change. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Health health;

    /** JSON array of the reasons of {@link #health}. */
    @Column(name = "health_reasons", nullable = false)
    public String healthReasons;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public Money budget() {
        return new Money(budgetAmount, budgetCurrency).rounded();
    }
}
