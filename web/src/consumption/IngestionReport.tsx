import type { IngestionSummary } from "./types";
import { FORMAT_LABELS } from "./words";

/** What an upload stored, and each rejected line with its reason (the service lists the first 100). */
export function IngestionReport({ summary }: { summary: IngestionSummary }) {
  const rejections = summary.rejections ?? [];
  const rejected = summary.rejected ?? 0;
  return (
    <div className="ingestion-report">
      <h3>Upload result</h3>
      <dl className="figures">
        <dt>Format</dt>
        <dd>{FORMAT_LABELS[summary.format ?? ""] ?? summary.format}</dd>
        <dt>Rows stored</dt>
        <dd>{summary.accepted ?? 0}</dd>
        <dt>Rows restated (updated)</dt>
        <dd>{summary.updated ?? 0}</dd>
        <dt>Rows already stored</dt>
        <dd>{summary.duplicates ?? 0}</dd>
        <dt>Rows rejected</dt>
        <dd>{rejected}</dd>
        {summary.fromDate && (
          <>
            <dt>Days covered</dt>
            <dd>
              {summary.fromDate} to {summary.toDate}
            </dd>
          </>
        )}
      </dl>
      {rejections.length > 0 && (
        <>
          {rejected > rejections.length && (
            <p>
              The first {rejections.length} of {rejected} rejected lines are listed. Uploading the corrected file again
              is safe: rows already stored are not counted twice.
            </p>
          )}
          <table>
            <caption>Rejected lines</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rejections.map((rejection) => (
                <tr key={rejection.line}>
                  <td>{rejection.line}</td>
                  <td>{rejection.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
