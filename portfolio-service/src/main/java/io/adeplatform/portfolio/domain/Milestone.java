package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.InvalidInput;
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
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    public UUID engagementId;

    public String name;

    public LocalDate dueDate;

    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;

    public OffsetDateTime achievedAt;

    public OffsetDateTime acceptedAt;

    public String acceptedBy;

    /** How often the customer refused the milestone at acceptance (a quality signal, see QualityRules). */
    public int rejections;

    public OffsetDateTime rejectedAt;

    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** A planned milestone; billable when it has an amount, which must be positive and in the engagement's currency. */
    public static Milestone plan(Engagement e, String name, LocalDate dueDate, Money amount, OffsetDateTime at) {
        if (amount != null) {
            if (amount.amount().signum() <= 0) {
                throw InvalidInput.field("amount.amount", "must be greater than zero");
            }
            e.requireCurrency(amount, "milestone amount");
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.engagementId = e.id;
        m.name = name.strip();
        m.dueDate = dueDate;
        m.amount = amount == null ? null : amount.amount();
        m.currency = amount == null ? null : amount.currency();
        m.status = MilestoneStatus.PLANNED;
        m.createdAt = at;
        return m;
    }

    /**
     * Planned → achieved → accepted, or waived on the way; an achieved milestone the customer refuses is rejected,
     * then achieved again after rework (see {@link Lifecycle}); records when and by whom.
     */
    public void moveTo(MilestoneStatus to, OffsetDateTime at, String by) {
        if (!Lifecycle.isAllowed(status, to)) {
            throw Lifecycle.illegalMove(status.wireName(), to.wireName(),
                    Lifecycle.allowedFrom(status).stream().map(MilestoneStatus::wireName).toList());
        }
        status = to;
        if (to == MilestoneStatus.ACHIEVED) {
            achievedAt = at;
        }
        if (to == MilestoneStatus.ACCEPTED) {
            acceptedAt = at;
            acceptedBy = by;
        }
        if (to == MilestoneStatus.REJECTED) {
            rejections++;
            rejectedAt = at;
        }
    }

    public Money amount() {
        return amount == null ? null : new Money(amount, currency).rounded();
    }

    /** Delivered as far as the schedule counts: achieved, accepted or waived (a rejected one is not delivered). */
    public boolean isDone() {
        return status != MilestoneStatus.PLANNED && status != MilestoneStatus.REJECTED;
    }

    /** Rejected at acceptance at least once and not yet accepted or waived. */
    public boolean isRejectedAndOpen() {
        return rejections > 0 && !isSettled();
    }

    public boolean isSettled() {
        return status == MilestoneStatus.ACCEPTED || status == MilestoneStatus.WAIVED;
    }
}
