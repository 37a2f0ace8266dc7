package io.adeplatform.portfolio.api.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new review of one of the configured gates; it starts pending with the gate's checklist. */
public record CreateQualityReviewRequest(
        @Schema(description = "The gate reviewed (its code, see listEngagementQualityGates); an unknown one is 422 "
                + "unknown-quality-gate", example = "solution-review")
        @NotBlank @Size(max = 60) String gate,
        @Schema(description = "A title; the gate's name when left out", example = "Solution review with the CTO office")
        @Size(max = 300) String title,
        @Schema(description = "Who reviews (a username or a name)", example = "erin.exec")
        @NotBlank @Size(max = 200) String reviewer) {
}
