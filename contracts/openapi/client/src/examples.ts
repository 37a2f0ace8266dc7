// Calls a front-end makes, written against the generated types: if an operation, a parameter or a field they use
// leaves the API (or changes its type), this file stops compiling in the build.
import { createPlatformClient, formatMoney, type components, type Money, type PlatformClient } from "./index";

type Stage = components["schemas"]["portfolio.Stage"];

/** The customer's name, or the problem's detail when the API refused. */
export async function customerName(api: PlatformClient, id: string): Promise<string> {
  const { data, error } = await api.GET("/api/customers/{id}", { params: { path: { id } } });
  if (error) {
    throw new Error(error.detail ?? error.title);
  }
  return data.name ?? "";
}

/** One line per engagement of a customer on the first page: name and budget, the budget's digits kept exact. */
export async function engagementBudgets(api: PlatformClient, customerId: string): Promise<string[]> {
  const { data } = await api.GET("/api/engagements", { params: { query: { customerId, limit: 50 } } });
  return (data?.items ?? []).map((e) => `${e.name}: ${e.budget ? formatMoney(e.budget as Money) : "no budget"}`);
}

/** Moves an engagement to a stage, sending the version the screen showed (412 when someone moved it first). */
export async function moveEngagement(api: PlatformClient, id: string, etag: string, to: Stage): Promise<number> {
  const { response } = await api.POST("/api/engagements/{id}/transitions", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { to },
  });
  return response.status;
}

export const exampleClient = (token: string): PlatformClient => createPlatformClient("", () => token);
