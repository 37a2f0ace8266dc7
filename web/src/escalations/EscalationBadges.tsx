import type { Severity, Visibility } from "./escalationApi";
import { SEVERITY_LABELS } from "./lifecycle";
import { stateWords, type SlaReading } from "./sla";

// Badges carry their meaning in words; the colour only repeats it.

export function SeverityBadge({ severity }: { severity: Severity | undefined }) {
  if (!severity) return null;
  return <span className={`badge severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

export function SlaStateBadge({ reading }: { reading: SlaReading }) {
  return <span className={`badge sla-${reading.state}`}>{stateWords(reading)}</span>;
}

export function VisibilityBadge({ visibility }: { visibility: Visibility | undefined }) {
  return visibility === "customer" ? (
    <span className="badge visibility-customer">Customer-visible</span>
  ) : (
    <span className="badge visibility-internal">Internal</span>
  );
}
