import type { Pipeline } from "../api/types";
import { formatMoney } from "../format/money";

export type { Pipeline };

export interface PipelineRow {
  quarter: string;
  months: string;
  weighted: string;
  open: string;
}

/**
 * One row per quarter, in words: the weighted value per currency (never added across currencies), how many open
 * opportunities close in it, and how many of those still lack a probability (they weigh nothing yet).
 */
export function pipelineRows(pipeline: Pipeline): PipelineRow[] {
  return (pipeline.quarters ?? []).map((q) => {
    const weighted = q.weighted ?? [];
    return {
      quarter: q.quarter ?? "—",
      months: `${q.firstMonth ?? "?"} to ${q.lastMonth ?? "?"}`,
      weighted: weighted.length === 0 ? "nothing" : weighted.map((money) => formatMoney(money)).join(" + "),
      open: describeOpen(q.openOpportunities ?? 0, q.withoutProbability ?? 0),
    };
  });
}

function describeOpen(open: number, withoutProbability: number): string {
  if (open === 0) return "none";
  const count = open === 1 ? "1 opportunity" : `${open} opportunities`;
  return withoutProbability === 0 ? count : `${count}, ${withoutProbability} without a probability`;
}

/** True when no quarter holds an open opportunity: the section then says so in one sentence. */
export function isEmptyPipeline(pipeline: Pipeline): boolean {
  return (pipeline.quarters ?? []).every((q) => !q.openOpportunities);
}
