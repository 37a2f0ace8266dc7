package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.SlaTimersState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pausing or resuming both SLA timers: {@code POST /api/escalations/{id}/sla/transitions}. */
public record SlaTransitionRequest(
        @Schema(description = "paused stops both timers; running resumes them", example = "paused")
        @NotNull SlaTimersState to,
        @Schema(description = "why: required when pausing (shown with the pause), optional when resuming (noted on the "
                + "timeline)", example = "waiting for customer: cut-over window confirmation")
        @Size(max = 500) String reason) {
}
