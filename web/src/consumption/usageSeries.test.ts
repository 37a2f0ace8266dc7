import { describe, expect, it } from "vitest";
import { lastDays, lastMonths, seriesByService, type PeriodUsage } from "./usageSeries";

const usd = (amount: string) => ({ amount, currency: "USD" });

describe("periods", () => {
  it("counts days back across a month end, today last", () => {
    expect(lastDays("2026-03-02", 3).map((p) => [p.from, p.to])).toEqual([
      ["2026-02-28", "2026-02-28"],
      ["2026-03-01", "2026-03-01"],
      ["2026-03-02", "2026-03-02"],
    ]);
  });

  it("counts calendar months back across a year end, the current month running to today", () => {
    expect(lastMonths("2026-02-10", 3)).toEqual([
      { label: "2025-12", from: "2025-12-01", to: "2025-12-31" },
      { label: "2026-01", from: "2026-01-01", to: "2026-01-31" },
      { label: "2026-02", from: "2026-02-01", to: "2026-02-10" },
    ]);
  });
});

describe("seriesByService", () => {
  const periods = lastDays("2026-06-02", 2);

  it("draws one line per service, zero where a service had no cost, the costliest first", () => {
    const usage: PeriodUsage[] = [
      { period: periods[0], items: [{ key: "Storage", cost: usd("2.00") }, { key: "Virtual Machines", cost: usd("10.10") }] },
      { period: periods[1], items: [{ key: "Virtual Machines", cost: usd("5.00") }] },
    ];
    const series = seriesByService(usage);
    expect(series.labels).toEqual(["2026-06-01", "2026-06-02"]);
    expect(series.currency).toBe("USD");
    expect(series.services).toEqual([
      { service: "Virtual Machines", values: [10.1, 5] },
      { service: "Storage", values: [2, 0] },
    ]);
  });

  it("draws the currency with the most cost and names the others instead of adding them up", () => {
    const usage: PeriodUsage[] = [
      {
        period: periods[0],
        items: [
          { key: "Support", cost: { amount: "900.00", currency: "EUR" } },
          { key: "Support", cost: usd("1000.00") },
        ],
      },
      { period: periods[1], items: [{ key: "Compute", cost: usd("0.10") }] },
    ];
    const series = seriesByService(usage);
    expect(series.currency).toBe("USD");
    expect(series.otherCurrencies).toEqual(["EUR"]);
    expect(series.services).toEqual([
      { service: "Support", values: [1000, 0] },
      { service: "Compute", values: [0, 0.1] },
    ]);
  });

  it("keeps plotted sums free of floating-point tails", () => {
    const usage: PeriodUsage[] = [
      { period: periods[0], items: [{ key: "A", cost: usd("0.10") }, { key: "A", cost: usd("0.20") }] },
    ];
    expect(seriesByService(usage).services[0].values).toEqual([0.3]);
  });

  it("has no currency and no lines without usage", () => {
    const series = seriesByService([{ period: periods[0], items: [] }]);
    expect(series.currency).toBeUndefined();
    expect(series.services).toEqual([]);
  });
});
