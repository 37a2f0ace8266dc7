import { unwrap, type Api } from "../api/client";
import { readPages, type AllPages } from "../api/pages";
import type { QualityFinding, QualityGate, ResourceRequest, StaffingCost } from "./engagementTypes";

// The staffing and quality-gate reads of the Engagement page (issue 20), through the typed client.

const PAGE_LIMIT = 200;
const MAX_PAGES = 5;
const path = (id: string) => ({ path: { id } });

export function loadResourceRequests(api: Api, id: string): Promise<AllPages<ResourceRequest>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/resource-requests", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

export async function loadStaffingCost(api: Api, id: string): Promise<StaffingCost> {
  return unwrap(await api.GET("/api/engagements/{id}/staffing-cost", { params: path(id) }));
}

export function loadQualityGates(api: Api, id: string): Promise<AllPages<QualityGate>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/engagements/{id}/quality-gates", { params: { ...path(id), query: { page, limit: PAGE_LIMIT } } })),
    MAX_PAGES,
  );
}

/** Only the open findings: the API filters by status, so the count is the list's length. */
export function loadOpenFindings(api: Api, id: string): Promise<AllPages<QualityFinding>> {
  return readPages(
    async (page) =>
      unwrap(
        await api.GET("/api/engagements/{id}/quality-findings", {
          params: { ...path(id), query: { page, limit: PAGE_LIMIT, status: "open" } },
        }),
      ),
    MAX_PAGES,
  );
}
