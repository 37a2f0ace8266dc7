import type { AllPages } from "../api/pages";
import { LineChart } from "../charts/LineChart";
import { healthTrend, type HealthHistoryEntry } from "./healthFactors";

/** The score at every recorded change, with the band thresholds (amber below 75, red below 50) drawn dashed. */
export function HealthTrendBody({ history }: { history: AllPages<HealthHistoryEntry> }) {
  if (history.items.length === 0) return <p>No change of the score recorded yet.</p>;
  const trend = healthTrend(history.items);
  const last = history.items[history.items.length - 1];
  const flat = (value: number) => trend.labels.map(() => value);
  return (
    <>
      <p>
        {history.items.length} recorded {history.items.length === 1 ? "change" : "changes"}; latest score{" "}
        <strong>{last.score ?? "—"}</strong> ({last.band ?? "no band"}).
        {history.truncated && " Only the oldest changes are shown: the history is longer than this page reads."}
      </p>
      <LineChart
        title="Relationship health score over time"
        labels={trend.labels}
        yLabel="Score (0–100)"
        series={[
          { label: "Score", values: trend.scores, color: "#1d4f91" },
          { label: "Green from 75", values: flat(75), color: "#1d5e2e", dashed: true },
          { label: "Amber from 50", values: flat(50), color: "#8a5a00", dashed: true },
        ]}
      />
    </>
  );
}
