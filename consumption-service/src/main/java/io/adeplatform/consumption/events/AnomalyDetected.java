package io.adeplatform.consumption.events;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * consumption.usage.events, one per new anomaly; key = customerId, so one customer's anomalies stay in order.
 * Schema: contracts/events/consumption/usage-anomaly-detected.v1.schema.json.
 */
public record AnomalyDetected(UUID anomalyId, UUID customerId, String service, LocalDate date, Money cost,
                              Money baseline, BigDecimal deviations, String direction) {
    public static final String AGGREGATE = "usage";
    public static final String NAME = "anomaly-detected";
}
