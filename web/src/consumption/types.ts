// Names for the consumption schemas this page reads, from the merged OpenAPI document (a field the API drops stops
// the build). Kept here rather than in api/types.ts: only this page uses them.
import type { components } from "@api/schema";

type Schemas = components["schemas"];

export type ConsumptionSummary = Schemas["consumption.ConsumptionSummary"];
export type CommitmentSummary = Schemas["consumption.CommitmentSummary"];
export type CommitmentOutlook = Schemas["consumption.CommitmentOutlook"];
export type MonthOutlook = Schemas["consumption.MonthOutlook"];
export type SeriesItem = Schemas["consumption.SeriesItem"];
export type Anomaly = Schemas["consumption.AnomalyResponse"];
export type Blocker = Schemas["consumption.BlockerResponse"];
export type IngestionSummary = Schemas["consumption.IngestionSummary"];
export type RiskState = Schemas["consumption.RiskState"];
