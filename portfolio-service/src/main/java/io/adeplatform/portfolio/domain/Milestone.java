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
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Column(nullable = false)
    public String name;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "amount")
    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "achieved_at")
    public OffsetDateTime achievedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Money amount() {
        return amount == null ? null : new Money(amount, currency).rounded();
    }

    public boolean isDone() {
        return status != MilestoneStatus.PLANNED;
    }

    public boolean isSettled() {
        return status == MilestoneStatus.ACCEPTED || status == MilestoneStatus.WAIVED;
    }
}
