import type { ReactNode } from "react";
import type { OverviewSection } from "../api/types";
import { sectionView } from "./sections";

interface Props {
  title: string;
  /** Spans the whole row of the sections grid (a table of many columns, such as the revenue forecast) */
  wide?: boolean;
  section: OverviewSection | undefined;
  onRetry: () => void;
  children: (data: unknown) => ReactNode;
}

/** One section of Account 360: its content when its service answered, "nothing yet" when it has none, else a degraded notice. */
export function SectionPanel({ title, section, onRetry, children, wide }: Props) {
  const view = sectionView(title, section);
  return (
    <section className={`card section ${view.state}${wide ? " section-wide" : ""}`} aria-label={title} data-status={view.state === "degraded" ? view.status : view.state}>
      <h2>{title}</h2>
      {view.state === "ok" ? (
        children(view.data)
      ) : view.state === "empty" ? (
        <p>{view.message}</p>
      ) : (
        <div className="degraded" role="status">
          <span className="badge degraded-badge">Degraded</span> {view.message}
          {view.retryable && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      )}
    </section>
  );
}
