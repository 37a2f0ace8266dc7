import { describe, expect, it } from "vitest";
import { factorLabel, factorRows, healthTrend } from "./healthFactors";

// The worked example of relationship-service's README: present weight 95, score 71.
const health = {
  score: 71,
  band: "amber" as const,
  totalWeight: 95,
  factors: [
    { name: "key-role-coverage", detail: "4 of 4 key roles engaged", value: 1, weight: 30, contribution: 31.58 },
    { name: "executive-contact-frequency", detail: "1 executive contact in 90 days", value: 1 / 6, weight: 15, contribution: 2.63 },
    { name: "open-escalations", detail: "2 critical escalations open", value: 0, weight: 10, contribution: 0 },
    { name: "overdue-invoices", detail: "2 invoices overdue", value: 0, weight: 5, contribution: 0 },
  ],
};

describe("factorRows", () => {
  it("puts the factor that costs the score most first, and formats value, points and shortfall", () => {
    const rows = factorRows(health);
    expect(rows.map((r) => r.name)).toEqual([
      "executive-contact-frequency", // 15.79 possible, 2.63 given: 13.16 short
      "open-escalations", // 10.53 short
      "overdue-invoices", // 5.26 short
      "key-role-coverage", // full marks
    ]);
    expect(rows[0]).toMatchObject({ label: "Executive contact frequency", value: "17 %", points: "2.63", maxPoints: "15.79", shortfallText: "13.16" });
    expect(rows[3]).toMatchObject({ value: "100 %", points: "31.58", shortfallText: "0.00" });
  });

  it("breaks ties by weight, then name, and sums the weights when the total is missing", () => {
    const rows = factorRows({
      factors: [
        { name: "b", weight: 10, contribution: 50, value: 1 },
        { name: "a", weight: 10, contribution: 50, value: 1 },
      ],
    });
    expect(rows.map((r) => r.name)).toEqual(["a", "b"]);
    expect(rows[0].maxPoints).toBe("50.00");
  });

  it("reads a health without factors as none", () => {
    expect(factorRows({})).toEqual([]);
  });
});

describe("factorLabel", () => {
  it("names known factors and makes unknown ones readable", () => {
    expect(factorLabel("stance-mix")).toBe("Stance mix");
    expect(factorLabel("partner-satisfaction")).toBe("Partner satisfaction");
  });
});

describe("healthTrend", () => {
  it("keeps the history's order and gives changes within one minute distinct labels", () => {
    const trend = healthTrend([
      { computedAt: "2026-03-01T09:15:02Z", score: 84 },
      { computedAt: "2026-03-01T09:15:40Z", score: 71 },
      { computedAt: "2026-03-09T17:00:00Z", score: 48 },
    ]);
    expect(trend.labels).toEqual(["2026-03-01 09:15", "2026-03-01 09:15 (2)", "2026-03-09 17:00"]);
    expect(trend.scores).toEqual([84, 71, 48]);
  });
});
