import { useId } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { ProblemBanner } from "../layout/ProblemBanner";
import { completeComplianceItem } from "./billingApi";
import type { Contract } from "./billingTypes";
import { checklistOpen, COMPLIANCE_LABELS } from "./lifecycle";

type Item = NonNullable<Contract["compliance"]>[number];

/**
 * The checklist that gates signature. Writers tick open items while the checklist is open (draft, pending, approved);
 * a completed item cannot be unticked (the API has no such move). Others see each item's state in words.
 */
export function ComplianceChecklist({ contract, onChanged }: { contract: Contract; onChanged: () => void }) {
  const { api, roles } = useSession();
  const action = useAction();
  const editable = canWrite(roles, "contracts") && checklistOpen(contract.status);
  const items = contract.compliance ?? [];

  async function complete(item: Item) {
    if (!item.item) return;
    const type = item.item;
    if (await action.run(() => completeComplianceItem(api, contract, type))) onChanged();
  }

  return (
    <section aria-labelledby="compliance-title">
      <h2 id="compliance-title">Compliance checklist</h2>
      <p>{contract.complianceComplete ? "Complete: the contract can be signed." : "Signature waits for every item below."}</p>
      <ul className="rows checklist">
        {items.map((item) => (
          <li key={item.item}>
            {editable ? (
              <TickBox item={item} disabled={action.busy} onTick={() => complete(item)} />
            ) : (
              <span>
                {label(item)}: <strong>{item.completed ? "done" : "open"}</strong>
              </span>
            )}
            {item.completed && <Completion item={item} />}
          </li>
        ))}
      </ul>
      {action.problem && <ProblemBanner problem={action.problem} onReload={onChanged} />}
    </section>
  );
}

function TickBox({ item, disabled, onTick }: { item: Item; disabled: boolean; onTick: () => void }) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="checkbox"
        checked={Boolean(item.completed)}
        disabled={disabled || item.completed}
        onChange={onTick}
      />{" "}
      <label htmlFor={id}>{label(item)}</label>
      {!item.completed && <span className="visually-hidden"> (open)</span>}
    </>
  );
}

function Completion({ item }: { item: Item }) {
  return (
    <span className="completion">
      {" "}
      — done by {item.completedBy ?? "—"} on {item.completedAt?.slice(0, 10) ?? "—"}
      {item.note ? `: ${item.note}` : ""}
    </span>
  );
}

function label(item: Item): string {
  return COMPLIANCE_LABELS[item.item ?? ""] ?? item.item ?? "item";
}
