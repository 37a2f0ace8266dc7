import createClient, { type Client } from "openapi-fetch";
import type { paths } from "@api/schema";
import { describeProblem, type ProblemMessage } from "./problems";
import type { Problem } from "./types";

// Every call goes through openapi-fetch typed by the merged OpenAPI document: a path, parameter or field the API
// does not have does not compile. Calls are same-origin (/api/...): the gateway serves the cockpit.

export type Api = Client<paths>;

export function createApi(
  accessToken: () => Promise<string | undefined>,
  baseUrl = globalThis.location?.origin ?? "",
  fetchImpl?: typeof fetch,
): Api {
  const client = createClient<paths>(fetchImpl ? { baseUrl, fetch: fetchImpl } : { baseUrl });
  client.use({
    async onRequest({ request }) {
      // Asked per request, so a token renewed in the background is the one sent.
      const token = await accessToken();
      if (token) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      return request;
    },
  });
  return client;
}

/** A refused call, carrying the sentence to show and the field errors for a form. */
export class ApiProblem extends Error {
  constructor(readonly described: ProblemMessage) {
    super(described.message);
  }
}

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's body, or an ApiProblem describing the refusal in words. */
export function unwrap<T>({ data, error, response }: CallResult<T>): T {
  if (error !== undefined || !response.ok) {
    throw new ApiProblem(describeProblem(error as Problem | undefined, response.status, response.headers.get("Retry-After")));
  }
  return data as T;
}

/** Any failure as a ProblemMessage: a network failure (fetch threw) reads as the service being unreachable. */
export function toProblemMessage(failure: unknown): ProblemMessage {
  if (failure instanceof ApiProblem) {
    return failure.described;
  }
  return describeProblem(undefined, 503);
}

/** The If-Match of a version as the services write their ETags: the number in quotes. */
export function ifMatch(version: number | undefined): string {
  return `"${version ?? 0}"`;
}
