import type { Schemas } from "../api/types";
import { formatMoney } from "../format/money";

export type Forecast = Schemas["billing.RevenueForecastResponse"];
type Series = NonNullable<Forecast["series"]>[number];

export interface ForecastRow {
  month: string;
  /** "actual" before the current month (recognised only), "forecast" from it on */
  kind: "actual" | "forecast";
  recognised: string;
  milestones: string;
  fixedFee: string;
  timeAndMaterials: string;
  weightedPipeline: string;
  total: string;
}

export interface ForecastTableData {
  currency: string;
  backlog: string;
  undatedMilestones: string | null;
  rows: ForecastRow[];
}

const isZero = (amount: string | undefined) => !amount || !/[1-9]/.test(amount);

/** A part of a month: "—" when nothing, so the parts that carry the month stand out. */
function part(money: { amount: string; currency: string } | undefined | null): string {
  return money && !isZero(money.amount) ? formatMoney(money) : "—";
}

/**
 * One table per currency (never added across currencies), each month with its parts apart as billing-service
 * computed them; the total is the service's sum of the parts, not added again here.
 */
export function forecastTables(forecast: Forecast): ForecastTableData[] {
  const current = forecast.currentMonth ?? "";
  return (forecast.series ?? []).map((series: Series) => ({
    currency: series.currency ?? "?",
    backlog: formatMoney(series.backlog),
    undatedMilestones: series.undatedMilestones && !isZero(series.undatedMilestones.amount) ? formatMoney(series.undatedMilestones) : null,
    rows: (series.months ?? []).map((m) => ({
      month: m.month ?? "?",
      kind: (m.month ?? "") < current ? "actual" : "forecast",
      recognised: part(m.recognised),
      milestones: part(m.milestones),
      fixedFee: part(m.fixedFee),
      timeAndMaterials: part(m.timeAndMaterials),
      weightedPipeline: part(m.weightedPipeline),
      total: formatMoney(m.total),
    })),
  }));
}
