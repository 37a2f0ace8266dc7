import type { AllPages } from "../api/pages";
import { whoTheyAre } from "./stakeholderLabels";
import { STANCE_LABELS, STANCES, stakeholderGrid, type Stakeholder } from "./stakeholderMap";

/** Active stakeholders placed by influence (rows, decisive first) and stance (columns, champion first), in words. */
export function StakeholderMapBody({ stakeholders }: { stakeholders: AllPages<Stakeholder> }) {
  if (stakeholders.items.length === 0) return <p>No stakeholders recorded.</p>;
  const grid = stakeholderGrid(stakeholders.items);
  return (
    <>
      <table className="stakeholder-grid">
        <caption>Stakeholders by influence and stance</caption>
        <thead>
          <tr>
            <th scope="col">Influence</th>
            {STANCES.map((stance) => (
              <th scope="col" key={stance}>
                {STANCE_LABELS[stance]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.influence}>
              <th scope="row">{row.label}</th>
              {row.cells.map((people, column) => (
                <td key={STANCES[column]} className={`stance-${STANCES[column]}`}>
                  {people.length > 0 && (
                    <ul className="names">
                      {people.map((person) => (
                        <li key={person.id}>
                          {person.name}
                          {whoTheyAre(person) && <span className="count"> ({whoTheyAre(person)})</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {grid.unplaced.length > 0 && (
        <p>Not on the map (influence or stance not recorded): {grid.unplaced.map((p) => p.name).join(", ")}.</p>
      )}
      {grid.inactive > 0 && <p>{grid.inactive} inactive not shown here; the org chart keeps them.</p>}
      {stakeholders.truncated && <p>Only the first {stakeholders.items.length} stakeholders were read.</p>}
    </>
  );
}
