import { describe, expect, it } from "vitest";
import { burnDownChart, monthKey } from "./burnDown";
import type { CommitmentOutlook } from "./types";

const usd = (amount: string) => ({ amount, currency: "USD" });

function outlook(overrides: Partial<CommitmentOutlook>): CommitmentOutlook {
  return {
    commitment: usd("10000.00"),
    startDate: "2026-05-01",
    endDate: "2026-08-31",
    consumed: usd("2480.00"),
    projected: usd("8680.00"),
    shortfall: usd("1320.00"),
    burnDown: [
      { month: "2026-05" as never, cumulative: usd("550.00") },
      { month: "2026-06" as never, cumulative: usd("2480.00") },
    ],
    ...overrides,
  };
}

describe("burnDownChart", () => {
  it("draws the actual cumulative cost to today and the projection on to the end of the term", () => {
    const chart = burnDownChart(outlook({}), "2026-06-20");
    expect(chart.labels).toEqual(["2026-05", "2026-06", "2026-07", "2026-08"]);
    expect(chart.actual).toEqual([550, 2480, null, null]);
    expect(chart.commitment).toEqual([10000, 10000, 10000, 10000]);
    // 72 days from 20 June to 31 August at (8680 − 2480) / 72 a day: 41 of them by 31 July.
    expect(chart.projection).toEqual([null, 2480, 6010.56, 8680]);
  });

  it("projects a term not begun yet from nothing, with no actual figures", () => {
    const chart = burnDownChart(
      outlook({ startDate: "2026-07-01", consumed: usd("0.00"), projected: usd("6200.00"), burnDown: [] }),
      "2026-06-20",
    );
    expect(chart.labels).toEqual(["2026-07", "2026-08"]);
    expect(chart.actual).toEqual([null, null]);
    expect(chart.projection).toEqual([3100, 6200]);
  });

  it("projects nothing once the term has ended", () => {
    const chart = burnDownChart(outlook({ projected: usd("2480.00") }), "2026-09-15");
    expect(chart.projection).toEqual([null, null, null, null]);
    expect(chart.actual).toEqual([550, 2480, 2480, 2480]);
  });

  it("carries the cumulative figure over a month the burn-down leaves out", () => {
    const chart = burnDownChart(outlook({ burnDown: [{ month: "2026-05" as never, cumulative: usd("550.00") }] }), "2026-06-20");
    expect(chart.actual).toEqual([550, 550, null, null]);
  });
});

describe("monthKey", () => {
  it("reads the month as the API writes it", () => {
    expect(monthKey("2026-05")).toBe("2026-05");
    expect(monthKey(undefined)).toBe("");
  });
});
