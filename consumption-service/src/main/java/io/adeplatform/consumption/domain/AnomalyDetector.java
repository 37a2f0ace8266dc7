package io.adeplatform.consumption.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A day is anomalous when its cost departs from the trailing 28-day baseline (the 28 days before it, days without
 * usage counting as zero) by more than 3 standard deviations. The baseline needs 28 full days of history. The
 * standard deviation (sample) is floored at 5 % of the baseline mean (and at 0.01): a perfectly flat baseline would
 * otherwise make every cent of change "infinitely" anomalous.
 * <p>
 * A day without usage is a value like any other (zero): a series that stops completely is a {@code stoppage}, reported
 * on the first day of the stop only (the day before had usage); the following zero days of the same stop are not
 * reported again. Which days may be checked at all (complete days whose data has arrived) is the caller's decision.
 */
public final class AnomalyDetector {

    public static final int WINDOW_DAYS = 28;
    public static final double THRESHOLD = 3.0;
    private static final double RELATIVE_FLOOR = 0.05;
    private static final double ABSOLUTE_FLOOR = 0.01;

    private AnomalyDetector() {
    }

    public enum Direction {
        SPIKE, DROP,
        /** a drop to nothing: the series had usage the day before and none on this day */
        STOPPAGE
    }

    public record Finding(LocalDate date, BigDecimal cost, BigDecimal baseline, BigDecimal deviations, Direction direction) {
    }

    /**
     * @param daily     cost per day of one series (a customer's total, or one of its services)
     * @param firstDay  the first day the series has usage at all
     * @param candidates the days to check, with or without usage
     */
    public static List<Finding> detect(Map<LocalDate, BigDecimal> daily, LocalDate firstDay, Collection<LocalDate> candidates) {
        List<Finding> findings = new ArrayList<>();
        for (LocalDate day : candidates.stream().sorted().toList()) {
            LocalDate windowStart = day.minusDays(WINDOW_DAYS);
            if (firstDay == null || windowStart.isBefore(firstDay)) {
                continue;
            }
            double sum = 0;
            double[] values = new double[WINDOW_DAYS];
            for (int i = 0; i < WINDOW_DAYS; i++) {
                values[i] = daily.getOrDefault(windowStart.plusDays(i), BigDecimal.ZERO).doubleValue();
                sum += values[i];
            }
            double mean = sum / WINDOW_DAYS;
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            double std = Math.sqrt(squares / (WINDOW_DAYS - 1));
            double sigma = Math.max(std, Math.max(Math.abs(mean) * RELATIVE_FLOOR, ABSOLUTE_FLOOR));
            BigDecimal cost = daily.getOrDefault(day, BigDecimal.ZERO);
            boolean stopped = cost.signum() == 0;
            if (stopped && !hasUsage(daily, day.minusDays(1))) {
                continue; // a stop already under way: reported on its first day
            }
            double deviations = (cost.doubleValue() - mean) / sigma;
            if (Math.abs(deviations) > THRESHOLD) {
                findings.add(new Finding(day, cost, BigDecimal.valueOf(mean).setScale(4, RoundingMode.HALF_EVEN),
                        BigDecimal.valueOf(deviations).setScale(2, RoundingMode.HALF_EVEN),
                        deviations > 0 ? Direction.SPIKE : stopped ? Direction.STOPPAGE : Direction.DROP));
            }
        }
        return findings;
    }

    private static boolean hasUsage(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        BigDecimal cost = daily.get(day);
        return cost != null && cost.signum() != 0;
    }
}
