import { useState } from "react";
import { useAction } from "../api/useAction";
import { localToday } from "../format/dates";
import { ProblemBanner } from "../layout/ProblemBanner";
import { describeOrigin, describeSize, type KeptPack } from "./statusPacks";

interface Props {
  packs: readonly KeptPack[];
  truncated?: boolean;
  /** Renders the pack as of a date and saves it (nothing is kept). */
  onDownloadCurrent: (asOf: string) => Promise<unknown>;
  onDownloadKept: (pack: KeptPack) => Promise<unknown>;
  /** Present for writers: renders the pack as of a date and keeps it. */
  onKeep?: (asOf: string) => Promise<unknown>;
  today?: string;
}

/** The status pack of an account: download it as of a date, keep one, and the packs kept so far, newest first. */
export function StatusPacksBody({ packs, truncated, onDownloadCurrent, onDownloadKept, onKeep, today = localToday() }: Props) {
  const [asOf, setAsOf] = useState(today);
  const action = useAction();
  return (
    <>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="status-pack-as-of">As of</label>
        <input id="status-pack-as-of" type="date" value={asOf} max={today} required onChange={(e) => setAsOf(e.target.value)} />
        <button type="button" disabled={action.busy || !asOf} onClick={() => void action.run(() => onDownloadCurrent(asOf))}>
          Download the status pack (PDF)
        </button>
        {onKeep && (
          <button type="button" disabled={action.busy || !asOf} onClick={() => void action.run(() => onKeep(asOf))}>
            Keep a status pack
          </button>
        )}
      </form>
      {action.busy && <p role="status">Preparing the pack…</p>}
      {action.problem && <ProblemBanner problem={action.problem} />}
      {packs.length === 0 ? (
        <p>No pack kept yet.</p>
      ) : (
        <table>
          <caption>Kept packs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">As of</th>
              <th scope="col">Why</th>
              <th scope="col">Scope</th>
              <th scope="col">Size</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.id}>
                <th scope="row">{pack.asOf}</th>
                <td>{describeOrigin(pack)}</td>
                <td>{pack.engagementId ? "Engagement" : "Account"}</td>
                <td>{describeSize(pack.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Download the pack as of ${pack.asOf}`}
                    disabled={action.busy}
                    onClick={() => void action.run(() => onDownloadKept(pack))}
                  >
                    Download
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {truncated && <p className="note">Only the latest packs are listed.</p>}
    </>
  );
}
