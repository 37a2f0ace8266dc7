import { useId, useState } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { APPROVAL_ROLE_LABELS, missingApprovals } from "./approvals";
import { moveContract } from "./billingApi";
import type { Contract } from "./billingTypes";

interface Props {
  contract: Contract;
  /** After a decision: what happened, in words; the caller reads its contracts again. */
  onDecided: (outcome: string) => void;
  /** The reload a 412 offers. */
  onReload: () => void;
}

/** Approve or reject a deal awaiting this user; a rejection needs a comment (the API says so next to the field). */
export function ApprovalDecisionForm({ contract, onDecided, onReload }: Props) {
  const { api } = useSession();
  const [comment, setComment] = useState("");
  const action = useAction();
  const id = useId();
  const title = contract.title ?? "contract";

  async function decide(to: "approved" | "rejected") {
    let outcome = "";
    const done = await action.run(async () => {
      const after = await moveContract(api, contract, to, comment);
      outcome = describeOutcome(title, after);
    });
    if (done) onDecided(outcome);
  }

  return (
    <form aria-label={`Decide ${title}`} className="decision" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-comment`}>Comment (required to reject)</label>
      <input id={`${id}-comment`} value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} />
      <FieldErrors problem={action.problem} field="comment" />
      <div className="actions">
        <button type="button" disabled={action.busy} onClick={() => decide("approved")}>
          Approve
        </button>
        <button type="button" disabled={action.busy} onClick={() => decide("rejected")}>
          Reject
        </button>
      </div>
      {action.problem && <ProblemBanner problem={action.problem} onReload={onReload} />}
    </form>
  );
}

function describeOutcome(title: string, after: Contract): string {
  if (after.status === "approved") return `“${title}” is approved.`;
  if (after.status === "rejected") return `“${title}” is rejected.`;
  const waiting = missingApprovals(after).map((role) => APPROVAL_ROLE_LABELS[role]);
  return `Your approval of “${title}” is recorded; it still waits for ${waiting.join(" and ") || "another approval"}.`;
}
