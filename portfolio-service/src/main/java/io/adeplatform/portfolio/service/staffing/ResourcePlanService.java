package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.staffing.PlanCost;
import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.domain.staffing.RolePlan;
import io.adeplatform.portfolio.events.staffing.StaffingEvents;
import io.adeplatform.portfolio.persistence.staffing.AssignmentRepository;
import io.adeplatform.portfolio.persistence.staffing.ResourceRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** An engagement's resource plan: its lines (resource requests), their moves, and its cost against the budget. */
@ApplicationScoped
public class ResourcePlanService {

    @Inject
    StaffedEngagements engagements;

    @Inject
    ResourceRequestRepository requests;

    @Inject
    AssignmentRepository assignments;

    /** A draft line; its dates must lie within the engagement's and its cost rate be in the budget's currency. */
    @Transactional
    public ResourceRequestView create(UUID id, RolePlan plan, String actor) {
        Engagement e = engagements.open(id);
        e.requireCurrency(plan.costRate(), "cost rate");
        if (plan.startDate().isBefore(e.startDate) || plan.endDate().isAfter(e.endDate)) {
            throw new RuleViolation("outside-engagement", "the role's dates must lie within the engagement's "
                    + e.startDate + " to " + e.endDate);
        }
        PlannedRole r = PlannedRole.draft(e.id, plan, engagements.now(), actor);
        requests.persist(r);
        engagements.changed(e);
        return view(r);
    }

    /** A manual move at the version the client saw (If-Match); submitting publishes resource-request-submitted. */
    @Transactional
    public ResourceRequestView transition(UUID id, UUID requestId, ExpectedVersion expected, ResourceRequestStatus to,
                                          String actor) {
        Engagement e = engagements.open(id);
        PlannedRole r = engagements.request(e, requestId);
        expected.check(r.version);
        r.moveTo(to);
        if (to == ResourceRequestStatus.SUBMITTED) {
            engagements.publish(e, StaffingEvents.ResourceRequestSubmitted.NAME,
                    StaffingEvents.ResourceRequestSubmitted.of(e, r, engagements.now(), actor));
        }
        engagements.changed(e);
        return view(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceRequestView get(UUID id, UUID requestId) {
        return view(engagements.request(engagements.visible(id), requestId));
    }

    /** By start date, then role: a plan has few lines, so they are paged in memory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ResourceRequestView> list(UUID id, PageRequest page) {
        return Page.slice(requests.ofEngagement(engagements.visible(id).id), page).map(this::view);
    }

    /** The plan at its cost rates against the engagement's budget. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanCost.Result cost(UUID id) {
        Engagement e = engagements.visible(id);
        return PlanCost.of(e.budget(), requests.ofEngagement(e.id));
    }

    private ResourceRequestView view(PlannedRole r) {
        return new ResourceRequestView(r, assignments.ofRequest(r.id));
    }
}
