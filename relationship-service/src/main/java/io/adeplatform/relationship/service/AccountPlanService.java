package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.relationship.events.CustomerEventPayloads;
import io.adeplatform.relationship.events.OpportunityEventPayloads.OpportunityChanged;
import io.adeplatform.relationship.events.OpportunityEventPayloads.OpportunityWon;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.AccountPlan;
import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.relationship.domain.InitiativeDetails;
import io.adeplatform.relationship.domain.InitiativeStatus;
import io.adeplatform.relationship.domain.ObjectiveStatus;
import io.adeplatform.relationship.domain.ObjectiveDetails;
import io.adeplatform.relationship.domain.OpportunityDetails;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanInitiative;
import io.adeplatform.relationship.domain.PlanObjective;
import io.adeplatform.relationship.domain.PlanOpportunity;
import io.adeplatform.relationship.domain.PlanPart;
import io.adeplatform.relationship.persistence.PlanInitiativeRepository;
import io.adeplatform.relationship.persistence.PlanObjectiveRepository;
import io.adeplatform.relationship.persistence.PlanOpportunityRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The account plan of a customer: objectives, initiatives and opportunities beyond the current contract. Every part
 * is added and revised the same way (see {@link #add} and {@link #revise}).
 */
@ApplicationScoped
public class AccountPlanService extends CustomerUseCase {

    @Inject
    PlanObjectiveRepository objectives;

    @Inject
    PlanInitiativeRepository initiatives;

    @Inject
    PlanOpportunityRepository opportunities;

    @Inject
    OutboxWriter outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountPlan plan(UUID customerId) {
        access.visible(customerId);
        return new AccountPlan(customerId, objectives.ofCustomer(customerId), initiatives.ofCustomer(customerId),
                opportunities.ofCustomer(customerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanObjective> objectives(UUID customerId, ObjectiveStatus status, PageRequest page) {
        return parts(customerId, page, () -> objectives.page(customerId, status, page));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanObjective objective(UUID customerId, UUID id) {
        return part(objectives, "objective", customerId, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanInitiative> initiatives(UUID customerId, InitiativeStatus status, PageRequest page) {
        return parts(customerId, page, () -> initiatives.page(customerId, status, page));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanInitiative initiative(UUID customerId, UUID id) {
        return part(initiatives, "initiative", customerId, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanOpportunity> opportunities(UUID customerId, OpportunityStage stage, PageRequest page) {
        return parts(customerId, page, () -> opportunities.page(customerId, stage, page));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanOpportunity opportunity(UUID customerId, UUID id) {
        return part(opportunities, "opportunity", customerId, id);
    }

    @Transactional
    public PlanObjective createObjective(UUID customerId, ObjectiveDetails details, String by) {
        return add(objectives, customerId, at -> PlanObjective.create(customerId, details, by, at));
    }

    @Transactional
    public PlanObjective updateObjective(UUID customerId, UUID id, ExpectedVersion expected, ObjectiveDetails details) {
        return revise(objectives, "objective", customerId, id, expected, objective -> objective.revise(details));
    }

    @Transactional
    public PlanInitiative createInitiative(UUID customerId, InitiativeDetails details, String by) {
        return add(initiatives, customerId, at -> {
            requireObjective(customerId, details);
            return PlanInitiative.create(customerId, details, by, at);
        });
    }

    @Transactional
    public PlanInitiative updateInitiative(UUID customerId, UUID id, ExpectedVersion expected, InitiativeDetails details) {
        return revise(initiatives, "initiative", customerId, id, expected, initiative -> {
            requireObjective(customerId, details);
            initiative.revise(details);
        });
    }

    /** A new opportunity starts as identified; every change of an opportunity publishes opportunity-changed. */
    @Transactional
    public PlanOpportunity createOpportunity(UUID customerId, OpportunityDetails details, String by) {
        return changed(add(opportunities, customerId, at -> PlanOpportunity.identify(customerId, details, by, at)));
    }

    /** Changes an open opportunity (won/lost ones are final: 409). */
    @Transactional
    public PlanOpportunity updateOpportunity(UUID customerId, UUID id, ExpectedVersion expected,
                                             OpportunityDetails details) {
        return changed(revise(opportunities, "opportunity", customerId, id, expected,
                opportunity -> opportunity.revise(details)));
    }

    /** Removes an open opportunity (won/lost ones stay: 409); readers learn it as opportunity-changed "removed". */
    @Transactional
    public void removeOpportunity(UUID customerId, UUID id, ExpectedVersion expected) {
        access.changeable(customerId);
        PlanOpportunity opportunity = CustomerRecord.ofCustomer(opportunities.findById(id), customerId, "opportunity", id);
        expected.check(opportunity.version);
        opportunity.requireOpen();
        opportunities.delete(opportunity);
        outbox.append(CustomerEventPayloads.AGGREGATE, customerId, OpportunityChanged.NAME,
                OpportunityChanged.removed(opportunity, now()));
    }

    /**
     * identified → qualified → proposed → won or lost (lost from any open stage); anything else is a 409. Winning
     * publishes opportunity-won in the same transaction (billing drafts a contract from it).
     */
    @Transactional
    public PlanOpportunity transitionOpportunity(UUID customerId, UUID id, ExpectedVersion expected, OpportunityStage stage) {
        PlanOpportunity moved = changed(revise(opportunities, "opportunity", customerId, id, expected,
                opportunity -> opportunity.moveTo(stage)));
        if (stage == OpportunityStage.WON) {
            outbox.append(CustomerEventPayloads.AGGREGATE, customerId, OpportunityWon.NAME,
                    OpportunityWon.of(moved, now()));
        }
        return moved;
    }

    /** Publishes the opportunity's whole new state (its version already the new one). */
    private PlanOpportunity changed(PlanOpportunity opportunity) {
        outbox.append(CustomerEventPayloads.AGGREGATE, opportunity.customerId, OpportunityChanged.NAME,
                OpportunityChanged.of(opportunity, now()));
        return opportunity;
    }

    /** One page of a kind of part of the plan of a customer the caller may see (a 404 otherwise). */
    private <T extends PlanPart> Page<T> parts(UUID customerId, PageRequest page, Supplier<List<T>> overfetch) {
        access.visible(customerId);
        return Page.fromOverfetch(overfetch.get(), page, Function.identity());
    }

    /** A part of the plan of a customer the caller may see; a part of another customer is a 404 too. */
    private <T extends PlanPart> T part(PanacheRepositoryBase<T, UUID> parts, String what, UUID customerId, UUID id) {
        access.visible(customerId);
        return CustomerRecord.ofCustomer(parts.findById(id), customerId, what, id);
    }

    /** Adds a part to the plan of a customer the caller may change. */
    private <T extends PlanPart> T add(PanacheRepositoryBase<T, UUID> parts, UUID customerId,
                                       Function<OffsetDateTime, T> create) {
        access.changeable(customerId);
        T part = create.apply(now());
        parts.persist(part);
        return part;
    }

    /**
     * Changes a part of the plan of a customer the caller may change (a part of another customer is a 404), when it is
     * the version the update was based on; flushes, so the answer carries the new version.
     */
    private <T extends PlanPart> T revise(PanacheRepositoryBase<T, UUID> parts, String what, UUID customerId, UUID id,
                                          ExpectedVersion expected, Consumer<T> change) {
        access.changeable(customerId);
        T part = CustomerRecord.ofCustomer(parts.findById(id), customerId, what, id);
        expected.check(part.version);
        change.accept(part);
        parts.flush();
        return part;
    }

    /** An initiative may only work towards an objective of the same customer's plan. */
    private void requireObjective(UUID customerId, InitiativeDetails details) {
        UUID objectiveId = details.objectiveId();
        if (objectiveId == null) {
            return;
        }
        access.referenced("objective", objectiveId, objectives.findById(objectiveId), customerId);
    }
}
