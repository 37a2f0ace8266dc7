import { LoadedSection } from "../account360/LoadedSection";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { DueList } from "./DueList";
import { ForecastBody } from "./ForecastBody";
import { loadDueThisWeek, loadPortfolioForecast, loadPortfolioPipeline } from "./outlookApi";
import { PipelineTable } from "./PipelineTable";

/**
 * The ADE's outlook across every account they see: what is due on the executive cadence this week (overdue first),
 * the weighted pipeline by quarter and the monthly revenue forecast. Each section reads its own service and degrades
 * on its own.
 */
export function OutlookPage() {
  const { api } = useSession();
  const [due, reloadDue] = useLoad(() => loadDueThisWeek(api), "due-this-week");
  const [pipeline, reloadPipeline] = useLoad(() => loadPortfolioPipeline(api), "portfolio-pipeline");
  const [forecast, reloadForecast] = useLoad(() => loadPortfolioForecast(api), "portfolio-forecast");
  return (
    <section aria-labelledby="outlook-title">
      <h1 id="outlook-title">Outlook</h1>
      {/* one section under the other: the forecast's table needs the page's width */}
      <div className="stacked">
        <LoadedSection title="Due this week" load={due} onRetry={reloadDue}>
          {(data) => (
            <>
              <DueList items={data.items} />
              {data.truncated && <p className="note">Only the first items are listed.</p>}
            </>
          )}
        </LoadedSection>
        <LoadedSection title="Weighted pipeline across my accounts" load={pipeline} onRetry={reloadPipeline}>
          {(data) => <PipelineTable pipeline={data} caption="Open opportunities by expected close quarter, value × probability" />}
        </LoadedSection>
        <LoadedSection title="Revenue forecast across my accounts" load={forecast} onRetry={reloadForecast}>
          {(data) => <ForecastBody forecast={data} />}
        </LoadedSection>
      </div>
    </section>
  );
}
