import { useId, useState, type FormEvent } from "react";
import type { Engagement, Stage } from "../api/types";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { FieldErrors } from "../layout/FieldErrors";
import { allowedMoves, STAGE_LABELS } from "./grouping";
import { moveEngagement } from "./portfolioApi";

interface Props {
  engagement: Engagement;
  /** Called after a move, and for the reload a 412 offers: the list is read again either way. */
  onChanged: () => void;
}

/** Moves an engagement one stage on (or back for rework); only the moves the lifecycle allows are offered. */
export function StageMoveForm({ engagement, onChanged }: Props) {
  const { api } = useSession();
  const moves = allowedMoves(engagement.stage);
  const [to, setTo] = useState<Stage | "">(moves[0] ?? "");
  const [reason, setReason] = useState("");
  const { busy, problem, run } = useAction();
  const id = useId();

  if (moves.length === 0) {
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!to) return;
    if (await run(() => moveEngagement(api, engagement, to, reason))) onChanged();
  }

  return (
    <form className="stage-move" onSubmit={submit} aria-label={`Move ${engagement.name ?? "engagement"}`}>
      <label htmlFor={`${id}-to`}>Move to</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as Stage)}>
        {moves.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
      <FieldErrors problem={problem} field="to" />
      <label htmlFor={`${id}-reason`}>Reason</label>
      <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <FieldErrors problem={problem} field="reason" />
      <button type="submit" disabled={busy}>
        {busy ? "Moving…" : "Move"}
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
