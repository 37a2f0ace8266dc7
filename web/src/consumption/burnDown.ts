import { addDays, daysBetween, lastOfMonth, monthsFromTo } from "./dates";
import type { CommitmentOutlook } from "./types";

export interface BurnDownChart {
  /** Every month of the term, "2026-05" */
  labels: string[];
  /** Cumulative cost through each month up to today; null after */
  actual: (number | null)[];
  /** The committed amount, the line the cumulative cost must reach by the end of the term */
  commitment: number[];
  /** From today's cumulative cost to the projected end-of-term figure; null before today's month */
  projection: (number | null)[];
}

/** The month of a burn-down point: the API writes a calendar month as "2026-05" (schema YearMonth, a string). */
export function monthKey(month: string | undefined): string {
  return month ?? "";
}

/**
 * Actual cumulative cost against the commitment, and the service's projection drawn from today's figure to the
 * projected end-of-term figure. The service projects at its 30-day run-rate, a constant daily rate, so between the
 * two ends the projection grows in proportion to the days: each month's point is the figure at its last day.
 */
export function burnDownChart(outlook: CommitmentOutlook, asOf: string): BurnDownChart {
  const start = outlook.startDate ?? asOf;
  const end = outlook.endDate ?? asOf;
  const labels = monthsFromTo(start, end);
  const committed = Number(outlook.commitment?.amount ?? 0);
  const cumulative = new Map((outlook.burnDown ?? []).map((point) => [monthKey(point.month), Number(point.cumulative?.amount ?? 0)]));

  const consumed = Number(outlook.consumed?.amount ?? 0);
  const projected = Number(outlook.projected?.amount ?? consumed);
  // The projection starts from today's figure, or from nothing on the day before a term that has not begun.
  const origin = asOf < start ? addDays(start, -1) : asOf;
  const daysAhead = daysBetween(origin, end);
  const projection = labels.map((month) => {
    if (daysAhead <= 0) return null;
    const monthEnd = lastOfMonth(month) < end ? lastOfMonth(month) : end;
    const elapsed = daysBetween(origin, monthEnd);
    if (elapsed < 0) return null;
    // The month holding the origin starts the dashed line at the actual figure so the two lines meet.
    const fromOrigin = month === origin.slice(0, 7) ? 0 : elapsed;
    return round(consumed + ((projected - consumed) * fromOrigin) / daysAhead);
  });

  return {
    labels,
    actual: actualCumulative(labels, cumulative, asOf),
    commitment: labels.map(() => committed),
    projection,
  };
}

/** Cumulative cost per month up to today's; a month the burn-down leaves out costs nothing, so it carries the last figure. */
function actualCumulative(labels: string[], cumulative: Map<string, number>, asOf: string): (number | null)[] {
  let last = 0;
  return labels.map((month) => {
    if (month > asOf.slice(0, 7)) return null;
    last = cumulative.get(month) ?? last;
    return round(last);
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
