package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "cost_entry")
public class CostEntry {

    @Id
    public UUID id;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    public String currency;

    @Column(nullable = false)
    public String description;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public Money money() {
        return new Money(amount, currency).rounded();
    }
}
