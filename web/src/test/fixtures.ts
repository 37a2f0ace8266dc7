import { screen } from "@testing-library/react";
import { expect, vi } from "vitest";
import { createApi } from "../api/client";
import type { Session } from "../auth/AuthProvider";
import type { Engagement } from "../api/types";

export function engagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    customerId: "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10",
    name: "Cloud migration",
    stage: "delivery",
    health: "green",
    healthReasons: [],
    budget: { amount: "300000.00", currency: "USD" },
    percentComplete: 40,
    version: 3,
    ...overrides,
  };
}

/** A JSON answer as the gateway sends it. */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type, ...headers } });
}

/** Requests a fake gateway received, and the session that sends them there. */
export function fakeGateway(route: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    return route(request);
  };
  return { requests, fetch: fetchImpl as typeof fetch };
}

export function session(roles: string[], gateway: ReturnType<typeof fakeGateway>): Session {
  return {
    username: "ada.exec",
    roles,
    api: createApi(async () => "test-token", "http://localhost", gateway.fetch),
    signOut: async () => {},
  };
}

/** A page region (a section with an aria-label) once it has left its loading state. */
export async function settledRegion(name: string): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const region = screen.getByRole("region", { name });
      expect(region.dataset.status).not.toBe("loading");
      return region;
    },
    { timeout: 5000 },
  );
}
