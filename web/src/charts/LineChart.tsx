import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { Line } from "react-chartjs-2";

// Chart.js is tree-shaken: only what a line chart needs is registered, once, here.
ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

export interface Series {
  label: string;
  /** One value per label; null leaves a gap (e.g. a projection that starts where actuals end). */
  values: (number | null)[];
  color: string;
  dashed?: boolean;
}

interface Props {
  /** Said to screen readers and shown as the caption. */
  title: string;
  labels: string[];
  series: Series[];
  yLabel?: string;
}

/**
 * A line chart with an accessible name and the same figures as a table for screen readers, since a canvas has no
 * text of its own.
 */
export function LineChart({ title, labels, series, yLabel }: Props) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <Line
          role="img"
          aria-label={title}
          data={{
            labels,
            datasets: series.map((s) => ({
              label: s.label,
              data: s.values,
              borderColor: s.color,
              backgroundColor: s.color,
              borderDash: s.dashed ? [6, 4] : undefined,
              spanGaps: false,
              pointRadius: 2,
            })),
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { title: { display: Boolean(yLabel), text: yLabel ?? "" } } },
          }}
        />
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>{s.values[row] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
