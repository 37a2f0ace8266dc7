import { describe, expect, it } from "vitest";
import { forecastTables, type Forecast } from "./forecast";

const usd = (amount: string) => ({ amount, currency: "USD" });

describe("the revenue forecast in tables", () => {
  it("keeps each currency apart, marks months before the current one as actuals and shows empty parts as a dash", () => {
    const forecast: Forecast = {
      from: "2027-02",
      to: "2027-03",
      currentMonth: "2027-03",
      series: [
        {
          currency: "USD",
          backlog: usd("25600.00"),
          undatedMilestones: usd("0.00"),
          months: [
            { month: "2027-02", recognised: usd("1200.00"), milestones: usd("0.00"), fixedFee: usd("0.00"), timeAndMaterials: usd("0.00"), weightedPipeline: usd("0.00"), total: usd("1200.00") },
            { month: "2027-03", recognised: usd("300.00"), milestones: usd("2000.00"), fixedFee: usd("500.00"), timeAndMaterials: usd("4800.00"), weightedPipeline: usd("6000.00"), total: usd("13600.00") },
          ],
        },
        { currency: "EUR", backlog: { amount: "0.00", currency: "EUR" }, undatedMilestones: { amount: "750.00", currency: "EUR" }, months: [] },
      ],
    };
    const [dollars, euros] = forecastTables(forecast);
    expect(dollars.currency).toBe("USD");
    expect(dollars.backlog).toBe("$25,600.00");
    expect(dollars.undatedMilestones).toBeNull();
    expect(dollars.rows[0]).toMatchObject({ month: "2027-02", kind: "actual", recognised: "$1,200.00", milestones: "—", total: "$1,200.00" });
    expect(dollars.rows[1]).toMatchObject({
      kind: "forecast",
      milestones: "$2,000.00",
      fixedFee: "$500.00",
      timeAndMaterials: "$4,800.00",
      weightedPipeline: "$6,000.00",
      total: "$13,600.00",
    });
    expect(euros.undatedMilestones).toBe("€750.00");
  });
});
