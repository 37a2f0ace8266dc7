package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.portfolio.domain.staffing.Assignment;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;

import java.util.List;

/** A line of the resource plan with the people assigned to it. */
public record ResourceRequestView(PlannedRole request, List<Assignment> assignments) {

    public int allocatedPercent() {
        return assignments.stream().mapToInt(a -> a.allocationPercent).sum();
    }
}
