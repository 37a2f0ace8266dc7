import type { ReactNode } from "react";
import type { KeptLoad } from "./useKeptLoad";

interface Props<T> {
  load: KeptLoad<T>;
  /** What is being read, for the messages ("the milestones"). */
  what: string;
  children: (data: T) => ReactNode;
}

/**
 * A section's data: loading, refused (with a retry) or drawn. A refresh after a change keeps what was drawn, and a
 * refresh that fails says so above it.
 */
export function SectionState<T>({ load, what, children }: Props<T>) {
  return (
    <>
      {load.problem && (
        <div className="problem" role="alert">
          <span>
            Could not read {what}: {load.problem.message}
          </span>
          <button type="button" onClick={load.reload}>
            Retry
          </button>
        </div>
      )}
      {load.data !== undefined
        ? children(load.data)
        : !load.problem && <p role="status">Loading {what}…</p>}
    </>
  );
}

/** Said under a list cut at the page cap. */
export function Truncated({ truncated }: { truncated: boolean }) {
  return truncated ? <p className="note">Only the first entries are shown; the list is longer.</p> : null;
}
