import { useState } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { localToday } from "../format/dates";
import { ProblemBanner } from "../layout/ProblemBanner";
import { downloadEngagementPack } from "./outlookApi";

/** The engagement's status pack for a steering committee, as of a chosen date, downloaded as a PDF. */
export function EngagementPackSection({ customerId, engagementId, today = localToday() }: { customerId: string; engagementId: string; today?: string }) {
  const { api } = useSession();
  const [asOf, setAsOf] = useState(today);
  const action = useAction();
  return (
    <section className="card section" aria-label="Status pack">
      <h2>Status pack</h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="engagement-pack-as-of">As of</label>
        <input id="engagement-pack-as-of" type="date" value={asOf} max={today} required onChange={(e) => setAsOf(e.target.value)} />
        <button
          type="button"
          disabled={action.busy || !asOf || !customerId}
          onClick={() => void action.run(() => downloadEngagementPack(api, customerId, engagementId, asOf))}
        >
          Download the status pack (PDF)
        </button>
      </form>
      {action.busy && <p role="status">Preparing the pack…</p>}
      {action.problem && <ProblemBanner problem={action.problem} />}
    </section>
  );
}
