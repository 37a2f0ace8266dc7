import { describe, expect, it } from "vitest";
import type { Financials } from "./engagementTypes";
import { localToday } from "../format/dates";
import { formatIndex, MAX_POINTS, sCurve, sCurveDates } from "./sCurve";

describe("sCurveDates", () => {
  it("spreads at most MAX_POINTS dates from start to end and adds today", () => {
    const dates = sCurveDates("2026-01-01", "2026-12-31", "2026-05-20");
    expect(dates[0]).toBe("2026-01-01");
    expect(dates.at(-1)).toBe("2026-12-31");
    expect(dates).toContain("2026-05-20");
    expect(dates).toHaveLength(MAX_POINTS + 1);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("uses every day of a short engagement and leaves today out when outside it", () => {
    expect(sCurveDates("2026-03-01", "2026-03-04", "2027-01-01")).toEqual([
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
    ]);
  });

  it("crosses a month end and a leap day on the calendar, not by adding 30 days", () => {
    expect(sCurveDates("2028-02-28", "2028-03-01", "2020-01-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });

  it("has nothing to plot without dates or with the end before the start", () => {
    expect(sCurveDates(undefined, "2026-12-31", "2026-05-01")).toEqual([]);
    expect(sCurveDates("2026-12-31", "2026-01-01", "2026-05-01")).toEqual([]);
  });
});

const usd = (amount: string) => ({ amount, currency: "USD" });
const point = (asOf: string, pv: string, ev: string, ac: string): Financials => ({
  asOf,
  bac: usd("100000.00"),
  pv: usd(pv),
  ev: usd(ev),
  ac: usd(ac),
});

describe("sCurve", () => {
  it("plots PV over the whole plan and EV and AC only up to today", () => {
    const curve = sCurve(
      [point("2026-01-01", "0.00", "0.00", "0.00"), point("2026-06-01", "50000.00", "40000.00", "50000.00"), point("2026-12-31", "100000.00", "40000.00", "50000.00")],
      "2026-06-01",
    );
    expect(curve.labels).toEqual(["2026-01-01", "2026-06-01", "2026-12-31"]);
    expect(curve.currency).toBe("USD");
    const [pv, ev, ac] = curve.series;
    expect(pv.values).toEqual([0, 50000, 100000]);
    expect(ev.values).toEqual([0, 40000, null]);
    expect(ac.values).toEqual([0, 50000, null]);
  });
});

describe("formatIndex", () => {
  it("shows two decimals, and a dash while undefined", () => {
    expect(formatIndex(0.8)).toBe("0.80");
    expect(formatIndex(0.9412)).toBe("0.94");
    expect(formatIndex(null)).toBe("—");
    expect(formatIndex(undefined)).toBe("—");
  });
});

describe("localToday (the S-curve's today)", () => {
  it("is the local calendar day", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
