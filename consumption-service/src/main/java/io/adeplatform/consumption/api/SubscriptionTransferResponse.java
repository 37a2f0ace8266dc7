package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.SubscriptionTransfer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited transfer: who moved the subscription, when, from which customer to which, and why. */
public record SubscriptionTransferResponse(UUID id, String subscriptionId, UUID fromCustomerId, UUID toCustomerId,
                                           String reason, String transferredBy, OffsetDateTime transferredAt) {

    public static SubscriptionTransferResponse from(SubscriptionTransfer t) {
        return new SubscriptionTransferResponse(t.id, t.subscriptionId, t.fromCustomerId, t.toCustomerId, t.reason,
                t.transferredBy, t.transferredAt);
    }
}
