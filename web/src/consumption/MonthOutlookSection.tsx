import { formatMoney } from "../format/money";
import { monthKey } from "./burnDown";
import type { MonthOutlook } from "./types";
import { isZero, unsigned } from "./words";

/** This month: cost so far, the month-end forecast at the 7-day run-rate, and the goal it is measured against. */
export function MonthOutlookSection({ month }: { month: MonthOutlook | undefined }) {
  return (
    <section aria-labelledby="consumption-month-title" className="card">
      <h2 id="consumption-month-title">This month{month?.month ? ` (${monthKey(month.month)})` : ""}</h2>
      {!month ? (
        <p>No figures for this month.</p>
      ) : (
        <dl className="figures">
          <dt>Month to date</dt>
          <dd>{formatMoney(month.monthToDate)}</dd>
          <dt>Forecast for the month</dt>
          <dd>{formatMoney(month.forecast)}</dd>
          <dt>Goal</dt>
          <dd>{month.goal ? formatMoney(month.goal) : "No goal set"}</dd>
          <dt>Against the goal</dt>
          <dd>{goalGap(month)}</dd>
          <dt>Run-rate, 7 days</dt>
          <dd>{formatMoney(month.runRate7)} a day</dd>
          <dt>Run-rate, 30 days</dt>
          <dd>{formatMoney(month.runRate30)} a day</dd>
        </dl>
      )}
    </section>
  );
}

/** The API's gap is goal − forecast: positive falls short, negative is ahead. Said in words, not by its sign. */
function goalGap(month: MonthOutlook): string {
  const gap = month.gapToGoal;
  if (!month.goal || !gap) return "—";
  if (isZero(gap)) return "Forecast meets the goal exactly";
  return gap.amount.startsWith("-")
    ? `Forecast ahead of the goal by ${formatMoney(unsigned(gap))}`
    : `Forecast short of the goal by ${formatMoney(gap)}`;
}
