import { unwrap } from "../api/client";
import type { Engagement } from "../api/types";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { HealthBadge } from "../layout/badges";
import { ProblemBanner } from "../layout/ProblemBanner";
import type { PortfolioFilters } from "./filters";
import { narrowsBeyondCustomer, planHorizons } from "./horizons";
import { STAGE_LABELS } from "./grouping";

interface Props {
  filters: PortfolioFilters;
  /** The filtered list, when it was read whole: the plan is narrowed to it */
  visible?: readonly Engagement[];
  customers: Map<string, string>;
}

/** The multi-horizon plan (GET /api/portfolio/plan): H1 now, H2 next, H3 later; closed engagements are not in it. */
export function PlanByHorizon({ filters, visible, customers }: Props) {
  const { api } = useSession();
  const customerId = filters.customerId;
  const [plan, reload] = useLoad(
    async () => unwrap(await api.GET("/api/portfolio/plan", { params: { query: customerId ? { customerId } : {} } })),
    customerId ?? "all",
  );
  const narrowTo = visible && narrowsBeyondCustomer(filters) ? new Set(visible.map((e) => e.id ?? "")) : undefined;

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">Plan by horizon</h2>
      {plan.state === "loading" && <p role="status">Loading the plan…</p>}
      {plan.state === "failed" && <ProblemBanner problem={plan.problem} onReload={reload} />}
      {plan.state === "ok" &&
        planHorizons(plan.data, narrowTo).map((h) => (
          <section key={h.horizon} aria-labelledby={`horizon-${h.horizon}`}>
            <h3 id={`horizon-${h.horizon}`}>
              {h.horizon} — {h.meaning} <span className="count">{h.engagements.length}</span>
            </h3>
            {h.engagements.length === 0 ? (
              <p>Nothing in this horizon.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Engagement</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Stage</th>
                    <th scope="col">Health</th>
                    <th scope="col">Budget</th>
                    <th scope="col">Dates</th>
                  </tr>
                </thead>
                <tbody>
                  {h.engagements.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">{e.name}</th>
                      <td>{customers.get(e.customerId ?? "") || e.customerId}</td>
                      <td>{e.stage ? STAGE_LABELS[e.stage] : "—"}</td>
                      <td>
                        <HealthBadge health={e.health} />
                      </td>
                      <td>{formatMoney(e.budget)}</td>
                      <td>
                        {e.startDate ?? "?"} → {e.endDate ?? "?"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
    </section>
  );
}
