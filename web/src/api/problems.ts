import type { Problem } from "./types";

// Turns what the API refused into words for the person at the screen. The API's own detail is kept where it is
// written for people (validation, business rules); statuses whose detail is technical get a sentence of ours.

export type ProblemKind =
  | "validation"
  | "stale"
  | "conflict"
  | "signed-out"
  | "forbidden"
  | "not-found"
  | "busy"
  | "unavailable"
  | "other";

export interface ProblemMessage {
  kind: ProblemKind;
  /** One sentence for a banner */
  message: string;
  /** Messages per request field (the problem's errors[]), for showing next to the matching input */
  fieldErrors: Record<string, string[]>;
  /** True when reading the item again is the way out (412): the screen offers a reload */
  offerReload: boolean;
}

const SLUG_BASE = "https://adeplatform.io/problems/";

export function problemSlug(problem: Problem): string | undefined {
  return problem.type?.startsWith(SLUG_BASE) ? problem.type.slice(SLUG_BASE.length) : undefined;
}

export function describeProblem(problem: Problem | null | undefined, httpStatus?: number, retryAfter?: string | null): ProblemMessage {
  const p = problem ?? {};
  const status = p.status ?? httpStatus ?? 0;
  const fieldErrors = groupFieldErrors(p);
  const result = (kind: ProblemKind, message: string, offerReload = false): ProblemMessage => ({
    kind,
    message,
    fieldErrors,
    offerReload,
  });

  switch (status) {
    case 400:
    case 422:
      return result("validation", p.detail ?? p.title ?? "The request was not accepted.");
    case 401:
      return result("signed-out", "Your session has ended. Sign in again to continue.");
    case 403:
      return result("forbidden", "Your role does not allow this action.");
    case 404:
      return result("not-found", "This item does not exist, or you are not on its account team.");
    case 409:
      return result("conflict", conflictMessage(p));
    case 412:
      return result(
        "stale",
        "Someone changed this item after you loaded it, so your change was not applied. Reload to see the current version, then try again.",
        true,
      );
    case 428:
      return result("other", "The change was sent without the item's version. Reload and try again.", true);
    case 429:
      return result("busy", `Too many requests just now. Try again${retryAfter ? ` in ${retryAfter} seconds` : " shortly"}.`);
    case 502:
    case 503:
    case 504:
      return result("unavailable", "A service is not answering at the moment. Try again in a little while.");
    default:
      return result("other", p.detail ?? p.title ?? (status ? `The request failed (HTTP ${status}).` : "The request failed."));
  }
}

function conflictMessage(problem: Problem): string {
  if (problemSlug(problem) === "illegal-transition" && typeof problem.from === "string") {
    const allowed = Array.isArray(problem.allowed) ? (problem.allowed as string[]) : [];
    const targets = allowed.length > 0 ? `it can go to ${allowed.join(" or ")}` : `${problem.from} is final`;
    return `This move is not allowed from ${problem.from}: ${targets}.`;
  }
  return problem.detail ?? "The change conflicts with the item's current state.";
}

function groupFieldErrors(problem: Problem): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const error of problem.errors ?? []) {
    const field = error.field ?? "";
    (byField[field] ??= []).push(error.message ?? "is invalid");
  }
  return byField;
}
