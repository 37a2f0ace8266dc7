import { describe, expect, it } from "vitest";
import { describeDue, inDueOrder, kindLabel, type DueItem } from "./cadence";

const TODAY = "2026-12-07";

describe("the cadence to-do in words", () => {
  it("says overdue by the service's day count and upcoming by days from today", () => {
    expect(describeDue({ nextDue: "2026-12-04", overdue: true, daysOverdue: 3 }, TODAY)).toBe("Overdue by 3 days");
    expect(describeDue({ nextDue: "2026-12-06", overdue: true, daysOverdue: 1 }, TODAY)).toBe("Overdue by 1 day");
    expect(describeDue({ nextDue: "2026-12-07", overdue: false }, TODAY)).toBe("Due today");
    expect(describeDue({ nextDue: "2026-12-08", overdue: false }, TODAY)).toBe("Due tomorrow");
    // across the end of March (a daylight saving change in many zones) the count stays whole days
    expect(describeDue({ nextDue: "2027-04-02", overdue: false }, "2027-03-27")).toBe("Due in 6 days");
  });

  it("puts the longest overdue first, then the soonest due, then by account", () => {
    const items: DueItem[] = [
      { customerName: "Beta", nextDue: "2026-12-09", overdue: false },
      { customerName: "Alpha", nextDue: "2026-12-09", overdue: false },
      { customerName: "Gamma", nextDue: "2026-12-05", overdue: true, daysOverdue: 2 },
      { customerName: "Delta", nextDue: "2026-11-07", overdue: true, daysOverdue: 30 },
      { customerName: "Eps", nextDue: "2026-12-08", overdue: false },
    ];
    expect(inDueOrder(items).map((i) => i.customerName)).toEqual(["Delta", "Gamma", "Eps", "Alpha", "Beta"]);
  });

  it("names each kind", () => {
    expect(kindLabel({ kind: "qbr" })).toBe("Quarterly business review");
    expect(kindLabel({ kind: "steering-committee" })).toBe("Steering committee");
    expect(kindLabel({})).toBe("Cadence item");
  });
});
