package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.events.ContractApproved;
import io.adeplatform.billing.events.ContractRejected;
import io.adeplatform.billing.events.ContractSubmitted;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Deal approval: a submitted contract needs an approval from each role its total requires (finance; above the
 * threshold an executive too), never from the submitter; a rejection sends it back to draft for a new round.
 */
@ApplicationScoped
public class DealApprovalService {

    @Inject
    ContractLookup lookup;

    @Inject
    BillingOutbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public ContractView submit(UUID id) {
        Contract contract = lookup.visible(id);
        contract.submit(user.username(), OffsetDateTime.now(clock));
        ContractView view = lookup.saved(contract);
        outbox.write(ContractSubmitted.of(contract, view.requiredApprovals()));
        return view;
    }

    /** Records the caller's approval; the contract is approved once every required role has approved. */
    @Transactional
    public ContractView approve(UUID id, String comment) {
        Contract contract = lookup.visible(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!contract.approve(user.username(), rolesHeld(), lookup.requiredApprovals(contract), comment, now)) {
            return lookup.savedWithNewVersion(contract); // one more approval row, the status unchanged
        }
        ContractView view = lookup.saved(contract);
        outbox.write(ContractApproved.of(contract, now));
        return view;
    }

    @Transactional
    public ContractView reject(UUID id, String comment) {
        Contract contract = lookup.visible(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        contract.reject(user.username(), rolesHeld(), comment, now);
        ContractView view = lookup.saved(contract);
        outbox.write(ContractRejected.of(contract, user.username(), comment, now));
        return view;
    }

    /** The approval roles the caller's realm roles give. */
    private Set<ApprovalRole> rolesHeld() {
        Set<ApprovalRole> held = EnumSet.noneOf(ApprovalRole.class);
        if (user.hasRole(Roles.FINANCE)) {
            held.add(ApprovalRole.FINANCE);
        }
        if (user.hasRole(Roles.EXECUTIVE)) {
            held.add(ApprovalRole.EXECUTIVE);
        }
        return held;
    }
}
