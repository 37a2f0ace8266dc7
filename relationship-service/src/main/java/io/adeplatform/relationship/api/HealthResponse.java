package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.domain.HealthCalculator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Relationship health now, with the factors that made it: each factor's value (0–1), weight, and contribution in
 * score points (value × weight / total weight of present factors × 100). totalWeight sums the present factors.
 */
public record HealthResponse(UUID customerId, int score, HealthBand band, int totalWeight,
                             List<HealthCalculator.Factor> factors, OffsetDateTime computedAt) {
}
