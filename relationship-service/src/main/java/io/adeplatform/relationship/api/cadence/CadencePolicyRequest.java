package io.adeplatform.relationship.api.cadence;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.relationship.domain.cadence.CadenceIntervals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's whole cadence policy (a full replacement): intervals in whole days, 1 to 366; a fraction, text or a
 * value out of range is a 400 naming the field. Overrides replace the steering committee's interval for one engagement.
 */
public record CadencePolicyRequest(
        @NotNull @Min(CadenceIntervals.MIN_DAYS) @Max(CadenceIntervals.MAX_DAYS)
        @Schema(description = "Days between quarterly business reviews (default 90)", example = "90")
        Integer qbrIntervalDays,
        @NotNull @Min(CadenceIntervals.MIN_DAYS) @Max(CadenceIntervals.MAX_DAYS)
        @Schema(description = "Days between executive briefings (default 30)", example = "30")
        Integer executiveBriefingIntervalDays,
        @NotNull @Min(CadenceIntervals.MIN_DAYS) @Max(CadenceIntervals.MAX_DAYS)
        @Schema(description = "Days between steering committees, for every engagement of the customer without an "
                + "override (default 30)", example = "30")
        Integer steeringCommitteeIntervalDays,
        @Size(max = 500)
        @Schema(description = "Per-engagement steering committee intervals (absent or empty: none); each engagement at "
                + "most once, and it must be an engagement of this customer (422 unknown-engagement)",
                example = "[{\"engagementId\": \"0b7d6c2a-8f51-4a49-9d0e-5c3b2a1f7e64\", \"intervalDays\": 14}]")
        List<@Valid @NotNull SteeringOverrideRequest> steeringCommitteeOverrides) {

    /** One engagement's steering committee interval. */
    public record SteeringOverrideRequest(
            @NotNull @Schema(description = "An engagement of this customer",
                    example = "0b7d6c2a-8f51-4a49-9d0e-5c3b2a1f7e64") UUID engagementId,
            @NotNull @Min(CadenceIntervals.MIN_DAYS) @Max(CadenceIntervals.MAX_DAYS)
            @Schema(description = "Days between this engagement's steering committees", example = "14")
            Integer intervalDays) {
    }

    /** The domain's intervals; an engagement named twice is a 400. */
    public CadenceIntervals intervals() {
        Map<UUID, Integer> overrides = new HashMap<>();
        List<SteeringOverrideRequest> given = steeringCommitteeOverrides == null ? List.of() : steeringCommitteeOverrides;
        for (int i = 0; i < given.size(); i++) {
            if (overrides.put(given.get(i).engagementId(), given.get(i).intervalDays()) != null) {
                throw InvalidInput.field("steeringCommitteeOverrides[" + i + "].engagementId",
                        "names an engagement already overridden");
            }
        }
        return new CadenceIntervals(qbrIntervalDays, executiveBriefingIntervalDays, steeringCommitteeIntervalDays,
                overrides);
    }
}
