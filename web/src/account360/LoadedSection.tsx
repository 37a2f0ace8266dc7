import type { ReactNode } from "react";
import type { Load } from "../api/useLoad";
import { loadAsSection } from "./sections";
import { SectionPanel } from "./SectionPanel";

interface Props<T> {
  title: string;
  load: Load<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}

/** A section Account 360 reads itself: a loading note, then drawn and degraded exactly like an overview section. */
export function LoadedSection<T>({ title, load, onRetry, children }: Props<T>) {
  if (load.state === "loading") {
    return (
      <section className="card section" aria-label={title} data-status="loading">
        <h2>{title}</h2>
        <p role="status">Loading…</p>
      </section>
    );
  }
  return (
    <SectionPanel title={title} section={loadAsSection(load)} onRetry={onRetry}>
      {(data) => children(data as T)}
    </SectionPanel>
  );
}
