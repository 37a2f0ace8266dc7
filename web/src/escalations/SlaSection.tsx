import type { ReactNode } from "react";
import { SlaStateBadge } from "./EscalationBadges";
import type { Sla } from "./escalationApi";
import { formatPercent, readTarget, TARGET_LABELS, timeLeftWords } from "./sla";
import { formatWhen } from "./when";

/** Both SLA targets measured now, the current pause, and (for writers) the pause/resume form as children. */
export function SlaSection({ sla, now, children }: { sla: Sla; now: Date; children?: ReactNode }) {
  const targets = [sla.acknowledge, sla.resolve].flatMap((target) => (target ? [target] : []));
  return (
    <section className="section card" aria-labelledby="sla-title">
      <h2 id="sla-title">SLA</h2>
      <table>
        <caption>SLA targets ({sla.severity ?? "—"} policy)</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">State</th>
            <th scope="col">Used</th>
            <th scope="col">Time left</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const reading = readTarget(target, sla.evaluatedAt, now);
            return (
              <tr key={reading.target}>
                <th scope="row">
                  {TARGET_LABELS[reading.target]} ({formatMinutes(target.targetMinutes ?? 0)})
                </th>
                <td>
                  <SlaStateBadge reading={reading} />
                </td>
                <td>{formatPercent(reading.percentUsed)}</td>
                <td>{timeLeftWords(reading)}</td>
                <td>{reading.timer === "stopped" ? `stopped ${formatWhen(target.stoppedAt)}` : formatWhen(target.dueAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {sla.paused ? `Timers paused since ${formatWhen(sla.pausedSince)}: ${sla.pauseReason ?? "no reason given"}.` : "Timers are not paused."}
      </p>
      {children}
    </section>
  );
}

function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
