import type { AccountPlan } from "../api/types";
import { formatMoney } from "../format/money";
import { OPPORTUNITY_STAGE_LABELS, opportunitiesInPipelineOrder } from "./accountPlan";

/** The account plan: open pipeline per currency, opportunities with stage and value, objectives and initiatives. */
export function AccountPlanBody({ data }: { data: unknown }) {
  const plan = data as AccountPlan;
  const opportunities = opportunitiesInPipelineOrder(plan.opportunities ?? []);
  const objectives = plan.objectives ?? [];
  const initiatives = plan.initiatives ?? [];
  return (
    <>
      <p>Open pipeline: {(plan.openPipeline ?? []).map((money) => formatMoney(money)).join(" + ") || "none"}</p>
      {opportunities.length === 0 ? (
        <p>No opportunities.</p>
      ) : (
        <table>
          <caption>Opportunities, nearest to closing first</caption>
          <thead>
            <tr>
              <th scope="col">Opportunity</th>
              <th scope="col">Stage</th>
              <th scope="col">Estimated value</th>
              <th scope="col">Probability</th>
              <th scope="col">Expected close</th>
            </tr>
          </thead>
          <tbody>
            {opportunities.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>{o.stage ? OPPORTUNITY_STAGE_LABELS[o.stage] : "—"}</td>
                <td>{formatMoney(o.estimatedValue)}</td>
                <td>{o.probability == null ? "not estimated" : `${o.probability} %`}</td>
                <td>{o.expectedCloseMonth ?? o.expectedCloseDate ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Objectives</h3>
      {objectives.length === 0 ? (
        <p>No objectives.</p>
      ) : (
        <ul className="rows" aria-label="Objectives">
          {objectives.map((o) => (
            <li key={o.id}>
              <strong>{o.title}</strong> · {o.status ?? "—"}
              {o.targetDate && <> · by {o.targetDate}</>}
            </li>
          ))}
        </ul>
      )}
      <h3>Initiatives</h3>
      {initiatives.length === 0 ? (
        <p>No initiatives.</p>
      ) : (
        <ul className="rows" aria-label="Initiatives">
          {initiatives.map((i) => (
            <li key={i.id}>
              <strong>{i.name}</strong> · {i.status ?? "—"}
              {i.owner && <> · {i.owner}</>}
              {i.dueDate && <> · due {i.dueDate}</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
