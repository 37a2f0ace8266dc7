import { useSession } from "../auth/AuthProvider";
import { moveStatus, type Escalation, type EscalationStatus } from "./escalationApi";
import { choicesOf } from "../layout/FormFields";
import { allowedStatusMoves, isActive, STATUS_LABELS } from "./lifecycle";
import { MoveForm } from "./MoveForm";

/** Status moves other than resolving (which has its own form): only those the state machine allows from here. */
export function StatusMoveForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api } = useSession();
  const moves = allowedStatusMoves(escalation.status).filter((status) => status !== "resolved");
  const reopens = (to: EscalationStatus) => to === "investigating" && !isActive(escalation.status);
  return (
    <MoveForm
      name="Move the status"
      choices={choicesOf(STATUS_LABELS, moves)}
      targetLabel="Move to"
      reasonLabel="Note"
      reasonField="note"
      maxLength={2000}
      submitLabel={(to) => (reopens(to) ? "Reopen" : "Move")}
      send={(to, note) => moveStatus(api, escalation, to, note)}
      onChanged={onChanged}
    />
  );
}
