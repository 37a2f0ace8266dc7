import { addDays, addMonths, firstOfMonth, lastOfMonth, monthOf } from "./dates";
import type { SeriesItem } from "./types";

// The usage series answers one grouping at a time (day, month, service or subscription), never day × service. So a
// chart with one line per service asks "cost by service" once per period (consumptionApi) and these functions put
// the answers together. (An API grouping by period and service would make this one request; see web/README.md.)

export interface Period {
  /** The label on the chart's axis: the day, or the month "2026-11" */
  label: string;
  from: string;
  to: string;
}

export interface PeriodUsage {
  period: Period;
  items: SeriesItem[];
}

export interface ServiceLine {
  service: string;
  values: number[];
}

export interface ServiceSeries {
  labels: string[];
  /** The currency drawn; undefined when there is no usage at all */
  currency?: string;
  /** Currencies present but not drawn (one axis cannot mix currencies) */
  otherCurrencies: string[];
  services: ServiceLine[];
}

/** The `count` days ending on `today`, oldest first, each its own period. */
export function lastDays(today: string, count: number): Period[] {
  return Array.from({ length: count }, (_, index) => {
    const day = addDays(today, index - count + 1);
    return { label: day, from: day, to: day };
  });
}

/** The `count` calendar months ending with today's, oldest first; the current month runs to today. */
export function lastMonths(today: string, count: number): Period[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, index) => {
    const month = addMonths(current, index - count + 1);
    const last = lastOfMonth(month);
    return { label: month, from: firstOfMonth(month), to: last < today ? last : today };
  });
}

/**
 * One line per service across the periods, in the currency with the most cost (others are named, not drawn); a
 * service without cost in a period is 0 there, as the API leaves out keys without usage. Services with the most
 * cost come first. Amounts become numbers only to be plotted; figures shown as text use formatMoney.
 */
export function seriesByService(usage: PeriodUsage[]): ServiceSeries {
  const totals = new Map<string, number>();
  for (const { items } of usage) {
    for (const item of items) {
      const currency = item.cost?.currency ?? "";
      totals.set(currency, (totals.get(currency) ?? 0) + Number(item.cost?.amount ?? 0));
    }
  }
  const currencies = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const currency = currencies[0];
  const labels = usage.map(({ period }) => period.label);
  const byService = new Map<string, number[]>();
  usage.forEach(({ items }, column) => {
    for (const item of items) {
      if (item.cost?.currency !== currency) continue;
      const service = item.key ?? "";
      const values = byService.get(service) ?? new Array<number>(usage.length).fill(0);
      values[column] += Number(item.cost.amount);
      byService.set(service, values);
    }
  });
  const services = [...byService.entries()]
    .map(([service, values]) => ({ service, values: values.map(roundCents), total: sum(values) }))
    .sort((a, b) => b.total - a.total || a.service.localeCompare(b.service))
    .map(({ service, values }) => ({ service, values }));
  return { labels, currency, otherCurrencies: currencies.slice(1), services };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Plotted values rounded to cents, so sums of decimal strings do not show floating-point tails in tooltips. */
function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Line colours, dark enough to stand out on white; the legend and the data table name each line, not the colour. */
const PALETTE = ["#1d4f91", "#b35900", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#5d4037", "#37474f"];

export function lineColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
