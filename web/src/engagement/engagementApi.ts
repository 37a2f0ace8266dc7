import { ifMatch, unwrap, type Api } from "../api/client";
import { readPages, type AllPages } from "../api/pages";
import type { Engagement } from "../api/types";
import type {
  EngagementHealth,
  Financials,
  Milestone,
  MilestoneRequest,
  MilestoneStatus,
  RaidItem,
  RaidRequest,
  RaidTarget,
  StatusReport,
  StatusReportRequest,
  SteeringMeeting,
  SteeringMeetingRequest,
} from "./engagementTypes";
import { sCurveDates } from "./sCurve";

// Every call of the Engagement page, through the typed client (a path or field the API lacks does not compile).

const PAGE_LIMIT = 200;
/** An engagement's lists are short; past this many pages the section says the list is cut rather than stall. */
const MAX_PAGES = 5;

const path = (id: string) => ({ path: { id } });

export async function loadEngagement(api: Api, id: string): Promise<Engagement> {
  return unwrap(await api.GET("/api/engagements/{id}", { params: path(id) }));
}

export async function loadHealth(api: Api, id: string): Promise<EngagementHealth> {
  return unwrap(await api.GET("/api/engagements/{id}/health", { params: path(id) }));
}

/** The customer's name for the header; the id when relationship-service cannot say (the page does not fail on it). */
export async function loadCustomerName(api: Api, customerId: string): Promise<string> {
  try {
    const customer = unwrap(await api.GET("/api/customers/{id}", { params: { path: { id: customerId } } }));
    return customer.name || customerId;
  } catch {
    return customerId;
  }
}

export function loadMilestones(api: Api, id: string): Promise<AllPages<Milestone>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/milestones", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function createMilestone(api: Api, id: string, body: MilestoneRequest): Promise<Milestone> {
  return unwrap(await api.POST("/api/engagements/{id}/milestones", { params: path(id), body }));
}

export async function moveMilestone(api: Api, milestone: Milestone, to: MilestoneStatus): Promise<Milestone> {
  return unwrap(
    await api.POST("/api/engagements/{id}/milestones/{milestoneId}/transitions", {
      params: {
        path: { id: milestone.engagementId ?? "", milestoneId: milestone.id ?? "" },
        header: { "If-Match": ifMatch(milestone.version) },
      },
      body: { to },
    }),
  );
}

export function loadRaidItems(api: Api, id: string): Promise<AllPages<RaidItem>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/raid", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function createRaidItem(api: Api, id: string, body: RaidRequest): Promise<RaidItem> {
  return unwrap(await api.POST("/api/engagements/{id}/raid", { params: path(id), body }));
}

/** A status move, or `issue` to convert a risk; the reason goes to the entry's history. */
export async function moveRaidItem(api: Api, item: RaidItem, to: RaidTarget, reason = ""): Promise<RaidItem> {
  return unwrap(
    await api.POST("/api/engagements/{id}/raid/{itemId}/transitions", {
      params: {
        path: { id: item.engagementId ?? "", itemId: item.id ?? "" },
        header: { "If-Match": ifMatch(item.version) },
      },
      body: reason.trim() ? { to, reason: reason.trim() } : { to },
    }),
  );
}

export function loadStatusReports(api: Api, id: string): Promise<AllPages<StatusReport>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/status-reports", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function createStatusReport(api: Api, id: string, body: StatusReportRequest): Promise<StatusReport> {
  return unwrap(await api.POST("/api/engagements/{id}/status-reports", { params: path(id), body }));
}

export function loadSteeringMeetings(api: Api, id: string): Promise<AllPages<SteeringMeeting>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/steering-meetings", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function createSteeringMeeting(api: Api, id: string, body: SteeringMeetingRequest): Promise<SteeringMeeting> {
  return unwrap(await api.POST("/api/engagements/{id}/steering-meetings", { params: path(id), body }));
}

export async function loadFinancials(api: Api, id: string, asOf?: string): Promise<Financials> {
  return unwrap(
    await api.GET("/api/engagements/{id}/financials", { params: { ...path(id), query: asOf ? { asOf } : {} } }),
  );
}

export interface EarnedValue {
  today: Financials;
  curve: Financials[];
}

/** Today's figures and the figures at the S-curve's dates (a handful of reads, in parallel). */
export async function loadEarnedValue(api: Api, engagement: Engagement, today: string): Promise<EarnedValue> {
  const id = engagement.id ?? "";
  const dates = sCurveDates(engagement.startDate, engagement.endDate, today);
  const [current, ...curve] = await Promise.all([
    loadFinancials(api, id),
    ...dates.map((date) => loadFinancials(api, id, date)),
  ]);
  return { today: current, curve };
}
