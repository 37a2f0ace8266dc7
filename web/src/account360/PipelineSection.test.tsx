import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answer } from "../test/fixtures";
import { renderAccount360 } from "./renderAccount";

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

async function pipelineSection(): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const region = screen.getByRole("region", { name: "Weighted pipeline" });
      expect(region.dataset.status).not.toBe("loading");
      return region;
    },
    { timeout: 5000 },
  );
}

describe("Account 360's Weighted pipeline section", () => {
  it("shows the customer's weighted value per quarter from relationship-service", async () => {
    const fake = renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path === `/api/customers/${CUSTOMER}/pipeline`) return answer(200, pipeline);
      return answer(200, page([]));
    });
    const section = await pipelineSection();
    const q1 = within(section).getByRole("row", { name: /2027-Q1/ });
    expect(q1.textContent).toContain("$150,000.00");
    expect(q1.textContent).toContain("2 opportunities");
    expect(within(section).getByRole("row", { name: /2027-Q2/ }).textContent).toContain("nothing");
    expect(fake.requests.some((r) => new URL(r.url).pathname === `/api/customers/${CUSTOMER}/pipeline`)).toBe(true);
  });

  it("degrades on its own when relationship-service fails, the rest of the page stays", async () => {
    renderAccount360(CUSTOMER, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/overview")) return answer(200, overview);
      if (path.endsWith("/pipeline")) return answer(503, { title: "Service Unavailable", status: 503 });
      return answer(200, page([]));
    });
    const section = await pipelineSection();
    expect(section.dataset.status).not.toBe("ok");
    expect(await screen.findByRole("heading", { level: 1, name: "Contoso" })).toBeTruthy();
  });
});
