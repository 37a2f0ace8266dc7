import { describe, expect, it } from "vitest";
import { engagement } from "../test/fixtures";
import { allowedMoves, groupByHealth, groupByStage } from "./grouping";

const list = [
  engagement({ id: "1", name: "Zeta", stage: "delivery", health: "green" }),
  engagement({ id: "2", name: "Alpha", stage: "delivery", health: "red", healthReasons: ["schedule: milestone M2 overdue"] }),
  engagement({ id: "3", name: "Beta", stage: "envisioning", health: "amber" }),
  engagement({ id: "4", name: "Gamma", stage: "delivery", health: "amber" }),
  engagement({ id: "5", name: "Delta", stage: "closure", health: undefined }),
];

describe("groupByStage", () => {
  it("has every stage in lifecycle order, empty ones included", () => {
    expect(groupByStage(list).map((g) => [g.key, g.engagements.length])).toEqual([
      ["envisioning", 1],
      ["solution-development", 0],
      ["delivery-planning", 0],
      ["delivery", 3],
      ["closure", 1],
    ]);
  });

  it("puts the worst health first within a stage and counts each health", () => {
    const delivery = groupByStage(list).find((g) => g.key === "delivery")!;
    expect(delivery.engagements.map((e) => e.name)).toEqual(["Alpha", "Gamma", "Zeta"]);
    expect(delivery.healthCounts).toEqual({ red: 1, amber: 1, green: 1, unknown: 0 });
  });
});

describe("groupByHealth", () => {
  it("orders red, amber, green and then the not yet assessed", () => {
    expect(groupByHealth(list).map((g) => [g.key, g.engagements.map((e) => e.name)])).toEqual([
      ["red", ["Alpha"]],
      ["amber", ["Beta", "Gamma"]],
      ["green", ["Zeta"]],
      ["unknown", ["Delta"]],
    ]);
  });

  it("leaves out the not-assessed group when every engagement has a health", () => {
    expect(groupByHealth(list.slice(0, 4)).map((g) => g.key)).toEqual(["red", "amber", "green"]);
  });
});

describe("allowedMoves", () => {
  it("offers one stage forward and one back for rework", () => {
    expect(allowedMoves("delivery-planning")).toEqual(["delivery", "solution-development"]);
    expect(allowedMoves("envisioning")).toEqual(["solution-development"]);
    expect(allowedMoves("delivery")).toEqual(["closure", "delivery-planning"]);
  });

  it("offers nothing out of closure", () => {
    expect(allowedMoves("closure")).toEqual([]);
    expect(allowedMoves(undefined)).toEqual([]);
  });
});
