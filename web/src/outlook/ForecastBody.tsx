import { forecastTables, type Forecast } from "./forecast";

/** The monthly revenue forecast, one table per currency, each part in its own column and the backlog above it. */
export function ForecastBody({ forecast }: { forecast: Forecast }) {
  const tables = forecastTables(forecast);
  if (tables.length === 0) {
    return <p>No revenue recognised or expected from {forecast.from} to {forecast.to}.</p>;
  }
  return (
    <>
      {tables.map((table) => (
        <div key={table.currency}>
          <p>
            Backlog ({table.currency}): {table.backlog}
            {table.undatedMilestones && <> · milestones without a due date: {table.undatedMilestones}</>}
          </p>
          <table>
            <caption>
              Revenue by month in {table.currency}: recognised to date, then the forecast by part
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Recognised</th>
                <th scope="col">Milestones</th>
                <th scope="col">Fixed fee</th>
                <th scope="col">Time and materials</th>
                <th scope="col">Weighted pipeline</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">
                    {row.month}
                    {row.kind === "actual" && <span className="note"> (actual)</span>}
                  </th>
                  <td>{row.recognised}</td>
                  <td>{row.milestones}</td>
                  <td>{row.fixedFee}</td>
                  <td>{row.timeAndMaterials}</td>
                  <td>{row.weightedPipeline}</td>
                  <td>
                    <strong>{row.total}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
