import { useSession } from "../auth/AuthProvider";
import { ColumnHeads } from "./ColumnHeads";
import { STAGE_LABELS } from "../portfolio/grouping";
import { SectionState, Truncated } from "./SectionState";
import { GATE_STATUS_LABELS } from "./staffing";
import { loadOpenFindings, loadQualityGates } from "./staffingApi";
import { useKeptLoad } from "./useKeptLoad";

/** The engagement's quality gates (which stage each guards, and where it stands) and its open findings (read-only). */
export function QualityGatesSection({ engagementId, revision }: { engagementId: string; revision: number }) {
  const { api } = useSession();
  const gates = useKeptLoad(() => loadQualityGates(api, engagementId), engagementId, revision);
  const findings = useKeptLoad(() => loadOpenFindings(api, engagementId), engagementId, revision);
  return (
    <section aria-labelledby="quality-gates-title" className="card">
      <h2 id="quality-gates-title">Quality gates</h2>
      <SectionState load={findings} what="the quality findings">
        {({ items, truncated }) => (
          <p>
            Open findings: <strong>{items.length}{truncated && "+"}</strong>
          </p>
        )}
      </SectionState>
      <SectionState load={gates} what="the quality gates">
        {({ items, truncated }) =>
          items.length === 0 ? (
            <p>No quality gate applies.</p>
          ) : (
            <>
              <table>
                <ColumnHeads names={["Gate", "Guards the move into", "Status"]} />
                <tbody>
                  {items.map((gate) => (
                    <tr key={gate.gate}>
                      <th scope="row">{gate.name || gate.gate}</th>
                      <td>{gate.stage ? STAGE_LABELS[gate.stage] : "—"}</td>
                      <td>{gate.status ? GATE_STATUS_LABELS[gate.status] : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Truncated truncated={truncated} />
            </>
          )
        }
      </SectionState>
    </section>
  );
}
