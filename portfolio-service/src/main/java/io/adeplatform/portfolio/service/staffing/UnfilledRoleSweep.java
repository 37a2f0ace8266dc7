package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.platform.persistence.RowSweep;
import io.adeplatform.portfolio.config.staffing.StaffingSettings;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.events.staffing.StaffingEvents;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.adeplatform.portfolio.persistence.staffing.AssignmentRepository;
import io.adeplatform.portfolio.persistence.staffing.ResourceRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time-based part of staffing, as of the clock's today: a role still unfilled {@code unfilled-warning-days}
 * before its start raises a RAID risk (once per request, remembered on the request), and one still unfilled on its
 * start publishes resource-request-unfilled-at-start (once). Each engagement in its own transaction under a SKIP
 * LOCKED row lock ({@link RowSweep}), so replicas running the pass at once do it once; its health is refreshed there.
 */
@ApplicationScoped
public class UnfilledRoleSweep {

    /** Who the automatic RAID risk is recorded by. */
    static final String SYSTEM = "portfolio-service";
    static final String CATEGORY = "staffing";

    @Inject
    EngagementRepository engagements;

    @Inject
    ResourceRequestRepository requests;

    @Inject
    AssignmentRepository assignments;

    @Inject
    RaidItemRepository raid;

    @Inject
    StaffedEngagements staffed;

    @Inject
    StaffingSettings settings;

    /** One pass; answers how many engagements it changed. */
    public int run() {
        LocalDate today = staffed.now().toLocalDate();
        int days = settings.unfilledWarningDays();
        return RowSweep.run("unfilled role check", () -> requests.engagementsToCheck(today, days),
                id -> engagements.lockOpenIfFree(id).map(e -> check(e, today, days)).orElse(false));
    }

    private boolean check(Engagement e, LocalDate today, int days) {
        boolean changed = false;
        OffsetDateTime now = staffed.now();
        for (PlannedRole r : requests.ofEngagement(e.id)) {
            if (r.needsUnfilledRisk(today, days)) {
                RaidItem risk = RaidItem.open(e.id, RaidType.RISK, riskOf(e, r, today), now, SYSTEM);
                raid.persist(risk);
                r.unfilledRiskId = risk.id;
                changed = true;
            }
            if (r.needsUnfilledAnnouncement(today)) {
                staffed.publish(e, StaffingEvents.ResourceRequestUnfilledAtStart.NAME,
                        new StaffingEvents.ResourceRequestUnfilledAtStart(e.id, e.customerId, r.id, r.role, r.startDate,
                                r.fte(), assignments.totalPercentOf(r.id), r.unfilledRiskId));
                r.unfilledAnnouncedAt = now;
                changed = true;
            }
        }
        if (changed) {
            staffed.changed(e);
        }
        return changed;
    }

    /** Owned by the delivery manager, due on the role's start; likely (4) and harmful (4) to the schedule. */
    private static RaidDetails riskOf(Engagement e, PlannedRole r, LocalDate today) {
        long left = Math.max(0, ChronoUnit.DAYS.between(today, r.startDate));
        return new RaidDetails("Role '" + r.role + "' unfilled " + left + " days before its start",
                "Resource request " + r.id + " (" + r.fte().toPlainString() + " FTE from " + r.startDate + " to "
                        + r.endDate + ") is " + r.status.wireName() + " with " + left + " days to go.",
                CATEGORY, e.deliveryManager, r.startDate, 4, 4);
    }
}
