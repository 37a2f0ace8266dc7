package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.NpsCategory;
import io.adeplatform.relationship.domain.SatisfactionSurvey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record SatisfactionSurveyResponse(
        UUID id, UUID customerId, UUID engagementId, UUID stakeholderId,
        @Schema(description = "1–5", example = "4") int csat,
        @Schema(description = "0–10", example = "9") int nps,
        @Schema(description = "promoter (9–10), passive (7–8) or detractor (0–6)") NpsCategory npsCategory,
        @Schema(description = "NPS 0–6 or CSAT 1–2: a follow-up action was opened") boolean detractor,
        String verbatim, LocalDate respondedOn, OffsetDateTime createdAt, String createdBy) {

    public static SatisfactionSurveyResponse from(SatisfactionSurvey s) {
        return new SatisfactionSurveyResponse(s.id, s.customerId, s.engagementId, s.stakeholderId, s.csat, s.nps,
                s.npsCategory(), s.isDetractorAnswer(), s.verbatim, s.respondedOn, s.createdAt, s.createdBy);
    }
}
