package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.events.ContractEvent;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.AccountAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** How the contract use cases reach a contract, change it, report the change and answer with the contract. */
@ApplicationScoped
public class ContractLookup {

    @Inject
    ContractRepository contracts;

    @Inject
    AccountAccess access;

    @Inject
    BillingOutbox outbox;

    @Inject
    ApprovalThresholds thresholds;

    /** The contract, when the caller may see its customer; else the very 404 a missing id gets. */
    public Contract visible(UUID id) {
        return access.visible("contract", id, contracts.findById(id), c -> c.customerId);
    }

    /** To change: {@link #visible}, and the caller's account role writes (a viewer on the team gets 403). */
    public Contract changeable(UUID id) {
        return access.writable("contract", id, contracts.findById(id), c -> c.customerId);
    }

    /**
     * To approve or reject the deal: {@link #visible}, an executive or finance on the account (else 403), and the
     * version the decision was based on (428, 412).
     */
    public Contract decidable(UUID id, ExpectedVersion expected) {
        Contract contract = access.acting(AccountAction.APPROVE_DEAL, "contract", id, contracts.findById(id),
                c -> c.customerId);
        expected.check(contract.version);
        return contract;
    }

    /**
     * A contract a request body names (invoices are raised on it), locked for the use case: missing and not visible
     * are the same 422 (the shared answer to an unknown reference), as the request, not the URL, is at fault; a
     * viewer on its account gets 403.
     */
    public Contract referenced(UUID id) {
        Contract contract = contracts.lock(id);
        if (contract == null || !access.canSee(contract.customerId)) {
            throw AccountAccess.unknownReference("contract", id);
        }
        access.writable(contract.customerId);
        return contract;
    }

    /**
     * To change with the version the caller based the change on (If-Match): {@link #changeable}, then 428 without a
     * version, 412 when stale (after the lookup, so an invisible contract stays a 404 either way).
     */
    public Contract changeable(UUID id, ExpectedVersion expected) {
        Contract contract = changeable(id);
        expected.check(contract.version);
        return contract;
    }

    /** Changes the visible contract's own columns (so its version moves) and answers with it. */
    public ContractView change(UUID id, ExpectedVersion expected, Consumer<Contract> change) {
        Contract contract = changeable(id, expected);
        change.accept(contract);
        return saved(contract);
    }

    /** {@link #change}, reported by the event {@code reported} makes of the changed contract. */
    public ContractView change(UUID id, ExpectedVersion expected, Consumer<Contract> change,
                               Function<Contract, ContractEvent> reported) {
        Contract contract = changeable(id, expected);
        change.accept(contract);
        return saved(contract, reported.apply(contract));
    }

    /** Changes child rows of the visible contract (approvals, checklist, lines) under a new version of it. */
    public ContractView changeRows(UUID id, ExpectedVersion expected, Consumer<Contract> change) {
        Contract contract = changeable(id, expected);
        change.accept(contract);
        return savedWithNewVersion(contract);
    }

    /** Flushes the use case's changes (so the version is current) and answers with the contract. */
    public ContractView saved(Contract contract) {
        contracts.flush();
        return view(contract);
    }

    /** {@link #saved}, and writes the event that reports the change, in the same transaction. */
    public ContractView saved(Contract contract, ContractEvent reported) {
        ContractView view = saved(contract);
        outbox.write(reported);
        return view;
    }

    /** Flushes changes of child rows only (approvals, checklist, lines) under a new version of the contract. */
    public ContractView savedWithNewVersion(Contract contract) {
        contracts.newVersion(contract);
        return saved(contract);
    }

    /** The contract with the approvals it needs (null when its currency has no threshold: it cannot be submitted). */
    public ContractView view(Contract contract) {
        return new ContractView(contract, thresholds.ifConfigured(contract).orElse(null));
    }

    /** Finance for every deal; an executive too when its exposure is above its currency's threshold (else a 422). */
    public List<ApprovalRole> requiredApprovals(Contract contract) {
        return thresholds.required(contract);
    }
}
