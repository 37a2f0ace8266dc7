package io.adeplatform.billing.api;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An engagement's economics in real time: revenue billed (issued, paid, overdue invoices less credit notes) and
 * unbilled (uninvoiced billable time and draft invoices), cost of all time at cost rate, margin, budget burn.
 */
public record ProfitabilityResponse(UUID engagementId, UUID customerId, Money revenueBilled, Money revenueUnbilled,
                                    Money revenue, Money cost, Money margin, BigDecimal marginPercent, Money budget,
                                    BigDecimal budgetBurnPercent, Money budgetRemaining) {
}
