import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answer, settledRegion } from "../test/fixtures";
import { renderAccount360 } from "../account360/renderAccount";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
const page = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });
const overview = { customerId: CUSTOMER, complete: true, sections: { customer: { status: "ok", data: { id: CUSTOMER, name: "Contoso" } } } };
const pipeline = {
  customerId: CUSTOMER,
  quarters: [
    { quarter: "2027-Q1", firstMonth: "2027-01", lastMonth: "2027-03", weighted: [{ amount: "150000.00", currency: "USD" }], openOpportunities: 2, withoutProbability: 0 },
    { quarter: "2027-Q2", firstMonth: "2027-04", lastMonth: "2027-06", weighted: [], openOpportunities: 0, withoutProbability: 0 },
  ],
};


describe("Account 360's commercial and executive sections", () => {
  it("shows the cadence items and the kept status packs, and a viewer gets no control to keep one", async () => {
    renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path === `/api/customers/${CUSTOMER}/cadence`)
        return answer(200, page([{ customerId: CUSTOMER, kind: "executive-briefing", lastHeld: "2026-10-01", nextDue: "2000-01-01", overdue: true, daysOverdue: 12 }]));
      if (path === `/api/customers/${CUSTOMER}/status-packs`)
        return answer(200, page([{ id: "p1", customerId: CUSTOMER, asOf: "2026-11-30", trigger: "cadence", cadenceKind: "qbr", cadenceDue: "2026-12-02", sizeBytes: 40960 }]));
      return answer(200, page([]));
    });
    const cadence = await settledRegion("Executive cadence");
    expect(cadence.textContent).toContain("Executive briefing");
    expect(cadence.textContent).toContain("Overdue by 12 days");
    const packs = await settledRegion("Status packs");
    expect(within(packs).getByRole("row", { name: /2026-11-30/ }).textContent).toContain("For the quarterly business review due 2026-12-02");
    expect(within(packs).getByRole("button", { name: "Download the status pack (PDF)" })).toBeTruthy();
    expect(within(packs).queryByRole("button", { name: "Keep a status pack" })).toBeNull();
  });

  it("shows the customer's weighted value per quarter from relationship-service", async () => {
    const fake = renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path === `/api/customers/${CUSTOMER}/pipeline`) return answer(200, pipeline);
      return answer(200, page([]));
    });
    const pipelineRegion = await settledRegion("Weighted pipeline");
    const q1 = within(pipelineRegion).getByRole("row", { name: /2027-Q1/ });
    expect(q1.textContent).toContain("$150,000.00");
    expect(q1.textContent).toContain("2 opportunities");
    expect(within(pipelineRegion).getByRole("row", { name: /2027-Q2/ }).textContent).toContain("nothing");
    expect(fake.requests.some((r) => new URL(r.url).pathname === `/api/customers/${CUSTOMER}/pipeline`)).toBe(true);
  });

  it("degrades on its own when relationship-service fails, the rest of the page stays", async () => {
    renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path.endsWith("/pipeline")) return answer(503, { title: "Service Unavailable", status: 503 });
      return answer(200, page([]));
    });
    const pipelineRegion = await settledRegion("Weighted pipeline");
    expect(pipelineRegion.dataset.status).not.toBe("ok");
    expect(await screen.findByRole("heading", { level: 1, name: "Contoso" })).toBeTruthy();
  });
});
