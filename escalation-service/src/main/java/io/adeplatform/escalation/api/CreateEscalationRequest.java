package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.EscalationDetails;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CreateEscalationRequest(
        @NotNull UUID customerId,
        UUID engagementId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotNull Severity severity,
        @NotNull Category category,
        @Schema(description = "customer or internal; system is reserved for escalations the platform opens from events")
        @NotNull Source source,
        @Schema(description = "the accountable owner (username); the caller when omitted")
        @Size(min = 1, max = 200) String owner,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> watchers,
        @Schema(description = "when the escalation was actually raised, if it is recorded afterwards (e.g. a phone call an "
                + "hour ago); the SLA timers start then. At most 30 days back, never in the future; now when omitted")
        OffsetDateTime raisedAt) {

    EscalationDetails details() {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, watchers);
    }
}
