import type { ProblemMessage } from "../api/problems";

/** A refusal in words; a 412 also offers the reload that resolves it. */
export function ProblemBanner({ problem, onReload }: { problem: ProblemMessage; onReload?: () => void }) {
  return (
    <div className={`problem problem-${problem.kind}`} role="alert">
      <span>{problem.message}</span>
      {problem.offerReload && onReload && (
        <button type="button" onClick={onReload}>
          Reload
        </button>
      )}
    </div>
  );
}
