import { describe, expect, it } from "vitest";
import type { Escalation } from "./escalationApi";
import { allowedLevels, allowedStatusMoves, groupByStatus, severityCounts } from "./lifecycle";

function escalation(overrides: Partial<Escalation>): Escalation {
  return { id: "e", status: "investigating", severity: "high", level: "L1", levelSetBy: "delivery-manager", ...overrides };
}

describe("allowedStatusMoves", () => {
  it("follows the service's state machine", () => {
    expect(allowedStatusMoves("open")).toEqual(["acknowledged"]);
    expect(allowedStatusMoves("investigating")).toEqual(["mitigated", "resolved"]);
    expect(allowedStatusMoves("mitigated")).toEqual(["investigating", "resolved"]);
    expect(allowedStatusMoves("resolved")).toEqual(["closed", "investigating"]);
    expect(allowedStatusMoves("closed")).toEqual(["investigating"]);
  });
});

describe("allowedLevels", () => {
  it("lets any writer raise", () => {
    expect(allowedLevels(escalation({ level: "L1" }), ["delivery-manager"])).toEqual(["L2", "L3"]);
  });

  it("lets a delivery manager lower only what a delivery manager or finance set", () => {
    expect(allowedLevels(escalation({ level: "L2", levelSetBy: "finance" }), ["delivery-manager"])).toEqual(["L1", "L3"]);
    // An SLA breach's raise (system) or an executive's is theirs to undo.
    expect(allowedLevels(escalation({ level: "L2", levelSetBy: "system" }), ["delivery-manager"])).toEqual(["L3"]);
    expect(allowedLevels(escalation({ level: "L2", levelSetBy: "system" }), ["executive"])).toEqual(["L1", "L3"]);
    expect(allowedLevels(escalation({ level: "L3", levelSetBy: "admin" }), ["executive"])).toEqual([]);
    expect(allowedLevels(escalation({ level: "L3", levelSetBy: "admin" }), ["admin"])).toEqual(["L1", "L2"]);
  });

  it("offers none once resolved or closed", () => {
    expect(allowedLevels(escalation({ status: "resolved" }), ["admin"])).toEqual([]);
    expect(allowedLevels(escalation({ status: "closed" }), ["admin"])).toEqual([]);
  });
});

describe("groupByStatus", () => {
  it("puts each escalation in its status column, worst severity first, then the longest open", () => {
    const columns = groupByStatus(
      [
        escalation({ id: "low", severity: "low", openedAt: "2026-11-01T00:00:00Z" }),
        escalation({ id: "crit-new", severity: "critical", openedAt: "2026-11-20T00:00:00Z" }),
        escalation({ id: "crit-old", severity: "critical", openedAt: "2026-11-10T09:00:00+02:00" }),
        escalation({ id: "open", status: "open", severity: "medium" }),
      ],
      ["open", "investigating", "mitigated"],
    );
    expect(columns.map((c) => [c.label, c.escalations.map((e) => e.id)])).toEqual([
      ["Open", ["open"]],
      ["Investigating", ["crit-old", "crit-new", "low"]],
      ["Mitigated", []],
    ]);
    expect(severityCounts(columns[1].escalations)).toEqual([
      { severity: "critical", count: 2 },
      { severity: "low", count: 1 },
    ]);
  });
});
