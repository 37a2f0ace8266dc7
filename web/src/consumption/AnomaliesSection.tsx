import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { LoadedList } from "./LoadedList";
import { loadAnomalies } from "./consumptionApi";
import { directionLabel } from "./words";

/** Days whose cost departed from the 28 days before (more than 3 standard deviations), newest first. */
export function AnomaliesSection({ customerId }: { customerId: string }) {
  const { api } = useSession();
  const [anomalies, reload] = useLoad(() => loadAnomalies(api, customerId), customerId);

  return (
    <section aria-labelledby="consumption-anomalies-title">
      <h2 id="consumption-anomalies-title">Anomalies</h2>
      <LoadedList list={anomalies} reload={reload} what="anomalies" empty="No anomalies detected.">
        {(page) => (
          <table>
            <caption>
              Anomalies, newest first{page.hasMore ? ` (the latest ${page.items.length})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Service</th>
                <th scope="col">Direction</th>
                <th scope="col">Cost that day</th>
                <th scope="col">Daily mean of the 28 days before</th>
                <th scope="col">Standard deviations</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((anomaly) => (
                <tr key={anomaly.id}>
                  <td>{anomaly.date}</td>
                  <td>{anomaly.service ?? "All services (total)"}</td>
                  <td>{directionLabel(anomaly.direction)}</td>
                  <td>{formatMoney(anomaly.cost)}</td>
                  <td>{formatMoney(anomaly.baseline)}</td>
                  <td>{anomaly.deviations?.toFixed(1) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadedList>
    </section>
  );
}
