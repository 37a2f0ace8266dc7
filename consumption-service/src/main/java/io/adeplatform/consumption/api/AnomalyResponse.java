package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Anomaly;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code service} null: the customer's total; {@code direction}: spike or drop. */
public record AnomalyResponse(UUID id, UUID customerId, String service, LocalDate date, Money cost, Money baseline,
                              BigDecimal deviations, String direction, OffsetDateTime detectedAt) {

    public static AnomalyResponse from(Anomaly a) {
        return new AnomalyResponse(a.id(), a.customerId(), a.service(), a.date(), a.cost(), a.baseline(), a.deviations(),
                a.direction(), a.detectedAt());
    }
}
