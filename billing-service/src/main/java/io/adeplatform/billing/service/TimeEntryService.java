package io.adeplatform.billing.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.billing.api.TimeEntryApi;
import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.domain.RateCardEntry;
import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.EngagementBudgets;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;

import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TimeEntryService {

    @Inject
    TimeEntryRepository entries;

    @Inject
    ContractRepository contracts;

    @Inject
    EngagementBudgets engagements;

    @Inject
    BudgetAlerts alerts;

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * Prices the hours from the rate card of the engagement's active time-and-materials line and enforces the
     * line's and the contract's not-to-exceed limits (the contract row is locked, so concurrent entries cannot
     * both slip under a limit).
     */
    @Transactional
    public TimeEntryApi.Response record(TimeEntryApi.Create request) {
        EngagementBudget known = engagements.findById(request.engagementId());
        if (known != null) {
            access.requireVisible(known.customerId);
        }
        List<ContractLine> lines = contracts.billableLines(request.engagementId(), request.role());
        List<ContractLine> visible = lines.stream().filter(l -> access.canSee(l.contract.customerId)).toList();
        if (visible.isEmpty()) {
            if (known == null) {
                // unknown here, or only on other teams' contracts: the same 404, so existence does not leak
                throw new NotFound("engagement", request.engagementId());
            }
            throw new RuleViolation("no-rate", "no active contract prices role '" + request.role()
                    + "' on engagement " + request.engagementId());
        }
        ContractLine line = visible.get(0);
        Contract contract = contracts.lock(line.contract.id);
        RateCardEntry rate = line.rate(request.role()).orElseThrow();
        BigDecimal bill = Calculations.price(request.hours(), rate.billRate);
        BigDecimal cost = Calculations.price(request.hours(), rate.costRate);

        String exceeded = null;
        BigDecimal onLine = entries.billableOnLine(line.id);
        if (Calculations.exceeds(onLine, bill, line.notToExceed)) {
            exceeded = "the line's not-to-exceed of " + line.notToExceed.stripTrailingZeros().toPlainString() + " "
                    + contract.currency + " (already " + onLine.toPlainString() + ", this entry " + bill.toPlainString() + ")";
        } else if (contract.notToExceed != null) {
            BigDecimal committed = contract.lines.stream().filter(l -> l.billingMethod != BillingMethod.TIME_AND_MATERIALS)
                    .map(l -> l.value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(entries.billableOnContract(contract.id));
            if (Calculations.exceeds(committed, bill, contract.notToExceed)) {
                exceeded = "the contract's not-to-exceed of " + contract.notToExceed.stripTrailingZeros().toPlainString()
                        + " " + contract.currency + " (already committed " + committed.toPlainString() + ", this entry "
                        + bill.toPlainString() + ")";
            }
        }
        boolean billable = true;
        if (exceeded != null) {
            if (!Boolean.TRUE.equals(request.nonBillableIfExceeded())) {
                throw new RuleViolation("not-to-exceed-exceeded",
                        "this entry would exceed " + exceeded + "; send nonBillableIfExceeded=true to record it as non-billable",
                        Map.of("contractId", contract.id.toString(), "lineId", line.id.toString()));
            }
            billable = false;
        }
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.customerId = contract.customerId;
        entry.contractId = contract.id;
        entry.lineId = line.id;
        entry.engagementId = request.engagementId();
        entry.person = request.person().strip();
        entry.role = request.role();
        entry.date = request.date();
        entry.hours = request.hours();
        entry.billable = billable;
        entry.billAmount = billable ? bill : BigDecimal.ZERO;
        entry.costAmount = cost;
        entry.currency = contract.currency;
        entry.createdBy = user.username();
        entry.createdAt = OffsetDateTime.now(clock);
        entries.persist(entry);
        entries.flush();
        alerts.check(entry.engagementId, entry.currency);
        return TimeEntryApi.Response.of(entry);
    }

    @Transactional
    public TimeEntryApi.Response approve(UUID id) {
        TimeEntry entry = find(id);
        if (entry.approvedAt != null) {
            throw new Conflict("already-approved", "time entry " + id + " is already approved");
        }
        entry.approvedBy = user.username();
        entry.approvedAt = OffsetDateTime.now(clock);
        return TimeEntryApi.Response.of(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeEntryApi.Response get(UUID id) {
        return TimeEntryApi.Response.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimeEntryApi.Response> list(UUID engagementId, UUID contractId, PageRequest page) {
        return Page.fromOverfetch(entries.list(new TimeEntryRepository.Filter(engagementId, contractId,
                access.visibleCustomers()), page), page, TimeEntryApi.Response::of);
    }

    private TimeEntry find(UUID id) {
        TimeEntry entry = entries.findByIdOptional(id).orElseThrow(() -> new NotFound("time entry", id));
        access.requireVisible(entry.customerId);
        return entry;
    }
}
