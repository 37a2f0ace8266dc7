package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a plan line asks for: a role (free text: portfolio knows no rate card), skills, hours per month, the cost rate
 * per hour it is costed at, and its dates.
 */
public record RolePlan(String role, List<String> skills, BigDecimal hoursPerMonth, Money costRate,
                       LocalDate startDate, LocalDate endDate) {

    /** Hours per month from either hours or FTE (exactly one given; 1 FTE = 160 hours a month). */
    public static BigDecimal hoursFrom(BigDecimal hoursPerMonth, BigDecimal fte) {
        if ((hoursPerMonth == null) == (fte == null)) {
            throw InvalidInput.field("hoursPerMonth", "give either hoursPerMonth or fte, not both and not neither");
        }
        BigDecimal hours = hoursPerMonth != null ? hoursPerMonth : fte.multiply(PlannedRole.HOURS_PER_FTE_MONTH);
        if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("99999")) > 0) {
            throw InvalidInput.field(hoursPerMonth != null ? "hoursPerMonth" : "fte", "must be greater than zero");
        }
        return hours;
    }

    public RolePlan {
        if (endDate.isBefore(startDate)) {
            throw InvalidInput.field("endDate", "must not be before startDate");
        }
        if (costRate.amount().signum() < 0) {
            throw InvalidInput.field("costRate.amount", "must not be negative");
        }
    }
}
