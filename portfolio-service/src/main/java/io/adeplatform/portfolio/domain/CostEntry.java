package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
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

    /** An actual cost in the engagement's currency; a negative amount corrects an earlier entry, zero says nothing. */
    public static CostEntry record(Engagement e, LocalDate date, Money amount, String description, OffsetDateTime at,
                                   String by) {
        if (amount.amount().signum() == 0) {
            throw InvalidInput.field("amount.amount", "must not be zero");
        }
        if (!amount.currency().equals(e.budgetCurrency)) {
            throw new RuleViolation("currency-mismatch",
                    "costs must be in the engagement's currency " + e.budgetCurrency);
        }
        CostEntry c = new CostEntry();
        c.id = UUID.randomUUID();
        c.engagementId = e.id;
        c.date = date;
        c.amount = amount.amount();
        c.currency = amount.currency();
        c.description = description.strip();
        c.createdAt = at;
        c.createdBy = by;
        return c;
    }

    public Money money() {
        return new Money(amount, currency).rounded();
    }
}
