import { useId, useState } from "react";
import type { AllPages } from "../api/pages";
import type { RaidItem, RaidType } from "./engagementTypes";
import { RaidForm } from "./RaidForm";
import { RaidItemActions } from "./RaidItemActions";
import { RAID_STATUS_LABELS, RAID_TYPE_LABELS } from "./rules";
import { ColumnHeads } from "./ColumnHeads";
import { SectionState, Truncated } from "./SectionState";
import type { KeptLoad } from "./useKeptLoad";

interface Props {
  engagementId: string;
  /** Read by the page: the steering meetings name the same entries. */
  load: KeptLoad<AllPages<RaidItem>>;
  canWrite: boolean;
  onChanged: () => void;
}

const TYPES = Object.keys(RAID_TYPE_LABELS) as RaidType[];

/** Risks, assumptions, issues, dependencies, decisions and actions, with their history; writers add, move, convert. */
export function RaidSection({ engagementId, load, canWrite, onChanged }: Props) {
  const [type, setType] = useState<RaidType | "">("");
  const filterId = useId();
  return (
    <section aria-labelledby="raid-title" className="card">
      <h2 id="raid-title">RAID log</h2>
      <label htmlFor={filterId}>Show type </label>
      <select id={filterId} value={type} onChange={(e) => setType(e.target.value as RaidType | "")}>
        <option value="">All types</option>
        {TYPES.map((t) => (
          <option key={t} value={t}>
            {RAID_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <SectionState load={load} what="the RAID log">
        {({ items, truncated }) => {
          const shown = type ? items.filter((item) => item.type === type) : items;
          return shown.length === 0 ? (
            <p>No RAID entry{type ? ` of this type` : ""} yet.</p>
          ) : (
            <>
              <table>
                <ColumnHeads names={["Entry", "Type", "Status", "Owner", "Due", "Exposure", canWrite && "Actions"]} />
                <tbody>
                  {shown.map((item) => (
                    <RaidRow key={`${item.id}-${item.version}`} item={item} canWrite={canWrite} onChanged={onChanged} />
                  ))}
                </tbody>
              </table>
              <Truncated truncated={truncated} />
            </>
          );
        }}
      </SectionState>
      {canWrite && <RaidForm engagementId={engagementId} onChanged={onChanged} />}
    </section>
  );
}

function RaidRow({ item, canWrite, onChanged }: { item: RaidItem; canWrite: boolean; onChanged: () => void }) {
  const history = item.history ?? [];
  return (
    <tr>
      <th scope="row">
        {item.title}
        {item.convertedFrom === "risk" && <span className="badge health-unknown">converted from risk</span>}
        {item.overdue && <span className="badge health-red">overdue</span>}
        {item.description && <p className="note">{item.description}</p>}
        {item.category && <p className="note">Category: {item.category}</p>}
        {history.length > 0 && (
          <details>
            <summary>History ({history.length})</summary>
            <ul className="history">
              {history.map((entry, index) => (
                <li key={index}>
                  {entry.at?.slice(0, 10)} {entry.by}: {entry.what}
                </li>
              ))}
            </ul>
          </details>
        )}
      </th>
      <td>{item.type ? RAID_TYPE_LABELS[item.type] : "—"}</td>
      <td>{item.status ? RAID_STATUS_LABELS[item.status] : "—"}</td>
      <td>{item.owner}</td>
      <td>{item.dueDate ?? "—"}</td>
      <td>{item.exposure ? `${item.exposure} (P${item.probability} × I${item.impact})` : "—"}</td>
      {canWrite && (
        <td>
          <RaidItemActions item={item} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}
