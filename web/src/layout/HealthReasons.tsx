/** Why a RAG is what it is, one line per reason; nothing when there is none (green needs no explanation here). */
export function HealthReasons({ reasons, label = "Health reasons" }: { reasons: readonly string[] | undefined; label?: string }) {
  if (!reasons?.length) return null;
  return (
    <ul className="reasons" aria-label={label}>
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
