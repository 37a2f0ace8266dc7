// Names for the portfolio-service schemas this page reads (generated from the merged OpenAPI document).
import type { components } from "@api/schema";

type Schemas = components["schemas"];

export type Milestone = Schemas["portfolio.MilestoneResponse"];
export type MilestoneStatus = Schemas["portfolio.MilestoneStatus"];
export type MilestoneRequest = Schemas["portfolio.MilestoneRequest"];
export type RaidItem = Schemas["portfolio.RaidResponse"];
export type RaidType = Schemas["portfolio.RaidType"];
export type RaidStatus = Schemas["portfolio.RaidStatus"];
export type RaidTarget = Schemas["portfolio.RaidTarget"];
export type RaidRequest = Schemas["portfolio.RaidRequest"];
export type StatusReport = Schemas["portfolio.StatusReportResponse"];
export type StatusReportRequest = Schemas["portfolio.StatusReportRequest"];
export type Dimension = Schemas["portfolio.Dimension"];
export type SteeringMeeting = Schemas["portfolio.SteeringMeetingResponse"];
export type SteeringMeetingRequest = Schemas["portfolio.SteeringMeetingRequest"];
export type DecisionRequest = Schemas["portfolio.DecisionRequest"];
export type ActionRequest = Schemas["portfolio.ActionRequest"];
export type Financials = Schemas["portfolio.FinancialsResponse"];
export type EngagementHealth = Schemas["portfolio.HealthResponse"];
export type ResourceRequest = Schemas["portfolio.ResourceRequestResponse"];
export type ResourceRequestStatus = Schemas["portfolio.ResourceRequestStatus"];
export type StaffingCost = Schemas["portfolio.StaffingCostResponse"];
export type QualityGate = Schemas["portfolio.QualityGateResponse"];
export type GateStatus = Schemas["portfolio.GateStatus"];
export type QualityFinding = Schemas["portfolio.QualityFindingResponse"];
