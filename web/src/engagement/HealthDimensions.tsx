import { HealthBadge } from "../layout/badges";
import { ColumnHeads } from "./ColumnHeads";
import type { Dimension } from "./engagementTypes";

const DIMENSIONS = [
  ["schedule", "Schedule"],
  ["budget", "Budget"],
  ["scope", "Scope"],
  ["quality", "Quality"],
  ["risk", "Risk (shown, not counted in overall)"],
] as const;

/** The RAG computed now, per dimension (GET …/health); shared with the status reports, which freeze the same. */
export function HealthDimensions({ health, caption = "Health by dimension, as computed now" }: {
  health: Partial<Record<(typeof DIMENSIONS)[number][0], Dimension | null>>;
  caption?: string;
}) {
  return (
    <table className="dimensions">
      <caption>{caption}</caption>
      <ColumnHeads names={["Dimension", "RAG", "Reasons"]} />
      <tbody>
        {DIMENSIONS.map(([key, label]) => {
          const dimension = health[key];
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{dimension ? <HealthBadge health={dimension.rag} /> : "not rated"}</td>
              <td>{(dimension?.reasons ?? []).join("; ") || "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
