import { lazy, Suspense } from "react";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { LoadedSection } from "./LoadedSection";
import { OrgChartBody } from "./OrgChartBody";
import { loadHealthHistory, loadSatisfaction, loadStakeholders } from "./relationshipApi";
import { StakeholderMapBody } from "./StakeholderMapBody";

// Chart.js is loaded with the trend, not with the first page: the portfolio and the rest of Account 360 do not need it.
const HealthTrendBody = lazy(() => import("./HealthTrendBody").then((m) => ({ default: m.HealthTrendBody })));
const SatisfactionBody = lazy(() => import("./SatisfactionBody").then((m) => ({ default: m.SatisfactionBody })));

/**
 * The relationship sections the overview does not carry, read from relationship-service directly: each degrades on
 * its own, like the overview's sections, and the stakeholder map and org chart share one read.
 */
export function RelationshipSections({ customerId }: { customerId: string }) {
  const { api } = useSession();
  const [history, reloadHistory] = useLoad(() => loadHealthHistory(api, customerId), customerId);
  const [stakeholders, reloadStakeholders] = useLoad(() => loadStakeholders(api, customerId), customerId);
  const [satisfaction, reloadSatisfaction] = useLoad(() => loadSatisfaction(api, customerId), customerId);
  return (
    <>
      <LoadedSection title="Health trend" load={history} onRetry={reloadHistory}>
        {(data) => (
          <Suspense fallback={<p role="status">Loading the chart…</p>}>
            <HealthTrendBody history={data} />
          </Suspense>
        )}
      </LoadedSection>
      <LoadedSection title="Stakeholder map" load={stakeholders} onRetry={reloadStakeholders}>
        {(data) => <StakeholderMapBody stakeholders={data} />}
      </LoadedSection>
      <LoadedSection title="Org chart" load={stakeholders} onRetry={reloadStakeholders}>
        {(data) => <OrgChartBody stakeholders={data} />}
      </LoadedSection>
      <LoadedSection title="Customer satisfaction" load={satisfaction} onRetry={reloadSatisfaction}>
        {(data) => (
          <Suspense fallback={<p role="status">Loading the chart…</p>}>
            <SatisfactionBody data={data} />
          </Suspense>
        )}
      </LoadedSection>
    </>
  );
}
