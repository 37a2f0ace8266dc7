import { unwrap, type Api } from "../api/client";
import type { Pipeline } from "./pipeline";

/** The weighted pipeline of one customer, the next four quarters from the current one. */
export async function loadCustomerPipeline(api: Api, customerId: string): Promise<Pipeline> {
  return unwrap(await api.GET("/api/customers/{customerId}/pipeline", { params: { path: { customerId } } }));
}

/** The weighted pipeline across every account the caller sees. */
export async function loadPortfolioPipeline(api: Api): Promise<Pipeline> {
  return unwrap(await api.GET("/api/pipeline", {}));
}
