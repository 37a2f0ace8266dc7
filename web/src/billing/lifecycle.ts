import type { Contract, ContractStatus, ContractTarget, Invoice, InvoiceStatus, InvoiceTarget } from "./billingTypes";

// The state machines of billing-service (README, "The contract's moves" and the invoice states), so the page offers
// only what the API would accept. approved/rejected are the approvers' decisions (approvals.ts), not offered here.

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  draft: "Draft",
  "pending-approval": "Pending approval",
  approved: "Approved",
  rejected: "Rejected",
  signed: "Signed",
  active: "Active",
  closed: "Closed",
};

export interface ContractMove {
  to: ContractTarget;
  /** The button's text */
  label: string;
}

const CONTRACT_MOVES: Partial<Record<ContractStatus, ContractMove>> = {
  draft: { to: "pending-approval", label: "Submit for approval" },
  approved: { to: "signed", label: "Sign" },
  signed: { to: "active", label: "Activate" },
  active: { to: "closed", label: "Close" },
};

/**
 * The lifecycle move a writer may make on this contract, if any. Signing needs the checklist complete (409
 * `compliance-incomplete`), submitting a currency with an approval threshold (422 `no-approval-threshold`), so neither
 * is offered before; blockedMove says why.
 */
export function contractMove(contract: Contract): ContractMove | undefined {
  return blockedMove(contract) ? undefined : contract.status && CONTRACT_MOVES[contract.status];
}

/** Why the status's next move cannot be made yet, in words; undefined when nothing blocks it. */
export function blockedMove(contract: Contract): string | undefined {
  if (contract.status === "approved" && !contract.complianceComplete) {
    return "Signing is offered once the compliance checklist is complete.";
  }
  if (contract.status === "draft" && !contract.requiredApprovals) {
    return `Its currency (${contract.currency ?? "?"}) has no approval threshold, so it cannot be submitted for approval.`;
  }
  return undefined;
}

/** The checklist can be worked on until signature, and not on a rejected deal. */
export function checklistOpen(status: ContractStatus | undefined): boolean {
  return status === "draft" || status === "pending-approval" || status === "approved";
}

export const COMPLIANCE_LABELS: Record<string, string> = {
  "legal-review": "Legal review",
  "security-review": "Security review",
  "data-protection": "Data protection",
  "public-procurement": "Public procurement rules",
};

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: "Draft",
  issued: "Issued",
  paid: "Paid",
  overdue: "Overdue",
  void: "Void",
};

export const INVOICE_MOVE_LABELS: Record<InvoiceTarget, string> = { issued: "Issue", paid: "Mark paid", void: "Void" };

/** draft → issued | void; issued/overdue → paid | void (void only without credit notes: 409 `credited-invoice`). */
export function invoiceMoves(invoice: Invoice): InvoiceTarget[] {
  const credited = (invoice.creditNotes?.length ?? 0) > 0 || nonZero(invoice.credited?.amount);
  switch (invoice.status) {
    case "draft":
      return ["issued", "void"];
    case "issued":
    case "overdue":
      return credited ? ["paid"] : ["paid", "void"];
    default:
      return [];
  }
}

/** A credit note is for an issued or overdue invoice with something still open. */
export function canCredit(invoice: Invoice): boolean {
  const open = invoice.openAmount?.amount;
  return (invoice.status === "issued" || invoice.status === "overdue") && nonZero(open) && !open?.startsWith("-");
}

/** Read from the decimal string, never through a number (money.ts). */
function nonZero(amount: string | undefined): boolean {
  return amount !== undefined && /[1-9]/.test(amount);
}
