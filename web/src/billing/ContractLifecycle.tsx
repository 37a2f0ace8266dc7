import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { moveContract } from "./billingApi";
import type { Contract } from "./billingTypes";
import { blockedMove, contractMove } from "./lifecycle";

/** The contract's next lifecycle step (submit, sign, activate, close) for writers; nothing when none is allowed. */
export function ContractLifecycle({ contract, onChanged }: { contract: Contract; onChanged: () => void }) {
  const { api, roles } = useSession();
  const action = useAction();
  if (!canWrite(roles, "contracts")) return null;

  const move = contractMove(contract);
  const blocked = blockedMove(contract);
  if (!move && !blocked) return null;

  async function run() {
    if (move && (await action.run(() => moveContract(api, contract, move.to)))) onChanged();
  }

  return (
    <section aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">Lifecycle</h2>
      {blocked && <p>{blocked}</p>}
      {move && (
        <button type="button" disabled={action.busy} onClick={run}>
          {move.label}
        </button>
      )}
      {action.problem && <ProblemBanner problem={action.problem} onReload={onChanged} />}
    </section>
  );
}
