import { unwrap, type Api } from "./client";

/** Customer names by id, for labels and the customer filter (the first 200: the account teams the caller is on). */
export async function loadCustomerNames(api: Api): Promise<Map<string, string>> {
  const body = unwrap(await api.GET("/api/customers", { params: { query: { limit: 200 } } }));
  return new Map((body.items ?? []).map((customer) => [customer.id ?? "", customer.name ?? ""]));
}
