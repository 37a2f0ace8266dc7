import { describe, expect, it } from "vitest";
import { isEmptyPipeline, pipelineRows, type Pipeline } from "./pipeline";

const pipeline = (quarters: Pipeline["quarters"]): Pipeline => ({ quarters });

describe("the weighted pipeline in words", () => {
  it("keeps currencies apart and says how many opportunities lack a probability", () => {
    const rows = pipelineRows(
      pipeline([
        {
          quarter: "2027-Q1",
          firstMonth: "2027-01",
          lastMonth: "2027-03",
          weighted: [
            { amount: "1234567.50", currency: "EUR" },
            { amount: "60000.00", currency: "USD" },
          ],
          openOpportunities: 3,
          withoutProbability: 1,
        },
        { quarter: "2027-Q2", firstMonth: "2027-04", lastMonth: "2027-06", weighted: [], openOpportunities: 0, withoutProbability: 0 },
      ]),
    );
    expect(rows[0]).toEqual({
      quarter: "2027-Q1",
      months: "2027-01 to 2027-03",
      weighted: "€1,234,567.50 + $60,000.00",
      open: "3 opportunities, 1 without a probability",
    });
    expect(rows[1]).toMatchObject({ weighted: "nothing", open: "none" });
  });

  it("calls a pipeline empty only when no quarter has an open opportunity", () => {
    const quarter = { quarter: "2027-Q1", firstMonth: "2027-01", lastMonth: "2027-03", weighted: [], withoutProbability: 1 };
    expect(isEmptyPipeline(pipeline([{ ...quarter, openOpportunities: 0 }]))).toBe(true);
    // an opportunity without a probability weighs nothing but is still in the pipeline
    expect(isEmptyPipeline(pipeline([{ ...quarter, openOpportunities: 1 }]))).toBe(false);
    expect(pipelineRows(pipeline([{ ...quarter, openOpportunities: 1 }]))[0].open).toBe("1 opportunity, 1 without a probability");
  });
});
