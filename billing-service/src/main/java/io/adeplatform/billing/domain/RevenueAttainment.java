package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How far a customer is in a fiscal year: per currency, revenue recognized in the year's months and the forecast to
 * the year's end (recognized so far plus every forecast part from the current month to the last of the year); against
 * the target in the target's currency only (other currencies are shown, never converted).
 */
public record RevenueAttainment(UUID customerId, FiscalYear fiscalYear, RevenueTarget target, List<InCurrency> currencies) {

    public record InCurrency(String currency, BigDecimal recognised, BigDecimal forecastToYearEnd,
                             BigDecimal recognisedPercentOfTarget, BigDecimal forecastPercentOfTarget) {
    }

    /** {@code forecast} must span exactly the fiscal year's months. */
    public static RevenueAttainment of(UUID customerId, FiscalYear year, RevenueTarget target, RevenueForecast forecast) {
        List<InCurrency> currencies = forecast.series().stream().map(s -> {
            BigDecimal recognised = s.months().stream().map(m -> m.part(ForecastPart.RECOGNISED))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal toYearEnd = s.months().stream().map(RevenueForecast.Month::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean targeted = target != null && target.currency.equals(s.currency());
            return new InCurrency(s.currency(), recognised, toYearEnd,
                    targeted ? Calculations.percent(recognised, target.amount) : null,
                    targeted ? Calculations.percent(toYearEnd, target.amount) : null);
        }).filter(c -> c.recognised().signum() != 0 || c.forecastToYearEnd().signum() != 0
                || (target != null && target.currency.equals(c.currency()))).toList();
        if (target != null && currencies.stream().noneMatch(c -> c.currency().equals(target.currency))) {
            BigDecimal none = BigDecimal.ZERO.setScale(2);
            BigDecimal percent = Calculations.percent(none, target.amount);
            currencies = new ArrayList<>(currencies);
            currencies.add(new InCurrency(target.currency, none, none, percent, percent));
            currencies.sort(Comparator.comparing(InCurrency::currency));
        }
        return new RevenueAttainment(customerId, year, target, currencies);
    }
}
