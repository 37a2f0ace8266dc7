import { render, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, settledRegion, fakeGateway, session } from "../test/fixtures";
import { OutlookPage } from "./OutlookPage";

const page = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });
const usd = (amount: string) => ({ amount, currency: "USD" });

const due = page([
  { customerId: "c1", customerName: "Contoso", kind: "qbr", lastHeld: "2026-08-01", nextDue: "2000-01-01", overdue: true, daysOverdue: 3 },
  { customerId: "c2", customerName: "Fabrikam", kind: "steering-committee", engagementId: "e9", lastHeld: null, nextDue: "2999-01-01", overdue: false, daysOverdue: 0 },
]);
const forecast = {
  from: "2026-12",
  to: "2027-01",
  currentMonth: "2026-12",
  series: [
    {
      currency: "USD",
      backlog: usd("500000.00"),
      months: [
        { month: "2026-12", recognised: usd("1000.00"), milestones: usd("20000.00"), fixedFee: usd("0.00"), timeAndMaterials: usd("0.00"), weightedPipeline: usd("0.00"), total: usd("21000.00") },
      ],
    },
  ],
};

function renderOutlook(route: (request: Request) => Response) {
  const fake = fakeGateway(route);
  render(
    <SessionProvider value={session(["executive"], fake)}>
      <MemoryRouter>
        <OutlookPage />
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}


describe("the Outlook page", () => {
  it("lists what is due, overdue first with links to the account and engagement, and the forecast by part", async () => {
    renderOutlook((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/cadence/due") return answer(200, due);
      if (path === "/api/billing/revenue-forecast") return answer(200, forecast);
      if (path === "/api/pipeline") return answer(200, { quarters: [] });
      return answer(404, { status: 404, title: "Not Found" });
    });
    const dueSection = await settledRegion("Due this week");
    const rows = within(dueSection).getAllByRole("row").slice(1);
    expect(rows[0].textContent).toContain("Quarterly business review");
    expect(rows[0].textContent).toContain("Overdue by 3 days");
    expect(within(rows[0]).getByRole("link", { name: "Contoso" }).getAttribute("href")).toBe("/accounts/c1");
    expect(rows[1].textContent).toContain("never");
    expect(within(rows[1]).getByRole("link", { name: "engagement" }).getAttribute("href")).toBe("/engagements/e9");

    const forecastSection = await settledRegion("Revenue forecast across my accounts");
    expect(forecastSection.textContent).toContain("Backlog (USD): $500,000.00");
    expect(within(forecastSection).getByRole("row", { name: /2026-12/ }).textContent).toContain("$21,000.00");

    const pipelineSection = await settledRegion("Weighted pipeline across my accounts");
    expect(pipelineSection.textContent).toContain("No open opportunity");
  });

  it("keeps the other sections when billing-service is down", async () => {
    renderOutlook((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/cadence/due") return answer(200, page([]));
      if (path === "/api/pipeline") return answer(200, { quarters: [] });
      return answer(503, { status: 503, title: "Service Unavailable" });
    });
    expect((await settledRegion("Revenue forecast across my accounts")).dataset.status).not.toBe("ok");
    expect((await settledRegion("Due this week")).textContent).toContain("Nothing is due.");
  });
});
