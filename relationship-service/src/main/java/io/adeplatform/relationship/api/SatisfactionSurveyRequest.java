package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.SurveyAnswer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One stakeholder's answer to a satisfaction survey, about the relationship or one engagement. */
public record SatisfactionSurveyRequest(
        @Schema(description = "The engagement the answer is about; absent for the relationship as a whole. Kept as "
                + "given: relationship-service does not know portfolio's engagements",
                example = "5b2e8f14-6c3a-4d7e-b1f0-9a8c7d6e5f40") UUID engagementId,
        @NotNull @Schema(description = "The customer's stakeholder who answered (422 unknown-stakeholder otherwise)",
                example = "7a1d5c3e-2b4f-4e6a-9c8d-1f2e3d4c5b6a") UUID stakeholderId,
        @NotNull @Min(1) @Max(5) @Schema(description = "Customer satisfaction, 1 (very dissatisfied) to 5 (very "
                + "satisfied); 2 or less is a detractor answer", example = "4") Integer csat,
        @NotNull @Min(0) @Max(10) @Schema(description = "Likelihood to recommend, 0–10: promoter 9–10, passive 7–8, "
                + "detractor 0–6", example = "9") Integer nps,
        @Size(max = 4000) @Schema(description = "What the stakeholder said, in their words",
                example = "The cut-over weekend went smoothly; reporting still needs work") String verbatim,
        @NotNull @Schema(description = "When the stakeholder answered: today (UTC) or earlier",
                example = "2026-11-20") LocalDate respondedOn) {

    public SurveyAnswer answer() {
        return new SurveyAnswer(engagementId, stakeholderId, csat, nps, verbatim, respondedOn);
    }
}
