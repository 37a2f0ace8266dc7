package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.RagRules;

import java.time.LocalDate;
import java.util.UUID;

/** The live RAG of an engagement, computed as of a date (not frozen). */
public record EngagementHealthView(UUID engagementId, LocalDate asOf, RagRules.Assessment assessment) {
}
