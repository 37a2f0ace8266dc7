package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.CauseCategory;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.RootCause;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TransitionRequest(
        @NotNull EscalationStatus to,
        @NotBlank @Size(max = 2000) String note,
        @Schema(description = "required when moving to resolved, rejected otherwise")
        @Valid RootCauseRequest rootCause) {

    public record RootCauseRequest(
            @NotNull CauseCategory category,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Size(max = 5000) String correctiveActions,
            @NotBlank @Size(max = 5000) String preventiveActions) {

        RootCause toRootCause() {
            return new RootCause(category, description, correctiveActions, preventiveActions);
        }
    }
}
