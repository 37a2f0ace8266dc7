import { unwrap, type Api } from "../api/client";
import type { Anomaly, Blocker, ConsumptionSummary, IngestionSummary } from "./types";
import type { Period, PeriodUsage } from "./usageSeries";
import { xhrTransport, type UploadProgress } from "./xhrTransport";

/** The gateway's default limit for usage uploads (gateway/README.md, 413 `payload-too-large`): 1 GiB. */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

/** Requests in flight at once when a chart needs one per period: quick, without a burst against the rate limit. */
const PARALLEL = 4;

export async function loadSummary(api: Api, customerId: string): Promise<ConsumptionSummary> {
  return unwrap(await api.GET("/api/consumption/customers/{customerId}/summary", { params: { path: { customerId } } }));
}

/** Cost by service for each period (one request per period: the API groups by one key at a time). */
export async function loadUsageByService(api: Api, customerId: string, periods: Period[]): Promise<PeriodUsage[]> {
  return inBatches(periods, PARALLEL, async (period) => {
    const query = { customerId, from: period.from, to: period.to, groupBy: "service" };
    const view = unwrap(await api.GET("/api/consumption/usage", { params: { query } }));
    return { period, items: view.items ?? [] };
  });
}

export interface FirstPage<T> {
  items: T[];
  hasMore: boolean;
}

/** The newest anomalies (the API lists them newest day first). */
export async function loadAnomalies(api: Api, customerId: string, limit = 50): Promise<FirstPage<Anomaly>> {
  const page = unwrap(
    await api.GET("/api/consumption/customers/{customerId}/anomalies", { params: { path: { customerId }, query: { limit } } }),
  );
  return { items: page.items ?? [], hasMore: page.hasMore ?? false };
}

export async function loadBlockers(api: Api, customerId: string, limit = 100): Promise<FirstPage<Blocker>> {
  const page = unwrap(
    await api.GET("/api/consumption/customers/{customerId}/blockers", { params: { path: { customerId }, query: { limit } } }),
  );
  return { items: page.items ?? [], hasMore: page.hasMore ?? false };
}

/**
 * Uploads a cost export as text/csv (whatever type the browser guessed for the file: a .csv is often
 * application/vnd.ms-excel) and answers what was stored and the rejected lines. The typed client builds and signs
 * the request; xhrTransport sends the file itself, reporting progress. The typed body is empty on purpose: the
 * schema types the CSV as a string, and making one of the file would read it whole into memory.
 */
export async function uploadCostExport(
  api: Api,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<IngestionSummary> {
  return unwrap(
    await api.POST("/api/consumption/usage", {
      body: "",
      bodySerializer: (body) => body,
      headers: { "Content-Type": "text/csv" },
      fetch: xhrTransport(file, onProgress, signal),
    }),
  );
}

/** Runs `task` over the items with at most `parallel` in flight, answers in the items' order. */
async function inBatches<T, R>(items: T[], parallel: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}
