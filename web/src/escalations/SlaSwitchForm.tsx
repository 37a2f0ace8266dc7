import { useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { switchSla, type Escalation } from "./escalationApi";
import { TextField } from "../layout/FormFields";

/** Pauses the SLA timers (a reason is required, e.g. waiting for the customer) or resumes them. */
export function SlaSwitchForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [reason, setReason] = useState("");
  const pausing = !escalation.paused;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => switchSla(api, escalation, pausing ? "paused" : "running", reason))) {
      setReason("");
      onChanged();
    }
  }

  return (
    <form className="escalation-form" aria-label={pausing ? "Pause the SLA" : "Resume the SLA"} onSubmit={submit}>
      <TextField
        label={pausing ? "Reason for pausing" : "Reason for resuming (optional)"}
        field="reason"
        problem={problem}
        value={reason}
        onChange={setReason}
        maxLength={500}
        required={pausing}
      />
      <button type="submit" disabled={busy}>
        {pausing ? "Pause SLA" : "Resume SLA"}
      </button>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
