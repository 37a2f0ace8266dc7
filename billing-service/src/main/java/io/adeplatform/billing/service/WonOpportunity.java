package io.adeplatform.billing.service;

import io.adeplatform.platform.core.Money;

import java.time.YearMonth;
import java.util.UUID;

/** What billing takes from relationship's opportunity-won: enough to draft the contract. */
public record WonOpportunity(UUID opportunityId, UUID customerId, String name, Money value, YearMonth closeMonth) {
}
