import { useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { ProblemBanner } from "../layout/ProblemBanner";
import { ChoiceField, TextField } from "../layout/FormFields";

interface Props<T extends string> {
  /** The form's accessible name */
  name: string;
  /** The targets allowed from here, in the order offered */
  choices: { value: T; label: string }[];
  targetLabel: string;
  /** The reason's label and its request field ("note", "reason") */
  reasonLabel: string;
  reasonField: string;
  maxLength: number;
  submitLabel: (to: T) => string;
  send: (to: T, reason: string) => Promise<unknown>;
  onChanged: () => void;
}

/** A move to one of the allowed targets with a required reason: the shape of status and level changes alike. */
export function MoveForm<T extends string>({ name, choices, targetLabel, reasonLabel, reasonField, maxLength, submitLabel, send, onChanged }: Props<T>) {
  const { busy, problem, run } = useAction();
  const [to, setTo] = useState<T | "">("");
  const [reason, setReason] = useState("");

  if (choices.length === 0) return null;
  const target = choices.find((choice) => choice.value === to)?.value ?? choices[0].value;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => send(target, reason))) {
      setReason("");
      onChanged();
    }
  }

  return (
    <form className="escalation-form" aria-label={name} onSubmit={submit}>
      <ChoiceField label={targetLabel} field="to" problem={problem} value={target} onChange={setTo} choices={choices} />
      <TextField label={reasonLabel} field={reasonField} problem={problem} value={reason} onChange={setReason} maxLength={maxLength} required />
      <button type="submit" disabled={busy}>
        {submitLabel(target)}
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
