import { describe, expect, it } from "vitest";
import { ApiProblem, createApi } from "../api/client";
import { answer, engagement, fakeGateway } from "../test/fixtures";
import { loadEngagements, moveEngagement } from "./portfolioApi";

describe("loadEngagements", () => {
  it("reads every page of the list envelope with the filters and the bearer token", async () => {
    const gateway = fakeGateway((request) => {
      const page = Number(new URL(request.url).searchParams.get("page"));
      return answer(200, { items: [engagement({ id: `e${page}` })], page, limit: 200, hasMore: page < 2 });
    });
    const api = createApi(async () => "token-1", "http://localhost", gateway.fetch);

    const list = await loadEngagements(api, { stage: "delivery", health: "red" });

    expect(list.engagements.map((e) => e.id)).toEqual(["e0", "e1", "e2"]);
    expect(list.truncated).toBe(false);
    const first = new URL(gateway.requests[0].url);
    expect(first.pathname).toBe("/api/engagements");
    expect(Object.fromEntries(first.searchParams)).toEqual({ stage: "delivery", health: "red", limit: "200", page: "0" });
    expect(gateway.requests[0].headers.get("Authorization")).toBe("Bearer token-1");
  });

  it("stops after five pages and says the list is cut", async () => {
    const gateway = fakeGateway(() => answer(200, { items: [engagement()], page: 0, limit: 200, hasMore: true }));
    const list = await loadEngagements(createApi(async () => "t", "http://localhost", gateway.fetch), {});
    expect(gateway.requests).toHaveLength(5);
    expect(list.truncated).toBe(true);
  });

  it("turns a refusal into a readable problem", async () => {
    const gateway = fakeGateway(() => answer(503, { type: "https://adeplatform.io/problems/service-unavailable", title: "Service unavailable", status: 503 }));
    const failure = await loadEngagements(createApi(async () => "t", "http://localhost", gateway.fetch), {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).described.kind).toBe("unavailable");
  });
});

describe("moveEngagement", () => {
  it("posts the transition with the shown version as If-Match", async () => {
    const gateway = fakeGateway(() => answer(200, engagement({ stage: "closure", version: 4 })));
    const moved = await moveEngagement(
      createApi(async () => "t", "http://localhost", gateway.fetch),
      engagement({ id: "abc", version: 3 }),
      "closure",
      "  all milestones accepted ",
    );
    expect(moved.stage).toBe("closure");
    const request = gateway.requests[0];
    expect(request.method).toBe("POST");
    expect(new URL(request.url).pathname).toBe("/api/engagements/abc/transitions");
    expect(request.headers.get("If-Match")).toBe('"3"');
    expect(await request.json()).toEqual({ to: "closure", reason: "all milestones accepted" });
  });
});
