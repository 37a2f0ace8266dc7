import { describe, expect, it } from "vitest";
import type { RaidItem } from "./engagementTypes";
import { canConvertToIssue, milestoneMoves, raidTargets, writeControls } from "./rules";

const raid = (overrides: Partial<RaidItem>): RaidItem => ({ id: "r1", type: "risk", status: "open", version: 1, ...overrides });

describe("milestone moves", () => {
  it("follow portfolio-service's state machine", () => {
    expect(milestoneMoves("planned")).toEqual(["achieved", "waived"]);
    expect(milestoneMoves("achieved")).toEqual(["accepted", "waived", "rejected"]);
    // A rejected milestone is reworked (achieved again) or waived, never accepted directly.
    expect(milestoneMoves("rejected")).toEqual(["achieved", "waived"]);
  });

  it("end at accepted and waived", () => {
    expect(milestoneMoves("accepted")).toEqual([]);
    expect(milestoneMoves("waived")).toEqual([]);
    expect(milestoneMoves(undefined)).toEqual([]);
  });
});

describe("RAID moves", () => {
  it("offer every other status and, for an open risk, the conversion into an issue", () => {
    expect(raidTargets(raid({ status: "open" }))).toEqual(["in-progress", "closed", "issue"]);
    expect(raidTargets(raid({ status: "in-progress" }))).toEqual(["open", "closed", "issue"]);
  });

  it("reopen a closed entry but never convert a closed risk", () => {
    expect(raidTargets(raid({ status: "closed" }))).toEqual(["open", "in-progress"]);
    expect(canConvertToIssue(raid({ status: "closed" }))).toBe(false);
  });

  it("convert only risks", () => {
    for (const type of ["issue", "assumption", "dependency", "decision", "action"] as const) {
      expect(canConvertToIssue(raid({ type })), type).toBe(false);
    }
  });
});

describe("write controls", () => {
  it("gives a viewer nothing", () => {
    expect(writeControls(false, "delivery")).toEqual({ changes: false, statusReports: false });
  });

  it("leaves a writer only status reports once the engagement is closed", () => {
    expect(writeControls(true, "delivery")).toEqual({ changes: true, statusReports: true });
    expect(writeControls(true, "closure")).toEqual({ changes: false, statusReports: true });
  });
});
