import type { AllPages } from "../api/pages";
import { buildOrgTree, type OrgNode } from "./orgTree";
import { whoTheyAre } from "./stakeholderLabels";
import { STANCE_LABELS, type Stakeholder } from "./stakeholderMap";

const NOTES: Record<NonNullable<OrgNode["note"]>, string> = {
  "manager-missing": "reports to someone not among the stakeholders",
  "reporting-loop": "the reports-to links loop back here",
};

/** Who reports to whom, as nested lists: the structure reads without any drawing. */
export function OrgChartBody({ stakeholders }: { stakeholders: AllPages<Stakeholder> }) {
  if (stakeholders.items.length === 0) return <p>No stakeholders recorded.</p>;
  return (
    <ul className="org-tree" aria-label="Reports-to tree">
      {buildOrgTree(stakeholders.items).map((node) => (
        <OrgBranch key={node.person.id} node={node} />
      ))}
    </ul>
  );
}

function OrgBranch({ node }: { node: OrgNode }) {
  const { person } = node;
  return (
    <li>
      <strong>{person.name}</strong>
      {whoTheyAre(person) && <>, {whoTheyAre(person)}</>} · {person.stance ? STANCE_LABELS[person.stance] : "stance unknown"} · influence{" "}
      {person.influence ?? "?"}
      {person.active === false && <span className="badge health-unknown">Inactive</span>}
      {node.note && <span className="reasons-inline"> — {NOTES[node.note]}</span>}
      {node.reports.length > 0 && (
        <ul>
          {node.reports.map((child) => (
            <OrgBranch key={child.person.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
