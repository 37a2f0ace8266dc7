package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The billing formulas, in plain decimal arithmetic (money rounded half-even to cents, percentages to 2 places). */
public final class Calculations {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Calculations() {
    }

    /** hours × rate, rounded to cents. */
    public static BigDecimal price(BigDecimal hours, BigDecimal rate) {
        return cents(hours.multiply(rate));
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** True when already + more would go above the limit (no limit: never). */
    public static boolean exceeds(BigDecimal already, BigDecimal more, BigDecimal limit) {
        return limit != null && already.add(more).compareTo(limit) > 0;
    }

    /** Fixed-fee revenue by percent complete, the percentage capped at 100 and floored at 0. */
    public static BigDecimal fixedFeeRecognized(BigDecimal value, BigDecimal percentComplete) {
        BigDecimal percent = percentComplete.max(BigDecimal.ZERO).min(HUNDRED);
        return cents(value.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_EVEN));
    }

    /** part / whole in percent with 2 decimals; null when whole is zero or absent. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }

    /** The budget thresholds (80, 100) spent has reached and that were not alerted before. */
    public static List<Integer> newlyCrossed(BigDecimal spent, BigDecimal budget, boolean alerted80, boolean alerted100) {
        List<Integer> crossed = new ArrayList<>();
        if (budget == null || budget.signum() <= 0) {
            return crossed;
        }
        BigDecimal ratio = spent.multiply(HUNDRED);
        if (!alerted80 && ratio.compareTo(budget.multiply(BigDecimal.valueOf(80))) >= 0) {
            crossed.add(80);
        }
        if (!alerted100 && ratio.compareTo(budget.multiply(HUNDRED)) >= 0) {
            crossed.add(100);
        }
        return crossed;
    }

    /**
     * Revenue, cost and margin of an engagement. {@code cost} (and so margin, burn and remaining budget) is null when
     * the actual cost is not known in the figures' currency.
     */
    public record Profitability(BigDecimal recognized, BigDecimal billed, BigDecimal credited, BigDecimal unbilled,
                                BigDecimal revenue, BigDecimal cost, BigDecimal margin, BigDecimal marginPercent,
                                BigDecimal budget, BigDecimal burnPercent, BigDecimal remainingBudget) {
    }

    /**
     * revenue = recognized − credited (credit notes lower revenue); unbilled = recognized − billed (negative: billed
     * ahead of delivery); margin = revenue − cost; margin % = margin / revenue × 100; burn % = cost / budget × 100;
     * remaining = budget − cost.
     */
    public static Profitability profitability(BigDecimal recognized, BigDecimal billed, BigDecimal credited,
                                              BigDecimal cost, BigDecimal budget) {
        BigDecimal revenue = recognized.subtract(credited);
        BigDecimal margin = cost == null ? null : revenue.subtract(cost);
        return new Profitability(cents(recognized), cents(billed), cents(credited), cents(recognized.subtract(billed)),
                cents(revenue), cost == null ? null : cents(cost), margin == null ? null : cents(margin),
                margin == null ? null : percent(margin, revenue), budget == null ? null : cents(budget),
                cost == null ? null : percent(cost, budget),
                budget == null || cost == null ? null : cents(budget.subtract(cost)));
    }
}
