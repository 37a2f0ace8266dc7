package io.adeplatform.billing.service;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.billing.domain.TimeEntryStatus;
import io.adeplatform.billing.domain.WorkedTime;
import io.adeplatform.billing.events.TimeEntryApproved;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import io.adeplatform.billing.persistence.TimeEntryFilter;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.AccountAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Time entries: hours priced from the rate card of an active contract, approved by finance, read and listed. */
@ApplicationScoped
public class TimeEntryService {

    @Inject
    TimeEntryRepository entries;

    @Inject
    ContractRepository contracts;

    @Inject
    EngagementBudgetRepository engagements;

    @Inject
    BillingOutbox outbox;

    @Inject
    AccountAccess access;

    @Inject
    Actor actor;

    /**
     * Prices the hours from the rate card of the engagement's (oldest) active time-and-materials line that prices the
     * role, within the line's and the contract's not-to-exceed limits (the contract row is locked, so concurrent
     * entries cannot both slip under a limit).
     */
    @Transactional
    public TimeEntry record(WorkedTime work) {
        UUID engagementId = work.engagementId();
        EngagementBudget known = engagements.findById(engagementId);
        if (known != null) {
            access.visible("engagement", engagementId, known, e -> e.customerId);
        }
        List<ContractLine> lines = contracts.billableLines(engagementId, work.role()).stream()
                .filter(l -> access.canSee(l.contract.customerId)).toList();
        if (lines.isEmpty()) {
            if (known == null) {
                // unknown here, or only on other teams' contracts: the same 404, so existence does not leak
                throw new NotFound("engagement", engagementId);
            }
            throw new RuleViolation("no-rate", "no active contract prices role '" + work.role()
                    + "' on engagement " + engagementId);
        }
        ContractLine line = lines.get(0);
        access.writable(line.contract.customerId);
        Contract contract = contracts.lock(line.contract.id);
        TimeEntry entry = TimeEntry.record(contract, line, work, entries.billableOnLine(line.id),
                entries.billableOnContract(contract.id), actor.name(), actor.now());
        entries.persist(entry);
        entries.flush();
        return entry;
    }

    /**
     * The one move of a time entry ({@code POST …/transitions {to}}), to approved: approves the hours (revenue
     * recognition, invoicing) and reports their cost as an actual cost of the engagement ({@code TimeEntryApproved}),
     * which portfolio's cost ledger records; profitability and budget alerts read that ledger's total back. Approving
     * twice keeps its own 409 ({@code already-approved}).
     */
    @Transactional
    public TimeEntry move(UUID id, ExpectedVersion expected, TimeEntryStatus to) {
        TimeEntry entry = access.acting(AccountAction.APPROVE_TIME, "time entry", id, entries.findById(id),
                e -> e.customerId);
        expected.check(entry.version);
        if (to != TimeEntryStatus.APPROVED) {
            throw Conflict.illegalTransition(entry.status(), to, entry.status().allowedTargets());
        }
        entry.approve(actor.name(), actor.now());
        entries.flush(); // the answer's ETag is the approved version
        outbox.write(TimeEntryApproved.of(entry));
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeEntry get(UUID id) {
        return visible(id);
    }

    /** Newest first, only entries of the caller's customers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimeEntry> list(UUID engagementId, UUID contractId, PageRequest page) {
        var filter = new TimeEntryFilter(engagementId, contractId, access.visibleCustomers());
        return Page.fromOverfetch(entries.list(filter, page), page, entry -> entry);
    }

    /** The entry, when the caller may see its customer; else the very 404 a missing id gets. */
    private TimeEntry visible(UUID id) {
        return access.visible("time entry", id, entries.findById(id), e -> e.customerId);
    }
}
