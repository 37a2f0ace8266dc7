import type { Series } from "../charts/LineChart";
import type { Financials } from "./engagementTypes";

// The S-curve is drawn from the API's own figures: portfolio-service has no series endpoint, but its financials
// answer "as of" any date with every figure as of that date, so the page asks at a handful of dates.

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_POINTS = 12;

function toDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Up to MAX_POINTS dates spread evenly from start to end, plus today when it falls inside, sorted and distinct.
 * Empty when the dates are missing or the end is before the start.
 */
export function sCurveDates(startDate: string | undefined, endDate: string | undefined, today: string): string[] {
  if (!startDate || !endDate) return [];
  const start = toDay(startDate);
  const end = toDay(endDate);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const steps = Math.min(MAX_POINTS - 1, end - start);
  const days = new Set<number>();
  for (let i = 0; i <= steps; i++) {
    days.add(steps === 0 ? start : Math.round(start + ((end - start) * i) / steps));
  }
  const now = toDay(today);
  if (now > start && now < end) days.add(now);
  return [...days].sort((a, b) => a - b).map(toIso);
}

/** A money amount as a number, for plotting only: figures shown as text keep the API's string (format/money.ts). */
function plotted(amount: string | undefined): number | null {
  if (amount === undefined) return null;
  const value = Number(amount);
  return Number.isFinite(value) ? value : null;
}

export interface SCurve {
  labels: string[];
  series: Series[];
  currency?: string;
}

/**
 * PV over the whole plan; EV and AC only up to today, since a later date has nothing earned or spent yet and the
 * API would repeat today's figures there.
 */
export function sCurve(points: readonly Financials[], today: string): SCurve {
  const past = (f: Financials) => (f.asOf ?? "") <= today;
  return {
    labels: points.map((f) => f.asOf ?? ""),
    currency: points[0]?.bac?.currency,
    series: [
      { label: "Planned value (PV)", values: points.map((f) => plotted(f.pv?.amount)), color: "#1d4f91", dashed: true },
      { label: "Earned value (EV)", values: points.map((f) => (past(f) ? plotted(f.ev?.amount) : null)), color: "#1d5e2e" },
      { label: "Actual cost (AC)", values: points.map((f) => (past(f) ? plotted(f.ac?.amount) : null)), color: "#8a1c14" },
    ],
  };
}

/** CPI and SPI to two decimals; "—" while undefined (nothing spent, nothing planned yet). */
export function formatIndex(index: number | null | undefined): string {
  return index === null || index === undefined ? "—" : index.toFixed(2);
}
