import { describe, expect, it } from "vitest";
import { answer, engagement, fakeGateway, session } from "../test/fixtures";
import { loadEarnedValue, loadMilestones, loadRaidItems, moveMilestone } from "./engagementApi";
import { ENGAGEMENT_ID, engagementGateway, milestone, raidItem } from "./testGateway";

describe("an engagement's lists", () => {
  it("read on, 200 at a time, while the envelope says there is more", async () => {
    const gateway = fakeGateway((request) => {
      const page = Number(new URL(request.url).searchParams.get("page"));
      return answer(200, { items: [milestone({ id: `m${page}` })], page, limit: 200, hasMore: page < 2 });
    });
    const listed = await loadMilestones(session(["viewer"], gateway).api, ENGAGEMENT_ID);
    expect(listed).toEqual({ items: [milestone({ id: "m0" }), milestone({ id: "m1" }), milestone({ id: "m2" })], truncated: false });
    const first = new URL(gateway.requests[0].url);
    expect(first.pathname).toBe(`/api/engagements/${ENGAGEMENT_ID}/milestones`);
    expect(Object.fromEntries(first.searchParams)).toEqual({ page: "0", limit: "200" });
  });

  it("stop after five pages and say the list was cut", async () => {
    const gateway = fakeGateway(() => answer(200, { items: [raidItem()], page: 0, limit: 200, hasMore: true }));
    const listed = await loadRaidItems(session(["viewer"], gateway).api, ENGAGEMENT_ID);
    expect(listed.items).toHaveLength(5);
    expect(listed.truncated).toBe(true);
    expect(gateway.requests).toHaveLength(5);
  });
});

describe("engagement calls", () => {
  it("moves a milestone with its own version in If-Match", async () => {
    const gateway = engagementGateway();
    await moveMilestone(session(["executive"], gateway).api, milestone({ version: 9 }), "accepted");
    const [request] = gateway.requests;
    expect(new URL(request.url).pathname).toBe(`/api/engagements/${ENGAGEMENT_ID}/milestones/m1/transitions`);
    expect(request.headers.get("If-Match")).toBe('"9"');
    expect(await request.json()).toEqual({ to: "accepted" });
  });

  it("reads today's financials and the financials as of each S-curve date", async () => {
    const gateway = engagementGateway();
    const e = engagement({ id: ENGAGEMENT_ID, startDate: "2026-03-01", endDate: "2026-03-03" });
    const result = await loadEarnedValue(session(["viewer"], gateway).api, e, "2026-03-02");
    const asOf = gateway.requests.map((r) => new URL(r.url).searchParams.get("asOf"));
    expect(asOf).toEqual([null, "2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(result.curve.map((f) => f.asOf)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
  });
});
