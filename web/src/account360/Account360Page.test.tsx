import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answer, engagement } from "../test/fixtures";
import { renderAccount360 } from "./renderAccount";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";

const partialOverview = {
  customerId: CUSTOMER,
  complete: false,
  sections: {
    customer: { status: "ok", httpStatus: 200, data: { id: CUSTOMER, name: "Contoso", segment: "enterprise", accountTeam: [] } },
    "relationship-health": {
      status: "ok",
      httpStatus: 200,
      data: { score: 71, band: "amber", factors: [{ name: "key-role-coverage", detail: "3 of 4 key roles engaged", weight: 30, contribution: 22.5 }] },
    },
    engagements: { status: "unavailable", detail: "the portfolio service cannot be reached" },
    consumption: { status: "timeout", detail: "no answer within 2500 ms" },
    escalations: { status: "ok", httpStatus: 200, data: { items: [], page: 0, limit: 50, hasMore: false } },
    "account-plan": { status: "ok", httpStatus: 200, data: { openPipeline: [{ amount: "1250000.00", currency: "USD" }], opportunities: [] } },
    contracts: { status: "ok", httpStatus: 200, data: { items: [], page: 0, limit: 50, hasMore: false } },
    invoices: {
      status: "ok",
      httpStatus: 200,
      data: { items: [{ id: "i1", number: "INV-2026-000042", status: "overdue", openAmount: { amount: "48000.00", currency: "USD" } }] },
    },
    pipeline: { status: "ok", httpStatus: 200, data: { quarters: [] } },
    "revenue-forecast": { status: "ok", httpStatus: 200, data: { series: [] } },
    cadence: { status: "ok", httpStatus: 200, data: { items: [] } },
  },
};

function renderOverview(reply: () => Response) {
  return renderAccount360(CUSTOMER, reply);
}

describe("Account360Page", () => {
  it("shows degraded sections as degraded and keeps the others usable", async () => {
    const fake = renderOverview(() => answer(200, partialOverview));

    expect(await screen.findByRole("heading", { level: 1, name: "Contoso" })).toBeTruthy();
    expect(new URL(fake.requests[0].url).pathname).toBe(`/api/accounts/${CUSTOMER}/overview`);

    const engagements = screen.getByRole("region", { name: "Engagements" });
    expect(engagements.dataset.status).toBe("unavailable");
    expect(within(engagements).getByText(/Degraded/)).toBeTruthy();
    expect(within(engagements).getByRole("status").textContent).toContain("the portfolio service cannot be reached");
    expect(screen.getByRole("region", { name: "Consumption" }).dataset.status).toBe("timeout");

    const health = screen.getByRole("region", { name: "Relationship health" });
    expect(within(health).getByText("3 of 4 key roles engaged")).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Account plan" })).getByText(/\$1,250,000\.00/)).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Open invoices" })).getByText(/open \$48,000\.00/)).toBeTruthy();
    expect(screen.getByText(/Some sections are degraded \(Engagements, Consumption\)/)).toBeTruthy();
  });

  it("reads the overview again when a degraded section is retried", async () => {
    let calls = 0;
    const complete = {
      ...partialOverview,
      complete: true,
      sections: { ...partialOverview.sections, engagements: { status: "ok", data: { items: [engagement({ name: "Data platform" })] } } },
    };
    renderOverview(() => answer(200, ++calls === 1 ? partialOverview : complete));
    const engagements = await screen.findByRole("region", { name: "Engagements" });
    fireEvent.click(within(engagements).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Data platform")).toBeTruthy();
  });

  it("says a customer the caller may not see is not there, revealing nothing else", async () => {
    renderOverview(() => answer(404, { type: "https://adeplatform.io/problems/not-found", title: "Not found", status: 404 }));
    expect((await screen.findByRole("alert")).textContent).toBe("This item does not exist, or you are not on its account team.");
    expect(screen.queryByRole("region")).toBeNull();
  });
});
