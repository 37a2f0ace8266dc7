import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { raiseEscalation, type Category, type NewEscalation, type Severity } from "./escalationApi";
import { ChoiceField, choicesOf, TextField } from "../layout/FormFields";
import { SEVERITY_LABELS } from "./lifecycle";

const CATEGORY_LABELS: Record<Category, string> = {
  delivery: "Delivery",
  quality: "Quality",
  commercial: "Commercial",
  technical: "Technical",
  consumption: "Consumption",
};

// "system" is reserved for escalations the platform opens from events.
const SOURCE_LABELS = { customer: "Customer", internal: "Internal" } as const;

/** Opens an escalation on one of the caller's customers; the SLA starts now. */
export function RaiseEscalationForm({ customers }: { customers: Map<string, string> }) {
  const { api } = useSession();
  const navigate = useNavigate();
  const { busy, problem, run } = useAction();
  const [customerId, setCustomerId] = useState("");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [severity, setSeverity] = useState<Severity>("high");
  const [category, setCategory] = useState<Category>("delivery");
  const [source, setSource] = useState<"customer" | "internal">("customer");
  const [owner, setOwner] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: NewEscalation = { customerId, title, description, severity, category, source, ...(owner.trim() ? { owner: owner.trim() } : {}) };
    let openedId: string | undefined;
    const ok = await run(async () => {
      openedId = (await raiseEscalation(api, body)).id;
    });
    if (ok && openedId) navigate(`/escalations/${openedId}`);
  }

  const customerChoices = [{ value: "", label: "Choose a customer" }, ...[...customers].map(([value, label]) => ({ value, label }))];
  return (
    <form className="escalation-form" aria-labelledby="raise-title" onSubmit={submit}>
      <h2 id="raise-title">Raise an escalation</h2>
      <ChoiceField label="Customer" field="customerId" problem={problem} value={customerId} onChange={setCustomerId} choices={customerChoices} required />
      <TextField label="Title" field="title" problem={problem} value={title} onChange={setTitle} maxLength={200} required />
      <TextField label="Description" field="description" problem={problem} value={description} onChange={setDescription} maxLength={5000} multiline required />
      <ChoiceField label="Severity" field="severity" problem={problem} value={severity} onChange={setSeverity} choices={choicesOf(SEVERITY_LABELS)} />
      <ChoiceField label="Category" field="category" problem={problem} value={category} onChange={setCategory} choices={choicesOf(CATEGORY_LABELS)} />
      <ChoiceField label="Raised by" field="source" problem={problem} value={source} onChange={setSource} choices={choicesOf(SOURCE_LABELS)} />
      <TextField label="Owner (you when empty)" field="owner" problem={problem} value={owner} onChange={setOwner} maxLength={200} />
      <button type="submit" disabled={busy}>
        {busy ? "Raising…" : "Raise escalation"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}
