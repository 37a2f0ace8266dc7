import { describe, expect, it, vi } from "vitest";
import { engagement, session } from "../test/fixtures";
import { loadEarnedValue, moveMilestone, readAllPages } from "./engagementApi";
import { ENGAGEMENT_ID, engagementGateway, milestone } from "./testGateway";

describe("readAllPages", () => {
  it("reads on while the envelope says there is more", async () => {
    const readPage = vi.fn(async (page: number) => ({ items: [page], hasMore: page < 2 }));
    expect(await readAllPages(readPage)).toEqual({ items: [0, 1, 2], truncated: false });
    expect(readPage).toHaveBeenCalledWith(0, 200);
  });

  it("stops after five pages and says the list was cut", async () => {
    const readPage = vi.fn(async (page: number) => ({ items: [page], hasMore: true }));
    expect(await readAllPages(readPage)).toEqual({ items: [0, 1, 2, 3, 4], truncated: true });
    expect(readPage).toHaveBeenCalledTimes(5);
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
