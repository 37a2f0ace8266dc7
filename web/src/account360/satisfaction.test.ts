import { describe, expect, it } from "vitest";
import { describeSummary, isOverdue, satisfactionSeries } from "./satisfaction";

describe("satisfactionSeries", () => {
  it("leaves a month without answers as a gap, not a zero", () => {
    const series = satisfactionSeries({
      months: [
        { month: "2026-04", satisfaction: { responses: 0, averageCsat: 0, nps: 0 } },
        { month: "2026-05", satisfaction: { responses: 3, averageCsat: 3.67, nps: 33.33 } },
      ],
    });
    expect(series.labels).toEqual(["2026-04", "2026-05"]);
    expect(series.csat).toEqual([null, 3.67]);
    expect(series.nps).toEqual([null, 33.33]);
  });
});

describe("describeSummary", () => {
  it("says the overall figures in words", () => {
    expect(describeSummary({ responses: 3, averageCsat: 3.667, nps: 33.33, promoters: 2, passives: 0, detractors: 1 })).toBe(
      "3 responses: average CSAT 3.67 of 5, NPS 33 (2 promoters, 0 passives, 1 detractors).",
    );
    expect(describeSummary({ responses: 0 })).toBe("No survey answer in this period.");
  });
});

describe("isOverdue", () => {
  it("is overdue only when still open after the due date", () => {
    expect(isOverdue({ status: "open", dueDate: "2026-05-01" }, "2026-05-02")).toBe(true);
    expect(isOverdue({ status: "open", dueDate: "2026-05-02" }, "2026-05-02")).toBe(false);
    expect(isOverdue({ status: "done", dueDate: "2026-05-01" }, "2026-05-02")).toBe(false);
  });
});
