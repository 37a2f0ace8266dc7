package io.adeplatform.billing.service;

import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.billing.api.ContractRequests;
import io.adeplatform.billing.api.ContractResponse;
import io.adeplatform.billing.api.RevenueResponse;
import io.adeplatform.billing.config.BillingConfig;
import io.adeplatform.billing.domain.ApprovalPolicy;
import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.ComplianceItem;
import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractApproval;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.domain.Decision;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.domain.LineMilestone;
import io.adeplatform.billing.domain.RateCardEntry;
import io.adeplatform.billing.domain.ScheduleItem;
import io.adeplatform.billing.messaging.BillingEvents;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.customers.ProjectedCustomer;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;

import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ContractService {

    private static final List<InvoiceStatus> BILLED = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PAID, InvoiceStatus.OVERDUE);

    @Inject
    ContractRepository contracts;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    ProjectedCustomers customers;

    @Inject
    OutboxWriter outbox;

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    @Transactional
    public ContractResponse create(ContractRequests.CreateContract request) {
        access.requireVisible(request.customerId());
        if (!customers.isActive(request.customerId())) {
            throw new RuleViolation("unknown-customer", "customer " + request.customerId() + " is not an active customer");
        }
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.customerId = request.customerId();
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = user.username();
        contract.createdAt = OffsetDateTime.now(clock);
        apply(contract, request.title(), request.currency(), request.engagementIds(), request.notToExceed(), request.lines());
        ProjectedCustomer customer = customers.findById(request.customerId());
        for (ComplianceItemType type : ComplianceItemType.checklistFor(customer.segment)) {
            contract.compliance.add(new ComplianceItem(type));
        }
        contracts.persist(contract);
        contracts.flush();
        return response(contract);
    }

    @Transactional
    public ContractResponse update(UUID id, String ifMatch, ContractRequests.UpdateContract request) {
        Contract contract = find(id);
        EntityVersions.requireMatch(ifMatch, contract.version);
        if (contract.status != ContractStatus.DRAFT) {
            throw new Conflict("not-editable", "only a draft contract can be changed; this one is " + contract.status.wireName());
        }
        contract.lines.clear();
        contracts.flush();
        apply(contract, request.title(), request.currency(), request.engagementIds(), request.notToExceed(), request.lines());
        bump(contract); // lines changed: a new version even when only child rows moved
        contracts.flush();
        return response(contract);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractResponse get(UUID id) {
        return response(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContractResponse> list(UUID customerId, ContractStatus status, UUID engagementId, PageRequest page) {
        var filter = new ContractRepository.Filter(customerId, status, engagementId, access.visibleCustomers());
        return Page.fromOverfetch(contracts.list(filter, page), page, this::response);
    }

    @Transactional
    public ContractResponse submit(UUID id) {
        Contract contract = find(id);
        contract.moveTo(ContractStatus.PENDING_APPROVAL);
        contract.approvalRound++;
        contract.submittedBy = user.username();
        contract.submittedAt = OffsetDateTime.now(clock);
        contracts.flush();
        outbox.append(BillingEvents.CONTRACT, contract.id, BillingEvents.ContractSubmitted.NAME,
                new BillingEvents.ContractSubmitted(contract.id, contract.customerId, List.copyOf(contract.engagementIds),
                        contract.total().rounded(), required(contract), contract.submittedAt, contract.submittedBy));
        return response(contract);
    }

    /**
     * Records the caller's approval for the first required role they hold that is still missing; the contract is
     * approved once every required role has approved. The submitter never approves their own deal.
     */
    @Transactional
    public ContractResponse approve(UUID id, String comment) {
        Contract contract = find(id);
        if (contract.status != ContractStatus.PENDING_APPROVAL) {
            throw Conflict.illegalTransition(contract.status.wireName(), ContractStatus.APPROVED.wireName());
        }
        String me = user.username();
        requireNotSubmitter(contract, me);
        List<ContractApproval> current = contract.currentRoundApprovals();
        if (current.stream().anyMatch(a -> a.approver.equals(me))) {
            throw new Conflict("already-approved", me + " has already approved this contract");
        }
        List<ApprovalRole> required = required(contract);
        Set<ApprovalRole> covered = new LinkedHashSet<>();
        current.forEach(a -> covered.add(a.asRole));
        ApprovalRole as = required.stream().filter(r -> !covered.contains(r)).filter(this::holds).findFirst()
                .orElseThrow(() -> new Conflict("approval-not-needed",
                        "the approvals still missing (" + missing(required, covered) + ") need a role you do not hold"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        record(contract, me, as, Decision.APPROVED, comment, now);
        covered.add(as);
        if (covered.containsAll(required)) {
            contract.moveTo(ContractStatus.APPROVED);
            contracts.flush();
            outbox.append(BillingEvents.CONTRACT, contract.id, BillingEvents.ContractApproved.NAME,
                    new BillingEvents.ContractApproved(contract.id, contract.customerId, List.copyOf(contract.engagementIds),
                            contract.total().rounded(),
                            contract.currentRoundApprovals().stream()
                                    .map(a -> new BillingEvents.Approval(a.approver, a.asRole, a.comment, a.decidedAt)).toList(),
                            now));
        } else {
            bump(contract);
            contracts.flush();
        }
        return response(contract);
    }

    @Transactional
    public ContractResponse reject(UUID id, String comment) {
        Contract contract = find(id);
        if (contract.status != ContractStatus.PENDING_APPROVAL) {
            throw Conflict.illegalTransition(contract.status.wireName(), ContractStatus.DRAFT.wireName());
        }
        String me = user.username();
        requireNotSubmitter(contract, me);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ApprovalRole as = holds(ApprovalRole.FINANCE) ? ApprovalRole.FINANCE : ApprovalRole.EXECUTIVE;
        record(contract, me, as, Decision.REJECTED, comment, now);
        contract.moveTo(ContractStatus.DRAFT);
        contracts.flush();
        outbox.append(BillingEvents.CONTRACT, contract.id, BillingEvents.ContractRejected.NAME,
                new BillingEvents.ContractRejected(contract.id, contract.customerId, List.copyOf(contract.engagementIds),
                        contract.total().rounded(), me, comment, now));
        return response(contract);
    }

    @Transactional
    public ContractResponse sign(UUID id) {
        Contract contract = find(id);
        if (!contract.status.canMoveTo(ContractStatus.SIGNED)) {
            throw Conflict.illegalTransition(contract.status.wireName(), ContractStatus.SIGNED.wireName());
        }
        if (!contract.complianceComplete()) {
            List<String> open = contract.compliance.stream().filter(i -> !i.isComplete()).map(i -> i.item.wireName()).toList();
            throw new Conflict("compliance-incomplete",
                    "the compliance checklist must be complete before signature; open: " + String.join(", ", open),
                    Map.of("openItems", open));
        }
        contract.moveTo(ContractStatus.SIGNED);
        contract.signedBy = user.username();
        contract.signedAt = OffsetDateTime.now(clock);
        contracts.flush();
        outbox.append(BillingEvents.CONTRACT, contract.id, BillingEvents.ContractSigned.NAME,
                new BillingEvents.ContractSigned(contract.id, contract.customerId, List.copyOf(contract.engagementIds),
                        contract.total().rounded(), contract.signedAt, contract.signedBy));
        return response(contract);
    }

    @Transactional
    public ContractResponse activate(UUID id) {
        Contract contract = find(id);
        contract.moveTo(ContractStatus.ACTIVE);
        contracts.flush();
        return response(contract);
    }

    @Transactional
    public ContractResponse close(UUID id) {
        Contract contract = find(id);
        contract.moveTo(ContractStatus.CLOSED);
        contracts.flush();
        outbox.append(BillingEvents.CONTRACT, contract.id, BillingEvents.ContractClosed.NAME,
                new BillingEvents.ContractClosed(contract.id, contract.customerId, List.copyOf(contract.engagementIds),
                        contract.total().rounded(), OffsetDateTime.now(clock), user.username()));
        return response(contract);
    }

    @Transactional
    public ContractResponse completeCompliance(UUID id, ComplianceItemType type, String note) {
        Contract contract = find(id);
        if (contract.status == ContractStatus.SIGNED || contract.status == ContractStatus.ACTIVE
                || contract.status == ContractStatus.CLOSED) {
            throw new Conflict("checklist-closed", "the compliance checklist of a " + contract.status.wireName()
                    + " contract cannot change");
        }
        ComplianceItem item = contract.compliance.stream().filter(i -> i.item == type).findFirst()
                .orElseThrow(() -> new NotFound("compliance item", type.wireName()));
        if (item.isComplete()) {
            throw new Conflict("already-complete", type.wireName() + " is already complete");
        }
        item.completedBy = user.username();
        item.completedAt = OffsetDateTime.now(clock);
        item.note = note;
        bump(contract);
        contracts.flush();
        return response(contract);
    }

    @Transactional
    public ContractResponse progress(UUID id, UUID lineId, BigDecimal percentComplete) {
        Contract contract = find(id);
        if (contract.status != ContractStatus.SIGNED && contract.status != ContractStatus.ACTIVE) {
            throw new Conflict("not-in-delivery", "progress is reported on signed or active contracts only");
        }
        ContractLine line = contract.line(lineId);
        if (line.billingMethod != BillingMethod.FIXED_FEE) {
            throw new RuleViolation("not-fixed-fee", "percent complete applies to fixed-fee lines only");
        }
        line.percentComplete = percentComplete;
        bump(contract);
        contracts.flush();
        return response(contract);
    }

    /** Revenue recognized per line: T&M as hours are approved, fixed fee by percent complete, milestones on acceptance. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueResponse revenue(UUID id) {
        Contract contract = find(id);
        String cur = contract.currency;
        List<RevenueResponse.Line> lines = new ArrayList<>();
        BigDecimal recognizedTotal = BigDecimal.ZERO;
        BigDecimal billedTotal = BigDecimal.ZERO;
        for (ContractLine line : contract.lines) {
            BigDecimal recognized = switch (line.billingMethod) {
                case TIME_AND_MATERIALS -> Calculations.cents(timeEntries.approvedOnLine(line.id));
                case FIXED_FEE -> Calculations.fixedFeeRecognized(line.value, line.percentComplete);
                case MILESTONE -> Calculations.cents(line.milestones.stream().filter(m -> m.acceptedAt != null)
                        .map(m -> m.amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            };
            String basis = switch (line.billingMethod) {
                case TIME_AND_MATERIALS -> "approved hours at bill rate";
                case FIXED_FEE -> "percent complete " + line.percentComplete.stripTrailingZeros().toPlainString() + " % (capped at 100 %)";
                case MILESTONE -> line.milestones.stream().filter(m -> m.acceptedAt != null).count() + " of "
                        + line.milestones.size() + " milestones accepted";
            };
            BigDecimal billed = Calculations.cents(invoices.billedForLine(line.id, BILLED));
            recognizedTotal = recognizedTotal.add(recognized);
            billedTotal = billedTotal.add(billed);
            lines.add(new RevenueResponse.Line(line.id, line.description, line.billingMethod,
                    ContractResponse.moneyOf(line.value, cur), new Money(recognized, cur), new Money(billed, cur),
                    new Money(recognized.subtract(billed), cur), basis));
        }
        return new RevenueResponse(contract.id, contract.customerId, contract.total().rounded(),
                new Money(recognizedTotal, cur), new Money(billedTotal, cur), new Money(recognizedTotal.subtract(billedTotal), cur),
                lines);
    }

    // --- helpers

    /** Child rows changed: give the contract a new version now, so the response and the next If-Match see it. */
    private void bump(Contract contract) {
        contracts.getEntityManager().lock(contract, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    Contract find(UUID id) {
        Contract contract = contracts.findByIdOptional(id).orElseThrow(() -> new NotFound("contract", id));
        access.requireVisible(contract.customerId);
        return contract;
    }

    private ContractResponse response(Contract contract) {
        return ContractResponse.of(contract, required(contract));
    }

    private List<ApprovalRole> required(Contract contract) {
        return ApprovalPolicy.requiredRoles(contract.total().amount(), config.executiveAbove());
    }

    private boolean holds(ApprovalRole role) {
        return user.hasRole(role == ApprovalRole.FINANCE ? Roles.FINANCE : Roles.EXECUTIVE);
    }

    private static String missing(List<ApprovalRole> required, Set<ApprovalRole> covered) {
        return String.join(", ", required.stream().filter(r -> !covered.contains(r)).map(ApprovalRole::wireName).toList());
    }

    private static void requireNotSubmitter(Contract contract, String me) {
        if (me.equals(contract.submittedBy)) {
            throw new NotPermitted("separation-of-duties",
                    "the person who submitted a contract cannot approve or reject it");
        }
    }

    private void record(Contract contract, String me, ApprovalRole as, Decision decision, String comment, OffsetDateTime now) {
        ContractApproval approval = new ContractApproval();
        approval.id = UUID.randomUUID();
        approval.contract = contract;
        approval.round = contract.approvalRound;
        approval.approver = me;
        approval.asRole = as;
        approval.decision = decision;
        approval.comment = comment;
        approval.decidedAt = now;
        contract.approvals.add(approval);
    }

    /** Validates the lines against the contract's currency and billing-method rules, then replaces them. */
    private void apply(Contract contract, String title, String currency, List<UUID> engagementIds, Money nte,
                       List<ContractRequests.Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        if (!new Money(BigDecimal.ZERO, currency).isKnownCurrency()) {
            errors.add(new FieldError("currency", "is not an ISO 4217 currency"));
        }
        checkMoney(errors, "notToExceed", nte, currency, false);
        Set<UUID> engagements = new LinkedHashSet<>(engagementIds == null ? List.of() : engagementIds);
        for (int i = 0; i < lines.size(); i++) {
            ContractRequests.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            checkMoney(errors, at + ".value", line.value(), currency, true);
            checkMoney(errors, at + ".notToExceed", line.notToExceed(), currency, false);
            if (line.engagementId() != null) {
                engagements.add(line.engagementId());
            }
            switch (line.billingMethod()) {
                case TIME_AND_MATERIALS -> {
                    if (line.rateCard() == null || line.rateCard().isEmpty()) {
                        errors.add(new FieldError(at + ".rateCard", "a time-and-materials line needs a rate card"));
                    } else {
                        Set<String> roles = new LinkedHashSet<>();
                        for (int r = 0; r < line.rateCard().size(); r++) {
                            var rate = line.rateCard().get(r);
                            checkMoney(errors, at + ".rateCard[" + r + "].billRate", rate.billRate(), currency, true);
                            checkMoney(errors, at + ".rateCard[" + r + "].costRate", rate.costRate(), currency, true);
                            if (!roles.add(rate.role())) {
                                errors.add(new FieldError(at + ".rateCard[" + r + "].role", "appears twice"));
                            }
                        }
                    }
                    rejectPresent(errors, at, "schedule", line.schedule());
                    rejectPresent(errors, at, "milestones", line.milestones());
                }
                case FIXED_FEE -> {
                    if (line.schedule() == null || line.schedule().isEmpty()) {
                        errors.add(new FieldError(at + ".schedule", "a fixed-fee line needs an invoice schedule"));
                    } else {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (int s = 0; s < line.schedule().size(); s++) {
                            Money amount = line.schedule().get(s).amount();
                            checkMoney(errors, at + ".schedule[" + s + "].amount", amount, currency, true);
                            sum = sum.add(amount.amount());
                        }
                        if (sum.compareTo(line.value().amount()) != 0) {
                            errors.add(new FieldError(at + ".schedule", "installments sum to " + sum.toPlainString()
                                    + ", not the line value " + line.value().amount().toPlainString()));
                        }
                    }
                    rejectPresent(errors, at, "rateCard", line.rateCard());
                    rejectPresent(errors, at, "milestones", line.milestones());
                }
                case MILESTONE -> {
                    if (line.milestones() == null || line.milestones().isEmpty()) {
                        errors.add(new FieldError(at + ".milestones", "a milestone line needs milestones"));
                    } else {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (int m = 0; m < line.milestones().size(); m++) {
                            Money amount = line.milestones().get(m).amount();
                            checkMoney(errors, at + ".milestones[" + m + "].amount", amount, currency, true);
                            sum = sum.add(amount.amount());
                        }
                        if (sum.compareTo(line.value().amount()) != 0) {
                            errors.add(new FieldError(at + ".milestones", "milestones sum to " + sum.toPlainString()
                                    + ", not the line value " + line.value().amount().toPlainString()));
                        }
                    }
                    rejectPresent(errors, at, "rateCard", line.rateCard());
                    rejectPresent(errors, at, "schedule", line.schedule());
                }
            }
        }
        if (errors.isEmpty() && nte != null) {
            BigDecimal committed = lines.stream().filter(l -> l.billingMethod() != BillingMethod.TIME_AND_MATERIALS)
                    .map(l -> l.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (committed.compareTo(nte.amount()) > 0) {
                errors.add(new FieldError("notToExceed", "is below the fixed-fee and milestone values of the lines ("
                        + committed.toPlainString() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the contract is not valid", errors);
        }
        contract.title = title.strip();
        contract.currency = currency;
        contract.notToExceed = nte == null ? null : nte.amount();
        contract.engagementIds.clear();
        contract.engagementIds.addAll(engagements);
        int position = 1;
        for (ContractRequests.Line request : lines) {
            ContractLine line = new ContractLine();
            line.id = UUID.randomUUID();
            line.contract = contract;
            line.position = position++;
            line.description = request.description().strip();
            line.billingMethod = request.billingMethod();
            line.engagementId = request.engagementId();
            line.value = request.value().amount();
            line.notToExceed = request.notToExceed() == null ? null : request.notToExceed().amount();
            if (request.rateCard() != null) {
                request.rateCard().forEach(r -> line.rateCard.add(new RateCardEntry(r.role(), r.billRate().amount(), r.costRate().amount())));
            }
            if (request.schedule() != null) {
                for (var s : request.schedule()) {
                    ScheduleItem item = new ScheduleItem();
                    item.id = UUID.randomUUID();
                    item.line = line;
                    item.dueDate = s.dueDate();
                    item.amount = s.amount().amount();
                    line.schedule.add(item);
                }
            }
            if (request.milestones() != null) {
                for (var m : request.milestones()) {
                    LineMilestone milestone = new LineMilestone();
                    milestone.id = UUID.randomUUID();
                    milestone.line = line;
                    milestone.name = m.name().strip();
                    milestone.amount = m.amount().amount();
                    milestone.milestoneRef = m.milestoneId();
                    line.milestones.add(milestone);
                }
            }
            contract.lines.add(line);
        }
    }

    private static void rejectPresent(List<FieldError> errors, String at, String field, List<?> value) {
        if (value != null && !value.isEmpty()) {
            errors.add(new FieldError(at + "." + field, "does not apply to this billing method"));
        }
    }

    private static void checkMoney(List<FieldError> errors, String field, Money money, String currency, boolean positive) {
        if (money == null) {
            return;
        }
        if (!money.currency().equals(currency)) {
            errors.add(new FieldError(field + ".currency", "must be the contract currency " + currency));
        }
        if (positive ? money.amount().signum() <= 0 : money.amount().signum() < 0) {
            errors.add(new FieldError(field + ".amount", positive ? "must be greater than 0" : "must not be negative"));
        }
    }
}
