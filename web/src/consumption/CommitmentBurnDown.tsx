import { LineChart } from "../charts/LineChart";
import { formatMoney } from "../format/money";
import { burnDownChart } from "./burnDown";
import type { CommitmentSummary } from "./types";
import { isZero, RISK_BADGE_CLASS, RISK_LABELS, RISK_REASON_LABELS } from "./words";

/** One commitment: its risk in words, the shortfall in money, and actual cumulative cost against it with the projection. */
export function CommitmentBurnDown({ commitment, asOf }: { commitment: CommitmentSummary; asOf: string }) {
  const outlook = commitment.outlook ?? {};
  const chart = burnDownChart(outlook, asOf);
  const currency = outlook.commitment?.currency ?? "";
  const title = `Commitment ${outlook.startDate} to ${outlook.endDate}`;
  const risk = commitment.riskState ?? "insufficient-data";
  const reasons = (commitment.riskReasons ?? []).map((reason) => RISK_REASON_LABELS[reason] ?? reason);

  return (
    <article className="card" aria-labelledby={`commitment-${commitment.commitmentId}`}>
      <h3 id={`commitment-${commitment.commitmentId}`}>
        {title} <span className={`badge ${RISK_BADGE_CLASS[risk]}`}>{RISK_LABELS[risk]}</span>
      </h3>
      {reasons.length > 0 && <p className="reasons-inline">At risk because {reasons.join(" and ")}.</p>}
      <dl className="figures">
        <dt>Committed</dt>
        <dd>{formatMoney(outlook.commitment)}</dd>
        <dt>Consumed so far</dt>
        <dd>{formatMoney(outlook.consumed)}</dd>
        <dt>Projected by the end of the term</dt>
        <dd>{formatMoney(outlook.projected)}</dd>
        <dt>Projected shortfall</dt>
        <dd className={isZero(outlook.shortfall) ? undefined : "shortfall"}>
          {isZero(outlook.shortfall) ? "None: the projection meets the commitment" : formatMoney(outlook.shortfall)}
        </dd>
        <dt>Daily rate needed</dt>
        <dd>{outlook.requiredDailyRate ? `${formatMoney(outlook.requiredDailyRate)} a day for ${outlook.daysLeft} days` : "The term has ended"}</dd>
      </dl>
      <LineChart
        title={`Burn-down of the commitment ${outlook.startDate} to ${outlook.endDate} (${currency})`}
        labels={chart.labels}
        yLabel={currency}
        series={[
          { label: "Actual cumulative cost", values: chart.actual, color: "#1d4f91" },
          { label: "Commitment", values: chart.commitment, color: "#4a5561" },
          { label: "Projection", values: chart.projection, color: "#b35900", dashed: true },
        ]}
      />
    </article>
  );
}
