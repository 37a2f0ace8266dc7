package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The monthly revenue forecast over a range of months, one series per currency (amounts in different currencies are
 * never added up). Each part of a month is rounded to cents on its own (half-even) and the total is the sum of the
 * rounded parts, so the parts a reader sees always add up to the total. Backlog and undated milestones are per series.
 */
public record RevenueForecast(YearMonth from, int months, YearMonth currentMonth, List<Series> series) {

    public record Series(String currency, BigDecimal backlog, BigDecimal undatedMilestones, List<Month> months) {
    }

    public record Month(YearMonth month, Map<ForecastPart, BigDecimal> parts, BigDecimal total) {

        public BigDecimal part(ForecastPart part) {
            return parts.get(part);
        }
    }

    /** Whatever the contracts, time and pipeline contribute, per currency, over {@code months} months from {@code from}. */
    public static RevenueForecast of(YearMonth from, int months, YearMonth currentMonth, List<ForecastEntry> entries,
                                     Map<String, BigDecimal> backlog, Map<String, BigDecimal> undatedMilestones) {
        YearMonth last = from.plusMonths(months - 1L);
        Map<String, Map<YearMonth, Map<ForecastPart, BigDecimal>>> sums = new HashMap<>();
        TreeSet<String> currencies = new TreeSet<>();
        for (ForecastEntry e : entries) {
            if (e.month().isBefore(from) || e.month().isAfter(last) || e.amount().signum() == 0) {
                continue;
            }
            currencies.add(e.currency());
            sums.computeIfAbsent(e.currency(), c -> new HashMap<>()).computeIfAbsent(e.month(), m -> new HashMap<>())
                    .merge(e.part(), e.amount(), BigDecimal::add);
        }
        backlog.forEach((currency, amount) -> addIfAny(currencies, currency, amount));
        undatedMilestones.forEach((currency, amount) -> addIfAny(currencies, currency, amount));
        List<Series> series = new ArrayList<>();
        for (String currency : currencies) {
            List<Month> monthList = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
                monthList.add(month(month, sums.getOrDefault(currency, Map.of()).getOrDefault(month, Map.of())));
            }
            series.add(new Series(currency, Calculations.cents(backlog.getOrDefault(currency, BigDecimal.ZERO)),
                    Calculations.cents(undatedMilestones.getOrDefault(currency, BigDecimal.ZERO)), monthList));
        }
        return new RevenueForecast(from, months, currentMonth, series);
    }

    private static Month month(YearMonth month, Map<ForecastPart, BigDecimal> sums) {
        Map<ForecastPart, BigDecimal> parts = new EnumMap<>(ForecastPart.class);
        BigDecimal total = BigDecimal.ZERO;
        for (ForecastPart part : ForecastPart.values()) {
            BigDecimal rounded = Calculations.cents(sums.getOrDefault(part, BigDecimal.ZERO));
            parts.put(part, rounded);
            total = total.add(rounded);
        }
        return new Month(month, parts, total);
    }

    private static void addIfAny(TreeSet<String> currencies, String currency, BigDecimal amount) {
        if (amount.signum() != 0) {
            currencies.add(currency);
        }
    }
}
