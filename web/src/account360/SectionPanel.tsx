import type { ReactNode } from "react";
import type { OverviewSection } from "../api/types";
import { sectionView } from "./sections";

interface Props {
  title: string;
  section: OverviewSection | undefined;
  onRetry: () => void;
  children: (data: unknown) => ReactNode;
}

/** One section of Account 360: its content when its service answered, otherwise a degraded notice in its place. */
export function SectionPanel({ title, section, onRetry, children }: Props) {
  const view = sectionView(title, section);
  return (
    <section className={`card section ${view.state}`} aria-label={title} data-status={view.state === "ok" ? "ok" : view.status}>
      <h2>{title}</h2>
      {view.state === "ok" ? (
        children(view.data)
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
