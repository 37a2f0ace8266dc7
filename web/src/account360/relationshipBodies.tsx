import type { ConsumptionSummary, Customer, EngagementPage } from "../api/types";
import { formatMoney } from "../format/money";
import { HealthBadge } from "../layout/badges";
import { STAGE_LABELS } from "../portfolio/grouping";

// Section bodies: each receives the section's data as its service answered it (the gateway passes it through).

export function CustomerBody({ data }: { data: unknown }) {
  const customer = data as Customer;
  return (
    <dl>
      <dt>Name</dt>
      <dd>{customer.name}</dd>
      <dt>Segment</dt>
      <dd>{customer.segment || "—"}</dd>
      <dt>Tier</dt>
      <dd>{customer.tier || "—"}</dd>
      <dt>Industry</dt>
      <dd>{customer.industry || "—"}</dd>
      <dt>Region</dt>
      <dd>{customer.region || "—"}</dd>
      <dt>Account team</dt>
      <dd>{(customer.accountTeam ?? []).map((m) => `${m.username} (${m.role})`).join(", ") || "—"}</dd>
    </dl>
  );
}

export function EngagementsBody({ data }: { data: unknown }) {
  const items = (data as EngagementPage).items ?? [];
  if (items.length === 0) return <p>No engagements.</p>;
  return (
    <ul className="rows">
      {items.map((e) => (
        <li key={e.id}>
          <strong>{e.name}</strong> · {e.stage ? STAGE_LABELS[e.stage] : "—"} · <HealthBadge health={e.health} /> ·{" "}
          {formatMoney(e.budget)}
          {(e.healthReasons ?? []).length > 0 && <span className="reasons-inline"> — {e.healthReasons?.join("; ")}</span>}
        </li>
      ))}
    </ul>
  );
}

export function ConsumptionBody({ data }: { data: unknown }) {
  const summary = data as ConsumptionSummary;
  const month = summary.month;
  return (
    <>
      {month && (
        <dl>
          <dt>Month to date ({yearMonth(month.month)})</dt>
          <dd>{formatMoney(month.monthToDate)}</dd>
          <dt>Goal</dt>
          <dd>{formatMoney(month.goal)}</dd>
          <dt>Forecast</dt>
          <dd>{formatMoney(month.forecast)}</dd>
          <dt>Gap to goal</dt>
          <dd>{formatMoney(month.gapToGoal)}</dd>
        </dl>
      )}
      <ul className="rows" aria-label="Commitments">
        {(summary.commitments ?? []).map((c) => (
          <li key={c.commitmentId}>
            {formatMoney(c.outlook?.consumed)} of {formatMoney(c.outlook?.commitment)} consumed
            {c.atRisk && <span className="badge health-red">At risk</span>}
            {c.outlook?.shortfall && <> · shortfall {formatMoney(c.outlook.shortfall)}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A month as the API may write it: "2026-03", or Java's YearMonth as an object. */
function yearMonth(value: unknown): string {
  if (typeof value === "string") return value;
  const { year, monthValue } = (value ?? {}) as { year?: number; monthValue?: number };
  return year && monthValue ? `${year}-${String(monthValue).padStart(2, "0")}` : "this month";
}
