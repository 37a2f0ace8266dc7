package io.adeplatform.billing.messaging;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of billing.contract.events and billing.invoice.events; JSON Schemas in contracts/events/billing/. */
public final class BillingEvents {

    public static final String CONTRACT = "contract";
    public static final String INVOICE = "invoice";

    private BillingEvents() {
    }

    public record ContractSubmitted(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                    List<ApprovalRole> requiredApprovals, OffsetDateTime submittedAt, String submittedBy) {
        public static final String NAME = "submitted";
    }

    public record Approval(String approver, ApprovalRole role, String comment, OffsetDateTime decidedAt) {
    }

    public record ContractApproved(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                   List<Approval> approvals, OffsetDateTime approvedAt) {
        public static final String NAME = "approved";
    }

    public record ContractRejected(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                   String rejectedBy, String comment, OffsetDateTime rejectedAt) {
        public static final String NAME = "rejected";
    }

    public record ContractSigned(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                 OffsetDateTime signedAt, String signedBy) {
        public static final String NAME = "signed";
    }

    public record ContractClosed(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                 OffsetDateTime closedAt, String closedBy) {
        public static final String NAME = "closed";
    }

    public record InvoiceIssued(UUID invoiceId, UUID customerId, String number, Money total, LocalDate dueDate) {
        public static final String NAME = "issued";
    }

    public record InvoicePaid(UUID invoiceId, UUID customerId, String number, Money total, LocalDate dueDate,
                              OffsetDateTime paidAt) {
        public static final String NAME = "paid";
    }

    public record InvoiceOverdue(UUID invoiceId, UUID customerId, String number, Money openAmount, LocalDate dueDate) {
        public static final String NAME = "overdue";
    }

    public record CreditNoteIssued(UUID invoiceId, UUID customerId, UUID creditNoteId, String number,
                                   String invoiceNumber, Money amount, Money openAmount, String reason,
                                   OffsetDateTime issuedAt) {
        public static final String NAME = "credit-note-issued";
    }

    public record BudgetThresholdCrossed(UUID engagementId, UUID customerId, int threshold, Money spent, Money budget) {
        public static final String NAME = "budget-threshold-crossed";
    }
}
