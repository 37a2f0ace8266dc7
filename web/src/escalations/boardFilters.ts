import type { BoardFilters, Severity } from "./escalationApi";
import { SEVERITY_ORDER, STATUS_ORDER } from "./lifecycle";

// The board's filters live in the address (/escalations?severity=critical&closed=yes), so a view can be shared.

const NOT_CLOSED = STATUS_ORDER.filter((status) => status !== "closed");

export function boardFiltersFromSearch(search: URLSearchParams): BoardFilters {
  const severity = search.get("severity");
  return {
    statuses: search.get("closed") === "yes" ? STATUS_ORDER : NOT_CLOSED,
    // A value the API would refuse is dropped rather than sent.
    severity: SEVERITY_ORDER.includes(severity as Severity) ? (severity as Severity) : undefined,
  };
}

export function showsClosed(filters: BoardFilters): boolean {
  return filters.statuses.includes("closed");
}

export function boardSearch(severity: Severity | undefined, showClosed: boolean): URLSearchParams {
  const search = new URLSearchParams();
  if (severity) search.set("severity", severity);
  if (showClosed) search.set("closed", "yes");
  return search;
}
