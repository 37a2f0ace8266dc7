package io.adeplatform.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One validated usage fact, ready to be stored. Its natural key: date, subscription, meter, resource group. */
public record UsageRow(LocalDate date, String subscriptionId, UUID customerId, String service, String meter,
                       String resourceGroup, BigDecimal quantity, String unit, BigDecimal cost, String currency) {
}
