import type { components } from "@api/schema";
import type { Engagement } from "../api/types";
import type { PortfolioFilters } from "./filters";
import { byAttention } from "./grouping";

export type PortfolioPlan = components["schemas"]["portfolio.PortfolioPlanResponse"];

export interface HorizonView {
  horizon: string;
  meaning: string;
  engagements: Engagement[];
}

/** What each horizon means when the API does not say (portfolio-service README, "Portfolio views"). */
const MEANINGS: Record<string, string> = {
  H1: "now: delivery planning and delivery",
  H2: "next: solution development",
  H3: "later: envisioning",
};

/**
 * The plan's horizons in the API's order (H1, H2, H3), each worst health first. The plan endpoint filters by customer
 * only; when other filters are set, `visible` (the ids of the filtered list) narrows each horizon to match the board.
 */
export function planHorizons(plan: PortfolioPlan, visible?: ReadonlySet<string>): HorizonView[] {
  return (plan.horizons ?? []).map((h) => ({
    horizon: h.horizon ?? "",
    meaning: h.meaning || MEANINGS[h.horizon ?? ""] || "",
    engagements: (h.engagements ?? []).filter((e) => !visible || visible.has(e.id ?? "")).sort(byAttention),
  }));
}

/** True when a filter the plan endpoint does not take (stage, health, delivery manager) is set. */
export function narrowsBeyondCustomer(filters: PortfolioFilters): boolean {
  return Boolean(filters.stage || filters.health || filters.deliveryManager);
}
