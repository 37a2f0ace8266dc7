package io.adeplatform.relationship.api.cadence;

import io.adeplatform.relationship.domain.cadence.CadencePolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The cadence policy that applies to a customer: the one set, or the defaults while none is. */
public record CadencePolicyResponse(
        UUID customerId,
        @Schema(description = "True while the customer has set no policy: the defaults apply (QBR 90, executive "
                + "briefing 30, steering committee 30 days), version 0")
        boolean defaults,
        int qbrIntervalDays,
        int executiveBriefingIntervalDays,
        int steeringCommitteeIntervalDays,
        @Schema(description = "Per-engagement steering committee intervals, by engagement id")
        List<SteeringOverride> steeringCommitteeOverrides,
        @Schema(description = "The ETag: 0 for the defaults, one more with every replacement") long version,
        @Schema(description = "When the policy was last set; null for the defaults") OffsetDateTime updatedAt,
        @Schema(description = "Who last set it; null for the defaults") String updatedBy) {

    public record SteeringOverride(UUID engagementId, int intervalDays) {
    }

    public static CadencePolicyResponse from(CadencePolicy p) {
        List<SteeringOverride> overrides = p.steeringCommitteeOverrides.entrySet().stream()
                .map(e -> new SteeringOverride(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SteeringOverride::engagementId)).toList();
        return new CadencePolicyResponse(p.customerId, p.isDefault(), p.qbrIntervalDays,
                p.executiveBriefingIntervalDays, p.steeringCommitteeIntervalDays, overrides, p.version, p.updatedAt,
                p.updatedBy);
    }
}
