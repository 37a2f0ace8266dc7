import type { Health, Stage } from "../api/types";
import { HEALTHS, STAGES } from "./grouping";

// The portfolio's filters live in the address bar (?stage=delivery&health=red), so a filtered view can be
// bookmarked and shared; the API filters, the screen only groups.

export interface PortfolioFilters {
  stage?: Stage;
  health?: Health;
  customerId?: string;
  deliveryManager?: string;
}

export type Grouping = "stage" | "health";

/** The page's views: the board (default), earned value per engagement, the plan by horizon. */
export const VIEWS = ["board", "earned-value", "plan"] as const;
export type PortfolioView = (typeof VIEWS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the address; a value the API would refuse (an unknown stage, a malformed id) is dropped. */
export function filtersFromSearch(search: URLSearchParams): PortfolioFilters {
  const filters: PortfolioFilters = {};
  const stage = search.get("stage");
  if (stage && (STAGES as readonly string[]).includes(stage)) filters.stage = stage as Stage;
  const health = search.get("health");
  if (health && (HEALTHS as readonly string[]).includes(health)) filters.health = health as Health;
  const customerId = search.get("customerId");
  if (customerId && UUID.test(customerId)) filters.customerId = customerId;
  const deliveryManager = search.get("deliveryManager")?.trim();
  if (deliveryManager) filters.deliveryManager = deliveryManager;
  return filters;
}

export function groupingFromSearch(search: URLSearchParams): Grouping {
  return search.get("by") === "health" ? "health" : "stage";
}

export function viewFromSearch(search: URLSearchParams): PortfolioView {
  const view = search.get("view");
  return (VIEWS as readonly string[]).includes(view ?? "") ? (view as PortfolioView) : "board";
}

/** The address for filters, grouping and view; empty filters and the defaults are left out. */
export function toSearch(filters: PortfolioFilters, grouping: Grouping, view: PortfolioView = "board"): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) search.set(key, value);
  }
  if (grouping !== "stage") search.set("by", grouping);
  if (view !== "board") search.set("view", view);
  return search;
}
