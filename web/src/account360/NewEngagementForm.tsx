import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { unwrap } from "../api/client";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { TextField } from "../layout/FormFields";
import { ProblemBanner } from "../layout/ProblemBanner";

const EMPTY = { name: "", offering: "", deliveryManager: "", startDate: "", endDate: "", budget: "", currency: "USD" };

/** Starts an engagement for this customer; the portfolio shows it once created. */
export function NewEngagementForm({ customerId }: { customerId: string }) {
  const { api } = useSession();
  const [draft, setDraft] = useState(EMPTY);
  const { busy, problem, run } = useAction();
  const [created, setCreated] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY, requestField: string = key) => ({
    value: draft[key],
    onChange: (value: string) => setDraft({ ...draft, [key]: value }),
    field: requestField,
    problem,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const engagement = unwrap(
        await api.POST("/api/engagements", {
          body: {
            customerId,
            name: draft.name.trim(),
            offering: draft.offering.trim(),
            deliveryManager: draft.deliveryManager.trim(),
            startDate: draft.startDate,
            endDate: draft.endDate,
            // the amount goes as typed: the API reads decimal strings, never floating point
            budget: { amount: draft.budget.trim(), currency: draft.currency.trim().toUpperCase() },
          },
        }),
      );
      setCreated(engagement.name ?? draft.name);
      setDraft(EMPTY);
    });
  }

  return (
    <form className="stacked-form" onSubmit={submit} aria-labelledby="new-engagement-title">
      <h2 id="new-engagement-title">Start an engagement</h2>
      <TextField label="Engagement name" required maxLength={200} {...field("name")} />
      <TextField label="Offering" required maxLength={200} {...field("offering")} />
      <TextField label="Delivery manager (username)" required maxLength={200} {...field("deliveryManager")} />
      <TextField label="Start date" type="date" required {...field("startDate")} />
      <TextField label="End date" type="date" required {...field("endDate")} />
      <TextField label="Budget at completion" required {...field("budget", "budget.amount")} />
      <TextField label="Currency (ISO code)" required maxLength={3} {...field("currency", "budget.currency")} />
      <button type="submit" disabled={busy}>
        {busy ? "Starting…" : "Start engagement"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
      {created && (
        <p role="status">
          Engagement “{created}” started. <Link to={`/portfolio?customerId=${customerId}`}>See it on My portfolio</Link>
        </p>
      )}
    </form>
  );
}
