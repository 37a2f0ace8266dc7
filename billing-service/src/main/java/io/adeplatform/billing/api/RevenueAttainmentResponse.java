package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.RevenueAttainment;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Recognized and forecast revenue of a fiscal year against the customer's target. */
public record RevenueAttainmentResponse(UUID customerId,
                                        @Schema(example = "2027") int fiscalYear,
                                        @Schema(example = "2026-07") String firstMonth,
                                        @Schema(example = "2027-06") String lastMonth,
                                        @Schema(description = "The year's target; null when none is set") Money target,
                                        @Schema(description = "One entry per currency with revenue in the year (and "
                                                + "the target's), sorted by currency") List<InCurrency> currencies) {

    public record InCurrency(@Schema(example = "USD") String currency,
                             @Schema(description = "Revenue recognized in the fiscal year's months") Money recognised,
                             @Schema(description = "Recognized so far plus every forecast part from the current "
                                     + "month to the year's last (the forecast's totals over the year)")
                             Money forecastToYearEnd,
                             @Schema(description = "recognised / target × 100, 2 decimals; null unless this is the "
                                     + "target's currency", example = "41.25") BigDecimal recognisedPercentOfTarget,
                             @Schema(description = "forecastToYearEnd / target × 100, 2 decimals; null unless this is "
                                     + "the target's currency", example = "96.80") BigDecimal forecastPercentOfTarget) {
    }

    public static RevenueAttainmentResponse from(RevenueAttainment a) {
        return new RevenueAttainmentResponse(a.customerId(), a.fiscalYear().year(),
                a.fiscalYear().firstMonth().toString(), a.fiscalYear().lastMonth().toString(),
                a.target() == null ? null : a.target().target(),
                a.currencies().stream().map(c -> new InCurrency(c.currency(), new Money(c.recognised(), c.currency()),
                        new Money(c.forecastToYearEnd(), c.currency()), c.recognisedPercentOfTarget(),
                        c.forecastPercentOfTarget())).toList());
    }
}
