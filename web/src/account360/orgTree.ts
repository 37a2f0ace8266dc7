import type { Stakeholder } from "./stakeholderMap";

export interface OrgNode {
  person: Stakeholder;
  reports: OrgNode[];
  /**
   * Why a person with a recorded manager is drawn as a root: the manager is not among the stakeholders read
   * ("manager-missing"), or following the reports-to links comes back to them ("reporting-loop").
   */
  note?: "manager-missing" | "reporting-loop";
}

const byName = (a: Stakeholder, b: Stakeholder) => (a.name ?? "").localeCompare(b.name ?? "");

/**
 * The reports-to forest from the flat stakeholder list. Everyone appears exactly once: people whose manager is not
 * in the list become roots, and a loop (which relationship-service refuses today, but older data may hold) is cut
 * at a person on the loop, who becomes a root, so nobody vanishes and drawing it always ends.
 */
export function buildOrgTree(people: readonly Stakeholder[]): OrgNode[] {
  const byId = new Map(people.map((p) => [p.id ?? "", p]));
  const reportsOf = new Map<string, Stakeholder[]>();
  for (const person of people) {
    const manager = person.reportsToId;
    if (manager && byId.has(manager)) {
      reportsOf.set(manager, [...(reportsOf.get(manager) ?? []), person]);
    }
  }
  const placed = new Set<string>();
  const grow = (person: Stakeholder, note?: OrgNode["note"]): OrgNode => {
    placed.add(person.id ?? "");
    const reports = (reportsOf.get(person.id ?? "") ?? [])
      .filter((r) => !placed.has(r.id ?? ""))
      .sort(byName)
      .map((r) => grow(r));
    return note ? { person, reports, note } : { person, reports };
  };

  const sorted = [...people].sort(byName);
  const roots: OrgNode[] = [];
  for (const person of sorted) {
    if (!person.reportsToId) roots.push(grow(person));
    else if (!byId.has(person.reportsToId)) roots.push(grow(person, "manager-missing"));
  }
  // Whoever is left is on a loop or below one: walk up from them until a person repeats; that one is on the loop.
  for (const person of sorted) {
    if (placed.has(person.id ?? "")) continue;
    const walked = new Set<string>();
    let current = person;
    while (!walked.has(current.id ?? "")) {
      walked.add(current.id ?? "");
      current = byId.get(current.reportsToId ?? "") ?? current;
    }
    roots.push(grow(current, "reporting-loop"));
  }
  return roots;
}
