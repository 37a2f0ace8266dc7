import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { ProblemBanner } from "../layout/ProblemBanner";
import { loadRevenue } from "./billingApi";

/** Revenue recognized per line (earned as delivered and accepted), what is billed, and what is not billed yet. */
export function RevenueSection({ contractId }: { contractId: string }) {
  const { api } = useSession();
  const [revenue, reload] = useLoad(() => loadRevenue(api, contractId), contractId);

  return (
    <section aria-labelledby="revenue-title">
      <h2 id="revenue-title">Revenue</h2>
      {revenue.state === "loading" && <p role="status">Loading revenue…</p>}
      {revenue.state === "failed" && <ProblemBanner problem={revenue.problem} onReload={reload} />}
      {revenue.state === "ok" && (
        <table>
          <caption className="visually-hidden">Revenue per line</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Value</th>
              <th scope="col">Recognized</th>
              <th scope="col">Billed</th>
              <th scope="col">Recognized, not billed</th>
            </tr>
          </thead>
          <tbody>
            {(revenue.data.lines ?? []).map((line) => (
              <tr key={line.lineId}>
                <th scope="row">
                  {line.description} {line.basis && <span className="count">({line.basis})</span>}
                </th>
                <td>{formatMoney(line.value)}</td>
                <td>{formatMoney(line.recognized)}</td>
                <td>{formatMoney(line.billed)}</td>
                <td>{formatMoney(line.recognizedNotBilled)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Contract (credited {formatMoney(revenue.data.credited)}; revenue {formatMoney(revenue.data.revenue)})</th>
              <td>{formatMoney(revenue.data.contractValue)}</td>
              <td>{formatMoney(revenue.data.recognized)}</td>
              <td>{formatMoney(revenue.data.billed)}</td>
              <td>{formatMoney(revenue.data.recognizedNotBilled)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
