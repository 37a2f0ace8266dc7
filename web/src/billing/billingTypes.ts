// Names for the billing schemas this page reads, from the merged OpenAPI document (a dropped field stops the build).
import type { components } from "@api/schema";

type Schemas = components["schemas"];

export type Contract = Schemas["billing.ContractResponse"];
export type ContractStatus = Schemas["billing.ContractStatus"];
export type ContractTarget = Schemas["billing.ContractTransitionTarget"];
export type ApprovalRole = Schemas["billing.ApprovalRole"];
export type ComplianceItemType = Schemas["billing.ComplianceItemType"];
export type Invoice = Schemas["billing.InvoiceResponse"];
export type InvoiceStatus = Schemas["billing.InvoiceStatus"];
export type InvoiceTarget = Schemas["billing.InvoiceTransitionTarget"];
export type Revenue = Schemas["billing.RevenueResponse"];
export type Profitability = Schemas["billing.ProfitabilityResponse"];
