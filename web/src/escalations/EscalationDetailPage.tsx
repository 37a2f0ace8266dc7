import { Link, useParams } from "react-router-dom";
import type { Api } from "../api/client";
import { loadCustomerNames } from "../api/customers";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { AddTimelineEntryForm } from "./AddTimelineEntryForm";
import { EscalationFacts } from "./EscalationFacts";
import { getEscalation, getSla, listTimeline } from "./escalationApi";
import { allowedStatusMoves, isActive, STATUS_LABELS } from "./lifecycle";
import { LevelChangeForm } from "./LevelChangeForm";
import { ResolveForm } from "./ResolveForm";
import { SlaSection } from "./SlaSection";
import { SlaSwitchForm } from "./SlaSwitchForm";
import { StatusMoveForm } from "./StatusMoveForm";
import { TimelineSection } from "./TimelineSection";
import { useNow } from "./useNow";

/** The escalation, its SLA and its timeline read together, so every form works from one version. */
async function loadDetail(api: Api, id: string) {
  const [escalation, sla, timeline] = await Promise.all([getEscalation(api, id), getSla(api, id), listTimeline(api, id)]);
  return { escalation, sla, timeline };
}

/** One escalation: details, SLA with pause/resume, status moves and resolving, level changes, the timeline. */
export function EscalationDetailPage() {
  const { escalationId = "" } = useParams();
  const { api, roles } = useSession();
  const [detail, reload] = useLoad(() => loadDetail(api, escalationId), escalationId);
  const [customers] = useLoad(() => loadCustomerNames(api), "customers");
  const now = useNow();
  const writer = canWrite(roles, "escalations");

  if (detail.state !== "ok") {
    return (
      <section aria-labelledby="escalation-title">
        <h1 id="escalation-title">Escalation</h1>
        <Link to="/escalations">All escalations</Link>
        {detail.state === "loading" ? <p role="status">Loading the escalation…</p> : <ProblemBanner problem={detail.problem} onReload={reload} />}
      </section>
    );
  }

  const { escalation, sla, timeline } = detail.data;
  const customerName = customers.state === "ok" ? customers.data.get(escalation.customerId ?? "") : undefined;
  const canResolve = allowedStatusMoves(escalation.status).includes("resolved");
  // The forms remount on a new version, so none keeps a choice made against the previous one.
  const version = String(escalation.version);
  return (
    <section aria-labelledby="escalation-title">
      <h1 id="escalation-title">{escalation.title}</h1>
      <Link to="/escalations">All escalations</Link>
      <div className="sections">
        <EscalationFacts escalation={escalation} customerName={customerName} />
        <SlaSection sla={sla} now={now}>
          {writer && isActive(escalation.status) && <SlaSwitchForm key={`sla-${version}`} escalation={escalation} onChanged={reload} />}
        </SlaSection>
        <section className="section card" aria-labelledby="status-title">
          <h2 id="status-title">Status: {escalation.status ? STATUS_LABELS[escalation.status] : "—"}</h2>
          {writer && <StatusMoveForm key={`move-${version}`} escalation={escalation} onChanged={reload} />}
          {writer && canResolve && <ResolveForm key={`resolve-${version}`} escalation={escalation} onChanged={reload} />}
        </section>
        <section className="section card" aria-labelledby="level-title">
          <h2 id="level-title">Level: {escalation.level}</h2>
          {writer && <LevelChangeForm key={`level-${version}`} escalation={escalation} onChanged={reload} />}
        </section>
        <TimelineSection entries={timeline.items} truncated={timeline.truncated}>
          {writer && escalation.status !== "closed" && <AddTimelineEntryForm escalation={escalation} onChanged={reload} />}
        </TimelineSection>
      </div>
    </section>
  );
}
