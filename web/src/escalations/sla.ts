import type { Sla, SlaTarget } from "./escalationApi";

// The SLA as the screen shows it between two reads: the service measured each target at `evaluatedAt`; while a
// timer runs, the time since then is added here, so the board counts down without asking again.

export type SlaWord = "ok" | "warning" | "breached";

export interface SlaReading {
  target: "acknowledge" | "resolve";
  timer: "running" | "paused" | "stopped";
  /** Seconds until the target breaches; negative once overdue */
  secondsLeft: number;
  /** elapsed / target × 100, one decimal, rounded down (as the service rounds) */
  percentUsed: number;
  state: SlaWord;
  /** 50 or 75 while in warning */
  warningThreshold?: 50 | 75;
  breached: boolean;
}

/** One target measured at `now`, from the service's figures at `evaluatedAt`. */
export function readTarget(target: SlaTarget, evaluatedAt: string | undefined, now: Date): SlaReading {
  const timer = target.timer ?? "running";
  const drift = timer === "running" && evaluatedAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(evaluatedAt)) / 1000)) : 0;
  const targetSeconds = (target.targetMinutes ?? 0) * 60;
  const elapsed = (target.elapsedSeconds ?? 0) + drift;
  const percentUsed = targetSeconds > 0 ? Math.floor((elapsed / targetSeconds) * 1000) / 10 : 100;
  // The service's word stays authoritative once it said breached (a breach is announced once and kept).
  const breached = percentUsed >= 100 || target.state === "breached";
  const warningThreshold = breached ? undefined : percentUsed >= 75 ? 75 : percentUsed >= 50 ? 50 : undefined;
  return {
    target: target.target ?? "resolve",
    timer,
    secondsLeft: targetSeconds - elapsed,
    percentUsed,
    state: breached ? "breached" : warningThreshold ? "warning" : "ok",
    warningThreshold,
    breached,
  };
}

/** The target that matters now: acknowledging until it is done, then resolving. */
export function currentTarget(sla: Sla, now: Date): SlaReading | undefined {
  const target = sla.acknowledge && sla.acknowledge.timer !== "stopped" ? sla.acknowledge : sla.resolve;
  return target ? readTarget(target, sla.evaluatedAt, now) : undefined;
}

/** A span in words at the precision a person acts on: "2 d 3 h", "1 h 5 min", "12 min", "under a minute". */
export function formatSpan(seconds: number): string {
  const total = Math.abs(Math.trunc(seconds));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min`;
  return "under a minute";
}

export const TARGET_LABELS: Record<SlaReading["target"], string> = { acknowledge: "Acknowledge", resolve: "Resolve" };

/** The state in words, so it never depends on colour: "On track", "Warning (75 %)", "Breached". */
export function stateWords(reading: SlaReading): string {
  if (reading.state === "breached") return "Breached";
  if (reading.state === "warning") return `Warning (${reading.warningThreshold} %)`;
  return "On track";
}

/** Time left in words: "1 h 5 min left", "breached 12 min ago", "paused, 20 min left", "met" once stopped in time. */
export function timeLeftWords(reading: SlaReading): string {
  if (reading.timer === "stopped") return reading.breached ? "breached" : "met";
  const left = reading.breached ? `breached ${formatSpan(reading.secondsLeft)} ago` : `${formatSpan(reading.secondsLeft)} left`;
  return reading.timer === "paused" ? `paused, ${left}` : left;
}

/** "80.0 %": one decimal as the service gives it. */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)} %`;
}
