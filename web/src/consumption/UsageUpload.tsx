import { useRef, useState, type FormEvent } from "react";
import { toProblemMessage } from "../api/client";
import type { ProblemMessage } from "../api/problems";
import { useSession } from "../auth/AuthProvider";
import { ProblemBanner } from "../layout/ProblemBanner";
import { MAX_UPLOAD_BYTES, uploadCostExport } from "./consumptionApi";
import { IngestionReport } from "./IngestionReport";
import type { IngestionSummary } from "./types";
import { formatBytes } from "./words";

type Upload =
  | { phase: "idle"; note?: string }
  | { phase: "sending"; sent: number; total: number }
  | { phase: "done"; summary: IngestionSummary }
  | { phase: "failed"; problem: ProblemMessage };

/** Uploads a cost export with a progress bar, then shows what was stored and the rejected lines. Writers only. */
export function UsageUpload({ onUploaded }: { onUploaded: () => void }) {
  const { api } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload>({ phase: "idle" });
  const cancel = useRef<AbortController | null>(null);
  const sending = upload.phase === "sending";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      // Refused before sending: the gateway would answer 413 only after the browser had started the upload.
      setUpload({ phase: "failed", problem: tooLarge(file) });
      return;
    }
    cancel.current = new AbortController();
    setUpload({ phase: "sending", sent: 0, total: file.size });
    try {
      const summary = await uploadCostExport(api, file, ({ sent, total }) => setUpload({ phase: "sending", sent, total }), cancel.current.signal);
      setUpload({ phase: "done", summary });
      onUploaded();
    } catch (failure) {
      const cancelled = failure instanceof DOMException && failure.name === "AbortError";
      setUpload(cancelled ? { phase: "idle", note: "Upload cancelled: nothing was stored." } : { phase: "failed", problem: toProblemMessage(failure) });
    }
  };

  return (
    <section aria-labelledby="consumption-upload-title">
      <h2 id="consumption-upload-title">Upload a cost export</h2>
      <p>
        A CSV cost export (FOCUS, Azure cost details, or the platform's own columns), UTF-8, at most {formatBytes(MAX_UPLOAD_BYTES)}.
        Each row is stored for the customer that holds its subscription, whichever customer is shown above.
      </p>
      <form aria-labelledby="consumption-upload-title" onSubmit={(event) => void submit(event)} className="filters">
        <label>
          Cost export (CSV)
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={sending}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" disabled={!file || sending}>
          Upload
        </button>
        {sending && (
          <button type="button" onClick={() => cancel.current?.abort()}>
            Cancel upload
          </button>
        )}
      </form>
      {sending && <UploadProgress sent={upload.sent} total={upload.total} />}
      {upload.phase === "idle" && upload.note && <p role="status">{upload.note}</p>}
      {upload.phase === "failed" && <ProblemBanner problem={upload.problem} />}
      {upload.phase === "done" && <IngestionReport summary={upload.summary} />}
    </section>
  );
}

function UploadProgress({ sent, total }: { sent: number; total: number }) {
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  const stored = total > 0 && sent >= total;
  return (
    <div className="upload-progress">
      <label htmlFor="consumption-upload-progress">Upload progress</label>
      <progress id="consumption-upload-progress" max={total || 1} value={sent}>
        {percent} %
      </progress>
      <span>
        {percent} % sent ({formatBytes(sent)} of {formatBytes(total)})
      </span>
      {/* The whole file is sent before the service answers: it stores the rows and checks them in one transaction. */}
      <p role="status">{stored ? "Sent. The service is storing and checking the rows…" : "Uploading…"}</p>
    </div>
  );
}

function tooLarge(file: File): ProblemMessage {
  return {
    kind: "validation",
    message: `${file.name} is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_UPLOAD_BYTES)} an upload may be. Export a shorter date range and upload each part.`,
    fieldErrors: {},
    offerReload: false,
  };
}
