package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.WireEnums;
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

    /** Status changes follow {@link BlockerStatus}: an illegal move is a 409 and changes nothing. */
    public void update(String newDescription, BlockerCategory newCategory, String newOwner, BlockerStatus newStatus,
                       UUID newEngagementId) {
        moveTo(newStatus);
        describe(newDescription, newCategory, newOwner, newEngagementId);
    }

    /** Moves to {@code next}, or a {@link Conflict} when the state machine does not allow it. */
    public void moveTo(BlockerStatus next) {
        if (next == status) {
            return;
        }
        if (!status.canMoveTo(next)) {
            throw Conflict.illegalTransition(WireEnums.wireName(status), WireEnums.wireName(next));
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
