package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.service.ProfitabilityView;
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

    public static ProfitabilityResponse from(ProfitabilityView view) {
        Calculations.Profitability p = view.figures();
        String cur = view.currency();
        return new ProfitabilityResponse(view.engagementId(), view.customerId(), money(p.billed(), cur),
                money(p.unbilled(), cur), money(p.revenue(), cur), money(p.cost(), cur), money(p.margin(), cur),
                p.marginPercent(), money(p.budget(), cur), p.burnPercent(), money(p.remainingBudget(), cur));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
