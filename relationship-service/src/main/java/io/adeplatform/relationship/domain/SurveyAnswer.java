package io.adeplatform.relationship.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A satisfaction survey answer as a client records it: CSAT 1–5, NPS 0–10, the stakeholder who answered and when. */
public record SurveyAnswer(UUID engagementId, UUID stakeholderId, int csat, int nps, String verbatim,
                           LocalDate respondedOn) {
}
