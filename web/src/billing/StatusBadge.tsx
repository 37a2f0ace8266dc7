import type { ContractStatus, InvoiceStatus } from "./billingTypes";
import { CONTRACT_STATUS_LABELS, INVOICE_STATUS_LABELS } from "./lifecycle";

// The status as a word (the colour only repeats it), in the badge colours styles.css already has.
const CONTRACT_TONE: Record<ContractStatus, string> = {
  draft: "health-unknown",
  "pending-approval": "health-amber",
  approved: "health-green",
  rejected: "health-red",
  signed: "health-green",
  active: "health-green",
  closed: "health-unknown",
};

const INVOICE_TONE: Record<InvoiceStatus, string> = {
  draft: "health-unknown",
  issued: "health-amber",
  paid: "health-green",
  overdue: "health-red",
  void: "health-unknown",
};

export function ContractStatusBadge({ status }: { status: ContractStatus | undefined }) {
  if (!status) return null;
  return <span className={`badge ${CONTRACT_TONE[status]}`}>{CONTRACT_STATUS_LABELS[status]}</span>;
}

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus | undefined }) {
  if (!status) return null;
  return <span className={`badge ${INVOICE_TONE[status]}`}>{INVOICE_STATUS_LABELS[status]}</span>;
}
