import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { unwrap } from "../api/client";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { TextField } from "../layout/FormFields";
import { ProblemBanner } from "../layout/ProblemBanner";

const EMPTY = { name: "", segment: "", industry: "", region: "", tier: "" };

/** Registers a customer (the caller joins its account team as the service decides) and opens its Account 360. */
export function RegisterCustomerForm() {
  const { api } = useSession();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(EMPTY);
  const { busy, problem, run } = useAction();
  const field = (key: keyof typeof EMPTY) => ({
    value: draft[key],
    onChange: (value: string) => setDraft({ ...draft, [key]: value }),
    field: key,
    problem,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
    await run(async () => {
      const created = unwrap(
        await api.POST("/api/customers", {
          body: {
            name: draft.name.trim(),
            segment: draft.segment.trim(),
            industry: optional(draft.industry),
            region: optional(draft.region),
            tier: optional(draft.tier),
          },
        }),
      );
      navigate(`/accounts/${created.id}`);
    });
  }

  return (
    <form className="stacked-form" onSubmit={submit} aria-labelledby="register-customer-title">
      <h2 id="register-customer-title">Register a customer</h2>
      <TextField label="Name" required maxLength={200} {...field("name")} />
      <TextField label="Segment" required maxLength={100} {...field("segment")} />
      <TextField label="Industry" maxLength={100} {...field("industry")} />
      <TextField label="Region" maxLength={100} {...field("region")} />
      <TextField label="Tier" maxLength={50} {...field("tier")} />
      <button type="submit" disabled={busy}>
        {busy ? "Registering…" : "Register customer"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}
