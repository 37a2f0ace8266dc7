import type { Money } from "../api/types";
import type { Anomaly, RiskState } from "./types";

// The API's codes as words for the screen; badges carry the word, so their colour is never the only signal.

export const RISK_LABELS: Record<RiskState, string> = {
  "on-track": "On track",
  "at-risk": "At risk",
  "insufficient-data": "Not enough usage history yet",
};

export const RISK_BADGE_CLASS: Record<RiskState, string> = {
  "on-track": "health-green",
  "at-risk": "health-red",
  "insufficient-data": "health-unknown",
};

export const RISK_REASON_LABELS: Record<string, string> = {
  "projected-shortfall": "the projection falls short of the commitment",
  "no-recent-usage": "no usage has arrived for several days",
};

export function directionLabel(direction: Anomaly["direction"]): string {
  switch (direction) {
    case "spike":
      return "Spike";
    case "drop":
      return "Drop";
    case "stoppage":
      return "Stoppage (no usage)";
    default:
      return direction ?? "—";
  }
}

export const FORMAT_LABELS: Record<string, string> = {
  focus: "FOCUS",
  "azure-cost-details": "Azure cost details",
  native: "Platform columns",
};

/** True for "0", "0.00", "-0.00": the amount is read as text, never as a number. */
export function isZero(money: Money | undefined): boolean {
  return money !== undefined && /^-?0*(\.0*)?$/.test(money.amount);
}

/** The amount without its sign, for sentences that say the direction in words ("ahead of the goal by …"). */
export function unsigned(money: Money): Money {
  return { ...money, amount: money.amount.replace(/^-/, "") };
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
