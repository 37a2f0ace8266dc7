import type { ProblemKind } from "../api/problems";
import type { AccountOverview, OverviewSection, SectionStatus } from "../api/types";
import type { Load } from "../api/useLoad";

// Account 360 answers one status per section: a slow or failed service costs its own section, never the page.
// These functions decide what each section's panel says; the panels only draw it.

export const SECTION_ORDER = [
  "customer",
  "relationship-health",
  "engagements",
  "consumption",
  "escalations",
  "account-plan",
  "pipeline",
  "revenue-forecast",
  "cadence",
  "contracts",
  "invoices",
] as const;

export type SectionName = (typeof SECTION_ORDER)[number];

export const SECTION_TITLES: Record<SectionName, string> = {
  customer: "Customer",
  "relationship-health": "Relationship health",
  engagements: "Engagements",
  consumption: "Consumption",
  escalations: "Escalations",
  "account-plan": "Account plan",
  pipeline: "Weighted pipeline",
  "revenue-forecast": "Revenue forecast",
  cadence: "Executive cadence",
  contracts: "Contracts",
  invoices: "Open invoices",
};

export type SectionView =
  | { state: "ok"; data: unknown }
  | { state: "empty"; message: string }
  | { state: "degraded"; status: SectionStatus | "missing"; message: string; retryable: boolean };

const DEGRADED_MESSAGES: Record<Exclude<SectionStatus, "ok" | "not-found">, string> = {
  timeout: "did not answer in time",
  unavailable: "is unavailable at the moment",
  error: "answered with an error",
  forbidden: "is not open to your role",
};

/** What a section's panel shows: its data, or why it is missing and whether trying again may help. */
export function sectionView(title: string, section: OverviewSection | undefined): SectionView {
  if (!section) {
    return { state: "degraded", status: "missing", message: `${title} was not part of the answer.`, retryable: true };
  }
  if (section.status === "ok") {
    return { state: "ok", data: section.data };
  }
  // The service answered and has nothing for this customer yet (e.g. no consumption recorded): a fact, not a fault.
  if (section.status === "not-found") {
    return { state: "empty", message: `Nothing recorded for this customer yet.` };
  }
  const retryable = section.status === "timeout" || section.status === "unavailable" || section.status === "error";
  const why = DEGRADED_MESSAGES[section.status] ?? "is not available";
  const detail = section.detail ? ` (${section.detail})` : "";
  return { state: "degraded", status: section.status, message: `${title} ${why}${detail}.`, retryable };
}

/** The names of the sections that are degraded (not ok, and not merely empty), for the page's summary line. */
export function degradedSections(overview: AccountOverview): SectionName[] {
  return SECTION_ORDER.filter((name) => !["ok", "not-found"].includes(overview.sections[name]?.status ?? "missing"));
}

/**
 * A section the page reads itself (not part of the overview) in the overview's terms, so it is shown — and degrades —
 * like the others. Undefined while it loads.
 */
export function loadAsSection<T>(load: Load<T>): OverviewSection | undefined {
  if (load.state === "loading") return undefined;
  if (load.state === "ok") return { status: "ok", data: load.data };
  return { status: LOAD_STATUS[load.problem.kind] ?? "error", detail: load.problem.message };
}

const LOAD_STATUS: Partial<Record<ProblemKind, SectionStatus>> = {
  forbidden: "forbidden",
  "not-found": "not-found",
  unavailable: "unavailable",
  busy: "unavailable",
};
