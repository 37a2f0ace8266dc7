import { useLoad } from "../api/useLoad";
import { LoadedSection } from "../account360/LoadedSection";
import { useSession } from "../auth/AuthProvider";
import { loadPortfolioPipeline } from "./outlookApi";
import { PipelineTable } from "./PipelineTable";

/**
 * The commercial outlook across every account the caller sees: the weighted pipeline by quarter. Each section reads
 * its own service and degrades on its own.
 */
export function OutlookPage() {
  const { api } = useSession();
  const [pipeline, reloadPipeline] = useLoad(() => loadPortfolioPipeline(api), "portfolio-pipeline");
  return (
    <section aria-labelledby="outlook-title">
      <h1 id="outlook-title">Outlook</h1>
      <LoadedSection title="Weighted pipeline across my accounts" load={pipeline} onRetry={reloadPipeline}>
        {(data) => <PipelineTable pipeline={data} caption="Open opportunities by expected close quarter, value × probability" />}
      </LoadedSection>
    </section>
  );
}
