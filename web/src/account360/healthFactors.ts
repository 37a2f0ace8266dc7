import type { components } from "@api/schema";
import type { RelationshipHealth } from "../api/types";

export type HealthHistoryEntry = components["schemas"]["relationship.HealthHistoryResponse"];
type Factor = NonNullable<RelationshipHealth["factors"]>[number];

/** The factors of relationship-service's health formula, in words (README, "Relationship health"). */
const FACTOR_LABELS: Record<string, string> = {
  "key-role-coverage": "Key-role coverage",
  "executive-contact-recency": "Executive contact recency",
  "executive-contact-frequency": "Executive contact frequency",
  "stance-mix": "Stance mix",
  "open-escalations": "Open escalations",
  "overdue-invoices": "Overdue invoices",
  "consumption-commitments": "Consumption commitments",
};

export interface FactorRow {
  name: string;
  label: string;
  detail: string;
  weight: number;
  /** The factor's value 0–1 as a percentage, "75 %" */
  value: string;
  /** Points it contributes, of the points it could contribute */
  points: string;
  maxPoints: string;
  /** Points it costs the score: what to work on first */
  shortfall: number;
  shortfallText: string;
}

const POINTS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function factorLabel(name: string): string {
  return FACTOR_LABELS[name] ?? name.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * The explanation of a score: each present factor with its value, weight and points, the factor that costs the score
 * most first (then the heavier weight, then the name). A factor can give at most weight / total weight × 100 points
 * (absent factors drop out and the weights renormalise), so its shortfall is that maximum less its contribution.
 */
export function factorRows(health: RelationshipHealth): FactorRow[] {
  const factors = health.factors ?? [];
  const totalWeight = health.totalWeight || factors.reduce((sum, f) => sum + (f.weight ?? 0), 0);
  return factors
    .map((factor: Factor) => {
      const weight = factor.weight ?? 0;
      const contribution = factor.contribution ?? 0;
      const max = totalWeight > 0 ? (weight / totalWeight) * 100 : 0;
      const shortfall = Math.max(0, max - contribution);
      return {
        name: factor.name ?? "",
        label: factorLabel(factor.name ?? ""),
        detail: factor.detail ?? "",
        weight,
        value: factor.value === undefined ? "—" : `${PERCENT.format(factor.value * 100)} %`,
        points: POINTS.format(contribution),
        maxPoints: POINTS.format(max),
        shortfall,
        shortfallText: POINTS.format(shortfall),
      };
    })
    .sort((a, b) => b.shortfall - a.shortfall || b.weight - a.weight || a.name.localeCompare(b.name));
}

export interface TrendData {
  labels: string[];
  scores: (number | null)[];
}

/**
 * The score over time for the chart, oldest first as the history answers. Labels are the UTC minute of each change;
 * two changes in one minute get a counter so every label (and row of the chart's table) stays distinct.
 */
export function healthTrend(history: readonly HealthHistoryEntry[]): TrendData {
  const seen = new Map<string, number>();
  const labels = history.map((entry) => {
    const base = entry.computedAt ? String(entry.computedAt).slice(0, 16).replace("T", " ") : "unknown time";
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
  return { labels, scores: history.map((entry) => entry.score ?? null) };
}
