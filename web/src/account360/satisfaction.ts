import type { components } from "@api/schema";

// Pure view rules of Account 360's Customer satisfaction section.

type Schemas = components["schemas"];
export type SatisfactionTrend = Schemas["relationship.SatisfactionTrendResponse"];
export type SatisfactionSummary = Schemas["relationship.Summary"];
export type FollowUp = Schemas["relationship.FollowUpResponse"];

/** Chart series per month; a month without answers is a gap (null), not a zero. */
export function satisfactionSeries(trend: SatisfactionTrend): { labels: string[]; csat: (number | null)[]; nps: (number | null)[] } {
  const months = trend.months ?? [];
  const answered = (m: (typeof months)[number]) => (m.satisfaction?.responses ?? 0) > 0;
  return {
    labels: months.map((m) => m.month ?? "—"),
    csat: months.map((m) => (answered(m) ? (m.satisfaction?.averageCsat ?? null) : null)),
    nps: months.map((m) => (answered(m) ? (m.satisfaction?.nps ?? null) : null)),
  };
}

/** The overall figures in a sentence, e.g. "3 responses: average CSAT 3.67 of 5, NPS 33 (2 promoters, …)". */
export function describeSummary(summary: SatisfactionSummary | undefined): string {
  const responses = summary?.responses ?? 0;
  if (!summary || responses === 0) return "No survey answer in this period.";
  const csat = summary.averageCsat != null ? summary.averageCsat.toFixed(2) : "—";
  const nps = summary.nps != null ? Math.round(summary.nps).toString() : "—";
  return (
    `${responses} ${responses === 1 ? "response" : "responses"}: average CSAT ${csat} of 5, NPS ${nps} ` +
    `(${summary.promoters ?? 0} promoters, ${summary.passives ?? 0} passives, ${summary.detractors ?? 0} detractors).`
  );
}

/** A follow-up still open past its due date (ISO dates compare as strings). */
export function isOverdue(followUp: Pick<FollowUp, "dueDate" | "status">, today: string): boolean {
  const open = followUp.status === "open" || followUp.status === "in-progress";
  return open && !!followUp.dueDate && followUp.dueDate < today;
}
