package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.EscalationDetails;
import io.adeplatform.escalation.domain.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The fields a client may change (full replacement); status, level and SLA move only through their transitions. */
public record UpdateEscalationRequest(
        @Schema(description = "one of the customer's engagements, or null for none",
                example = "8a1d4f2c-7b3e-4c5d-a9e8-1f2b3c4d5e6f")
        UUID engagementId,
        @Schema(example = "Medicaid enrollment portal outage") @NotBlank @Size(max = 200) String title,
        @Schema(example = "Errors for about 30 % of applicants since the weekend release; rollback planned tonight.")
        @NotBlank @Size(max = 5000) String description,
        @Schema(description = "another severity re-targets the SLA from its policy", example = "high")
        @NotNull Severity severity,
        @Schema(example = "technical") @NotNull Category category,
        @Schema(description = "the accountable owner (username)", example = "dan.delivery")
        @NotBlank @Size(max = 200) String owner,
        @Schema(description = "usernames kept informed (at most 50); replaces the list", example = "[\"ada.exec\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> watchers,
        @Schema(description = "why the severity changed: on the timeline and in severity-changed; ignored when the "
                + "severity stays", example = "Workaround in place for most applicants")
        @Size(max = 1000) String severityReason) {

    EscalationDetails details() {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, watchers);
    }
}
