import type { ProblemMessage } from "../api/problems";

/** The API's messages for one request field, shown next to its input. */
export function FieldErrors({ problem, field }: { problem: ProblemMessage | null; field: string }) {
  const messages = problem?.fieldErrors[field];
  if (!messages?.length) return null;
  return (
    <span className="field-error" role="alert">
      {messages.join("; ")}
    </span>
  );
}
