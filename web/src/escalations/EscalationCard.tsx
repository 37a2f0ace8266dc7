import { Link } from "react-router-dom";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { SeverityBadge } from "./EscalationBadges";
import { getSla, type Escalation } from "./escalationApi";
import { LEVEL_LABELS } from "./lifecycle";
import { currentTarget } from "./sla";
import { SlaLine } from "./SlaLine";

interface Props {
  escalation: Escalation;
  customerName?: string;
  now: Date;
}

/** An escalation on the board: what, whose, how far up, and the SLA target that matters now. */
export function EscalationCard({ escalation, customerName, now }: Props) {
  return (
    <article className="card escalation">
      <header>
        <h3>
          <Link to={`/escalations/${escalation.id}`}>{escalation.title}</Link>
        </h3>
        <SeverityBadge severity={escalation.severity} />
      </header>
      <dl>
        <dt>Customer</dt>
        <dd>{customerName || escalation.customerId}</dd>
        <dt>Level</dt>
        <dd>{escalation.level ? LEVEL_LABELS[escalation.level] : "—"}</dd>
        <dt>Owner</dt>
        <dd>{escalation.owner || "—"}</dd>
        <dt>SLA</dt>
        <dd>
          <CardSla escalation={escalation} now={now} />
        </dd>
      </dl>
    </article>
  );
}

/** The card reads its own SLA, so one failing read leaves the rest of the board intact. */
function CardSla({ escalation, now }: { escalation: Escalation; now: Date }) {
  const { api } = useSession();
  const id = escalation.id ?? "";
  // The version in the key: a change on the detail page reads the SLA again when the board comes back.
  const [sla] = useLoad(() => getSla(api, id), `${id}@${escalation.version}`);
  if (sla.state === "loading") return <span>reading…</span>;
  if (sla.state === "failed") return <span>{escalation.slaBreached ? "Breached (figures unavailable)" : "unavailable"}</span>;
  const reading = currentTarget(sla.data, now);
  return reading ? <SlaLine reading={reading} /> : <span>—</span>;
}
