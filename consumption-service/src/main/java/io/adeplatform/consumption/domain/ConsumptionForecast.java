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
 * The forecasts of the summary, as plain arithmetic on exact decimals (results rounded half-even to cents).
 * "As of" is a calendar day: usage dated up to and including it counts as consumed; the days after it are "left".
 *
 * <ul>
 *   <li>run-rate(n) = cost of the n days ending on asOf / n (n = 7 and 30)</li>
 *   <li>month-end forecast = month to date + run-rate(7) × days left in the month</li>
 *   <li>gap to goal = goal − month-end forecast (positive: the month will fall short by that much)</li>
 *   <li>projected end-of-term = consumed + run-rate(30) × days left in the term</li>
 *   <li>shortfall = max(0, commitment − projected); required daily rate = max(0, commitment − consumed) / days left</li>
 * </ul>
 */
public final class ConsumptionForecast {

    private static final int SCALE = 10;

    private ConsumptionForecast() {
    }

    public record MonthOutlook(YearMonth month, Money monthToDate, Money runRate7, Money runRate30, long daysLeft,
                               Money forecast, Money goal, Money gapToGoal) {
    }

    public record BurnPoint(YearMonth month, Money consumed, Money cumulative, Money remaining) {
    }

    public record CommitmentOutlook(Money commitment, LocalDate startDate, LocalDate endDate, Money consumed,
                                    Money remaining, long daysLeft, Money projected, Money shortfall,
                                    Money requiredDailyRate, List<BurnPoint> burnDown) {

        public boolean atRisk() {
            return daysLeft > 0 && shortfall.amount().signum() > 0;
        }
    }

    public static BigDecimal runRate(BigDecimal windowCost, int windowDays) {
        return windowCost.divide(BigDecimal.valueOf(windowDays), SCALE, RoundingMode.HALF_EVEN);
    }

    public static MonthOutlook month(LocalDate asOf, String currency, BigDecimal monthToDate, BigDecimal last7,
                                     BigDecimal last30, Money goal) {
        BigDecimal rate7 = runRate(last7, 7);
        BigDecimal rate30 = runRate(last30, 30);
        long daysLeft = asOf.lengthOfMonth() - asOf.getDayOfMonth();
        BigDecimal forecast = monthToDate.add(rate7.multiply(BigDecimal.valueOf(daysLeft)));
        Money gap = goal == null ? null : new Money(goal.amount().subtract(forecast), currency).rounded();
        return new MonthOutlook(YearMonth.from(asOf), money(monthToDate, currency), money(rate7, currency),
                money(rate30, currency), daysLeft, money(forecast, currency), goal == null ? null : goal.rounded(), gap);
    }

    /**
     * @param monthlyCost cost per month inside the term, up to asOf (missing months count as zero)
     * @param last30      cost of the 30 days ending on asOf, the run-rate the projection extends
     */
    public static CommitmentOutlook commitment(LocalDate asOf, Money commitment, LocalDate start, LocalDate end,
                                               Map<YearMonth, BigDecimal> monthlyCost, BigDecimal last30) {
        String currency = commitment.currency();
        BigDecimal consumed = monthlyCost.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate firstLeft = asOf.plusDays(1).isBefore(start) ? start : asOf.plusDays(1);
        long daysLeft = firstLeft.isAfter(end) ? 0 : ChronoUnit.DAYS.between(firstLeft, end) + 1;
        BigDecimal projected = consumed.add(runRate(last30, 30).multiply(BigDecimal.valueOf(daysLeft)));
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
                daysLeft, money(projected, currency), money(shortfall, currency), required, burn);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
