package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.domain.staffing.Assignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person assigned to a resource request. */
public record AssignmentResponse(
        UUID id, UUID engagementId, UUID requestId, String username, int allocationPercent, LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "An executive allowed this assignment to take the person above 100 %")
        boolean overAllocationAllowed,
        @Schema(description = "The peak total the override allowed; null when none was needed")
        Integer allowedPeakPercent,
        OffsetDateTime createdAt, String createdBy) {

    public static AssignmentResponse from(Assignment a) {
        return new AssignmentResponse(a.id, a.engagementId, a.requestId, a.username, a.allocationPercent, a.startDate,
                a.endDate, a.overAllocationAllowed, a.allowedPeakPercent, a.createdAt, a.createdBy);
    }
}
