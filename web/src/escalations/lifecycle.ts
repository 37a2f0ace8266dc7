import type { Escalation, EscalationStatus, Level, Severity } from "./escalationApi";

// The escalation-service's rules as the screen needs them (escalation-service/README.md, "State machine" and
// "Levels"): the service decides, the screen only avoids offering what it would refuse.

export const STATUS_ORDER: readonly EscalationStatus[] = ["open", "acknowledged", "investigating", "mitigated", "resolved", "closed"];

export const STATUS_LABELS: Record<EscalationStatus, string> = {
  open: "Open",
  acknowledged: "Acknowledged",
  investigating: "Investigating",
  mitigated: "Mitigated",
  resolved: "Resolved",
  closed: "Closed",
};

export const SEVERITY_ORDER: readonly Severity[] = ["critical", "high", "medium", "low"];

export const SEVERITY_LABELS: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };

export const LEVELS: readonly Level[] = ["L1", "L2", "L3"];

export const LEVEL_LABELS: Record<Level, string> = { L1: "L1 delivery team", L2: "L2 ADE", L3: "L3 executive" };

/** The service's state machine: where each status may go (reopening is the move back to investigating). */
const MOVES: Record<EscalationStatus, readonly EscalationStatus[]> = {
  open: ["acknowledged"],
  acknowledged: ["investigating"],
  investigating: ["mitigated", "resolved"],
  mitigated: ["investigating", "resolved"],
  resolved: ["closed", "investigating"],
  closed: ["investigating"],
};

export function allowedStatusMoves(status: EscalationStatus | undefined): readonly EscalationStatus[] {
  return status ? MOVES[status] : [];
}

/** Level changes and SLA pauses are refused once resolved or closed. */
export function isActive(status: EscalationStatus | undefined): boolean {
  return status !== undefined && status !== "resolved" && status !== "closed";
}

// Authority ranks of "Levels": delivery-manager = finance < executive = system < admin.
const RANK: Record<string, number> = { "delivery-manager": 1, finance: 1, executive: 2, system: 2, admin: 3 };

function callerRank(roles: readonly string[]): number {
  return Math.max(0, ...roles.map((role) => RANK[role] ?? 0));
}

/**
 * The levels the caller may move an active escalation to: any higher one; a lower one only with a rank at least as
 * high as the authority that set the current level (else the service answers 403).
 */
export function allowedLevels(escalation: Pick<Escalation, "level" | "levelSetBy" | "status">, roles: readonly string[]): Level[] {
  if (!isActive(escalation.status) || !escalation.level) return [];
  const current = LEVELS.indexOf(escalation.level);
  const mayLower = callerRank(roles) >= (RANK[escalation.levelSetBy ?? "delivery-manager"] ?? 1);
  return LEVELS.filter((_level, index) => index > current || (index < current && mayLower));
}

export interface StatusColumn {
  status: EscalationStatus;
  label: string;
  escalations: Escalation[];
}

/** One column per status in lifecycle order, worst severity first, then the longest-open first. */
export function groupByStatus(escalations: readonly Escalation[], statuses: readonly EscalationStatus[]): StatusColumn[] {
  return statuses.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    escalations: escalations.filter((e) => e.status === status).sort(bySeverityThenAge),
  }));
}

function bySeverityThenAge(a: Escalation, b: Escalation): number {
  const severity = severityRank(a.severity) - severityRank(b.severity);
  return severity !== 0 ? severity : instant(a.openedAt) - instant(b.openedAt);
}

function instant(at: string | undefined): number {
  return at ? Date.parse(at) : 0;
}

function severityRank(severity: Severity | undefined): number {
  return severity ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length;
}

/** How many escalations of each severity a column holds, worst first, for its heading. */
export function severityCounts(escalations: readonly Escalation[]): { severity: Severity; count: number }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, count: escalations.filter((e) => e.severity === severity).length })).filter(
    (entry) => entry.count > 0,
  );
}
