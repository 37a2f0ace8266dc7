package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.MilestoneStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a milestone. */
public record MilestoneTransitionRequest(
        @Schema(description = "The status to move to: achieved, accepted, waived or rejected (at acceptance)",
                example = "achieved")
        @NotNull MilestoneStatus to) {
}
