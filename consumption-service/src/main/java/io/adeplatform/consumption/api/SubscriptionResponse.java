package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Subscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SubscriptionResponse(String id, String name, UUID customerId, UUID engagementId,
                                   OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version, sent as the ETag; an update names it in If-Match", example = "0") long version) {

    public static SubscriptionResponse from(Subscription s) {
        return new SubscriptionResponse(s.id, s.name, s.customerId, s.engagementId, s.createdAt, s.createdBy, s.version);
    }
}
