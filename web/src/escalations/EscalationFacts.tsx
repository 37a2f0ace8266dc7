import { SeverityBadge } from "./EscalationBadges";
import type { Escalation } from "./escalationApi";
import { LEVEL_LABELS, STATUS_LABELS } from "./lifecycle";
import { formatWhen } from "./when";

/** What the escalation is, whose it is and where it stands; the root cause once resolved. */
export function EscalationFacts({ escalation, customerName }: { escalation: Escalation; customerName?: string }) {
  const rootCause = escalation.rootCause;
  return (
    <section className="section card" aria-labelledby="facts-title">
      <h2 id="facts-title">Details</h2>
      <dl>
        <dt>Status</dt>
        <dd>{escalation.status ? STATUS_LABELS[escalation.status] : "—"}</dd>
        <dt>Severity</dt>
        <dd>
          <SeverityBadge severity={escalation.severity} />
        </dd>
        <dt>Level</dt>
        <dd>
          {escalation.level ? LEVEL_LABELS[escalation.level] : "—"}
          {escalation.levelSetBy && <span className="count"> (set by {escalation.levelSetBy})</span>}
        </dd>
        <dt>Customer</dt>
        <dd>{customerName || escalation.customerId}</dd>
        <dt>Owner</dt>
        <dd>{escalation.owner || "—"}</dd>
        <dt>Category</dt>
        <dd>{escalation.category ?? "—"}</dd>
        <dt>Raised by</dt>
        <dd>{escalation.source ?? "—"}</dd>
        <dt>Trend</dt>
        <dd>{escalation.trend ?? "not judged yet"}</dd>
        <dt>Opened</dt>
        <dd>{formatWhen(escalation.openedAt)}</dd>
        <dt>Acknowledged</dt>
        <dd>{formatWhen(escalation.acknowledgedAt)}</dd>
        <dt>Resolved</dt>
        <dd>{formatWhen(escalation.resolvedAt)}</dd>
        {(escalation.watchers?.length ?? 0) > 0 && (
          <>
            <dt>Watchers</dt>
            <dd>{escalation.watchers?.join(", ")}</dd>
          </>
        )}
      </dl>
      <p className="description">{escalation.description}</p>
      {rootCause && (
        <>
          <h3>Root cause</h3>
          <dl>
            <dt>Category</dt>
            <dd>{rootCause.category}</dd>
            <dt>What caused it</dt>
            <dd>{rootCause.description}</dd>
            <dt>Corrective actions</dt>
            <dd>{rootCause.correctiveActions}</dd>
            <dt>Preventive actions</dt>
            <dd>{rootCause.preventiveActions}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
