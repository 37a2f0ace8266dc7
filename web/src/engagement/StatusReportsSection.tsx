import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { HealthBadge } from "../layout/badges";
import { HealthReasons } from "../layout/HealthReasons";
import { STAGE_LABELS } from "../portfolio/grouping";
import { HealthDimensions } from "./HealthDimensions";
import { loadStatusReports } from "./engagementApi";
import type { StatusReport } from "./engagementTypes";
import { formatIndex } from "./sCurve";
import { SectionState, Truncated } from "./SectionState";
import { StatusReportForm } from "./StatusReportForm";
import { useKeptLoad } from "./useKeptLoad";

interface Props {
  engagementId: string;
  revision: number;
  canWrite: boolean;
  onChanged: () => void;
}

/** Frozen status reports, newest first, each with its RAG reasons and any override beside the computed rating. */
export function StatusReportsSection({ engagementId, revision, canWrite, onChanged }: Props) {
  const { api } = useSession();
  const load = useKeptLoad(() => loadStatusReports(api, engagementId), engagementId, revision);
  return (
    <section aria-labelledby="reports-title" className="card">
      <h2 id="reports-title">Status reports</h2>
      {canWrite && <StatusReportForm engagementId={engagementId} onChanged={onChanged} />}
      <SectionState load={load} what="the status reports">
        {({ items, truncated }) =>
          items.length === 0 ? (
            <p>No status report yet.</p>
          ) : (
            <>
              {/* The API lists oldest first; the latest report is the one read first. */}
              {[...items].reverse().map((report) => (
                <StatusReportView key={report.id} report={report} />
              ))}
              <Truncated truncated={truncated} />
            </>
          )
        }
      </SectionState>
    </section>
  );
}

export function StatusReportView({ report }: { report: StatusReport }) {
  const overall = report.overall;
  const override = overall?.override;
  const f = report.financials;
  return (
    <article className="report" aria-labelledby={`report-${report.id}`}>
      <h3 id={`report-${report.id}`}>Status report of {report.asOf}</h3>
      <p>
        Overall <HealthBadge health={overall?.effective} />
        {override ? (
          <>
            {" "}
            — overridden from the computed <HealthBadge health={overall?.computed} /> by {override.by} on{" "}
            {override.at?.slice(0, 10)}: <q>{override.reason}</q>
          </>
        ) : (
          " (as computed)"
        )}
      </p>
      <HealthReasons reasons={overall?.reasons} label="Overall reasons" />
      {report.summary && <p>{report.summary}</p>}
      <p className="note">
        By {report.createdBy}; stage {report.stage ? STAGE_LABELS[report.stage] : "—"}, {report.percentComplete ?? 0} %
        complete{f && `; EV ${formatMoney(f.ev)}, AC ${formatMoney(f.ac)}, CPI ${formatIndex(f.cpi)}, SPI ${formatIndex(f.spi)}`}
      </p>
      <HealthDimensions health={report} caption={`Health by dimension on ${report.asOf}`} />
    </article>
  );
}
