import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answer, settledRegion } from "../test/fixtures";
import { renderAccount360 } from "./renderAccount";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
const page = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });
const usd = (amount: string) => ({ amount, currency: "USD" });
const overview = (extra: Record<string, unknown>) => ({
  customerId: CUSTOMER,
  complete: false,
  sections: { customer: { status: "ok", data: { id: CUSTOMER, name: "Contoso" } }, ...extra },
});
const pipeline = {
  customerId: CUSTOMER,
  quarters: [
    { quarter: "2027-Q1", firstMonth: "2027-01", lastMonth: "2027-03", weighted: [usd("150000.00")], openOpportunities: 2, withoutProbability: 0 },
    { quarter: "2027-Q2", firstMonth: "2027-04", lastMonth: "2027-06", weighted: [], openOpportunities: 0, withoutProbability: 0 },
  ],
};
const forecast = {
  from: "2026-12",
  to: "2026-12",
  currentMonth: "2026-12",
  series: [{ currency: "USD", backlog: usd("90000.00"), months: [{ month: "2026-12", recognised: usd("0.00"), milestones: usd("30000.00"), total: usd("30000.00") }] }],
};
const cadence = page([{ customerId: CUSTOMER, kind: "executive-briefing", lastHeld: "2026-10-01", nextDue: "2000-01-01", overdue: true, daysOverdue: 12 }]);
const packs = page([{ id: "p1", customerId: CUSTOMER, asOf: "2026-11-30", trigger: "cadence", cadenceKind: "qbr", cadenceDue: "2026-12-02", sizeBytes: 40960 }]);

describe("Account 360's commercial and executive sections", () => {
  it("shows the overview's pipeline, forecast and cadence, the kept status packs, and no keep control for a viewer", async () => {
    const fake = renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview"))
        return answer(200, overview({ pipeline: { status: "ok", data: pipeline }, "revenue-forecast": { status: "ok", data: forecast }, cadence: { status: "ok", data: cadence } }));
      if (path === `/api/customers/${CUSTOMER}/status-packs`) return answer(200, packs);
      return answer(200, page([]));
    });
    const pipelineRegion = await settledRegion("Weighted pipeline");
    expect(within(pipelineRegion).getByRole("row", { name: /2027-Q1/ }).textContent).toContain("$150,000.00");
    expect(within(pipelineRegion).getByRole("row", { name: /2027-Q2/ }).textContent).toContain("nothing");
    const forecastRegion = await settledRegion("Revenue forecast");
    expect(forecastRegion.textContent).toContain("Backlog (USD): $90,000.00");
    expect(within(forecastRegion).getByRole("row", { name: /2026-12/ }).textContent).toContain("$30,000.00");
    const cadenceRegion = await settledRegion("Executive cadence");
    expect(cadenceRegion.textContent).toContain("Executive briefing");
    expect(cadenceRegion.textContent).toContain("Overdue by 12 days");
    const packsRegion = await settledRegion("Status packs");
    expect(within(packsRegion).getByRole("row", { name: /2026-11-30/ }).textContent).toContain("For the quarterly business review due 2026-12-02");
    expect(within(packsRegion).getByRole("button", { name: "Download the status pack (PDF)" })).toBeTruthy();
    expect(within(packsRegion).queryByRole("button", { name: "Keep a status pack" })).toBeNull();
    // the three come with the overview: no call of their own
    const paths = fake.requests.map((r) => new URL(r.url).pathname);
    expect(paths.some((p) => p.endsWith("/pipeline") || p.endsWith("/cadence") || p.includes("revenue-forecast"))).toBe(false);
  });

  it("a section whose service failed is degraded alone; the status packs degrade on their own too", async () => {
    renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview"))
        return answer(200, overview({ pipeline: { status: "ok", data: pipeline }, "revenue-forecast": { status: "unavailable", detail: "the billing service cannot be reached" } }));
      if (path.endsWith("/status-packs")) return answer(503, { title: "Service Unavailable", status: 503 });
      return answer(200, page([]));
    });
    expect((await settledRegion("Revenue forecast")).dataset.status).not.toBe("ok");
    expect((await settledRegion("Status packs")).dataset.status).not.toBe("ok");
    expect((await settledRegion("Weighted pipeline")).textContent).toContain("$150,000.00");
    expect(await screen.findByRole("heading", { level: 1, name: "Contoso" })).toBeTruthy();
  });
});
