// What is due on the executive cadence (relationship-service GET /api/cadence/due): QBRs, executive briefings and
// steering committees, each with when it was last held and when it is next due. These functions say it in words.

export type CadenceKind = "qbr" | "executive-briefing" | "steering-committee";

export interface DueItem {
  customerId?: string;
  customerName?: string;
  kind?: CadenceKind;
  engagementId?: string | null;
  intervalDays?: number;
  lastHeld?: string | null;
  nextDue?: string;
  overdue?: boolean;
  daysOverdue?: number;
}

export const CADENCE_KIND_LABELS: Record<CadenceKind, string> = {
  qbr: "Quarterly business review",
  "executive-briefing": "Executive briefing",
  "steering-committee": "Steering committee",
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date to another (calendar days, so daylight saving changes do not matter). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days": overdue as the service says, days from today. */
export function describeDue(item: DueItem, today: string): string {
  if (!item.nextDue) return "No due date";
  if (item.overdue) {
    const days = item.daysOverdue ?? Math.max(0, daysBetween(item.nextDue, today));
    return days === 1 ? "Overdue by 1 day" : `Overdue by ${days} days`;
  }
  const days = daysBetween(today, item.nextDue);
  if (days <= 0) return "Due today";
  return days === 1 ? "Due tomorrow" : `Due in ${days} days`;
}

/** Overdue first (longest overdue first), then by due date, then by account name. */
export function inDueOrder(items: readonly DueItem[]): DueItem[] {
  return [...items].sort(
    (a, b) =>
      Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) ||
      (b.overdue ? (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) : 0) ||
      (a.nextDue ?? "9999").localeCompare(b.nextDue ?? "9999") ||
      (a.customerName ?? "").localeCompare(b.customerName ?? ""),
  );
}

export function kindLabel(item: DueItem): string {
  return item.kind ? CADENCE_KIND_LABELS[item.kind] : "Cadence item";
}
