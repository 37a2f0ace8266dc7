package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Level;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A raise or lowering of the escalation's level: {@code POST /api/escalations/{id}/level/transitions}. */
public record LevelTransitionRequest(
        @Schema(description = "the level to move to: L1 the delivery team, L2 the ADE, L3 the executive sponsors",
                example = "L2")
        @NotNull Level to,
        @Schema(description = "why, on the timeline and in escalation-level-changed",
                example = "Go-live at risk: the ADE takes over the customer communication")
        @NotBlank @Size(max = 1000) String reason) {
}
