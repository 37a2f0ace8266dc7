package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What stops a customer's consumption against a gap: a goal or commitment shortfall. */
@Entity
@Table(name = "consumption_blocker")
public class Blocker extends CustomerRecord {

    public String description;

    @Convert(converter = BlockerCategory.Converter.class)
    public BlockerCategory category;

    public String owner;

    @Convert(converter = BlockerStatus.Converter.class)
    public BlockerStatus status;

    public UUID engagementId;

    public UUID goalId;

    public UUID commitmentId;

    /** A new, open blocker; the goal and commitment it names were checked to be the customer's. */
    public static Blocker open(UUID customerId, String description, BlockerCategory category, String owner,
                               UUID engagementId, UUID goalId, UUID commitmentId, OffsetDateTime now, String creator) {
        Blocker blocker = new Blocker();
        blocker.created(customerId, now, creator);
        blocker.status = BlockerStatus.OPEN;
        blocker.describe(description, category, owner, engagementId);
        blocker.goalId = goalId;
        blocker.commitmentId = commitmentId;
        return blocker;
    }

    /** What a blocker says; its status moves only through {@link #moveTo}. */
    public void update(String newDescription, BlockerCategory newCategory, String newOwner, UUID newEngagementId) {
        describe(newDescription, newCategory, newOwner, newEngagementId);
    }

    /**
     * Moves to {@code next} when {@link BlockerStatus} allows it; anything else (the current status included) is a
     * 409 illegal-transition naming from, to and the allowed targets, and changes nothing.
     */
    public void moveTo(BlockerStatus next) {
        if (!status.canMoveTo(next)) {
            throw Conflict.illegalTransition(status, next, status.targets());
        }
        status = next;
    }

    private void describe(String newDescription, BlockerCategory newCategory, String newOwner, UUID newEngagementId) {
        description = newDescription.strip();
        category = newCategory;
        owner = newOwner.strip();
        engagementId = newEngagementId;
    }
}
