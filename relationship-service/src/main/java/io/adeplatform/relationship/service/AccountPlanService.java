package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.relationship.domain.AccountPlan;
import io.adeplatform.relationship.domain.CustomerOwned;
import io.adeplatform.relationship.domain.InitiativeDetails;
import io.adeplatform.relationship.domain.ObjectiveDetails;
import io.adeplatform.relationship.domain.OpportunityDetails;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanInitiative;
import io.adeplatform.relationship.domain.PlanObjective;
import io.adeplatform.relationship.domain.PlanOpportunity;
import io.adeplatform.relationship.persistence.PlanInitiativeRepository;
import io.adeplatform.relationship.persistence.PlanObjectiveRepository;
import io.adeplatform.relationship.persistence.PlanOpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The account plan of a customer: objectives, initiatives and opportunities beyond the current contract. Updates
 * flush, so the answer carries the new version.
 */
@ApplicationScoped
public class AccountPlanService {

    @Inject
    PlanObjectiveRepository objectives;

    @Inject
    PlanInitiativeRepository initiatives;

    @Inject
    PlanOpportunityRepository opportunities;

    @Inject
    CustomerAccess customers;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountPlan plan(UUID customerId) {
        customers.visible(customerId);
        return new AccountPlan(customerId, objectives.ofCustomer(customerId), initiatives.ofCustomer(customerId),
                opportunities.ofCustomer(customerId));
    }

    @Transactional
    public PlanObjective createObjective(UUID customerId, ObjectiveDetails details, String by) {
        customers.changeable(customerId);
        PlanObjective o = PlanObjective.create(customerId, details, by, OffsetDateTime.now(clock));
        objectives.persist(o);
        return o;
    }

    @Transactional
    public PlanObjective updateObjective(UUID customerId, UUID id, ExpectedVersion expected, ObjectiveDetails details) {
        customers.changeable(customerId);
        PlanObjective o = CustomerOwned.ofCustomer(objectives.findById(id), customerId, "objective", id);
        expected.check(o.version);
        o.revise(details);
        objectives.flush();
        return o;
    }

    @Transactional
    public PlanInitiative createInitiative(UUID customerId, InitiativeDetails details, String by) {
        customers.changeable(customerId);
        requireObjective(customerId, details);
        PlanInitiative i = PlanInitiative.create(customerId, details, by, OffsetDateTime.now(clock));
        initiatives.persist(i);
        return i;
    }

    @Transactional
    public PlanInitiative updateInitiative(UUID customerId, UUID id, ExpectedVersion expected, InitiativeDetails details) {
        customers.changeable(customerId);
        PlanInitiative i = CustomerOwned.ofCustomer(initiatives.findById(id), customerId, "initiative", id);
        expected.check(i.version);
        requireObjective(customerId, details);
        i.revise(details);
        initiatives.flush();
        return i;
    }

    /** An initiative may only work towards an objective of the same customer's plan. */
    private void requireObjective(UUID customerId, InitiativeDetails details) {
        UUID objectiveId = details.objectiveId();
        if (objectiveId == null) {
            return;
        }
        PlanObjective objective = objectives.findById(objectiveId);
        if (objective == null || !objective.customerId.equals(customerId)) {
            throw new RuleViolation("unknown-objective",
                    "objective " + objectiveId + " is not in this customer's account plan");
        }
    }

    /** A new opportunity starts as identified. */
    @Transactional
    public PlanOpportunity createOpportunity(UUID customerId, OpportunityDetails details, String by) {
        customers.changeable(customerId);
        PlanOpportunity o = PlanOpportunity.identify(customerId, details, by, OffsetDateTime.now(clock));
        opportunities.persist(o);
        return o;
    }

    /** Changes an open opportunity (won/lost ones are final: 409). */
    @Transactional
    public PlanOpportunity updateOpportunity(UUID customerId, UUID id, ExpectedVersion expected,
                                             OpportunityDetails details) {
        PlanOpportunity o = opportunity(customerId, id, expected);
        o.revise(details);
        opportunities.flush();
        return o;
    }

    /** identified → qualified → proposed → won or lost (lost from any open stage); anything else is a 409. */
    @Transactional
    public PlanOpportunity moveOpportunity(UUID customerId, UUID id, ExpectedVersion expected, OpportunityStage stage) {
        PlanOpportunity o = opportunity(customerId, id, expected);
        o.moveTo(stage);
        opportunities.flush();
        return o;
    }

    private PlanOpportunity opportunity(UUID customerId, UUID id, ExpectedVersion expected) {
        customers.changeable(customerId);
        PlanOpportunity o = CustomerOwned.ofCustomer(opportunities.findById(id), customerId, "opportunity", id);
        expected.check(o.version);
        return o;
    }
}
