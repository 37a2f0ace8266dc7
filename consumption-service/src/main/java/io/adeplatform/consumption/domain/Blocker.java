package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What stops a customer's consumption against a gap: a goal or commitment shortfall. */
@Entity
@Table(name = "consumption_blocker")
public class Blocker {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String description;

    @Convert(converter = BlockerCategory.Converter.class)
    @Column(nullable = false)
    public BlockerCategory category;

    @Column(nullable = false)
    public String owner;

    @Convert(converter = BlockerStatus.Converter.class)
    @Column(nullable = false)
    public BlockerStatus status;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** Moves to {@code next}, or a 409 problem when the state machine does not allow it. */
    public void moveTo(BlockerStatus next) {
        if (next == status) {
            return;
        }
        if (!status.canMoveTo(next)) {
            throw io.adeplatform.platform.http.Conflict.illegalTransition(status.wireName(), next.wireName());
        }
        status = next;
    }
}
