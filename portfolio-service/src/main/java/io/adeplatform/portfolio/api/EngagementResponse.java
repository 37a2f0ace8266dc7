package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.service.EngagementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An engagement as clients read it; {@code version} is its ETag, the If-Match of its next change. */
public record EngagementResponse(
        UUID id, UUID customerId, String name, String offering,
        @Schema(description = "The contract or statement of work as the customer names it (the signed contract's id "
                + "when billing linked one and none was set)") String contractRef,
        @Schema(description = "The billing contract signed for this engagement, once billing published it")
        UUID contractId,
        String deliveryManager, LocalDate startDate, LocalDate endDate,
        @Schema(description = "Budget at completion (BAC)") Money budget,
        Stage stage,
        @Schema(description = "Percent complete, 0 to 100", example = "38.00") BigDecimal percentComplete,
        @Schema(description = "The stored overall health (worst of schedule, budget, scope and quality), kept "
                + "current by every change and by a timer for what changes with time alone") Health health,
        @Schema(description = "Why the health is what it is, one line per non-green reason")
        List<String> healthReasons,
        OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version; the ETag is this number in quotes") long version) implements Versioned {

    public static EngagementResponse from(EngagementView view) {
        Engagement e = view.engagement();
        return new EngagementResponse(e.id, e.customerId, e.name, e.offering, e.contractRef, e.contractId,
                e.deliveryManager, e.startDate, e.endDate, e.budget(), e.stage, e.percentComplete, e.health,
                view.healthReasons(), e.createdAt, e.createdBy, e.version);
    }
}
