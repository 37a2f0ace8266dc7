import { useSession } from "../auth/AuthProvider";
import { changeLevel, type Escalation } from "./escalationApi";
import { choicesOf } from "../layout/FormFields";
import { allowedLevels, LEVEL_LABELS } from "./lifecycle";
import { MoveForm } from "./MoveForm";

/** Raises or lowers the level with a reason; lowering is offered only with the authority the service asks for. */
export function LevelChangeForm({ escalation, onChanged }: { escalation: Escalation; onChanged: () => void }) {
  const { api, roles } = useSession();
  return (
    <MoveForm
      name="Change the level"
      choices={choicesOf(LEVEL_LABELS, allowedLevels(escalation, roles))}
      targetLabel="New level"
      reasonLabel="Reason for the level change"
      reasonField="reason"
      maxLength={1000}
      submitLabel={() => "Change level"}
      send={(to, reason) => changeLevel(api, escalation, to, reason)}
      onChanged={onChanged}
    />
  );
}
