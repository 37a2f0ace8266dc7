package io.adeplatform.relationship.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.relationship.domain.HealthBand;

import java.time.OffsetDateTime;

/** One recorded change of relationship health, with the factors as they were recorded then. */
public record HealthHistoryView(OffsetDateTime computedAt, int score, HealthBand band, JsonNode factors) {
}
