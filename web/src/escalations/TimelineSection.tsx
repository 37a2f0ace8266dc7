import type { ReactNode } from "react";
import { VisibilityBadge } from "./EscalationBadges";
import type { TimelineEntry } from "./escalationApi";
import { formatWhen } from "./when";

const KIND_LABELS: Record<NonNullable<TimelineEntry["kind"]>, string> = {
  opened: "Opened",
  update: "Update",
  "status-change": "Status change",
  "level-change": "Level change",
  "sla-event": "SLA event",
  signal: "Signal",
};

/** The timeline oldest first, each entry marked internal or customer-visible; writers get the add form as children. */
export function TimelineSection({ entries, truncated, children }: { entries: TimelineEntry[]; truncated: boolean; children?: ReactNode }) {
  return (
    <section className="section card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {truncated && <p role="status">Showing the first {entries.length} entries.</p>}
      <ol className="rows timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="timeline-head">
              <strong>{entry.kind ? KIND_LABELS[entry.kind] : "Entry"}</strong>
              {entry.from && entry.to && ` ${entry.from} → ${entry.to}`} · {entry.author} · {formatWhen(entry.at)}
              <VisibilityBadge visibility={entry.visibility} />
              {entry.trend && <span className="count"> trend {entry.trend}</span>}
            </span>
            <span className="timeline-text">{entry.text}</span>
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
