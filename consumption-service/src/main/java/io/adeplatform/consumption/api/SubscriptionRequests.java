package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Subscription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of /api/consumption/subscriptions. */
public final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    public record CreateSubscription(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "letters, digits and . _ : / - only") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull UUID customerId,
            UUID engagementId) {
    }

    public record UpdateSubscription(@NotBlank @Size(max = 200) String name, UUID engagementId) {
    }

    public record SubscriptionResponse(String id, String name, UUID customerId, UUID engagementId,
                                       OffsetDateTime createdAt, String createdBy, long version) {
        public static SubscriptionResponse of(Subscription s) {
            return new SubscriptionResponse(s.id, s.name, s.customerId, s.engagementId, s.createdAt, s.createdBy, s.version);
        }
    }
}
