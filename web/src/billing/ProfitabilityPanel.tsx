import { Link } from "react-router-dom";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { ProblemBanner } from "../layout/ProblemBanner";
import { loadProfitability } from "./billingApi";
import { BURN_LABELS, burnBarWidth, burnLevel } from "./burn";

const BURN_TONE = { within: "health-green", warning: "health-amber", over: "health-red", unknown: "health-unknown" };

/**
 * One engagement's profitability and budget burn, as the API computes them (a snapshot: the API has no series of
 * them, so no chart). Amounts stay decimal strings; only the percentages are numbers.
 */
export function ProfitabilityPanel({ engagementId }: { engagementId: string }) {
  const { api } = useSession();
  const [figures, reload] = useLoad(() => loadProfitability(api, engagementId), engagementId);
  const heading = (
    <h3>
      Engagement <Link to={`/engagements/${engagementId}`}>{engagementId.slice(0, 8)}</Link>
    </h3>
  );
  if (figures.state === "loading") return <div className="card">{heading}<p role="status">Loading…</p></div>;
  if (figures.state === "failed")
    return <div className="card">{heading}<ProblemBanner problem={figures.problem} onReload={reload} /></div>;

  const p = figures.data;
  const level = burnLevel(p.budgetBurnPercent);
  return (
    <div className="card profitability">
      {heading}
      <dl>
        <dt>Revenue recognized</dt>
        <dd>{formatMoney(p.revenueRecognized)}</dd>
        <dt>Billed</dt>
        <dd>{formatMoney(p.revenueBilled)}</dd>
        <dt>Unbilled</dt>
        <dd>{formatMoney(p.revenueUnbilled)}</dd>
        <dt>Credited</dt>
        <dd>{formatMoney(p.credited)}</dd>
        <dt>Revenue</dt>
        <dd>{formatMoney(p.revenue)}</dd>
        <dt>Actual cost</dt>
        <dd>{formatMoney(p.cost)}</dd>
        <dt>Margin</dt>
        <dd>
          {formatMoney(p.margin)}
          {p.marginPercent != null && ` (${p.marginPercent} %)`}
        </dd>
        <dt>Budget</dt>
        <dd>{formatMoney(p.budget)}</dd>
        <dt>Budget remaining</dt>
        <dd>{formatMoney(p.budgetRemaining)}</dd>
        <dt>Budget burn</dt>
        <dd>
          {p.budgetBurnPercent != null ? `${p.budgetBurnPercent} %` : "—"}{" "}
          <span className={`badge ${BURN_TONE[level]}`}>{BURN_LABELS[level]}</span>
        </dd>
      </dl>
      <div className="burn-bar" aria-hidden="true">
        <span className={BURN_TONE[level]} style={{ width: `${burnBarWidth(p.budgetBurnPercent)}%` }} />
      </div>
    </div>
  );
}
