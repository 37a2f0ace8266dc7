package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.domain.Decision;
import io.adeplatform.billing.service.ContractView;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A contract with its lines, approvals and compliance checklist; amounts rounded to the currency's cents. */
public record ContractResponse(UUID id, UUID customerId, String title, String currency, ContractStatus status,
                               @Schema(description = "1 for a new contract; n + 1 for the revision of a rejected one.")
                               int revision,
                               @Schema(description = "The rejected contract this one revises, if any.")
                               UUID previousRevisionId,
                               @Schema(description = "The won opportunity (relationship-service) this contract was "
                                       + "drafted from, if any.") UUID opportunityId,
                               @Schema(description = "The sum of the lines' values.") Money total,
                               Money notToExceed,
                               @Schema(description = "The most the contract can bill, what deal approval weighs: its "
                                       + "not-to-exceed, else the sum of its lines, each at its own not-to-exceed, else "
                                       + "its value.") Money exposure,
                               List<UUID> engagementIds, List<Line> lines,
                               @Schema(description = "The roles that must approve (finance; above the currency's "
                                       + "threshold an executive too); null when the currency has no threshold: such a "
                                       + "draft cannot be submitted.") List<ApprovalRole> requiredApprovals,
                               @Schema(description = "Every decision of every round, oldest first.") List<Approval> approvals,
                               List<ComplianceItem> compliance,
                               @Schema(description = "Every checklist item done: the contract can be signed.")
                               boolean complianceComplete,
                               String submittedBy, OffsetDateTime submittedAt, String signedBy, OffsetDateTime signedAt,
                               String createdBy, OffsetDateTime createdAt,
                               @Schema(description = "The contract's version: its ETag, sent back in If-Match.")
                               long version) implements Versioned {

    @Schema(name = "ContractLine", description = "A contract line; `percentComplete` only for fixed-fee lines.")
    public record Line(UUID id, int position, String description, BillingMethod billingMethod, UUID engagementId,
                       Money value, Money notToExceed, BigDecimal percentComplete, List<Rate> rateCard,
                       List<Installment> schedule, List<Milestone> milestones) {
    }

    @Schema(name = "RateCardEntry")
    public record Rate(String role, Money billRate, Money costRate) {
    }

    @Schema(name = "Installment", description = "A fixed-fee installment; `invoiceId` once invoiced.")
    public record Installment(UUID id, LocalDate dueDate, Money amount, UUID invoiceId) {
    }

    @Schema(name = "LineMilestone", description = "A milestone of a milestone line; `milestoneId` is portfolio's, "
            + "`acceptedAt` set once portfolio reported it accepted.")
    public record Milestone(UUID id, String name, Money amount, UUID milestoneId, OffsetDateTime acceptedAt) {
    }

    @Schema(name = "ContractApproval", description = "One decision of an approval round: an approval or the rejection.")
    public record Approval(int round, String approver, ApprovalRole role, Decision decision, String comment,
                           OffsetDateTime decidedAt) {
    }

    @Schema(name = "ComplianceItem")
    public record ComplianceItem(ComplianceItemType item, boolean completed, String completedBy,
                                 OffsetDateTime completedAt, String note) {
    }

    public static ContractResponse from(ContractView view) {
        Contract c = view.contract();
        String cur = c.currency;
        return new ContractResponse(c.id, c.customerId, c.title, cur, c.status, c.revision, c.previousRevisionId,
                c.opportunityId,
                c.total().rounded(), c.notToExceed == null ? null : money(c.notToExceed, cur), c.exposure().rounded(),
                List.copyOf(c.engagementIds),
                c.lines.stream().map(l -> line(l, cur)).toList(),
                view.requiredApprovals(),
                c.approvals.stream().map(a -> new Approval(a.round, a.approver, a.asRole, a.decision, a.comment, a.decidedAt)).toList(),
                c.compliance.stream().map(i -> new ComplianceItem(i.item, i.isComplete(), i.completedBy, i.completedAt, i.note)).toList(),
                c.complianceComplete(), c.submittedBy, c.submittedAt, c.signedBy, c.signedAt, c.createdBy, c.createdAt,
                c.version);
    }

    private static Line line(ContractLine l, String cur) {
        return new Line(l.id, l.position, l.description, l.billingMethod, l.engagementId, money(l.value, cur),
                l.notToExceed == null ? null : money(l.notToExceed, cur), l.percentComplete,
                l.rateCard.stream().map(r -> new Rate(r.role, money(r.billRate, cur), money(r.costRate, cur))).toList(),
                l.schedule.stream().map(s -> new Installment(s.id, s.dueDate, money(s.amount, cur), s.invoiceId)).toList(),
                l.milestones.stream().map(m -> new Milestone(m.id, m.name, money(m.amount, cur), m.milestoneRef, m.acceptedAt)).toList());
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
