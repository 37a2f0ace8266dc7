import { unwrap, type Api } from "../api/client";
import { readPages, type AllPages } from "../api/pages";
import type { HealthHistoryEntry } from "./healthFactors";
import type { Satisfaction } from "./SatisfactionBody";
import type { Stakeholder } from "./stakeholderMap";

// What Account 360 reads from relationship-service itself: the overview carries the current health and the plan,
// not the health's history nor the stakeholders. Both are lists read whole, up to a cap the page then mentions.

const PAGE_LIMIT = 200;
const MAX_PAGES = 5;

/** Every recorded change of the score, oldest first (GET /api/customers/{id}/health/history). */
export async function loadHealthHistory(api: Api, customerId: string): Promise<AllPages<HealthHistoryEntry>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/customers/{customerId}/health/history", { params: { path: { customerId }, query: { limit: PAGE_LIMIT, page } } })),
    MAX_PAGES,
  );
}

/**
 * The stakeholders, inactive ones included (GET /api/customers/{id}/stakeholders): one read serves both the
 * stakeholder map and the org chart, which is built from their reports-to links.
 */
export async function loadStakeholders(api: Api, customerId: string): Promise<AllPages<Stakeholder>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/customers/{customerId}/stakeholders", { params: { path: { customerId }, query: { limit: PAGE_LIMIT, page } } })),
    MAX_PAGES,
  );
}

/** The monthly CSAT/NPS trend and the open detractor follow-ups, read together for one section. */
export async function loadSatisfaction(api: Api, customerId: string): Promise<Satisfaction> {
  const [trend, followUps] = await Promise.all([
    api.GET("/api/customers/{customerId}/satisfaction-trend", { params: { path: { customerId } } }).then(unwrap),
    readPages(
      async (page) =>
        unwrap(
          await api.GET("/api/customers/{customerId}/satisfaction-follow-ups", {
            params: { path: { customerId }, query: { status: "open", limit: PAGE_LIMIT, page } },
          }),
        ),
      MAX_PAGES,
    ),
  ]);
  return { trend, followUps };
}
