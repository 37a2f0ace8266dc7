import type { components } from "@api/schema";
import { ifMatch, unwrap, type Api } from "../api/client";
import { readPages, type AllPages } from "../api/pages";

// Every call the Escalations page makes, through the typed client (a path or field the API lacks does not compile).

type Schemas = components["schemas"];
export type Escalation = Schemas["escalation.EscalationResponse"];
export type EscalationStatus = Schemas["escalation.EscalationStatus"];
export type Severity = Schemas["escalation.Severity"];
export type Level = Schemas["escalation.Level"];
export type Category = Schemas["escalation.Category"];
export type CauseCategory = Schemas["escalation.CauseCategory"];
export type Visibility = Schemas["escalation.Visibility"];
export type Trend = Schemas["escalation.Trend"];
export type Sla = Schemas["escalation.SlaResponse"];
export type SlaTarget = Schemas["escalation.Target"];
export type TimelineEntry = Schemas["escalation.TimelineEntryResponse"];
export type NewEscalation = Schemas["escalation.CreateEscalationRequest"];
export type RootCause = Schemas["escalation.RootCauseRequest"];
export type NewTimelineEntry = Schemas["escalation.TimelineUpdateRequest"];

const PAGE_LIMIT = 200;
/** Past this many pages a list says it is cut rather than stall the screen. */
const MAX_PAGES = 5;

export interface BoardFilters {
  statuses: readonly EscalationStatus[];
  severity?: Severity;
}

export function listEscalations(api: Api, filters: BoardFilters): Promise<AllPages<Escalation>> {
  const query = { status: [...filters.statuses], ...(filters.severity ? { severity: filters.severity } : {}), limit: PAGE_LIMIT };
  return readPages(async (page) => unwrap(await api.GET("/api/escalations", { params: { query: { ...query, page } } })), MAX_PAGES);
}

export async function getEscalation(api: Api, id: string): Promise<Escalation> {
  return unwrap(await api.GET("/api/escalations/{id}", { params: { path: { id } } }));
}

export async function getSla(api: Api, id: string): Promise<Sla> {
  return unwrap(await api.GET("/api/escalations/{id}/sla", { params: { path: { id } } }));
}

export function listTimeline(api: Api, id: string): Promise<AllPages<TimelineEntry>> {
  return readPages(
    async (page) => unwrap(await api.GET("/api/escalations/{id}/timeline", { params: { path: { id }, query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function raiseEscalation(api: Api, body: NewEscalation): Promise<Escalation> {
  return unwrap(await api.POST("/api/escalations", { body }));
}

/** The If-Match of every change: the version the screen showed, so a 412 means someone changed it meanwhile. */
function versionOf(escalation: Escalation) {
  return { path: { id: escalation.id ?? "" }, header: { "If-Match": ifMatch(escalation.version) } };
}

export async function moveStatus(api: Api, escalation: Escalation, to: EscalationStatus, note: string, rootCause?: RootCause): Promise<Escalation> {
  return unwrap(
    await api.POST("/api/escalations/{id}/transitions", {
      params: versionOf(escalation),
      body: rootCause ? { to, note, rootCause } : { to, note },
    }),
  );
}

export async function changeLevel(api: Api, escalation: Escalation, to: Level, reason: string): Promise<Escalation> {
  return unwrap(await api.POST("/api/escalations/{id}/level/transitions", { params: versionOf(escalation), body: { to, reason } }));
}

/** Pauses (reason required) or resumes (reason optional) both SLA timers. */
export async function switchSla(api: Api, escalation: Escalation, to: "paused" | "running", reason: string): Promise<Escalation> {
  const body = reason.trim() ? { to, reason: reason.trim() } : { to };
  return unwrap(await api.POST("/api/escalations/{id}/sla/transitions", { params: versionOf(escalation), body }));
}

export async function addTimelineEntry(api: Api, escalationId: string, body: NewTimelineEntry): Promise<TimelineEntry> {
  return unwrap(await api.POST("/api/escalations/{id}/timeline", { params: { path: { id: escalationId } }, body }));
}
