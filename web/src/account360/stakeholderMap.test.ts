import { describe, expect, it } from "vitest";
import { stakeholderGrid, STANCES } from "./stakeholderMap";

const person = (name: string, influence: number, stance: (typeof STANCES)[number], active = true) => ({ id: name, name, influence, stance, active });

describe("stakeholderGrid", () => {
  it("places each active person by influence (5 first) and stance (champion first), names sorted in a cell", () => {
    const grid = stakeholderGrid([
      person("Zoe", 5, "champion"),
      person("Adam", 5, "champion"),
      person("Dora", 1, "detractor"),
      person("Nils", 3, "neutral"),
    ]);
    expect(grid.rows.map((r) => r.influence)).toEqual([5, 4, 3, 2, 1]);
    expect(grid.rows[0].label).toBe("5 – decisive");
    expect(grid.rows[0].cells[0].map((p) => p.name)).toEqual(["Adam", "Zoe"]);
    expect(grid.rows[4].cells[4].map((p) => p.name)).toEqual(["Dora"]);
    expect(grid.rows[2].cells[2].map((p) => p.name)).toEqual(["Nils"]);
    expect(grid.rows[1].cells.every((cell) => cell.length === 0)).toBe(true);
  });

  it("leaves inactive people off and lists those it cannot place instead of dropping them", () => {
    const grid = stakeholderGrid([
      person("Gone", 5, "champion", false),
      { id: "x", name: "No stance", influence: 4, active: true },
      person("Off scale", 7, "supporter"),
    ]);
    expect(grid.inactive).toBe(1);
    expect(grid.unplaced.map((p) => p.name)).toEqual(["No stance", "Off scale"]);
    expect(grid.rows.flatMap((r) => r.cells.flat())).toEqual([]);
  });
});
