import { useState, type FormEvent } from "react";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { moveStatus, type Escalation, type EscalationStatus } from "./escalationApi";
import { ChoiceField, choicesOf, TextField } from "./FormFields";
import { allowedStatusMoves, isActive, STATUS_LABELS } from "./lifecycle";
import { useAction } from "./useAction";

/** Status moves other than resolving (which has its own form): only those the state machine allows from here. */
export function StatusMoveForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const moves: readonly EscalationStatus[] = allowedStatusMoves(escalation.status).filter((status) => status !== "resolved");
  const [to, setTo] = useState<EscalationStatus | "">(moves[0] ?? "");
  const [note, setNote] = useState("");

  if (moves.length === 0) return null;
  const target = to && moves.includes(to) ? to : moves[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => moveStatus(api, escalation, target, note))) {
      setNote("");
      onChanged();
    }
  }

  return (
    <form className="escalation-form" aria-label="Move the status" onSubmit={submit}>
      <ChoiceField label="Move to" field="to" problem={problem} value={target} onChange={setTo} choices={choicesOf(STATUS_LABELS, moves)} />
      <TextField label="Note" field="note" problem={problem} value={note} onChange={setNote} maxLength={2000} required />
      <button type="submit" disabled={busy}>
        {target === "investigating" && !isActive(escalation.status) ? "Reopen" : "Move"}
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
