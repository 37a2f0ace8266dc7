import type { ApprovalRole, Contract } from "./billingTypes";

// Deal approval as billing-service decides it (billing-service/README.md, "Deal approval rules"): a pending contract
// needs one approval per required role (finance; above the currency's threshold an executive too), each from someone
// other than the submitter, a person approving once per round. The API has no "waits on me" filter, so the inbox is
// the pending contracts (filtered by the API) narrowed here. Account-team roles are not in the token: a finance user
// who is only a viewer on an account sees the deal and gets the API's 403 in words.

const DECIDING_ROLES: readonly ApprovalRole[] = ["finance", "executive"];

/** The realm roles that may decide deals (admins may not: the API answers 403). */
export function decidingRoles(roles: readonly string[]): ApprovalRole[] {
  return DECIDING_ROLES.filter((role) => roles.includes(role));
}

/**
 * The approvals of the current round. A contract is submitted once (a rejected deal continues as a new contract), so
 * the highest round present is the current one.
 */
function currentRoundApprovals(contract: Contract) {
  const approvals = (contract.approvals ?? []).filter((a) => a.decision === "approved");
  const round = Math.max(0, ...approvals.map((a) => a.round ?? 0));
  return approvals.filter((a) => (a.round ?? 0) === round);
}

/** Required roles nobody has approved for yet in this round, in the API's order. */
export function missingApprovals(contract: Contract): ApprovalRole[] {
  const covered = new Set(currentRoundApprovals(contract).map((a) => a.role));
  return (contract.requiredApprovals ?? []).filter((role) => !covered.has(role));
}

/** True when the API would take this user's approval: pending, not theirs, not yet approved by them, a role missing. */
export function awaitsApprovalFrom(contract: Contract, username: string, roles: readonly string[]): boolean {
  if (contract.status !== "pending-approval" || contract.submittedBy === username) {
    return false;
  }
  if (currentRoundApprovals(contract).some((a) => a.approver === username)) {
    return false;
  }
  const mine = decidingRoles(roles);
  return missingApprovals(contract).some((role) => mine.includes(role));
}

/** "What waits on me": the contracts this user can approve now, oldest submission first (they have waited longest). */
export function approvalInbox(contracts: readonly Contract[], username: string, roles: readonly string[]): Contract[] {
  return contracts
    .filter((contract) => awaitsApprovalFrom(contract, username, roles))
    .sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
}

export const APPROVAL_ROLE_LABELS: Record<ApprovalRole, string> = { finance: "Finance", executive: "Executive" };
