package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forecasts of the summary, as plain arithmetic on exact decimals (results rounded half-even to cents). "As of"
 * is today (UTC): usage dated up to and including it counts as consumed, the days after it are "left". Forecasts
 * extend the last complete day with data ({@link UsageHistory}, "L"): today is partial, so it is forecast, never
 * counted as zero.
 *
 * <ul>
 *   <li>run-rate(n) = cost of the window / its days, the window being the n days ending on L, not before the first
 *       day with usage; 0 without a complete day with data</li>
 *   <li>month-end forecast = cost of the month through L + run-rate(7) × days of the month after L</li>
 *   <li>gap to goal = goal − month-end forecast (positive: the month will fall short by that much)</li>
 *   <li>projected end-of-term = max(consumed, cost of the term through L + run-rate(30) × days of the term after L)</li>
 *   <li>shortfall = max(0, commitment − projected); required daily rate = max(0, commitment − consumed) / days left</li>
 * </ul>
 */
public final class ConsumptionForecast {

    private static final int SCALE = 10;

    private ConsumptionForecast() {
    }

    /**
     * @param completeThrough L, the last complete day with data (null without one)
     * @param projectedDays   the days of the month after L, which the forecast fills at run-rate(7)
     */
    public record MonthOutlook(YearMonth month, Money monthToDate, Money runRate7, Money runRate30, long daysLeft,
                               LocalDate completeThrough, long projectedDays, Money forecast, Money goal,
                               Money gapToGoal) {
    }

    public record BurnPoint(YearMonth month, Money consumed, Money cumulative, Money remaining) {
    }

    public record CommitmentOutlook(Money commitment, LocalDate startDate, LocalDate endDate, Money consumed,
                                    Money remaining, long daysLeft, LocalDate completeThrough, long projectedDays,
                                    Money projected, Money shortfall, Money requiredDailyRate, List<BurnPoint> burnDown) {

        public boolean hasShortfall() {
            return daysLeft > 0 && shortfall.amount().signum() > 0;
        }
    }

    /** A run-rate: the cost of a window of complete days over its length (zero without a window). */
    public record RunRate(BigDecimal windowCost, long windowDays) {

        public static final RunRate NONE = new RunRate(BigDecimal.ZERO, 0);

        public BigDecimal perDay() {
            return windowDays == 0 ? BigDecimal.ZERO
                    : windowCost.divide(BigDecimal.valueOf(windowDays), SCALE, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * @param monthToDate     cost of the month up to and including asOf
     * @param completeInMonth cost of the month's days up to and including L
     */
    public static MonthOutlook month(LocalDate asOf, String currency, LocalDate completeThrough, BigDecimal monthToDate,
                                     BigDecimal completeInMonth, RunRate rate7, RunRate rate30, Money goal) {
        long daysLeft = asOf.lengthOfMonth() - asOf.getDayOfMonth();
        long projectedDays = daysAfter(completeThrough, asOf, asOf.withDayOfMonth(1), asOf.withDayOfMonth(asOf.lengthOfMonth()));
        BigDecimal forecast = completeInMonth.add(rate7.perDay().multiply(BigDecimal.valueOf(projectedDays)));
        Money gap = goal == null ? null : new Money(goal.amount().subtract(forecast), currency).rounded();
        return new MonthOutlook(YearMonth.from(asOf), money(monthToDate, currency), money(rate7.perDay(), currency),
                money(rate30.perDay(), currency), daysLeft, completeThrough, projectedDays, money(forecast, currency),
                goal == null ? null : goal.rounded(), gap);
    }

    /**
     * @param monthlyCost     cost per month inside the term, up to asOf (missing months count as zero)
     * @param completeInTerm  cost of the term's days up to and including L
     */
    public static CommitmentOutlook commitment(LocalDate asOf, Money commitment, LocalDate start, LocalDate end,
                                               Map<YearMonth, BigDecimal> monthlyCost, LocalDate completeThrough,
                                               BigDecimal completeInTerm, RunRate rate30) {
        String currency = commitment.currency();
        BigDecimal consumed = monthlyCost.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate firstLeft = asOf.plusDays(1).isBefore(start) ? start : asOf.plusDays(1);
        long daysLeft = firstLeft.isAfter(end) ? 0 : ChronoUnit.DAYS.between(firstLeft, end) + 1;
        long projectedDays = daysAfter(completeThrough, asOf, start, end);
        BigDecimal projected = completeInTerm.add(rate30.perDay().multiply(BigDecimal.valueOf(projectedDays))).max(consumed);
        BigDecimal remaining = commitment.amount().subtract(consumed).max(BigDecimal.ZERO);
        BigDecimal shortfall = commitment.amount().subtract(projected).max(BigDecimal.ZERO);
        Money required = daysLeft == 0 ? null
                : money(remaining.divide(BigDecimal.valueOf(daysLeft), SCALE, RoundingMode.HALF_EVEN), currency);
        List<BurnPoint> burn = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        LocalDate last = asOf.isBefore(end) ? asOf : end;
        for (YearMonth m = YearMonth.from(start); !last.isBefore(start) && !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            BigDecimal cost = monthlyCost.getOrDefault(m, BigDecimal.ZERO);
            cumulative = cumulative.add(cost);
            burn.add(new BurnPoint(m, money(cost, currency), money(cumulative, currency),
                    money(commitment.amount().subtract(cumulative), currency)));
        }
        return new CommitmentOutlook(commitment.rounded(), start, end, money(consumed, currency), money(remaining, currency),
                daysLeft, completeThrough, projectedDays, money(projected, currency), money(shortfall, currency), required,
                burn);
    }

    /**
     * Days of [from, to] after L, the days a forecast fills at the run-rate; without L (no complete day with data)
     * the days from today on.
     */
    private static long daysAfter(LocalDate completeThrough, LocalDate asOf, LocalDate from, LocalDate to) {
        LocalDate afterKnown = completeThrough != null ? completeThrough.plusDays(1) : asOf;
        LocalDate first = afterKnown.isAfter(from) ? afterKnown : from;
        return first.isAfter(to) ? 0 : ChronoUnit.DAYS.between(first, to) + 1;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
