import { describe, expect, it } from "vitest";
import { localToday } from "../format/dates";
import { describeDemand, isUnfilledSoon } from "./staffing";

describe("isUnfilledSoon", () => {
  const today = "2026-05-01";
  it("calls out an open request starting within 14 days, on the 14th day, or already started", () => {
    expect(isUnfilledSoon({ status: "submitted", startDate: "2026-05-10" }, today)).toBe(true);
    expect(isUnfilledSoon({ status: "draft", startDate: "2026-05-15" }, today)).toBe(true);
    expect(isUnfilledSoon({ status: "partially-filled", startDate: "2026-04-01" }, today)).toBe(true);
  });
  it("does not call out a request starting later, a filled or a cancelled one", () => {
    expect(isUnfilledSoon({ status: "submitted", startDate: "2026-05-16" }, today)).toBe(false);
    expect(isUnfilledSoon({ status: "filled", startDate: "2026-05-02" }, today)).toBe(false);
    expect(isUnfilledSoon({ status: "cancelled", startDate: "2026-05-02" }, today)).toBe(false);
  });
});

describe("describeDemand", () => {
  it("says FTE when there is one, else hours a month", () => {
    expect(describeDemand({ fte: 0.5, hoursPerMonth: 80 })).toBe("0.5 FTE");
    expect(describeDemand({ hoursPerMonth: 40 })).toBe("40 hours/month");
    expect(describeDemand({})).toBe("—");
  });
});

describe("localToday", () => {
  it("formats the local calendar date", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
