import { isEmptyPipeline, pipelineRows, type Pipeline } from "./pipeline";

/** The weighted pipeline by quarter (Σ value × probability of open opportunities closing in it). */
export function PipelineTable({ pipeline, caption }: { pipeline: Pipeline; caption: string }) {
  if (isEmptyPipeline(pipeline)) {
    return <p>No open opportunity is expected to close in these quarters.</p>;
  }
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          <th scope="col">Months</th>
          <th scope="col">Weighted value</th>
          <th scope="col">Open opportunities</th>
        </tr>
      </thead>
      <tbody>
        {pipelineRows(pipeline).map((row) => (
          <tr key={row.quarter}>
            <th scope="row">{row.quarter}</th>
            <td>{row.months}</td>
            <td>{row.weighted}</td>
            <td>{row.open}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
