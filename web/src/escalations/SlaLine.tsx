import { SlaStateBadge } from "./EscalationBadges";
import { formatPercent, TARGET_LABELS, timeLeftWords, type SlaReading } from "./sla";

/** One SLA target in a line: "Acknowledge: Warning (75 %) · 80.0 % used · 12 min left". */
export function SlaLine({ reading }: { reading: SlaReading }) {
  return (
    <span className="sla-line">
      {TARGET_LABELS[reading.target]}: <SlaStateBadge reading={reading} /> · {formatPercent(reading.percentUsed)} used ·{" "}
      {timeLeftWords(reading)}
    </span>
  );
}
