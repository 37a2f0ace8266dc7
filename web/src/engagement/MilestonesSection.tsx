import { useId, useState, type FormEvent } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { formatMoney } from "../format/money";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { createMilestone, loadMilestones, moveMilestone } from "./engagementApi";
import type { Milestone } from "./engagementTypes";
import { MILESTONE_ACTIONS, MILESTONE_LABELS, milestoneMoves } from "./rules";
import { ColumnHeads } from "./ColumnHeads";
import { SectionState, Truncated } from "./SectionState";
import { useKeptLoad } from "./useKeptLoad";

interface Props {
  engagementId: string;
  /** The budget's currency: a billable milestone's amount must be in it. */
  currency: string;
  revision: number;
  canWrite: boolean;
  onChanged: () => void;
}

export function MilestonesSection({ engagementId, currency, revision, canWrite, onChanged }: Props) {
  const { api } = useSession();
  const load = useKeptLoad(() => loadMilestones(api, engagementId), engagementId, revision);
  return (
    <section aria-labelledby="milestones-title" className="card">
      <h2 id="milestones-title">Milestones</h2>
      <SectionState load={load} what="the milestones">
        {({ items, truncated }) =>
          items.length === 0 ? (
            <p>No milestone planned yet.</p>
          ) : (
            <>
              <table>
                <ColumnHeads names={["Milestone", "Due", "Amount", "Status", "Rejections", canWrite && "Actions"]} />
                <tbody>
                  {items.map((milestone) => (
                    <MilestoneRow key={milestone.id} milestone={milestone} canWrite={canWrite} onChanged={onChanged} />
                  ))}
                </tbody>
              </table>
              <Truncated truncated={truncated} />
            </>
          )
        }
      </SectionState>
      {canWrite && <MilestoneForm engagementId={engagementId} currency={currency} onChanged={onChanged} />}
    </section>
  );
}

function MilestoneRow({ milestone, canWrite, onChanged }: { milestone: Milestone; canWrite: boolean; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const moves = milestoneMoves(milestone.status);
  return (
    <tr>
      <th scope="row">{milestone.name}</th>
      <td>{milestone.dueDate}</td>
      <td>{milestone.amount ? formatMoney(milestone.amount) : "not billable"}</td>
      <td>{milestone.status ? MILESTONE_LABELS[milestone.status] : "—"}</td>
      <td>{milestone.rejections ?? 0}</td>
      {canWrite && (
        <td>
          <div className="row-actions">
            {moves.map((to) => (
              <button
                key={to}
                type="button"
                disabled={busy}
                onClick={async () => (await run(() => moveMilestone(api, milestone, to))) && onChanged()}
              >
                {MILESTONE_ACTIONS[to]}
              </button>
            ))}
            {moves.length === 0 && "—"}
          </div>
          {problem && <ProblemBanner problem={problem} onReload={onChanged} />}
        </td>
      )}
    </tr>
  );
}

function MilestoneForm({ engagementId, currency, onChanged }: { engagementId: string; currency: string; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [name, setName] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [amount, setAmount] = useState("");
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      name: name.trim(),
      dueDate,
      ...(amount.trim() ? { amount: { amount: amount.trim(), currency } } : {}),
    };
    if (await run(() => createMilestone(api, engagementId, body))) {
      setName("");
      setDueDate("");
      setAmount("");
      onChanged();
    }
  }

  return (
    <form className="entry-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Plan a milestone</h3>
      <label htmlFor={`${id}-name`}>Milestone name</label>
      <input id={`${id}-name`} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
      <FieldErrors problem={problem} field="name" />
      <label htmlFor={`${id}-due`}>Due date</label>
      <input id={`${id}-due`} type="date" value={dueDate} required onChange={(e) => setDueDate(e.target.value)} />
      <FieldErrors problem={problem} field="dueDate" />
      <label htmlFor={`${id}-amount`}>Billable amount ({currency}, optional)</label>
      <input
        id={`${id}-amount`}
        value={amount}
        inputMode="decimal"
        pattern="[0-9]{1,15}(\.[0-9]{1,4})?"
        title="An amount such as 25000.00"
        onChange={(e) => setAmount(e.target.value)}
      />
      <FieldErrors problem={problem} field="amount" />
      <FieldErrors problem={problem} field="amount.amount" />
      <button type="submit" disabled={busy}>
        {busy ? "Planning…" : "Plan milestone"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}
