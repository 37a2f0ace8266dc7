package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ForecastPart;
import io.adeplatform.billing.domain.RevenueForecast;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The monthly revenue forecast, one series per currency (currencies are never added up). */
public record RevenueForecastResponse(
        @Schema(description = "The customer; null for the caller's whole portfolio") UUID customerId,
        @Schema(description = "The first month, yyyy-MM", example = "2027-01") String from,
        @Schema(description = "The last month, yyyy-MM", example = "2027-12") String to,
        @Schema(description = "Today's month (UTC): before it only recognized revenue; from it on the forecast parts",
                example = "2027-03") String currentMonth,
        @Schema(description = "One series per currency, sorted by currency") List<Series> series) {

    public record Series(
            @Schema(example = "USD") String currency,
            @Schema(description = "Value of signed and active contracts not yet recognized as revenue (per line: "
                    + "value − recognized, never below 0; a time-and-materials line's value is its estimate)")
            Money backlog,
            @Schema(description = "Unaccepted milestones of signed or active contracts whose due date portfolio has "
                    + "not planned (known to this service): in no month") Money undatedMilestones,
            List<Month> months) {
    }

    public record Month(
            @Schema(example = "2027-04") String month,
            @Schema(description = "Revenue recognized in the month: approved billable time by work date, milestones "
                    + "by acceptance, fixed-fee progress by report") Money recognised,
            @Schema(description = "Unaccepted milestones of signed or active contracts by due date (overdue ones in "
                    + "the current month)") Money milestones,
            @Schema(description = "The part of fixed-fee lines of signed or active contracts not recognized yet, by "
                    + "schedule due date (overdue installments in the current month)") Money fixedFee,
            @Schema(description = "Time-and-materials lines of signed or active contracts at their run-rate (average "
                    + "approved time of the three full months before the current one), up to each line's "
                    + "not-to-exceed, else its estimate") Money timeAndMaterials,
            @Schema(description = "Open opportunities: estimated value × probability, in the expected close month "
                    + "(one already past: the current month)") Money weightedPipeline,
            @Schema(description = "The sum of the parts") Money total) {
    }

    public static RevenueForecastResponse of(UUID customerId, RevenueForecast f) {
        return new RevenueForecastResponse(customerId, f.from().toString(),
                f.from().plusMonths(f.months() - 1L).toString(), f.currentMonth().toString(),
                f.series().stream().map(s -> new Series(s.currency(), new Money(s.backlog(), s.currency()),
                        new Money(s.undatedMilestones(), s.currency()),
                        s.months().stream().map(m -> month(m, s.currency())).toList())).toList());
    }

    private static Month month(RevenueForecast.Month m, String currency) {
        return new Month(m.month().toString(), money(m, ForecastPart.RECOGNISED, currency),
                money(m, ForecastPart.MILESTONES, currency), money(m, ForecastPart.FIXED_FEE, currency),
                money(m, ForecastPart.TIME_AND_MATERIALS, currency), money(m, ForecastPart.WEIGHTED_PIPELINE, currency),
                new Money(m.total(), currency));
    }

    private static Money money(RevenueForecast.Month m, ForecastPart part, String currency) {
        return new Money(m.part(part), currency);
    }
}
