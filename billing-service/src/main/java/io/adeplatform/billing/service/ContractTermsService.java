package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.domain.ContractTerms;
import io.adeplatform.billing.persistence.ContractFilter;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.references.References;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Contract terms: drafting a contract on a customer, revising the draft, reading and listing contracts. */
@ApplicationScoped
public class ContractTermsService {

    @Inject
    ContractRepository contracts;

    @Inject
    ContractLookup lookup;

    @Inject
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    Actor actor;

    @Inject
    References references;

    /** A draft on an active customer of the caller's, with the compliance checklist of the customer's segment. */
    @Transactional
    public ContractView create(UUID customerId, ContractTerms terms) {
        access.writable(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer", "customer " + customerId + " is not an active customer");
        }
        requireReferences(terms, customerId);
        Contract contract = Contract.draft(customerId, customers.findById(customerId).segment, terms, actor.name(),
                actor.now());
        contracts.persist(contract);
        return lookup.saved(contract);
    }

    /**
     * The next revision of a rejected contract: a new draft with its terms, to be changed and submitted; a contract is
     * revised once (409 {@code already-revised} naming the revision that exists).
     */
    @Transactional
    public ContractView revise(UUID rejectedId) {
        Contract rejected = contracts.lock(lookup.changeable(rejectedId).id);
        contracts.revisionOf(rejected.id).ifPresent(next -> {
            throw new Conflict("already-revised", "contract " + rejected.id + " was already revised as " + next.id,
                    java.util.Map.of("revisionId", next.id.toString()));
        });
        Contract next = rejected.nextRevision(customers.findById(rejected.customerId).segment, actor.name(), actor.now());
        contracts.persist(next);
        return lookup.saved(next);
    }

    /** Replaces the terms of a draft as a whole. */
    @Transactional
    public ContractView update(UUID id, ExpectedVersion expected, ContractTerms terms) {
        return lookup.changeRows(id, expected, contract -> { // lines are child rows: a new version even when only they moved
            requireReferences(terms, contract.customerId);
            contract.revise(terms);
        });
    }

    /**
     * The engagements and milestones the terms name (the contract's, each line's, each line milestone's) must be this
     * customer's, as portfolio's events told this service; else the 422 of an id that exists nowhere.
     */
    private void requireReferences(ContractTerms terms, UUID customerId) {
        references.requireEngagements(terms.engagementIds(), customerId);
        if (terms.lines() == null) {
            return;
        }
        for (ContractTerms.Line line : terms.lines()) {
            references.requireEngagement(line.engagementId(), customerId);
            if (line.milestones() != null) {
                line.milestones().forEach(m -> references.requireMilestone(m.milestoneId(), customerId));
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractView get(UUID id) {
        return lookup.view(lookup.visible(id));
    }

    /** Newest first, only contracts of the caller's customers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContractView> list(UUID customerId, ContractStatus status, UUID engagementId, UUID opportunityId,
                                   PageRequest page) {
        var filter = new ContractFilter(customerId, status, engagementId, opportunityId, access.visibleCustomers());
        return Page.fromOverfetch(contracts.list(filter, page), page, lookup::view);
    }
}
