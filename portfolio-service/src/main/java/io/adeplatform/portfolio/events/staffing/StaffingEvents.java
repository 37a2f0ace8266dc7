package io.adeplatform.portfolio.events.staffing;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Staffing payloads of portfolio.engagement.events (aggregate: the engagement), for partners who staff the roles;
 * their JSON Schemas live in contracts/events/portfolio/.
 */
public final class StaffingEvents {

    private StaffingEvents() {
    }

    /** A role of the plan was submitted: partners may propose people for it. */
    public record ResourceRequestSubmitted(UUID engagementId, UUID customerId, UUID requestId, String role,
                                           List<String> skills, BigDecimal hoursPerMonth, BigDecimal fte,
                                           LocalDate startDate, LocalDate endDate, OffsetDateTime submittedAt,
                                           String submittedBy) {
        public static final String NAME = "resource-request-submitted";

        public static ResourceRequestSubmitted of(Engagement e, PlannedRole r, OffsetDateTime at, String by) {
            return new ResourceRequestSubmitted(e.id, e.customerId, r.id, r.role, r.skillList(), r.hoursPerMonth,
                    r.fte(), r.startDate, r.endDate, at, by);
        }
    }

    /** The allocations assigned to the role reached the FTE it asked for. */
    public record ResourceRequestFilled(UUID engagementId, UUID customerId, UUID requestId, String role,
                                        List<String> usernames, OffsetDateTime filledAt) {
        public static final String NAME = "resource-request-filled";
    }

    /** The role's start date came and it is still not filled (published once). */
    public record ResourceRequestUnfilledAtStart(UUID engagementId, UUID customerId, UUID requestId, String role,
                                                 LocalDate startDate, BigDecimal fte, int allocatedPercent,
                                                 UUID riskId) {
        public static final String NAME = "resource-request-unfilled-at-start";
    }
}
