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

/** Opening an escalation: {@code POST /api/escalations}. */
public record CreateEscalationRequest(
        @Schema(description = "the customer; the caller must write for its account team",
                example = "3f2b8c1e-5d4a-4e7b-9c1d-2a6f8e9b0c3d")
        @NotNull UUID customerId,
        @Schema(description = "one of the customer's engagements, if the escalation concerns one",
                example = "8a1d4f2c-7b3e-4c5d-a9e8-1f2b3c4d5e6f")
        UUID engagementId,
        @Schema(example = "Medicaid enrollment portal outage") @NotBlank @Size(max = 200) String title,
        @Schema(example = "The enrollment portal returns errors for about 30 % of applicants since the weekend release.")
        @NotBlank @Size(max = 5000) String description,
        @Schema(description = "picks the SLA policy", example = "critical") @NotNull Severity severity,
        @Schema(example = "technical") @NotNull Category category,
        @Schema(description = "customer or internal; system is reserved for escalations the platform opens from events",
                example = "customer")
        @NotNull Source source,
        @Schema(description = "the accountable owner (username); the caller when omitted", example = "ada.exec")
        @Size(min = 1, max = 200) String owner,
        @Schema(description = "usernames kept informed (at most 50)", example = "[\"dan.delivery\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> watchers,
        @Schema(description = "when the escalation was actually raised, if it is recorded afterwards (e.g. a phone call an "
                + "hour ago); the SLA timers start then. At most 30 days back, never in the future; now when omitted",
                example = "2026-11-28T09:12:00Z")
        OffsetDateTime raisedAt) {

    EscalationDetails details() {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, watchers);
    }
}
