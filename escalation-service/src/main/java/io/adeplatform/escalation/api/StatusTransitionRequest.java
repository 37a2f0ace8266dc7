package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.CauseCategory;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.RootCause;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of the escalation's status: {@code POST /api/escalations/{id}/transitions}. */
public record StatusTransitionRequest(
        @Schema(description = "the status to move to", example = "acknowledged")
        @NotNull EscalationStatus to,
        @Schema(description = "why, recorded on the timeline (for a reopening also in escalation-reopened)",
                example = "Owned by the delivery manager; first call with the customer at 14:00")
        @NotBlank @Size(max = 2000) String note,
        @Schema(description = "required when moving to resolved, rejected otherwise")
        @Valid RootCauseRequest rootCause) {

    /** The root-cause analysis that resolving needs. */
    public record RootCauseRequest(
            @Schema(example = "capacity") @NotNull CauseCategory category,
            @Schema(description = "what caused the problem",
                    example = "Two migration engineers were pulled to another engagement")
            @NotBlank @Size(max = 5000) String description,
            @Schema(description = "what was done to fix it", example = "Engineers returned; cut-over rehearsed")
            @NotBlank @Size(max = 5000) String correctiveActions,
            @Schema(description = "what keeps it from happening again", example = "Staffing locked until go-live")
            @NotBlank @Size(max = 5000) String preventiveActions) {

        RootCause toRootCause() {
            return new RootCause(category, description, correctiveActions, preventiveActions);
        }
    }
}
