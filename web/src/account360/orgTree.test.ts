import { describe, expect, it } from "vitest";
import { buildOrgTree, type OrgNode } from "./orgTree";

const p = (id: string, reportsToId?: string) => ({ id, name: id, reportsToId });

/** The forest as text: "name[note](reports…)", to compare shapes at a glance. */
function shape(nodes: OrgNode[]): string {
  return nodes.map((n) => `${n.person.name}${n.note ? `[${n.note}]` : ""}${n.reports.length ? `(${shape(n.reports)})` : ""}`).join(" ");
}

describe("buildOrgTree", () => {
  it("nests people under whom they report to, roots and reports by name", () => {
    expect(shape(buildOrgTree([p("Cleo", "Ann"), p("Ann"), p("Bob", "Ann"), p("Dan", "Bob"), p("Eve")]))).toBe("Ann(Bob(Dan) Cleo) Eve");
  });

  it("makes a person whose manager is not in the list a root, and says so", () => {
    expect(shape(buildOrgTree([p("Ann", "someone-else"), p("Bob", "Ann")]))).toBe("Ann[manager-missing](Bob)");
  });

  it("cuts a loop at a person on it, keeps everyone once, and keeps those below the loop under it", () => {
    // Ann → Bob → Cleo → Ann is a loop; Dan reports to Cleo (below the loop, not on it).
    const roots = buildOrgTree([p("Dan", "Cleo"), p("Ann", "Bob"), p("Bob", "Cleo"), p("Cleo", "Ann")]);
    expect(shape(roots)).toBe("Ann[reporting-loop](Cleo(Bob Dan))");
    const everyone = (nodes: OrgNode[]): string[] => nodes.flatMap((n) => [n.person.name ?? "", ...everyone(n.reports)]);
    expect(everyone(roots).sort()).toEqual(["Ann", "Bob", "Cleo", "Dan"]);
  });

  it("draws someone reporting to themselves once, as a loop", () => {
    expect(shape(buildOrgTree([p("Solo", "Solo")]))).toBe("Solo[reporting-loop]");
  });

  it("draws nothing for nobody", () => {
    expect(buildOrgTree([])).toEqual([]);
  });
});
