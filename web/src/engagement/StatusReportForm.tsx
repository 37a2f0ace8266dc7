import { useId, useState, type FormEvent } from "react";
import type { Health } from "../api/types";
import { useAction } from "../api/useAction";
import { useSession } from "../auth/AuthProvider";
import { FieldErrors } from "../layout/FieldErrors";
import { ProblemBanner } from "../layout/ProblemBanner";
import { HEALTHS, HEALTH_LABELS } from "../portfolio/grouping";
import { statusReportRequest, type StatusReportDraft } from "./drafts";
import { createStatusReport } from "./engagementApi";

const EMPTY: StatusReportDraft = { summary: "", override: false, rag: "amber", reason: "" };

/**
 * Freezes today's snapshot. The computed RAG may be overridden only with a reason; the API records who and when,
 * and keeps the computed value beside it.
 */
export function StatusReportForm({ engagementId, onChanged }: { engagementId: string; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, problem, run } = useAction();
  const [draft, setDraft] = useState<StatusReportDraft>(EMPTY);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => createStatusReport(api, engagementId, statusReportRequest(draft)))) {
      setDraft(EMPTY);
      onChanged();
    }
  }

  return (
    <form className="entry-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Write a status report</h3>
      <label htmlFor={`${id}-summary`}>Summary</label>
      <textarea
        id={`${id}-summary`}
        value={draft.summary}
        maxLength={4000}
        onChange={(e) => setDraft((d) => ({ ...d, summary: e.target.value }))}
      />
      <FieldErrors problem={problem} field="summary" />
      <div className="checkbox">
        <input
          id={`${id}-override`}
          type="checkbox"
          checked={draft.override}
          onChange={(e) => setDraft((d) => ({ ...d, override: e.target.checked }))}
        />
        <label htmlFor={`${id}-override`}>Override the computed overall RAG</label>
      </div>
      {draft.override && (
        <fieldset>
          <legend>Override (recorded with your name and the time)</legend>
          <label htmlFor={`${id}-rag`}>Overall RAG</label>
          <select id={`${id}-rag`} value={draft.rag} onChange={(e) => setDraft((d) => ({ ...d, rag: e.target.value as Health }))}>
            {HEALTHS.map((health) => (
              <option key={health} value={health}>
                {HEALTH_LABELS[health]}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} field="override.rag" />
          <label htmlFor={`${id}-reason`}>Reason for the override</label>
          <textarea
            id={`${id}-reason`}
            value={draft.reason}
            required
            maxLength={2000}
            onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
          />
          <FieldErrors problem={problem} field="override.reason" />
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create status report"}
      </button>
      {problem && <ProblemBanner problem={problem} />}
    </form>
  );
}
