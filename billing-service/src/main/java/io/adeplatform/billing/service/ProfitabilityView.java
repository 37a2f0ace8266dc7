package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Calculations;

import java.util.UUID;

/** An engagement's revenue, cost, margin and budget burn, all in {@code currency}. */
public record ProfitabilityView(UUID engagementId, UUID customerId, String currency, Calculations.Profitability figures) {
}
