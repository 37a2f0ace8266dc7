import { useCallback, useState } from "react";
import { useParams } from "react-router-dom";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { EarnedValueSection } from "./EarnedValueSection";
import { loadCustomerName, loadEngagement, loadHealth, loadRaidItems } from "./engagementApi";
import { EngagementHeader } from "./EngagementHeader";
import { LifecycleSection } from "./LifecycleSection";
import { MilestonesSection } from "./MilestonesSection";
import { QualityGatesSection } from "./QualityGatesSection";
import { EngagementPackSection } from "../outlook/EngagementPackSection";
import { RaidSection } from "./RaidSection";
import { writeControls } from "./rules";
import { SectionState } from "./SectionState";
import { StaffingSection } from "./StaffingSection";
import { StatusReportsSection } from "./StatusReportsSection";
import { SteeringSection } from "./SteeringSection";
import { useKeptLoad } from "./useKeptLoad";

/**
 * One engagement: header and health, lifecycle, milestones, RAID log, status reports, steering meetings, earned
 * value, staffing and quality gates. Every change bumps a revision that every section reads again: a change in one place (a steering decision
 * closing a RAID entry, a milestone slipping) moves the health and the other lists too.
 */
export function EngagementPage() {
  const { engagementId = "" } = useParams();
  const { api, roles } = useSession();
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((r) => r + 1), []);

  const engagement = useKeptLoad(() => loadEngagement(api, engagementId), engagementId, revision);
  const health = useKeptLoad(() => loadHealth(api, engagementId), engagementId, revision);
  const raid = useKeptLoad(() => loadRaidItems(api, engagementId), engagementId, revision);
  const customerId = engagement.data?.customerId ?? "";
  const customer = useKeptLoad(async () => (customerId ? loadCustomerName(api, customerId) : undefined), customerId);

  if (!engagement.data) {
    // Loading or refused (a 404 also for an engagement outside the caller's account teams): still one h1.
    return (
      <div className="engagement-page">
        <h1>Engagement</h1>
        <SectionState load={engagement} what="the engagement">
          {() => null}
        </SectionState>
      </div>
    );
  }

  return (
    <SectionState load={engagement} what="the engagement">
      {(e) => {
        const write = writeControls(canWrite(roles, "engagements"), e.stage);
        return (
          <div className="engagement-page">
            <EngagementHeader engagement={e} customerName={customer.data} health={health.data} />
            {/* Keyed on the stage: the move form starts from the moves of the stage it shows. */}
            <LifecycleSection key={e.stage} engagement={e} canMove={write.changes} onChanged={changed} />
            <MilestonesSection
              engagementId={engagementId}
              currency={e.budget?.currency ?? "USD"}
              revision={revision}
              canWrite={write.changes}
              onChanged={changed}
            />
            <RaidSection engagementId={engagementId} load={raid} canWrite={write.changes} onChanged={changed} />
            <StatusReportsSection engagementId={engagementId} revision={revision} canWrite={write.statusReports} onChanged={changed} />
            <SteeringSection
              engagementId={engagementId}
              raidItems={raid.data?.items ?? []}
              revision={revision}
              canWrite={write.changes}
              onChanged={changed}
            />
            <EarnedValueSection engagement={e} />
            <StaffingSection engagementId={engagementId} revision={revision} />
            <QualityGatesSection engagementId={engagementId} revision={revision} />
            <EngagementPackSection customerId={e.customerId ?? ""} engagementId={engagementId} />
          </div>
        );
      }}
    </SectionState>
  );
}
