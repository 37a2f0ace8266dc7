package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "cost_entry")
public class CostEntry extends EngagementRecord {

    @Column(name = "entry_date")
    public LocalDate date;

    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    public String description;

    @Enumerated(EnumType.STRING)
    public CostSource source = CostSource.MANUAL;

    /** The record at the source (billing's time entry id); null for manual entries. */
    public UUID sourceRef;

    /** An actual cost in the engagement's currency; a negative amount corrects an earlier entry, zero says nothing. */
    public static CostEntry record(Engagement e, LocalDate date, Money amount, String description, OffsetDateTime at,
                                   String by) {
        if (amount.amount().signum() == 0) {
            throw InvalidInput.field("amount.amount", "must not be zero");
        }
        e.requireCurrency(amount, "costs");
        CostEntry c = new CostEntry();
        c.createdOn(e.id, at, by);
        c.date = date;
        c.amount = amount.amount();
        c.currency = amount.currency();
        c.description = description.strip();
        return c;
    }

    /** An approved time entry's cost (hours × cost rate), once per time entry. */
    public static CostEntry fromTimeEntry(Engagement e, UUID timeEntryId, LocalDate workDate, Money cost,
                                          String description, OffsetDateTime at, String by) {
        CostEntry c = record(e, workDate, cost, description, at, by);
        c.source = CostSource.BILLING_TIME_ENTRY;
        c.sourceRef = timeEntryId;
        return c;
    }

    public Money money() {
        return new Money(amount, currency).rounded();
    }
}
