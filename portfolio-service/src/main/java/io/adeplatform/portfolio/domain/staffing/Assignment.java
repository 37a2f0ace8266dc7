package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.portfolio.domain.EngagementRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A named person assigned to a resource request for a period at an allocation percentage; never updated. */
@Entity
@Table(name = "staff_assignment")
public class Assignment extends EngagementRecord {

    public UUID requestId;

    public String username;

    public int allocationPercent;

    public LocalDate startDate;

    public LocalDate endDate;

    /** An executive allowed this assignment to take the person above 100 %. */
    public boolean overAllocationAllowed;

    /** The peak total it allowed (null when none was needed). */
    public Integer allowedPeakPercent;

    public static Assignment of(PlannedRole request, String username, int percent, LocalDate from, LocalDate to,
                                Allocations.Overload allowed, OffsetDateTime at, String by) {
        Assignment a = new Assignment();
        a.createdOn(request.engagementId, at, by);
        a.requestId = request.id;
        a.username = username.strip();
        a.allocationPercent = percent;
        a.startDate = from;
        a.endDate = to;
        a.overAllocationAllowed = allowed != null;
        a.allowedPeakPercent = allowed == null ? null : allowed.totalPercent();
        return a;
    }

    public Allocations.Booking booking() {
        return new Allocations.Booking(startDate, endDate, allocationPercent);
    }
}
