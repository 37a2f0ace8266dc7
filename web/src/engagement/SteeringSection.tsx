import { useSession } from "../auth/AuthProvider";
import { loadSteeringMeetings } from "./engagementApi";
import type { RaidItem, SteeringMeeting } from "./engagementTypes";
import { RAID_STATUS_LABELS } from "./rules";
import { ColumnHeads } from "./ColumnHeads";
import { SectionState, Truncated } from "./SectionState";
import { SteeringMeetingForm } from "./SteeringMeetingForm";
import { useKeptLoad } from "./useKeptLoad";

interface Props {
  engagementId: string;
  /** The engagement's RAID entries: decisions name them, and a writer picks them. */
  raidItems: RaidItem[];
  revision: number;
  canWrite: boolean;
  onChanged: () => void;
}

/** Steering committee meetings, latest first, with what each decided (and did to RAID entries) and its actions. */
export function SteeringSection({ engagementId, raidItems, revision, canWrite, onChanged }: Props) {
  const { api } = useSession();
  const load = useKeptLoad(() => loadSteeringMeetings(api, engagementId), engagementId, revision);
  const titles = new Map(raidItems.map((item) => [item.id ?? "", item.title ?? ""]));
  return (
    <section aria-labelledby="steering-title" className="card">
      <h2 id="steering-title">Steering meetings</h2>
      <SectionState load={load} what="the steering meetings">
        {({ items, truncated }) =>
          items.length === 0 ? (
            <p>No steering meeting recorded yet.</p>
          ) : (
            <>
              {[...items].reverse().map((meeting) => (
                <MeetingView key={meeting.id} meeting={meeting} titles={titles} />
              ))}
              <Truncated truncated={truncated} />
            </>
          )
        }
      </SectionState>
      {canWrite && <SteeringMeetingForm engagementId={engagementId} raidItems={raidItems} onChanged={onChanged} />}
    </section>
  );
}

function MeetingView({ meeting, titles }: { meeting: SteeringMeeting; titles: Map<string, string> }) {
  const decisions = meeting.decisions ?? [];
  const actions = meeting.actions ?? [];
  const headingId = `meeting-${meeting.id}`;
  return (
    <article className="report" aria-labelledby={headingId}>
      <h3 id={headingId}>Steering meeting of {meeting.date}</h3>
      <p>Attendees: {(meeting.attendees ?? []).join(", ")}</p>
      {(meeting.agenda ?? []).length > 0 && (
        <>
          <h4>Agenda</h4>
          <ul>
            {meeting.agenda?.map((item, index) => <li key={index}>{item}</li>)}
          </ul>
        </>
      )}
      <h4>Decisions</h4>
      {decisions.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {decisions.map((decision, index) => (
            <li key={index}>
              {decision.text}
              {decision.effect && (decision.raidItemIds ?? []).length > 0 && (
                <span className="note">
                  {" "}
                  ({decision.effect === "close" ? "closed" : "updated"}:{" "}
                  {decision.raidItemIds?.map((id) => titles.get(id) || id).join(", ")}
                  {decision.status && `; status ${RAID_STATUS_LABELS[decision.status]}`}
                  {decision.dueDate && `; due ${decision.dueDate}`})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>Actions</h4>
      {actions.length === 0 ? (
        <p>None.</p>
      ) : (
        <table>
          <ColumnHeads names={["Action", "Owner", "Due"]} />
          <tbody>
            {actions.map((action, index) => (
              <tr key={action.raidItemId ?? index}>
                <th scope="row">{action.title}</th>
                <td>{action.owner}</td>
                <td>{action.dueDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
