import { useId, useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { addTimelineEntry, type Escalation, type Trend, type Visibility } from "./escalationApi";
import { ChoiceField, TextField } from "../layout/FormFields";

const TREND_CHOICES: { value: Trend | ""; label: string }[] = [
  { value: "", label: "No judgement" },
  { value: "improving", label: "Improving" },
  { value: "same", label: "Same" },
  { value: "declining", label: "Declining" },
];

/** Adds an update: a work note for the account team, or an update the customer may see; optionally a trend. */
export function AddTimelineEntryForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [text, setText] = useState("");
  const [visibility, setVisibility] = useState<Visibility>("internal");
  const [trend, setTrend] = useState<Trend | "">("");
  const name = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { text, visibility, ...(trend ? { trend } : {}) };
    if (await run(() => addTimelineEntry(api, escalation.id ?? "", body))) {
      setText("");
      onChanged();
    }
  }

  return (
    <form className="escalation-form" aria-labelledby="add-entry-title" onSubmit={submit}>
      <h3 id="add-entry-title">Add an update</h3>
      <TextField label="Update" field="text" problem={problem} value={text} onChange={setText} maxLength={5000} multiline required />
      <fieldset>
        <legend>Who may see it</legend>
        <label>
          <input type="radio" name={name} checked={visibility === "internal"} onChange={() => setVisibility("internal")} />
          Internal work note
        </label>
        <label>
          <input type="radio" name={name} checked={visibility === "customer"} onChange={() => setVisibility("customer")} />
          Customer-visible
        </label>
        <FieldErrors problem={problem} field="visibility" />
      </fieldset>
      <ChoiceField label="Trend" field="trend" problem={problem} value={trend} onChange={setTrend} choices={TREND_CHOICES} />
      <button type="submit" disabled={busy}>
        Add entry
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}
