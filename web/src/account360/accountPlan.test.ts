import { describe, expect, it } from "vitest";
import { opportunitiesInPipelineOrder } from "./accountPlan";

describe("opportunitiesInPipelineOrder", () => {
  it("lists open ones nearest to closing first, then won, then lost; by close date within a stage, undated last", () => {
    const order = opportunitiesInPipelineOrder([
      { name: "Lost deal", stage: "lost", expectedCloseDate: "2026-01-01" },
      { name: "Early", stage: "identified", expectedCloseDate: "2026-02-01" },
      { name: "Won deal", stage: "won" },
      { name: "Proposal later", stage: "proposed", expectedCloseDate: "2026-09-01" },
      { name: "Proposal undated", stage: "proposed" },
      { name: "Proposal soon", stage: "proposed", expectedCloseDate: "2026-04-01" },
      { name: "Qualified", stage: "qualified" },
    ]).map((o) => o.name);
    expect(order).toEqual(["Proposal soon", "Proposal later", "Proposal undated", "Qualified", "Early", "Won deal", "Lost deal"]);
  });
});
