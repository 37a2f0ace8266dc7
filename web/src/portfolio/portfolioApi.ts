import { ifMatch, unwrap, type Api } from "../api/client";
import { readPages } from "../api/pages";
import type { Engagement, Stage } from "../api/types";
import type { PortfolioFilters } from "./filters";

const PAGE_LIMIT = 200;
/** An ADE's portfolio is tens of engagements; past this many the page says the list is cut rather than stall. */
const MAX_PAGES = 5;

export interface EngagementList {
  engagements: Engagement[];
  truncated: boolean;
}

/** The engagements the caller sees under the filters, every page of the list envelope up to MAX_PAGES. */
export async function loadEngagements(api: Api, filters: PortfolioFilters): Promise<EngagementList> {
  const { items, truncated } = await readPages(
    async (page) => unwrap(await api.GET("/api/engagements", { params: { query: { ...filters, limit: PAGE_LIMIT, page } } })),
    MAX_PAGES,
  );
  return { engagements: items, truncated };
}

/** Moves an engagement, based on the version the screen showed: a 412 means someone else moved it first. */
export async function moveEngagement(api: Api, engagement: Engagement, to: Stage, reason: string): Promise<Engagement> {
  return unwrap(
    await api.POST("/api/engagements/{id}/transitions", {
      params: { path: { id: engagement.id ?? "" }, header: { "If-Match": ifMatch(engagement.version) } },
      body: reason.trim() ? { to, reason: reason.trim() } : { to },
    }),
  );
}
