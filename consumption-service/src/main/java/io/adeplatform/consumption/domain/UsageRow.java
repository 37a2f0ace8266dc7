package io.adeplatform.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One validated usage fact, ready to be stored. Its natural key: date, subscription, resource id, meter, resource
 * group, charge category and charge (the rest of the charge identity); the database keeps it as (usage_date, row_key),
 * row_key a digest of the others. {@code effectiveCost} may be null (not every format has it).
 */
public record UsageRow(LocalDate date, String subscriptionId, UUID customerId, String service, String meter,
                       String resourceGroup, String resourceId, String chargeCategory, String charge,
                       BigDecimal quantity, String unit, BigDecimal cost, BigDecimal effectiveCost, String currency) {
}
