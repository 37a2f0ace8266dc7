import type { AccountPlan } from "../api/types";

export type Opportunity = NonNullable<AccountPlan["opportunities"]>[number];
type Stage = NonNullable<Opportunity["stage"]>;

/** The pipeline's order (relationship-service: identified → qualified → proposed → won, or lost from any open stage). */
export const OPPORTUNITY_STAGES: readonly Stage[] = ["identified", "qualified", "proposed", "won", "lost"];

export const OPPORTUNITY_STAGE_LABELS: Record<Stage, string> = {
  identified: "Identified",
  qualified: "Qualified",
  proposed: "Proposed",
  won: "Won",
  lost: "Lost",
};

const rank = (o: Opportunity) => {
  const index = o.stage ? OPPORTUNITY_STAGES.indexOf(o.stage) : -1;
  return index < 0 ? OPPORTUNITY_STAGES.length : index;
};

/**
 * Open opportunities first, furthest along the pipeline first (proposed before identified: nearest to closing), then
 * won and lost; within a stage by expected close date, undated last.
 */
export function opportunitiesInPipelineOrder(opportunities: readonly Opportunity[]): Opportunity[] {
  const openFirst = (o: Opportunity) => (o.stage === "won" || o.stage === "lost" ? 1 : 0);
  const pipeline = (o: Opportunity) => (openFirst(o) ? rank(o) : -rank(o));
  return [...opportunities].sort(
    (a, b) =>
      openFirst(a) - openFirst(b) ||
      pipeline(a) - pipeline(b) ||
      (a.expectedCloseDate ?? "9999").localeCompare(b.expectedCloseDate ?? "9999") ||
      (a.name ?? "").localeCompare(b.name ?? ""),
  );
}
