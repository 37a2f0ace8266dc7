package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.service.ProfitabilityView;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An engagement's economics: {@code revenueRecognized} (approved time, fixed-fee progress, accepted milestones),
 * {@code revenueBilled} (gross: invoice lines on issued, paid and overdue invoices) with {@code credited} (credit notes)
 * apart, {@code revenueUnbilled} = recognized − billed, {@code revenue} = recognized − credited, {@code cost} = the
 * actual cost of portfolio's ledger (null when kept in another currency), margin and budget burn.
 */
public record ProfitabilityResponse(UUID engagementId, UUID customerId,
                                    @Schema(description = "Earned under the contracts' terms: approved billable time, "
                                            + "fixed-fee value × percent complete, accepted milestones.")
                                    Money revenueRecognized,
                                    @Schema(description = "Invoice lines on issued, paid and overdue invoices, gross of "
                                            + "credit notes.") Money revenueBilled,
                                    @Schema(description = "Credit notes on those invoices.") Money credited,
                                    @Schema(description = "recognized − billed (negative: billed ahead of delivery).")
                                    Money revenueUnbilled,
                                    @Schema(description = "recognized − credited.") Money revenue,
                                    @Schema(description = "The actual cost of portfolio's ledger; null when kept in "
                                            + "another currency (then margin and burn are null too).") Money cost,
                                    @Schema(description = "revenue − cost.") Money margin,
                                    @Schema(description = "margin / revenue × 100, 2 decimals; null without revenue.",
                                            example = "8.67") BigDecimal marginPercent,
                                    @Schema(description = "Portfolio's budget of the engagement.") Money budget,
                                    @Schema(description = "cost / budget × 100, 2 decimals.", example = "103.20")
                                    BigDecimal budgetBurnPercent,
                                    @Schema(description = "budget − cost.") Money budgetRemaining) {

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
