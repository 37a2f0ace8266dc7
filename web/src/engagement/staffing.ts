import type { GateStatus, ResourceRequest, ResourceRequestStatus } from "./engagementTypes";

// Pure view rules of the Staffing and Quality gates sections.

/** A role still open this close to its start is called out (the service raises its RAID risk at the same horizon). */
export const UNFILLED_HORIZON_DAYS = 14;

export const REQUEST_STATUS_LABELS: Record<ResourceRequestStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  "partially-filled": "Partially filled",
  filled: "Filled",
  cancelled: "Cancelled",
};

export const GATE_STATUS_LABELS: Record<GateStatus, string> = {
  passed: "Passed",
  waived: "Waived",
  pending: "Pending",
  failed: "Failed",
  "not-reviewed": "Not reviewed",
};

const DAY_MS = 86_400_000;

/** Whole days from `today` to an ISO date (yyyy-MM-dd), both read as UTC dates so time zones do not shift them. */
function daysUntil(isoDate: string, today: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * True for a request that is not filled (nor cancelled) and starts within the horizon or has already started.
 * `today` is an ISO date so the rule is testable without a clock.
 */
export function isUnfilledSoon(request: Pick<ResourceRequest, "status" | "startDate">, today: string): boolean {
  if (!request.startDate || request.status === "filled" || request.status === "cancelled") return false;
  return daysUntil(request.startDate, today) <= UNFILLED_HORIZON_DAYS;
}

/** The demand in words: FTE when the request has one, else hours a month. */
export function describeDemand(request: Pick<ResourceRequest, "fte" | "hoursPerMonth">): string {
  if (request.fte != null) return `${request.fte.toLocaleString("en-US", { maximumFractionDigits: 2 })} FTE`;
  if (request.hoursPerMonth != null) return `${request.hoursPerMonth} hours/month`;
  return "—";
}
