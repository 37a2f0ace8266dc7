import type { Stage } from "../api/types";
import type { MilestoneStatus, RaidItem, RaidStatus, RaidTarget } from "./engagementTypes";

// The state machines of portfolio-service (portfolio-service/README.md, domain/Lifecycle and RaidItem), so the page
// offers only the moves the API accepts. The engagement's own stages are the portfolio's (portfolio/grouping.ts).

export const MILESTONE_LABELS: Record<MilestoneStatus, string> = {
  planned: "Planned",
  achieved: "Achieved",
  accepted: "Accepted",
  waived: "Waived",
  rejected: "Rejected",
};

/** The button text of each milestone move: what the person does, not the state it ends in. */
export const MILESTONE_ACTIONS: Record<MilestoneStatus, string> = {
  planned: "Re-plan",
  achieved: "Mark achieved",
  accepted: "Accept",
  waived: "Waive",
  rejected: "Reject",
};

/** planned or rejected → achieved, waived; achieved → accepted, waived, rejected; accepted and waived are final. */
export function milestoneMoves(status: MilestoneStatus | undefined): MilestoneStatus[] {
  switch (status) {
    case "planned":
    case "rejected":
      return ["achieved", "waived"];
    case "achieved":
      return ["accepted", "waived", "rejected"];
    default:
      return [];
  }
}

export const RAID_STATUSES: readonly RaidStatus[] = ["open", "in-progress", "closed"];

export const RAID_STATUS_LABELS: Record<RaidStatus, string> = {
  open: "Open",
  "in-progress": "In progress",
  closed: "Closed",
};

export const RAID_TYPE_LABELS: Record<NonNullable<RaidItem["type"]>, string> = {
  risk: "Risk",
  assumption: "Assumption",
  issue: "Issue",
  dependency: "Dependency",
  decision: "Decision",
  action: "Action",
};

/** Any status other than its own (a closed entry may be reopened). */
export function raidStatusMoves(item: RaidItem): RaidStatus[] {
  return RAID_STATUSES.filter((status) => status !== item.status);
}

/** Only a risk that is not closed can become an issue (else 409 not-a-risk / raid-closed). */
export function canConvertToIssue(item: RaidItem): boolean {
  return item.type === "risk" && item.status !== "closed";
}

export function raidTargets(item: RaidItem): RaidTarget[] {
  return [...raidStatusMoves(item), ...(canConvertToIssue(item) ? (["issue"] as const) : [])];
}

/**
 * Which write controls the page shows. A viewer gets none; once the engagement is in closure the API refuses every
 * change (409 engagement-closed) except a new status report.
 */
export function writeControls(mayWrite: boolean, stage: Stage | undefined): { changes: boolean; statusReports: boolean } {
  return { changes: mayWrite && stage !== "closure", statusReports: mayWrite };
}
