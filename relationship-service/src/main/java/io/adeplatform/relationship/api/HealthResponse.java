package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.service.HealthView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Relationship health now, with the factors that made it: each factor's value (0–1), weight, and contribution in
 * score points (value × weight / total weight of present factors × 100). totalWeight sums the present factors.
 */
public record HealthResponse(UUID customerId, int score, HealthBand band, int totalWeight, List<Factor> factors,
                             OffsetDateTime computedAt) {

    public record Factor(String name, String detail, BigDecimal value, int weight, BigDecimal contribution) {
    }

    public static HealthResponse from(HealthView health) {
        var a = health.assessment();
        return new HealthResponse(health.customerId(), a.score(), a.band(), a.totalWeight(),
                a.factors().stream().map(f -> new Factor(f.name(), f.detail(), f.value(), f.weight(), f.contribution()))
                        .toList(),
                health.computedAt());
    }
}
