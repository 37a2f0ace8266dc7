package io.adeplatform.escalation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New targets of a severity: {@code PUT /api/escalations/sla-policies/{severity}}. */
public record SlaPolicyRequest(
        @Schema(description = "minutes to acknowledge (1 to 525600, a year), less than resolveMinutes", example = "240")
        @NotNull @Min(1) @Max(525600) Integer acknowledgeMinutes,
        @Schema(description = "minutes to resolve (1 to 525600, a year)", example = "4320")
        @NotNull @Min(1) @Max(525600) Integer resolveMinutes) {
}
