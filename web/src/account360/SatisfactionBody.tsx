import type { AllPages } from "../api/pages";
import { LineChart } from "../charts/LineChart";
import { localToday } from "../format/dates";
import { describeSummary, isOverdue, satisfactionSeries, type FollowUp, type SatisfactionTrend } from "./satisfaction";

export interface Satisfaction {
  trend: SatisfactionTrend;
  followUps: AllPages<FollowUp>;
}

/** CSAT and NPS per month (two charts: their scales differ), the overall figures, and the open follow-ups. */
export function SatisfactionBody({ data, today = localToday() }: { data: Satisfaction; today?: string }) {
  const series = satisfactionSeries(data.trend);
  return (
    <>
      <p>
        {data.trend.from} to {data.trend.to}: {describeSummary(data.trend.overall)}
      </p>
      <LineChart title="Average CSAT per month" labels={series.labels} yLabel="CSAT (1–5)" series={[{ label: "Average CSAT", values: series.csat, color: "#1d4f91" }]} />
      <LineChart title="NPS per month" labels={series.labels} yLabel="NPS (−100 to 100)" series={[{ label: "NPS", values: series.nps, color: "#1d5e2e" }]} />
      <h3>Open detractor follow-ups</h3>
      {data.followUps.items.length === 0 ? (
        <p>No open follow-up.</p>
      ) : (
        <table aria-label="Open detractor follow-ups">
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {data.followUps.items.map((followUp) => (
              <tr key={followUp.id}>
                <th scope="row">{followUp.reason ?? "Detractor answer"}</th>
                <td>{followUp.owner}</td>
                <td>
                  {followUp.dueDate}
                  {isOverdue(followUp, today) && <strong className="badge health-red"> Overdue</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.followUps.truncated && <p className="note">Only the first follow-ups are shown; the list is longer.</p>}
    </>
  );
}
