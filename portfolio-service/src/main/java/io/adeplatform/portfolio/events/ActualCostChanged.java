package io.adeplatform.portfolio.events;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.CostSource;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cost entry was recorded: {@code actualCost} is the engagement's new actual cost (the sum of its cost entries, the
 * AC of its earned value), which billing's profitability and budget alerts use. On portfolio.engagement.events.
 */
public record ActualCostChanged(UUID engagementId, UUID customerId, Money actualCost, UUID costEntryId,
                                CostSource source, OffsetDateTime changedAt) {

    public static final String NAME = "actual-cost-changed";
}
