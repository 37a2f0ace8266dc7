package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.service.HealthView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Relationship health now, with the factors that made it: each factor's value (0–1), weight, and contribution in
 * score points (value × weight / total weight of present factors × 100). totalWeight sums the present factors.
 */
public record HealthResponse(
        UUID customerId,
        @Schema(description = "0–100, the rounded sum of the factors' contributions", example = "71") int score,
        @Schema(description = "red below 50, amber below 75, green otherwise") HealthBand band,
        @Schema(description = "The sum of the weights of the factors that have data", example = "95") int totalWeight,
        List<Factor> factors, OffsetDateTime computedAt) {

    /** One factor: value × weight / totalWeight × 100 = contribution in score points. */
    public record Factor(@Schema(example = "key-role-coverage") String name,
                         @Schema(example = "4 of 4 key roles engaged") String detail,
                         @Schema(description = "0 to 1", example = "1.0000") BigDecimal value,
                         @Schema(example = "30") int weight,
                         @Schema(description = "Score points this factor contributes", example = "31.58") BigDecimal contribution) {
    }

    public static HealthResponse from(HealthView health) {
        var a = health.assessment();
        return new HealthResponse(health.customerId(), a.score(), a.band(), a.totalWeight(),
                a.factors().stream().map(f -> new Factor(f.name(), f.detail(), f.value(), f.weight(), f.contribution()))
                        .toList(),
                health.computedAt());
    }
}
