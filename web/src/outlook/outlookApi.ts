import { unwrap, type Api } from "../api/client";
import { readPages, type AllPages } from "../api/pages";
import type { DueItem } from "./cadence";
import type { Forecast } from "./forecast";
import type { Pipeline } from "./pipeline";
import { packFileName, saveBlob, type KeptPack } from "./statusPacks";

// What the Outlook page and Account 360 read for issue 21: the weighted pipeline and the cadence (relationship-
// service), the revenue forecast (billing-service) and the status packs (rendered by the gateway, kept by
// relationship-service).

const PAGE_LIMIT = 200;
const MAX_PAGES = 5;


/** The weighted pipeline across every account the caller sees. */
export async function loadPortfolioPipeline(api: Api): Promise<Pipeline> {
  return unwrap(await api.GET("/api/pipeline", {}));
}

/** What is due this week (today to today + 6), overdue items included, across the caller's accounts. */
export async function loadDueThisWeek(api: Api): Promise<AllPages<DueItem>> {
  return readPages(
    async (page) => unwrap(await api.GET("/api/cadence/due", { params: { query: { limit: PAGE_LIMIT, page } } })),
    MAX_PAGES,
  );
}


/** The monthly revenue forecast across the caller's accounts (billing-service's defaults: this month and the next 11). */
export async function loadPortfolioForecast(api: Api): Promise<Forecast> {
  return unwrap(await api.GET("/api/billing/revenue-forecast", {}));
}


/** The packs kept for a customer, newest first (the first pages only). */
export async function loadKeptPacks(api: Api, customerId: string): Promise<AllPages<KeptPack>> {
  return readPages(
    async (page) =>
      unwrap(await api.GET("/api/customers/{customerId}/status-packs", { params: { path: { customerId }, query: { limit: 50, page } } })),
    1,
  );
}

/** Renders the customer's pack as of a date and saves the PDF; nothing is kept. */
export async function downloadCustomerPack(api: Api, customerId: string, asOf: string): Promise<void> {
  const pdf = unwrap(
    await api.GET("/api/accounts/{customerId}/status-pack", { params: { path: { customerId }, query: { asOf } }, parseAs: "blob" }),
  );
  saveBlob(pdf as Blob, packFileName("account", customerId, asOf));
}

/** Renders one engagement's pack as of a date and saves the PDF. */
export async function downloadEngagementPack(api: Api, customerId: string, engagementId: string, asOf: string): Promise<void> {
  const pdf = unwrap(
    await api.GET("/api/accounts/{customerId}/engagements/{engagementId}/status-pack", {
      params: { path: { customerId, engagementId }, query: { asOf } },
      parseAs: "blob",
    }),
  );
  saveBlob(pdf as Blob, packFileName("engagement", engagementId, asOf));
}

/** Renders the customer's pack as of a date and keeps it in the archive. */
export async function keepCustomerPack(api: Api, customerId: string, asOf: string): Promise<void> {
  unwrap(await api.POST("/api/accounts/{customerId}/status-packs", { params: { path: { customerId }, query: { asOf } } }));
}

/** Saves a kept pack's PDF. */
export async function downloadKeptPack(api: Api, pack: KeptPack): Promise<void> {
  const customerId = pack.customerId ?? "";
  const packId = pack.id ?? "";
  const pdf = unwrap(
    await api.GET("/api/customers/{customerId}/status-packs/{packId}", { params: { path: { customerId, packId } }, parseAs: "blob" }),
  );
  saveBlob(pdf as Blob, packFileName(pack.engagementId ? "engagement" : "account", pack.engagementId ?? customerId, pack.asOf ?? "undated"));
}
