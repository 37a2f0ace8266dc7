package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.staffing.PlanCost;
import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The resource plan at its cost rates against the engagement's budget. */
public record StaffingCostResponse(
        Money budget,
        @Schema(description = "Sum of the lines' costs (cancelled lines excluded)") Money planCost,
        @Schema(description = "budget - planCost (negative when over)") Money remaining,
        @Schema(description = "planCost as a percentage of the budget, one decimal") BigDecimal percentOfBudget,
        boolean overBudget, List<Line> lines) {

    /** One line: its hours over its whole period (hours per month prorated by the days covered in each month). */
    public record Line(UUID requestId, String role, ResourceRequestStatus status, BigDecimal hours, Money costRate, Money cost) {
    }

    public static StaffingCostResponse from(PlanCost.Result r) {
        return new StaffingCostResponse(r.budget(), r.planCost(), r.remaining(), r.percentOfBudget(), r.overBudget(),
                r.lines().stream().map(l -> new Line(l.request().id, l.request().role, l.request().status, l.hours(),
                        l.request().costRate(), l.cost())).toList());
    }
}
