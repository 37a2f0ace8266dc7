package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A cloud subscription (identified as the cloud names it) whose usage counts for one customer. */
@Entity
@Table(name = "subscription")
public class Subscription extends CustomerOwned {

    @Id
    public String id;

    public String name;

    public UUID engagementId;

    public static Subscription register(String id, String name, UUID customerId, UUID engagementId,
                                        OffsetDateTime now, String creator) {
        Subscription subscription = new Subscription();
        subscription.id = id.strip();
        subscription.name = name.strip();
        subscription.createdFor(customerId, now, creator);
        subscription.engagementId = engagementId;
        return subscription;
    }

    /** Name and engagement may change; the customer only through an audited transfer ({@link SubscriptionTransfer}). */
    public void change(String newName, UUID newEngagementId) {
        name = newName.strip();
        engagementId = newEngagementId;
    }

    /**
     * Usage from now on counts for {@code target}; usage stored before stays the previous holder's. The engagement
     * was the previous customer's, so the link is dropped.
     */
    void transferTo(UUID target) {
        if (target.equals(customerId)) {
            throw new RuleViolation("subscription-already-held", "subscription " + id + " is already held by customer "
                    + target);
        }
        customerId = target;
        engagementId = null;
    }
}
