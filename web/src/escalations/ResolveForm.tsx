import { useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { moveStatus, type CauseCategory, type Escalation } from "./escalationApi";
import { ChoiceField, choicesOf, TextField } from "../layout/FormFields";

const CAUSE_LABELS: Record<CauseCategory, string> = {
  process: "Process",
  people: "People",
  technology: "Technology",
  "third-party": "Third party",
  requirements: "Requirements",
  capacity: "Capacity",
  communication: "Communication",
  "customer-environment": "Customer environment",
  other: "Other",
};

/**
 * Resolves with the root-cause analysis the service requires (category, cause, corrective and preventive actions);
 * offered only where the state machine allows resolving (from investigating or mitigated).
 */
export function ResolveForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [category, setCategory] = useState<CauseCategory | "">("");
  const [description, setDescription] = useState("");
  const [correctiveActions, setCorrective] = useState("");
  const [preventiveActions, setPreventive] = useState("");
  const [note, setNote] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!category) return;
    const rootCause = { category, description, correctiveActions, preventiveActions };
    if (await run(() => moveStatus(api, escalation, "resolved", note, rootCause))) onChanged();
  }

  const field = { problem, maxLength: 5000, required: true, multiline: true };
  return (
    <form className="escalation-form" aria-labelledby="resolve-title" onSubmit={submit}>
      <h3 id="resolve-title">Resolve with root cause</h3>
      <ChoiceField
        label="Root-cause category"
        field="rootCause.category"
        problem={problem}
        value={category}
        onChange={setCategory}
        choices={[{ value: "", label: "Choose a category" }, ...choicesOf(CAUSE_LABELS)]}
        required
      />
      <TextField label="What caused it" field="rootCause.description" value={description} onChange={setDescription} {...field} />
      <TextField label="Corrective actions" field="rootCause.correctiveActions" value={correctiveActions} onChange={setCorrective} {...field} />
      <TextField label="Preventive actions" field="rootCause.preventiveActions" value={preventiveActions} onChange={setPreventive} {...field} />
      <TextField label="Resolution note" field="note" problem={problem} value={note} onChange={setNote} maxLength={2000} required />
      <button type="submit" disabled={busy}>
        {busy ? "Resolving…" : "Resolve"}
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
