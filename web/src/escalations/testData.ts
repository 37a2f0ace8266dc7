import type { Escalation, Sla, TimelineEntry } from "./escalationApi";

// Escalation-service answers for the page's tests.

export function escalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: "e0000000-0000-4000-8000-000000000001",
    customerId: "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10",
    title: "Go-live blocked",
    description: "Cut-over failed twice.",
    severity: "critical",
    category: "delivery",
    source: "customer",
    status: "investigating",
    level: "L2",
    levelSetBy: "executive",
    owner: "ada.exec",
    paused: false,
    slaBreached: false,
    openedAt: "2026-11-28T09:00:00Z",
    acknowledgedAt: "2026-11-28T09:20:00Z",
    version: 4,
    ...overrides,
  };
}

/** Acknowledged in time; the resolve target (24 h) 75 % used when measured. */
export function sla(overrides: Partial<Sla> = {}): Sla {
  return {
    severity: "critical",
    evaluatedAt: new Date().toISOString(),
    paused: false,
    acknowledge: { target: "acknowledge", targetMinutes: 60, elapsedSeconds: 1200, percentUsed: 33.3, state: "ok", timer: "stopped" },
    resolve: { target: "resolve", targetMinutes: 1440, elapsedSeconds: 64800, percentUsed: 75, state: "warning", timer: "running" },
    pauses: [],
    ...overrides,
  };
}

export function timelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: "t1",
    at: "2026-11-28T09:00:00Z",
    author: "ada.exec",
    kind: "update",
    visibility: "internal",
    customerVisible: false,
    text: "Working with the vendor.",
    ...overrides,
  };
}

export const envelope = <T>(items: T[]) => ({ items, page: 0, limit: 200, hasMore: false });
