package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

public record GoalResponse(UUID id, UUID customerId, YearMonth month, Money target, OffsetDateTime createdAt,
                           String createdBy,
        @Schema(description = "The version, sent as the ETag; an update names it in If-Match", example = "0") long version) implements Versioned {

    public static GoalResponse from(Goal g) {
        return new GoalResponse(g.id, g.customerId, YearMonth.from(g.month), g.target().rounded(), g.createdAt,
                g.createdBy, g.version);
    }
}
