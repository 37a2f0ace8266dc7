import type { Engagement, Health, Stage } from "../api/types";

export const STAGES: readonly Stage[] = ["envisioning", "solution-development", "delivery-planning", "delivery", "closure"];
export const HEALTHS: readonly Health[] = ["red", "amber", "green"];

export const STAGE_LABELS: Record<Stage, string> = {
  envisioning: "Envisioning",
  "solution-development": "Solution development",
  "delivery-planning": "Delivery planning",
  delivery: "Delivery",
  closure: "Closure",
};

export const HEALTH_LABELS: Record<Health | "unknown", string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  unknown: "Not assessed",
};

export type HealthKey = Health | "unknown";

export interface EngagementGroup<K extends string> {
  key: K;
  label: string;
  engagements: Engagement[];
  healthCounts: Record<HealthKey, number>;
}

const HEALTH_RANK: Record<HealthKey, number> = { red: 0, amber: 1, green: 2, unknown: 3 };

function healthOf(engagement: Engagement): HealthKey {
  return engagement.health ?? "unknown";
}

/** Worst health first, so what needs attention leads each group; then by name. */
export function byAttention(a: Engagement, b: Engagement): number {
  return HEALTH_RANK[healthOf(a)] - HEALTH_RANK[healthOf(b)] || (a.name ?? "").localeCompare(b.name ?? "");
}

function group<K extends string>(key: K, label: string, engagements: Engagement[]): EngagementGroup<K> {
  const healthCounts: Record<HealthKey, number> = { red: 0, amber: 0, green: 0, unknown: 0 };
  for (const engagement of engagements) healthCounts[healthOf(engagement)] += 1;
  return { key, label, engagements: [...engagements].sort(byAttention), healthCounts };
}

/** One group per lifecycle stage, in lifecycle order, empty stages included (the board keeps its columns). */
export function groupByStage(engagements: readonly Engagement[]): EngagementGroup<Stage>[] {
  return STAGES.map((stage) => group(stage, STAGE_LABELS[stage], engagements.filter((e) => e.stage === stage)));
}

/** Red, amber, green; engagements not yet assessed last, and only when there are any. */
export function groupByHealth(engagements: readonly Engagement[]): EngagementGroup<HealthKey>[] {
  const groups = (["red", "amber", "green", "unknown"] as const).map((health) =>
    group(health, HEALTH_LABELS[health], engagements.filter((e) => healthOf(e) === health)),
  );
  return groups.filter((g) => g.key !== "unknown" || g.engagements.length > 0);
}

/**
 * The stages an engagement may move to, as portfolio-service allows: one forward, or one back for rework; nothing
 * leaves closure. Only these are offered, so the screen never proposes a move the API would refuse.
 */
export function allowedMoves(stage: Stage | undefined): Stage[] {
  const index = stage ? STAGES.indexOf(stage) : -1;
  if (index < 0 || stage === "closure") {
    return [];
  }
  return [STAGES[index + 1], STAGES[index - 1]].filter((s): s is Stage => s !== undefined);
}
