package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Anomaly;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code service} null: the customer's total; {@code direction}: spike, drop or stoppage. */
public record AnomalyResponse(UUID id, UUID customerId,
                              @Schema(description = "The service whose cost departed; null: the customer's total",
                                      example = "Virtual Machines") String service,
                              LocalDate date,
                              @Schema(description = "The day's cost") Money cost,
                              @Schema(description = "The mean daily cost of the 28 days before") Money baseline,
                              @Schema(description = "How many standard deviations the cost lies from the baseline "
                                      + "(a plain number, not money)", example = "4.2") BigDecimal deviations,
                              @Schema(description = "spike, drop or stoppage (the first day without usage)",
                                      example = "spike") String direction,
                              OffsetDateTime detectedAt) {

    public static AnomalyResponse from(Anomaly a) {
        return new AnomalyResponse(a.id(), a.customerId(), a.service(), a.date(), a.cost(), a.baseline(), a.deviations(),
                a.direction(), a.detectedAt());
    }
}
