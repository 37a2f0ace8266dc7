// Names for the generated schemas this front-end reads. The types come from the merged OpenAPI document
// (contracts/openapi/platform.json → client/src/schema.d.ts), so a field the API drops stops the build.
import type { components } from "@api/schema";

export type Schemas = components["schemas"];

export type Money = Schemas["portfolio.Money"];
export type Engagement = Schemas["portfolio.EngagementResponse"];
export type Stage = Schemas["portfolio.Stage"];
export type Health = Schemas["portfolio.Health"];
export type Customer = Schemas["relationship.CustomerResponse"];
export type RelationshipHealth = Schemas["relationship.HealthResponse"];
export type AccountPlan = Schemas["relationship.AccountPlanResponse"];
export type ConsumptionSummary = Schemas["consumption.ConsumptionSummary"];
export type EscalationPage = Schemas["escalation.PageEscalationResponse"];
export type EngagementPage = Schemas["portfolio.PageEngagementResponse"];
export type ContractPage = Schemas["billing.PageContractResponse"];
export type InvoicePage = Schemas["billing.PageInvoiceResponse"];
export type Pipeline = Schemas["relationship.PipelineResponse"];
export type AccountOverview = Schemas["gateway.AccountOverview"];
export type OverviewSection = Schemas["gateway.Section"];
export type SectionStatus = OverviewSection["status"];

/** An RFC 9457 problem as every service and the gateway answer it; a type may add members (from, to, allowed). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field?: string; message?: string }[];
  [member: string]: unknown;
}
