import { useState, type FormEvent } from "react";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { changeLevel, type Escalation, type Level } from "./escalationApi";
import { ChoiceField, choicesOf, TextField } from "./FormFields";
import { allowedLevels, LEVEL_LABELS } from "./lifecycle";
import { useAction } from "./useAction";

/** Raises or lowers the level with a reason; lowering is offered only with the authority the service asks for. */
export function LevelChangeForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api, roles } = useSession();
  const { busy, problem, run } = useAction();
  const levels = allowedLevels(escalation, roles);
  const [to, setTo] = useState<Level | "">("");
  const [reason, setReason] = useState("");

  if (levels.length === 0) return null;
  const target = to && levels.includes(to) ? to : levels[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => changeLevel(api, escalation, target, reason))) {
      setReason("");
      onChanged();
    }
  }

  return (
    <form className="escalation-form" aria-label="Change the level" onSubmit={submit}>
      <ChoiceField label="New level" field="to" problem={problem} value={target} onChange={setTo} choices={choicesOf(LEVEL_LABELS, levels)} />
      <TextField label="Reason for the level change" field="reason" problem={problem} value={reason} onChange={setReason} maxLength={1000} required />
      <button type="submit" disabled={busy}>
        Change level
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
