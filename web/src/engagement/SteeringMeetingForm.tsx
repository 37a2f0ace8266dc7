import { useId, useState, type FormEvent } from "react";
import type { ProblemMessage } from "../api/problems";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import {
  EMPTY_ACTION,
  EMPTY_DECISION,
  steeringRequest,
  type ActionDraft,
  type DecisionDraft,
  type SteeringDraft,
} from "./drafts";
import { createSteeringMeeting } from "./engagementApi";
import type { RaidItem, RaidStatus } from "./engagementTypes";
import { RAID_STATUSES, RAID_STATUS_LABELS } from "./rules";

const EMPTY: SteeringDraft = { date: "", attendees: "", agenda: "", decisions: [], actions: [] };

interface Props {
  engagementId: string;
  raidItems: RaidItem[];
  onChanged: () => void;
}

/**
 * Records a meeting in one go: decisions may close or update RAID entries, and each action becomes an open RAID
 * action (the API does both in one transaction).
 */
export function SteeringMeetingForm({ engagementId, raidItems, onChanged }: Props) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [draft, setDraft] = useState<SteeringDraft>(EMPTY);
  const id = useId();

  const setDecision = (index: number, change: Partial<DecisionDraft>) =>
    setDraft((d) => ({ ...d, decisions: d.decisions.map((x, i) => (i === index ? { ...x, ...change } : x)) }));
  const setAction = (index: number, change: Partial<ActionDraft>) =>
    setDraft((d) => ({ ...d, actions: d.actions.map((x, i) => (i === index ? { ...x, ...change } : x)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => createSteeringMeeting(api, engagementId, steeringRequest(draft)))) {
      setDraft(EMPTY);
      onChanged();
    }
  }

  return (
    <form className="entry-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Record a steering meeting</h3>
      <label htmlFor={`${id}-date`}>Meeting date</label>
      <input id={`${id}-date`} type="date" required value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
      <FieldErrors problem={problem} field="date" />
      <label htmlFor={`${id}-attendees`}>Attendees (one per line)</label>
      <textarea id={`${id}-attendees`} required value={draft.attendees} onChange={(e) => setDraft({ ...draft, attendees: e.target.value })} />
      <FieldErrors problem={problem} field="attendees" />
      <label htmlFor={`${id}-agenda`}>Agenda (one item per line)</label>
      <textarea id={`${id}-agenda`} value={draft.agenda} onChange={(e) => setDraft({ ...draft, agenda: e.target.value })} />
      <FieldErrors problem={problem} field="agenda" />
      {draft.decisions.map((decision, index) => (
        <DecisionFields
          key={index}
          index={index}
          decision={decision}
          raidItems={raidItems}
          problem={problem}
          onChange={(change) => setDecision(index, change)}
          onRemove={() => setDraft((d) => ({ ...d, decisions: d.decisions.filter((_, i) => i !== index) }))}
        />
      ))}
      {draft.actions.map((action, index) => (
        <ActionFields
          key={index}
          index={index}
          action={action}
          problem={problem}
          onChange={(change) => setAction(index, change)}
          onRemove={() => setDraft((d) => ({ ...d, actions: d.actions.filter((_, i) => i !== index) }))}
        />
      ))}
      <div className="row-actions">
        <button type="button" onClick={() => setDraft((d) => ({ ...d, decisions: [...d.decisions, EMPTY_DECISION] }))}>
          Add a decision
        </button>
        <button type="button" onClick={() => setDraft((d) => ({ ...d, actions: [...d.actions, EMPTY_ACTION] }))}>
          Add an action
        </button>
        <button type="submit" disabled={busy}>
          {busy ? "Recording…" : "Record meeting"}
        </button>
      </div>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}

interface DecisionProps {
  index: number;
  decision: DecisionDraft;
  raidItems: RaidItem[];
  problem: ProblemMessage | null;
  onChange: (change: Partial<DecisionDraft>) => void;
  onRemove: () => void;
}

function DecisionFields({ index, decision, raidItems, problem, onChange, onRemove }: DecisionProps) {
  const id = useId();
  const field = (name: string) => `decisions[${index}].${name}`;
  const open = raidItems.filter((item) => item.status !== "closed" || decision.raidItemIds.includes(item.id ?? ""));
  return (
    <fieldset>
      <legend>Decision {index + 1}</legend>
      <label htmlFor={`${id}-text`}>Decision</label>
      <textarea id={`${id}-text`} required value={decision.text} onChange={(e) => onChange({ text: e.target.value })} />
      <FieldErrors problem={problem} field={field("text")} />
      <label htmlFor={`${id}-effect`}>Effect on RAID entries</label>
      <select id={`${id}-effect`} value={decision.effect} onChange={(e) => onChange({ effect: e.target.value as DecisionDraft["effect"] })}>
        <option value="">None</option>
        <option value="close">Close them</option>
        <option value="update">Update them</option>
      </select>
      <FieldErrors problem={problem} field={field("effect")} />
      {decision.effect && (
        <>
          <label htmlFor={`${id}-items`}>RAID entries it settles</label>
          <select
            id={`${id}-items`}
            multiple
            value={decision.raidItemIds}
            onChange={(e) => onChange({ raidItemIds: [...e.target.selectedOptions].map((option) => option.value) })}
          >
            {open.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} field={field("raidItemIds")} />
        </>
      )}
      {decision.effect === "update" && (
        <>
          <label htmlFor={`${id}-status`}>New status</label>
          <select id={`${id}-status`} value={decision.status} onChange={(e) => onChange({ status: e.target.value as RaidStatus | "" })}>
            <option value="">Unchanged</option>
            {RAID_STATUSES.map((status) => (
              <option key={status} value={status}>
                {RAID_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-due`}>New due date</label>
          <input id={`${id}-due`} type="date" value={decision.dueDate} onChange={(e) => onChange({ dueDate: e.target.value })} />
        </>
      )}
      <button type="button" onClick={onRemove}>
        Remove decision {index + 1}
      </button>
    </fieldset>
  );
}

interface ActionProps {
  index: number;
  action: ActionDraft;
  problem: ProblemMessage | null;
  onChange: (change: Partial<ActionDraft>) => void;
  onRemove: () => void;
}

function ActionFields({ index, action, problem, onChange, onRemove }: ActionProps) {
  const id = useId();
  const field = (name: string) => `actions[${index}].${name}`;
  return (
    <fieldset>
      <legend>Action {index + 1} (becomes a RAID action)</legend>
      <label htmlFor={`${id}-title`}>Action</label>
      <input id={`${id}-title`} required maxLength={300} value={action.title} onChange={(e) => onChange({ title: e.target.value })} />
      <FieldErrors problem={problem} field={field("title")} />
      <label htmlFor={`${id}-owner`}>Owner</label>
      <input id={`${id}-owner`} required maxLength={200} value={action.owner} onChange={(e) => onChange({ owner: e.target.value })} />
      <FieldErrors problem={problem} field={field("owner")} />
      <label htmlFor={`${id}-due`}>Due date</label>
      <input id={`${id}-due`} type="date" required value={action.dueDate} onChange={(e) => onChange({ dueDate: e.target.value })} />
      <FieldErrors problem={problem} field={field("dueDate")} />
      <button type="button" onClick={onRemove}>
        Remove action {index + 1}
      </button>
    </fieldset>
  );
}
