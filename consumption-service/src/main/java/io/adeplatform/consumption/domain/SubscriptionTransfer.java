package io.adeplatform.consumption.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit row of one subscription transfer: who moved it, when, from which customer to which, and why. */
@Entity
@Table(name = "subscription_transfer")
public class SubscriptionTransfer {

    @Id
    public UUID id;

    public String subscriptionId;

    public UUID fromCustomerId;

    public UUID toCustomerId;

    public String reason;

    public String transferredBy;

    public OffsetDateTime transferredAt;

    /** Moves {@code subscription} to {@code target} and returns the audit row of the move. */
    public static SubscriptionTransfer move(Subscription subscription, UUID target, String reason, String admin,
                                            OffsetDateTime now) {
        SubscriptionTransfer transfer = new SubscriptionTransfer();
        transfer.id = UUID.randomUUID();
        transfer.subscriptionId = subscription.id;
        transfer.fromCustomerId = subscription.customerId;
        transfer.toCustomerId = target;
        transfer.reason = reason.strip();
        transfer.transferredBy = admin;
        transfer.transferredAt = now;
        subscription.transferTo(target);
        return transfer;
    }
}
