package io.adeplatform.relationship.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.service.HealthHistoryView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One recorded change of relationship health; factors as recorded then (the shape of HealthResponse's factors). */
public record HealthHistoryResponse(OffsetDateTime computedAt, int score, HealthBand band,
                                    @Schema(description = "The factors as recorded then, shaped like those of the "
                                            + "current health", type = SchemaType.ARRAY,
                                            implementation = HealthResponse.Factor.class) JsonNode factors) {

    public static HealthHistoryResponse from(HealthHistoryView entry) {
        return new HealthHistoryResponse(entry.computedAt(), entry.score(), entry.band(), entry.factors());
    }
}
