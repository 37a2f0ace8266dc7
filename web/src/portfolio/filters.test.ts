import { describe, expect, it } from "vitest";
import { filtersFromSearch, groupingFromSearch, toSearch, viewFromSearch } from "./filters";

describe("portfolio filters in the address", () => {
  it("reads the filters the API takes", () => {
    const search = new URLSearchParams(
      "stage=delivery&health=red&customerId=3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10&deliveryManager=dan.delivery&by=health",
    );
    expect(filtersFromSearch(search)).toEqual({
      stage: "delivery",
      health: "red",
      customerId: "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10",
      deliveryManager: "dan.delivery",
    });
    expect(groupingFromSearch(search)).toBe("health");
  });

  it("drops values the API would refuse with a 400", () => {
    expect(filtersFromSearch(new URLSearchParams("stage=done&health=purple&customerId=42&deliveryManager=%20"))).toEqual({});
    expect(groupingFromSearch(new URLSearchParams("by=colour"))).toBe("stage");
  });

  it("writes back only what is set, and the default grouping not at all", () => {
    expect(toSearch({ health: "amber", stage: undefined }, "stage").toString()).toBe("health=amber");
    expect(toSearch({}, "health").toString()).toBe("by=health");
  });

  it("keeps the view in the address, the board being the default", () => {
    expect(viewFromSearch(new URLSearchParams("view=earned-value"))).toBe("earned-value");
    expect(viewFromSearch(new URLSearchParams("view=gantt"))).toBe("board");
    expect(toSearch({ health: "red" }, "stage", "plan").toString()).toBe("health=red&view=plan");
    expect(toSearch({}, "stage", "board").toString()).toBe("");
  });
});
