package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The cost of a resource plan at its cost rates: each line's hours per month, prorated by the calendar days it covers
 * in each month, times its cost rate per hour. Cancelled lines cost nothing.
 */
public final class PlanCost {

    private PlanCost() {
    }

    public record Line(PlannedRole request, BigDecimal hours, Money cost) {
    }

    public record Result(Money budget, Money planCost, Money remaining, BigDecimal percentOfBudget, boolean overBudget,
                         List<Line> lines) {
    }

    public static Result of(Money budget, List<PlannedRole> requests) {
        Money total = Money.zero(budget.currency());
        List<Line> lines = requests.stream().filter(r -> r.status != ResourceRequestStatus.CANCELLED)
                .map(r -> {
                    BigDecimal hours = hours(r).setScale(2, RoundingMode.HALF_EVEN);
                    return new Line(r, hours, r.costRate().times(hours).rounded());
                }).toList();
        for (Line l : lines) {
            total = total.plus(l.cost());
        }
        BigDecimal percent = budget.amount().signum() == 0 ? null
                : total.amount().multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_EVEN);
        return new Result(budget, total, budget.minus(total).rounded(), percent, total.compareTo(budget) > 0, lines);
    }

    /** Hours per month × the share of each month the line covers. */
    static BigDecimal hours(PlannedRole r) {
        BigDecimal months = BigDecimal.ZERO;
        for (YearMonth m = YearMonth.from(r.startDate); !m.isAfter(YearMonth.from(r.endDate)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(r.startDate) ? r.startDate : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(r.endDate) ? r.endDate : m.atEndOfMonth();
            long covered = last.toEpochDay() - first.toEpochDay() + 1;
            months = months.add(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(m.lengthOfMonth()), 10,
                    RoundingMode.HALF_EVEN));
        }
        return r.hoursPerMonth.multiply(months);
    }
}
