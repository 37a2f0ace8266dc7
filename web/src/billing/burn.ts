// Budget burn in words, at the thresholds billing-service alerts on (80 % and 100 % of the budget), so the figure
// does not rely on its colour.

export type BurnLevel = "within" | "warning" | "over" | "unknown";

export function burnLevel(percent: number | null | undefined): BurnLevel {
  if (percent === null || percent === undefined) return "unknown";
  if (percent >= 100) return "over";
  if (percent >= 80) return "warning";
  return "within";
}

export const BURN_LABELS: Record<BurnLevel, string> = {
  within: "within budget",
  warning: "past the 80 % alert",
  over: "over budget",
  unknown: "no comparable cost",
};

/** The bar's width: the burn capped at 100 % (the words and the figure say how far past it is). */
export function burnBarWidth(percent: number | null | undefined): number {
  return Math.max(0, Math.min(100, percent ?? 0));
}
