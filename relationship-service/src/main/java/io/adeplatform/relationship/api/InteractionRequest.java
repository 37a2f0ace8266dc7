package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.InteractionDetails;
import io.adeplatform.relationship.domain.InteractionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact that happened (date today or earlier) with at least one stakeholder of the customer. */
public record InteractionRequest(
        @NotNull @Schema(example = "executive-briefing") InteractionType type,
        @NotNull @Schema(description = "When it happened: today (UTC) or earlier", example = "2026-11-20") LocalDate date,
        @NotEmpty @Size(max = 50) @Schema(description = "The customer's stakeholders who took part (1–50)",
                example = "[\"7a1d5c3e-2b4f-4e6a-9c8d-1f2e3d4c5b6a\"]") List<@NotNull UUID> stakeholderIds,
        @NotBlank @Size(max = 4000) @Schema(example = "Briefing on the modernisation roadmap") String summary,
        @Size(max = 2000) @Schema(example = "CIO sponsors a data-platform pilot") String outcome,
        @Size(max = 2000) @Schema(example = "Send the pilot proposal by Friday") String nextStep) {

    public InteractionDetails details() {
        return new InteractionDetails(type, date, stakeholderIds, summary, outcome, nextStep);
    }
}
