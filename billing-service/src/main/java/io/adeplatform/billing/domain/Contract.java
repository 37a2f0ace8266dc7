package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@Entity
@Table(name = "contract")
public class Contract extends BillingRecord {

    public String title;

    @Column(name = "nte_amount")
    public BigDecimal notToExceed;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    public int approvalRound;

    /** 1 for a new contract; a revision of a rejected contract counts on from it. */
    public int revision = 1;

    /** The rejected contract this one revises, if any. */
    public UUID previousRevisionId;

    public String submittedBy;
    public OffsetDateTime submittedAt;
    public String signedBy;
    public OffsetDateTime signedAt;

    /** The won opportunity (relationship-service) this contract was drafted from, if any: one contract per opportunity. */
    public UUID opportunityId;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "contract_engagement", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "engagement_id")
    public Set<UUID> engagementIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ContractLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "compliance_item", joinColumns = @JoinColumn(name = "contract_id"))
    public List<ComplianceItem> compliance = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt")
    public List<ContractApproval> approvals = new ArrayList<>();

    /** A new draft on a customer, with the compliance checklist its segment calls for. */
    public static Contract draft(UUID customerId, String customerSegment, ContractTerms terms, String by, OffsetDateTime at) {
        Contract contract = new Contract();
        contract.create(customerId, terms.currency(), by, at);
        contract.status = ContractStatus.DRAFT;
        contract.apply(terms);
        ComplianceItemType.checklistFor(customerSegment).forEach(type -> contract.compliance.add(new ComplianceItem(type)));
        return contract;
    }

    /** Replaces title, currency, engagements, limit and lines as a whole; only a draft can change. */
    public void revise(ContractTerms terms) {
        if (status != ContractStatus.DRAFT) {
            throw new Conflict("not-editable", "only a draft contract can be changed; this one is " + status.wireName());
        }
        apply(terms);
    }

    private void apply(ContractTerms terms) {
        ContractTermsValidator.validate(terms);
        title = terms.title().strip();
        currency = terms.currency();
        notToExceed = terms.notToExceed() == null ? null : terms.notToExceed().amount();
        engagementIds.clear();
        if (terms.engagementIds() != null) {
            engagementIds.addAll(terms.engagementIds());
        }
        lines.clear();
        for (ContractTerms.Line line : terms.lines()) {
            if (line.engagementId() != null) {
                engagementIds.add(line.engagementId()); // a line's engagement is one of the contract's
            }
            lines.add(ContractLine.of(this, lines.size() + 1, line));
        }
    }

    // --- deal approval: a submitted round collects one approval per required role, from people other than the submitter

    public void submit(String by, OffsetDateTime at) {
        moveTo(ContractStatus.PENDING_APPROVAL);
        approvalRound++;
        submittedBy = by;
        submittedAt = at;
    }

    /**
     * Records the approver's approval for the first required role they hold that is still missing; true when that
     * completed the round and the contract is approved.
     */
    public boolean approve(String approver, Set<ApprovalRole> held, List<ApprovalRole> required, String comment,
                           OffsetDateTime at) {
        requirePendingDecision(approver, ContractStatus.APPROVED);
        List<ContractApproval> current = currentRoundApprovals();
        if (current.stream().anyMatch(a -> a.approver.equals(approver))) {
            throw new Conflict("already-approved", approver + " has already approved this contract");
        }
        Set<ApprovalRole> covered = new LinkedHashSet<>();
        current.forEach(a -> covered.add(a.asRole));
        List<ApprovalRole> missing = required.stream().filter(r -> !covered.contains(r)).toList();
        ApprovalRole as = missing.stream().filter(held::contains).findFirst()
                .orElseThrow(() -> new Conflict("approval-not-needed", "the approvals still missing ("
                        + String.join(", ", missing.stream().map(ApprovalRole::wireName).toList())
                        + ") need a role you do not hold"));
        approvals.add(ContractApproval.of(this, approver, as, Decision.APPROVED, comment, at));
        covered.add(as);
        if (covered.containsAll(required)) {
            moveTo(ContractStatus.APPROVED);
            return true;
        }
        return false;
    }

    /** Rejects the deal: the contract is rejected for good, and a new revision ({@link #nextRevision}) may follow it. */
    public void reject(String by, Set<ApprovalRole> held, String comment, OffsetDateTime at) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInput.field("comment", "a rejection says why: must not be blank");
        }
        requirePendingDecision(by, ContractStatus.REJECTED);
        ApprovalRole as = held.contains(ApprovalRole.FINANCE) ? ApprovalRole.FINANCE : ApprovalRole.EXECUTIVE;
        approvals.add(ContractApproval.of(this, by, as, Decision.REJECTED, comment, at));
        moveTo(ContractStatus.REJECTED);
    }

    /**
     * The next revision of this rejected contract: a new draft with the same terms (to be changed and submitted), a
     * fresh compliance checklist (the reviews were of the rejected terms) and no approvals.
     */
    public Contract nextRevision(String customerSegment, String by, OffsetDateTime at) {
        if (status != ContractStatus.REJECTED) {
            throw new Conflict("not-rejected", "only a rejected contract is revised; this one is " + status.wireName());
        }
        Contract next = draft(customerId, customerSegment, terms(), by, at);
        next.revision = revision + 1;
        next.previousRevisionId = id;
        return next;
    }

    /** The contract's terms as a caller would state them. */
    public ContractTerms terms() {
        return new ContractTerms(title, currency, List.copyOf(engagementIds), notToExceed == null ? null
                : new Money(notToExceed, currency), lines.stream().map(ContractLine::terms).toList());
    }

    private void requirePendingDecision(String decider, ContractStatus target) {
        requireMove(target); // only a pending contract moves to approved or rejected
        if (decider.equals(submittedBy)) {
            throw new NotPermitted("separation-of-duties", "the person who submitted a contract cannot approve or reject it");
        }
    }

    public List<ContractApproval> currentRoundApprovals() {
        return approvals.stream().filter(a -> a.round == approvalRound && a.decision == Decision.APPROVED).toList();
    }

    // --- compliance, signature and the rest of the lifecycle

    /** Completes one checklist item; the checklist is frozen once the contract is signed. */
    public void completeCompliance(ComplianceItemType type, String by, OffsetDateTime at, String note) {
        if (!status.checklistOpen()) {
            throw new Conflict("checklist-closed", "the compliance checklist of a " + status.wireName() + " contract cannot change");
        }
        ComplianceItem item = compliance.stream().filter(i -> i.item == type).findFirst()
                .orElseThrow(() -> new NotFound("compliance item", type.wireName()));
        item.complete(by, at, note);
    }

    public boolean complianceComplete() {
        return compliance.stream().allMatch(ComplianceItem::isComplete);
    }

    /** Approved → signed, only with the compliance checklist complete. */
    public void sign(String by, OffsetDateTime at) {
        requireMove(ContractStatus.SIGNED);
        List<String> open = compliance.stream().filter(i -> !i.isComplete()).map(i -> i.item.wireName()).toList();
        if (!open.isEmpty()) {
            throw new Conflict("compliance-incomplete", "the compliance checklist must be complete before signature; open: "
                    + String.join(", ", open), Map.of("openItems", open));
        }
        moveTo(ContractStatus.SIGNED);
        signedBy = by;
        signedAt = at;
    }

    public void activate() {
        moveTo(ContractStatus.ACTIVE);
    }

    public void close() {
        moveTo(ContractStatus.CLOSED);
    }

    private void moveTo(ContractStatus target) {
        requireMove(target);
        status = target;
    }

    private void requireMove(ContractStatus target) {
        if (!status.canMoveTo(target)) {
            throw Conflict.illegalTransition(status, target, status.allowedTargets());
        }
    }

    // --- delivery: progress, invoicing, limits

    /** Signed or active: the contract is being delivered, so it is billed and its progress reported. */
    public boolean inDelivery() {
        return status == ContractStatus.SIGNED || status == ContractStatus.ACTIVE;
    }

    /** Percent complete of a fixed-fee line, the basis of its revenue recognition. */
    public void reportProgress(UUID lineId, BigDecimal percentComplete) {
        if (!inDelivery()) {
            throw new Conflict("not-in-delivery", "progress is reported on signed or active contracts only");
        }
        ContractLine line = line(lineId);
        if (line.billingMethod != BillingMethod.FIXED_FEE) {
            throw new RuleViolation("not-fixed-fee", "percent complete applies to fixed-fee lines only");
        }
        line.percentComplete = percentComplete;
    }

    public void requireBillable() {
        if (!inDelivery()) {
            throw new Conflict("contract-not-billable", "invoices are raised on signed or active contracts; this one is "
                    + status.wireName());
        }
    }

    /** The milestone of one of its milestone lines that portfolio accepted on this engagement, if any. */
    public Optional<LineMilestone> milestone(UUID engagementId, UUID milestoneId, String name) {
        return lines.stream().map(l -> l.milestone(engagementId, milestoneId, name)).flatMap(Optional::stream).findFirst();
    }

    /** The fixed-fee and milestone values: what the contract commits to whatever time is spent. */
    public BigDecimal committedValue() {
        return lines.stream().filter(l -> l.billingMethod != BillingMethod.TIME_AND_MATERIALS)
                .map(l -> l.value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The contract value: the sum of its lines' values. */
    public Money total() { return sumOfLines(line -> line.value); }

    /**
     * The most this contract can bill, what deal approval weighs: its not-to-exceed where set; else the sum of its
     * lines, each at its own not-to-exceed where set (a time-and-materials estimate is not a bound), else its value.
     */
    public Money exposure() {
        return notToExceed != null ? new Money(notToExceed, currency)
                : sumOfLines(line -> line.notToExceed != null ? line.notToExceed : line.value);
    }

    private Money sumOfLines(Function<ContractLine, BigDecimal> amount) {
        return lines.stream().map(l -> new Money(amount.apply(l), currency)).reduce(Money.zero(currency), Money::plus);
    }

    public ContractLine line(UUID lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst()
                .orElseThrow(() -> new NotFound("contract line", lineId));
    }
}
