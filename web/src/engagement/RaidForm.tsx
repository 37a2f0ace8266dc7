import { useId, useState, type FormEvent, type ReactElement } from "react";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { EMPTY_RAID, raidRequest, type RaidDraft } from "./drafts";
import { createRaidItem } from "./engagementApi";
import type { RaidType } from "./engagementTypes";
import { RAID_TYPE_LABELS } from "./rules";

const TYPES = Object.keys(RAID_TYPE_LABELS) as RaidType[];
const SCALE = ["1", "2", "3", "4", "5"];

/** A new RAID entry; a risk asks for probability and impact, an action for its due date (the API requires them). */
export function RaidForm({ engagementId, onChanged }: { engagementId: string; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [draft, setDraft] = useState<RaidDraft>(EMPTY_RAID);
  const id = useId();
  const set = (field: keyof RaidDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const isRisk = draft.type === "risk";

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => createRaidItem(api, engagementId, raidRequest(draft)))) {
      setDraft({ ...EMPTY_RAID, type: draft.type });
      onChanged();
    }
  }

  const field = (name: keyof RaidDraft, label: string, input: ReactElement) => (
    <>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      <FieldErrors problem={problem} field={name} />
    </>
  );

  return (
    <form className="entry-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add a RAID entry</h3>
      {field(
        "type",
        "Type",
        <select id={`${id}-type`} value={draft.type} onChange={set("type")}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {RAID_TYPE_LABELS[t]}
            </option>
          ))}
        </select>,
      )}
      {field("title", "Title", <input id={`${id}-title`} value={draft.title} required maxLength={300} onChange={set("title")} />)}
      {field("owner", "Owner", <input id={`${id}-owner`} value={draft.owner} required maxLength={200} onChange={set("owner")} />)}
      {field(
        "description",
        "Description",
        <textarea id={`${id}-description`} value={draft.description} maxLength={4000} onChange={set("description")} />,
      )}
      {field("category", "Category (change or quality count in health)", <input id={`${id}-category`} value={draft.category} maxLength={100} onChange={set("category")} />)}
      {field(
        "dueDate",
        draft.type === "action" ? "Due date" : "Due date (optional)",
        <input id={`${id}-dueDate`} type="date" value={draft.dueDate} required={draft.type === "action"} onChange={set("dueDate")} />,
      )}
      {isRisk &&
        field(
          "probability",
          "Probability (1 rare to 5 almost certain)",
          <ScaleSelect id={`${id}-probability`} value={draft.probability} onChange={set("probability")} />,
        )}
      {isRisk &&
        field(
          "impact",
          "Impact (1 minor to 5 severe)",
          <ScaleSelect id={`${id}-impact`} value={draft.impact} onChange={set("impact")} />,
        )}
      <button type="submit" disabled={busy}>
        {busy ? "Adding…" : "Add RAID entry"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}

/** A risk's 1-to-5 rating (probability or impact), required for a risk. */
function ScaleSelect({ id, value, onChange }: { id: string; value: string; onChange: (e: { target: { value: string } }) => void }) {
  return (
    <select id={id} value={value} required onChange={onChange}>
      <option value="">Choose</option>
      {SCALE.map((n) => (
        <option key={n}>{n}</option>
      ))}
    </select>
  );
}
