package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.service.ProfitabilityView;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An engagement's economics: {@code revenueRecognized} (approved time, fixed-fee progress, accepted milestones),
 * {@code revenueBilled} (gross: invoice lines on issued, paid and overdue invoices) with {@code credited} (credit notes)
 * apart, {@code revenueUnbilled} = recognized − billed, {@code revenue} = recognized − credited, {@code cost} = the
 * actual cost of portfolio's ledger (null when kept in another currency), margin and budget burn.
 */
public record ProfitabilityResponse(UUID engagementId, UUID customerId, Money revenueRecognized, Money revenueBilled,
                                    Money credited, Money revenueUnbilled, Money revenue, Money cost, Money margin,
                                    BigDecimal marginPercent, Money budget, BigDecimal budgetBurnPercent,
                                    Money budgetRemaining) {

    public static ProfitabilityResponse from(ProfitabilityView view) {
        Calculations.Profitability p = view.figures();
        String cur = view.currency();
        return new ProfitabilityResponse(view.engagementId(), view.customerId(), money(p.recognized(), cur),
                money(p.billed(), cur), money(p.credited(), cur), money(p.unbilled(), cur), money(p.revenue(), cur),
                money(p.cost(), cur), money(p.margin(), cur), p.marginPercent(), money(p.budget(), cur),
                p.burnPercent(), money(p.remainingBudget(), cur));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
