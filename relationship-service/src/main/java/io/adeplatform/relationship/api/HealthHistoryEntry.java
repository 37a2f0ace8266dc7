package io.adeplatform.relationship.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.relationship.domain.HealthBand;

import java.time.OffsetDateTime;

/** One recorded change of relationship health. */
public record HealthHistoryEntry(OffsetDateTime computedAt, int score, HealthBand band, JsonNode factors) {
}
