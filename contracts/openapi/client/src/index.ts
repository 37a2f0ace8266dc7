// The platform's typed client: paths, parameters, bodies and answers come from the merged OpenAPI document
// (schema.d.ts, generated from contracts/openapi/platform.json by `npm run generate`), so a front-end that calls an
// operation the API does not have, or reads a field it does not answer, does not compile.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type PlatformClient = Client<paths>;

/** A client for the gateway at `baseUrl`, sending the caller's bearer token (a function, so a refreshed one is used). */
export function createPlatformClient(baseUrl: string, token: () => string): PlatformClient {
  const client = createClient<paths>({ baseUrl });
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token()}`);
      return request;
    },
  });
  return client;
}

/** A money value as the API writes it: the amount a decimal string in the currency's scale. */
export type Money = { amount: string; currency: string };

/** Formats money for a screen without going through floating point for the digits. */
export function formatMoney(money: Money, locale = "en-US"): string {
  const [whole, fraction = ""] = money.amount.replace("-", "").split(".");
  const grouped = BigInt(whole).toLocaleString(locale);
  const sign = money.amount.startsWith("-") ? "-" : "";
  return `${sign}${grouped}${fraction ? "." + fraction : ""} ${money.currency}`;
}
