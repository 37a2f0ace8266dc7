import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answer } from "../test/fixtures";
import { renderAccount360 } from "./renderAccount";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
const page = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });
const ok = { status: "ok", data: {} };
const overview = {
  customerId: CUSTOMER,
  complete: true,
  sections: {
    customer: { status: "ok", data: { id: CUSTOMER, name: "Contoso" } },
    "relationship-health": { status: "ok", data: { score: 71, band: "amber", factors: [] } },
    engagements: { status: "ok", data: page([]) },
    consumption: ok,
    escalations: { status: "ok", data: page([]) },
    "account-plan": { status: "ok", data: { opportunities: [], objectives: [], initiatives: [] } },
    contracts: { status: "ok", data: page([]) },
    invoices: { status: "ok", data: page([]) },
  },
};
const trend = {
  customerId: CUSTOMER,
  from: "2026-04",
  to: "2026-05",
  months: [
    { month: "2026-04", satisfaction: { responses: 0 } },
    { month: "2026-05", satisfaction: { responses: 3, averageCsat: 3.67, nps: 33.33, promoters: 2, passives: 0, detractors: 1 } },
  ],
  overall: { responses: 3, averageCsat: 3.67, nps: 33.33, promoters: 2, passives: 0, detractors: 1 },
};
// Due in 2000: overdue whatever day the test runs; due in 2999: not overdue.
const followUps = page([
  { id: "u1", owner: "ada.exec", dueDate: "2000-01-07", status: "open", reason: "NPS 4 (detractor)" },
  { id: "u2", owner: "bob.exec", dueDate: "2999-01-07", status: "open", reason: "CSAT 2 (dissatisfied)" },
]);

async function satisfactionSection(): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const region = screen.getByRole("region", { name: "Customer satisfaction" });
      expect(region.dataset.status).not.toBe("loading");
      return region;
    },
    { timeout: 5000 },
  );
}

describe("Account 360's Customer satisfaction section", () => {
  it("charts CSAT and NPS per month, says the overall figures and lists open follow-ups with overdue in words", async () => {
    const fake = renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path.endsWith("/satisfaction-trend")) return answer(200, trend);
      if (path.endsWith("/satisfaction-follow-ups")) return answer(200, followUps);
      return answer(200, page([]));
    });
    const section = await satisfactionSection();
    expect(await within(section).findByRole("img", { name: "Average CSAT per month" }, { timeout: 5000 })).toBeTruthy();
    expect(within(section).getByRole("img", { name: "NPS per month" })).toBeTruthy();
    expect(within(section).getByText(/3 responses: average CSAT 3.67 of 5, NPS 33/)).toBeTruthy();
    const table = within(section).getByRole("table", { name: "Open detractor follow-ups" });
    const late = within(table).getByRole("rowheader", { name: "NPS 4 (detractor)" }).closest("tr")!;
    expect(within(late).getByText("ada.exec")).toBeTruthy();
    expect(within(late).getByText(/Overdue/)).toBeTruthy();
    const onTime = within(table).getByRole("rowheader", { name: "CSAT 2 (dissatisfied)" }).closest("tr")!;
    expect(within(onTime).queryByText(/Overdue/)).toBeNull();
    const asked = fake.requests.find((r) => r.url.includes("/satisfaction-follow-ups"))!;
    expect(new URL(asked.url).searchParams.get("status")).toBe("open");
  });

  it("degrades on its own when relationship-service fails, and retries", async () => {
    let calls = 0;
    renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path.endsWith("/satisfaction-trend")) return ++calls === 1 ? answer(503, { title: "Unavailable", status: 503 }) : answer(200, trend);
      if (path.endsWith("/satisfaction-follow-ups")) return answer(200, followUps);
      return answer(200, page([]));
    });
    const section = await satisfactionSection();
    expect(within(section).getByText(/Customer satisfaction is unavailable/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Relationship health" })).toBeTruthy();
    fireEvent.click(within(section).getByRole("button", { name: "Try again" }));
    expect(await within(await satisfactionSection()).findByText(/3 responses/, {}, { timeout: 5000 })).toBeTruthy();
    expect(calls).toBe(2);
  });
});
