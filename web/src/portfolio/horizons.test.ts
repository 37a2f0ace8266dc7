import { describe, expect, it } from "vitest";
import { engagement } from "../test/fixtures";
import { narrowsBeyondCustomer, planHorizons } from "./horizons";

const plan = {
  horizons: [
    { horizon: "H1", meaning: "now: delivery planning and delivery", engagements: [
      engagement({ id: "a", name: "Alpha", health: "green" }),
      engagement({ id: "b", name: "Bravo", health: "red" }),
    ] },
    { horizon: "H2", engagements: [engagement({ id: "c", name: "Charlie", stage: "solution-development" })] },
    { horizon: "H3", engagements: [] },
  ],
};

describe("planHorizons", () => {
  it("keeps the API's horizon order, worst health first within each, and names a horizon the API left unexplained", () => {
    const horizons = planHorizons(plan);
    expect(horizons.map((h) => h.horizon)).toEqual(["H1", "H2", "H3"]);
    expect(horizons[0].engagements.map((e) => e.name)).toEqual(["Bravo", "Alpha"]);
    expect(horizons[1].meaning).toBe("next: solution development");
    expect(horizons[2].engagements).toEqual([]);
  });

  it("narrows each horizon to the filtered list when asked", () => {
    const horizons = planHorizons(plan, new Set(["a"]));
    expect(horizons.map((h) => h.engagements.map((e) => e.id))).toEqual([["a"], [], []]);
  });

  it("reads an empty answer as no horizons", () => {
    expect(planHorizons({})).toEqual([]);
  });
});

describe("narrowsBeyondCustomer", () => {
  it("is true only for the filters the plan endpoint does not take", () => {
    expect(narrowsBeyondCustomer({ customerId: "x" })).toBe(false);
    expect(narrowsBeyondCustomer({ health: "red" })).toBe(true);
    expect(narrowsBeyondCustomer({ deliveryManager: "dan" })).toBe(true);
  });
});
