import { Link } from "react-router-dom";
import type { Engagement } from "../api/types";
import { formatMoney } from "../format/money";
import { HealthBadge } from "../layout/badges";
import { HealthReasons } from "../layout/HealthReasons";
import { STAGE_LABELS } from "./grouping";
import { StageMoveForm } from "./StageMoveForm";

interface Props {
  engagement: Engagement;
  customerName?: string;
  canMove: boolean;
  onChanged: () => void;
}

export function EngagementCard({ engagement, customerName, canMove, onChanged }: Props) {
  return (
    <article className="card engagement">
      <header>
        <h3>
          <Link to={`/engagements/${engagement.id}`}>{engagement.name}</Link>
        </h3>
        <HealthBadge health={engagement.health} />
      </header>
      <HealthReasons reasons={engagement.healthReasons} />
      <dl>
        <dt>Customer</dt>
        <dd>
          <Link to={`/accounts/${engagement.customerId}`}>{customerName || engagement.customerId}</Link>
        </dd>
        <dt>Stage</dt>
        <dd>{engagement.stage ? STAGE_LABELS[engagement.stage] : "—"}</dd>
        {engagement.offering && (
          <>
            <dt>Offering</dt>
            <dd>{engagement.offering}</dd>
          </>
        )}
        <dt>Delivery manager</dt>
        <dd>{engagement.deliveryManager || "—"}</dd>
        <dt>Budget</dt>
        <dd>{formatMoney(engagement.budget)}</dd>
        <dt>Complete</dt>
        <dd>{engagement.percentComplete ?? 0} %</dd>
      </dl>
      {canMove && <StageMoveForm engagement={engagement} onChanged={onChanged} />}
    </article>
  );
}
