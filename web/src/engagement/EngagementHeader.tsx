import { Link } from "react-router-dom";
import type { Engagement } from "../api/types";
import { formatMoney } from "../format/money";
import { HealthBadge } from "../layout/badges";
import { HealthReasons } from "../layout/HealthReasons";
import { STAGE_LABELS } from "../portfolio/grouping";
import type { EngagementHealth } from "./engagementTypes";
import { HealthDimensions } from "./HealthDimensions";

interface Props {
  engagement: Engagement;
  customerName: string | undefined;
  health: EngagementHealth | undefined;
}

/** Who, where in the lifecycle, and how healthy: the stored overall RAG with its reasons, then each dimension now. */
export function EngagementHeader({ engagement, customerName, health }: Props) {
  return (
    <header className="engagement-header">
      <h1 id="engagement-title">{engagement.name ?? "Engagement"}</h1>
      <dl className="facts">
        <dt>Customer</dt>
        <dd>
          <Link to={`/accounts/${engagement.customerId}`}>{customerName || engagement.customerId}</Link>
        </dd>
        <dt>Stage</dt>
        <dd>{engagement.stage ? STAGE_LABELS[engagement.stage] : "—"}</dd>
        <dt>Health</dt>
        <dd>
          <HealthBadge health={engagement.health} />
        </dd>
        <dt>Offering</dt>
        <dd>{engagement.offering || "—"}</dd>
        <dt>Delivery manager</dt>
        <dd>{engagement.deliveryManager || "—"}</dd>
        <dt>Dates</dt>
        <dd>
          {engagement.startDate ?? "—"} to {engagement.endDate ?? "—"}
        </dd>
        <dt>Budget</dt>
        <dd>{formatMoney(engagement.budget)}</dd>
        <dt>Complete</dt>
        <dd>{engagement.percentComplete ?? 0} %</dd>
        {engagement.contractRef && (
          <>
            <dt>Contract</dt>
            <dd>{engagement.contractRef}</dd>
          </>
        )}
      </dl>
      <HealthReasons reasons={engagement.healthReasons} />
      {health && <HealthDimensions health={health} />}
    </header>
  );
}
