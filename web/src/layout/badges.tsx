import { HEALTH_LABELS, type HealthKey } from "../portfolio/grouping";

/** RAG as a word and a colour: the word carries the meaning, so it reads without colour too. */
export function HealthBadge({ health }: { health: HealthKey | undefined }) {
  const key = health ?? "unknown";
  return <span className={`badge health-${key}`}>{HEALTH_LABELS[key]}</span>;
}
