package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.events.ContractApproved;
import io.adeplatform.billing.events.ContractRejected;
import io.adeplatform.billing.events.ContractSubmitted;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Deal approval: a submitted contract needs an approval from each role its exposure requires (finance; above its
 * currency's threshold an executive too), never from the submitter; a rejection is final for that contract, and a new
 * revision of it (a new draft) may follow.
 */
@ApplicationScoped
public class DealApprovalService {

    @Inject
    ContractLookup lookup;

    @Inject
    Actor actor;

    @Transactional
    public ContractView submit(UUID id, ExpectedVersion expected) {
        return lookup.change(id, expected, contract -> {
            lookup.requiredApprovals(contract); // a currency without a threshold is refused before anything moves
            contract.submit(actor.name(), actor.now());
        }, contract -> ContractSubmitted.of(contract, lookup.requiredApprovals(contract)));
    }

    /**
     * Records the caller's approval; the contract is approved once every required role has approved. An approval
     * that leaves the status unchanged is one more approval row: the contract gets a new version all the same.
     */
    @Transactional
    public ContractView approve(UUID id, ExpectedVersion expected, String comment) {
        OffsetDateTime now = actor.now();
        Set<ApprovalRole> held = approverRoles();
        Contract contract = lookup.decidable(id, expected);
        if (!contract.approve(actor.name(), held, lookup.requiredApprovals(contract), comment, now)) {
            return lookup.savedWithNewVersion(contract);
        }
        return lookup.saved(contract, ContractApproved.of(contract, now));
    }

    @Transactional
    public ContractView reject(UUID id, ExpectedVersion expected, String comment) {
        OffsetDateTime now = actor.now();
        Set<ApprovalRole> held = approverRoles();
        Contract contract = lookup.decidable(id, expected);
        contract.reject(actor.name(), held, comment, now);
        return lookup.saved(contract, ContractRejected.of(contract, actor.name(), comment, now));
    }

    /**
     * The approval roles the caller's realm roles give; none (an admin, who may do every other move of a contract) is a
     * 403: deal approval is finance's and the executives' alone.
     */
    private Set<ApprovalRole> approverRoles() {
        Set<ApprovalRole> held = EnumSet.noneOf(ApprovalRole.class);
        if (actor.hasRole(Roles.FINANCE)) {
            held.add(ApprovalRole.FINANCE);
        }
        if (actor.hasRole(Roles.EXECUTIVE)) {
            held.add(ApprovalRole.EXECUTIVE);
        }
        if (held.isEmpty()) {
            throw new NotPermitted("only finance and executives approve or reject deals");
        }
        return held;
    }
}
