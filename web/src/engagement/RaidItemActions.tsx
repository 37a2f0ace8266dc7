import { useId, useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { moveRaidItem } from "./engagementApi";
import type { RaidItem, RaidStatus } from "./engagementTypes";
import { canConvertToIssue, RAID_STATUS_LABELS, raidStatusMoves } from "./rules";

/** A RAID entry's status moves (any other status) and, for an open risk, its conversion into an issue. */
export function RaidItemActions({ item, onChanged }: { item: RaidItem; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const moves = raidStatusMoves(item);
  const [to, setTo] = useState<RaidStatus>(moves[0]);
  const [reason, setReason] = useState("");
  const id = useId();

  async function change(target: RaidStatus | "issue") {
    if (await run(() => moveRaidItem(api, item, target, reason))) {
      setReason("");
      onChanged();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void change(to);
  }

  return (
    <form className="row-form" onSubmit={submit} aria-label={`Change ${item.title ?? "entry"}`}>
      <label htmlFor={`${id}-to`}>New status</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as RaidStatus)}>
        {moves.map((status) => (
          <option key={status} value={status}>
            {RAID_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <FieldErrors problem={problem} field="to" />
      <label htmlFor={`${id}-reason`}>Reason</label>
      <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <FieldErrors problem={problem} field="reason" />
      <div className="row-actions">
        <button type="submit" disabled={busy}>
          Set status
        </button>
        {canConvertToIssue(item) && (
          <button type="button" disabled={busy} onClick={() => void change("issue")}>
            Convert to issue
          </button>
        )}
      </div>
      {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
    </form>
  );
}
