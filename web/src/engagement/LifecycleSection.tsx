import type { Engagement } from "../api/types";
import { STAGE_LABELS, STAGES } from "../portfolio/grouping";
import { StageMoveForm } from "../portfolio/StageMoveForm";

interface Props {
  engagement: Engagement;
  canMove: boolean;
  onChanged: () => void;
}

/** The lifecycle as steps with the current one marked; a writer moves it with the portfolio's stage-move form. */
export function LifecycleSection({ engagement, canMove, onChanged }: Props) {
  const current = engagement.stage ? STAGES.indexOf(engagement.stage) : -1;
  return (
    <section aria-labelledby="lifecycle-title" className="card">
      <h2 id="lifecycle-title">Lifecycle</h2>
      <ol className="stages">
        {STAGES.map((stage, index) => (
          <li key={stage} aria-current={index === current ? "step" : undefined} className={index === current ? "current" : undefined}>
            {STAGE_LABELS[stage]}
            {index === current && " (current)"}
            {index < current && " (done)"}
          </li>
        ))}
      </ol>
      {engagement.stage === "closure" && <p>The engagement is closed: it accepts status reports only.</p>}
      {canMove && <StageMoveForm engagement={engagement} onChanged={onChanged} />}
    </section>
  );
}
