package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.service.staffing.ResourceRequestView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A line of the resource plan with its assignments; {@code version} is its ETag. */
public record ResourceRequestResponse(
        UUID id, UUID engagementId, String role, List<String> skills, BigDecimal hoursPerMonth,
        @Schema(description = "hoursPerMonth / 160") BigDecimal fte, Money costRate, LocalDate startDate,
        LocalDate endDate, ResourceRequestStatus status,
        @Schema(description = "The targets a transition may name from here") List<ResourceRequestStatus> allowedTransitions,
        @Schema(description = "Sum of the assignments' allocation percentages (100 per FTE)") int allocatedPercent,
        List<AssignmentResponse> assignments,
        @Schema(description = "The RAID risk raised when the role was still unfilled N days before its start")
        UUID unfilledRiskId,
        OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version; the ETag is this number in quotes") long version) implements Versioned {

    public static ResourceRequestResponse from(ResourceRequestView view) {
        PlannedRole r = view.request();
        return new ResourceRequestResponse(r.id, r.engagementId, r.role, r.skillList(), r.hoursPerMonth, r.fte(),
                r.costRate(), r.startDate, r.endDate, r.status, r.allowedTargets(), view.allocatedPercent(),
                view.assignments().stream().map(AssignmentResponse::from).toList(), r.unfilledRiskId, r.createdAt,
                r.createdBy, r.version);
    }
}
