package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.service.EngagementView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record EngagementResponse(UUID id, UUID customerId, String name, String offering, String contractRef,
                                 UUID contractId, String deliveryManager, LocalDate startDate, LocalDate endDate,
                                 Money budget, Stage stage, BigDecimal percentComplete, Health health,
                                 List<String> healthReasons, OffsetDateTime createdAt, String createdBy,
                                 long version) implements Versioned {

    public static EngagementResponse from(EngagementView view) {
        Engagement e = view.engagement();
        return new EngagementResponse(e.id, e.customerId, e.name, e.offering, e.contractRef, e.contractId,
                e.deliveryManager, e.startDate, e.endDate, e.budget(), e.stage, e.percentComplete, e.health,
                view.healthReasons(), e.createdAt, e.createdBy, e.version);
    }
}
