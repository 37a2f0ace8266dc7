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

/** The fields a client may change (full replacement); status, level and SLA move only through their commands. */
public record UpdateEscalationRequest(
        UUID engagementId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotNull Severity severity,
        @NotNull Category category,
        @NotBlank @Size(max = 200) String owner,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> watchers,
        @Schema(description = "why the severity changed: on the timeline and in severity-changed; ignored when the severity stays")
        @Size(max = 1000) String severityReason) {

    EscalationDetails details() {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, watchers);
    }
}
