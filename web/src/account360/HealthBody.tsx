import type { RelationshipHealth } from "../api/types";
import { HealthBadge } from "../layout/badges";
import { factorRows } from "./healthFactors";

/** The current score explained: each factor's value, weight and points, the one costing most first. */
export function RelationshipHealthBody({ data }: { data: unknown }) {
  const health = data as RelationshipHealth;
  return (
    <>
      <p>
        Score <strong>{health.score ?? "—"}</strong> / 100 <HealthBadge health={health.band} />
        {health.computedAt && <span className="count"> · computed {String(health.computedAt).slice(0, 16).replace("T", " ")} UTC</span>}
      </p>
      <table>
        <caption>Factors, the one costing the score most first</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Detail</th>
            <th scope="col">Value</th>
            <th scope="col">Weight</th>
            <th scope="col">Points (of possible)</th>
            <th scope="col">Points short</th>
          </tr>
        </thead>
        <tbody>
          {factorRows(health).map((factor) => (
            <tr key={factor.name}>
              <th scope="row">{factor.label}</th>
              <td>{factor.detail}</td>
              <td>{factor.value}</td>
              <td>{factor.weight}</td>
              <td>
                {factor.points} of {factor.maxPoints}
              </td>
              <td>{factor.shortfallText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
