package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.api.AccountPlanResponse;
import io.adeplatform.relationship.api.InitiativeRequest;
import io.adeplatform.relationship.api.InitiativeResponse;
import io.adeplatform.relationship.api.ObjectiveRequest;
import io.adeplatform.relationship.api.ObjectiveResponse;
import io.adeplatform.relationship.api.OpportunityRequest;
import io.adeplatform.relationship.api.OpportunityResponse;
import io.adeplatform.relationship.domain.InitiativeStatus;
import io.adeplatform.relationship.domain.ObjectiveStatus;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The account plan of a customer: objectives, initiatives and opportunities beyond the current contract. */
@ApplicationScoped
public class AccountPlanService {

    @Inject
    PlanObjectiveRepository objectives;

    @Inject
    PlanInitiativeRepository initiatives;

    @Inject
    PlanOpportunityRepository opportunities;

    @Inject
    CustomerGuard guard;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountPlanResponse plan(UUID customerId) {
        guard.readable(customerId);
        List<PlanOpportunity> opps = opportunities.ofCustomer(customerId);
        Map<String, Money> pipeline = new TreeMap<>();
        opps.stream().filter(o -> o.stage.isOpen()).forEach(o -> pipeline.merge(o.valueCurrency,
                o.estimatedValue(), Money::plus));
        return new AccountPlanResponse(customerId,
                objectives.ofCustomer(customerId).stream().map(ObjectiveResponse::of).toList(),
                initiatives.ofCustomer(customerId).stream().map(InitiativeResponse::of).toList(),
                opps.stream().map(OpportunityResponse::of).toList(),
                pipeline.values().stream().map(Money::rounded).toList());
    }

    @Transactional
    public ObjectiveResponse createObjective(UUID customerId, ObjectiveRequest r, String by) {
        guard.writable(customerId);
        PlanObjective o = new PlanObjective();
        o.id = UUID.randomUUID();
        o.customerId = customerId;
        o.createdAt = OffsetDateTime.now(clock);
        o.createdBy = by;
        o.title = r.title().strip();
        o.description = r.description();
        o.status = r.status() == null ? ObjectiveStatus.NOT_STARTED : r.status();
        o.targetDate = r.targetDate();
        objectives.persist(o);
        return ObjectiveResponse.of(o);
    }

    @Transactional
    public ObjectiveResponse updateObjective(UUID customerId, UUID id, String ifMatch, ObjectiveRequest r) {
        guard.writable(customerId);
        PlanObjective o = objectives.findByIdOptional(id).filter(x -> x.customerId.equals(customerId))
                .orElseThrow(() -> new NotFound("objective", id));
        EntityVersions.requireMatch(ifMatch, o.version);
        o.title = r.title().strip();
        o.description = r.description();
        o.status = r.status() == null ? o.status : r.status();
        o.targetDate = r.targetDate();
        objectives.flush();
        return ObjectiveResponse.of(o);
    }

    @Transactional
    public InitiativeResponse createInitiative(UUID customerId, InitiativeRequest r, String by) {
        guard.writable(customerId);
        PlanInitiative i = new PlanInitiative();
        i.id = UUID.randomUUID();
        i.customerId = customerId;
        i.createdAt = OffsetDateTime.now(clock);
        i.createdBy = by;
        i.status = InitiativeStatus.PLANNED;
        apply(i, r);
        initiatives.persist(i);
        return InitiativeResponse.of(i);
    }

    @Transactional
    public InitiativeResponse updateInitiative(UUID customerId, UUID id, String ifMatch, InitiativeRequest r) {
        guard.writable(customerId);
        PlanInitiative i = initiatives.findByIdOptional(id).filter(x -> x.customerId.equals(customerId))
                .orElseThrow(() -> new NotFound("initiative", id));
        EntityVersions.requireMatch(ifMatch, i.version);
        apply(i, r);
        initiatives.flush();
        return InitiativeResponse.of(i);
    }

    private void apply(PlanInitiative i, InitiativeRequest r) {
        if (r.objectiveId() != null && objectives.findByIdOptional(r.objectiveId())
                .filter(o -> o.customerId.equals(i.customerId)).isEmpty()) {
            throw new RuleViolation("unknown-objective",
                    "objective " + r.objectiveId() + " is not in this customer's account plan");
        }
        i.name = r.name().strip();
        i.description = r.description();
        i.objectiveId = r.objectiveId();
        i.owner = r.owner();
        i.status = r.status() == null ? i.status : r.status();
        i.dueDate = r.dueDate();
    }

    @Transactional
    public OpportunityResponse createOpportunity(UUID customerId, OpportunityRequest r, String by) {
        guard.writable(customerId);
        PlanOpportunity o = new PlanOpportunity();
        o.id = UUID.randomUUID();
        o.customerId = customerId;
        o.createdAt = OffsetDateTime.now(clock);
        o.createdBy = by;
        o.stage = OpportunityStage.IDENTIFIED;
        apply(o, r);
        opportunities.persist(o);
        return OpportunityResponse.of(o);
    }

    /** Changes name, description, value and close date of an open opportunity (won/lost ones are final: 409). */
    @Transactional
    public OpportunityResponse updateOpportunity(UUID customerId, UUID id, String ifMatch, OpportunityRequest r) {
        guard.writable(customerId);
        PlanOpportunity o = opportunity(customerId, id);
        EntityVersions.requireMatch(ifMatch, o.version);
        if (!o.stage.isOpen()) {
            throw new Conflict("opportunity-closed", "opportunity " + id + " is " + o.stage + " and final");
        }
        apply(o, r);
        opportunities.flush();
        return OpportunityResponse.of(o);
    }

    /** identified → qualified → proposed → won or lost (lost from any open stage); anything else is a 409. */
    @Transactional
    public OpportunityResponse moveOpportunity(UUID customerId, UUID id, String ifMatch, OpportunityStage stage) {
        guard.writable(customerId);
        PlanOpportunity o = opportunity(customerId, id);
        EntityVersions.requireMatch(ifMatch, o.version);
        if (!o.stage.canMoveTo(stage)) {
            throw Conflict.illegalTransition(o.stage, stage);
        }
        o.stage = stage;
        opportunities.flush();
        return OpportunityResponse.of(o);
    }

    private PlanOpportunity opportunity(UUID customerId, UUID id) {
        return opportunities.findByIdOptional(id).filter(x -> x.customerId.equals(customerId))
                .orElseThrow(() -> new NotFound("opportunity", id));
    }

    private static void apply(PlanOpportunity o, OpportunityRequest r) {
        if (!r.estimatedValue().isKnownCurrency()) {
            throw new RuleViolation("unknown-currency", r.estimatedValue().currency() + " is not an ISO 4217 currency");
        }
        if (r.estimatedValue().amount().signum() < 0) {
            throw new RuleViolation("negative-value", "estimatedValue must not be negative");
        }
        o.name = r.name().strip();
        o.description = r.description();
        o.estimatedValue(r.estimatedValue());
        o.expectedCloseDate = r.expectedCloseDate();
    }
}
