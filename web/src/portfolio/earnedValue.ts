import type { components } from "@api/schema";
import type { HealthKey } from "./grouping";
import { formatMoney } from "../format/money";

export type Financials = components["schemas"]["portfolio.FinancialsResponse"];

/** Financials are read per engagement (the list carries none): this many rows at first, as many more per request. */
export const EV_BATCH = 10;
/** Calls in flight at once, so a batch does not trip the gateway's rate limit. */
export const EV_CONCURRENCY = 3;

export interface IndexFigure {
  /** The index as the API wrote it (up to 4 decimals), or a dash with why it is undefined */
  text: string;
  /** The band portfolio-service's RAG rules give it: red below 0.90, amber below 0.95 */
  rag: HealthKey;
}

export interface EarnedValueFigures {
  pv: string;
  ev: string;
  ac: string;
  cpi: IndexFigure;
  spi: IndexFigure;
}

const INDEX_FORMAT = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** The RAG rules' thresholds for CPI and SPI (portfolio-service README, "RAG rules"). */
export function indexRag(value: number): HealthKey {
  if (value < 0.9) return "red";
  if (value < 0.95) return "amber";
  return "green";
}

/**
 * An index shown with all the digits the API sent: rounding 0.8999 to "0.90" would print a red index with an amber
 * number. Undefined indexes (nothing spent, nothing planned) say so instead of showing 0.
 */
export function formatIndex(value: number | null | undefined, undefinedBecause: string): IndexFigure {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { text: `— (${undefinedBecause})`, rag: "unknown" };
  }
  return { text: INDEX_FORMAT.format(value), rag: indexRag(value) };
}

/** The five figures the portfolio shows per engagement; money from its decimal strings. */
export function earnedValueFigures(financials: Financials): EarnedValueFigures {
  return {
    pv: formatMoney(financials.pv),
    ev: formatMoney(financials.ev),
    ac: formatMoney(financials.ac),
    cpi: formatIndex(financials.cpi, "nothing spent yet"),
    spi: formatIndex(financials.spi, "nothing planned yet"),
  };
}
