import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { LineChart } from "../charts/LineChart";
import { ProblemBanner } from "../layout/ProblemBanner";
import { loadUsageByService } from "./consumptionApi";
import { lastDays, lastMonths, lineColor, seriesByService, type Period } from "./usageSeries";

export const DAILY_DAYS = 30;
export const MONTHLY_MONTHS = 12;

/** Daily and monthly cost, one line per service. */
export function UsageSection({ customerId, today }: { customerId: string; today: string }) {
  return (
    <section aria-labelledby="consumption-usage-title">
      <h2 id="consumption-usage-title">Usage by service</h2>
      <ServiceChart customerId={customerId} periods={lastDays(today, DAILY_DAYS)} title={`Daily cost by service, last ${DAILY_DAYS} days`} />
      <ServiceChart
        customerId={customerId}
        periods={lastMonths(today, MONTHLY_MONTHS)}
        title={`Monthly cost by service, last ${MONTHLY_MONTHS} months`}
      />
    </section>
  );
}

function ServiceChart({ customerId, periods, title }: { customerId: string; periods: Period[]; title: string }) {
  const { api } = useSession();
  const [usage, reload] = useLoad(() => loadUsageByService(api, customerId, periods), `${customerId}/${periods[0]?.from}/${title}`);

  if (usage.state === "loading") return <p role="status">Loading {title.toLowerCase()}…</p>;
  if (usage.state === "failed") return <ProblemBanner problem={usage.problem} onReload={reload} />;
  const series = seriesByService(usage.data);
  if (series.services.length === 0) return <p>{title}: no usage recorded in this period.</p>;
  return (
    <>
      <LineChart
        title={`${title} (${series.currency})`}
        labels={series.labels}
        yLabel={series.currency}
        series={series.services.map((line, index) => ({ label: line.service, values: line.values, color: lineColor(index) }))}
      />
      {series.otherCurrencies.length > 0 && (
        <p>Costs billed in {series.otherCurrencies.join(", ")} are not drawn: one chart shows one currency.</p>
      )}
    </>
  );
}
