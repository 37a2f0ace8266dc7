package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored anomaly: one day of a customer's total ({@code service} null) or of one service, against its baseline. */
public record Anomaly(UUID id, UUID customerId, String service, LocalDate date, Money cost, Money baseline,
                      BigDecimal deviations, String direction, OffsetDateTime detectedAt) {
}
