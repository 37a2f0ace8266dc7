import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answer } from "../test/fixtures";
import { renderAccount360 } from "./renderAccount";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
const page = (items: unknown[]) => ({ items, page: 0, limit: 200, hasMore: false });

const overview = {
  customerId: CUSTOMER,
  complete: true,
  sections: {
    customer: { status: "ok", data: { id: CUSTOMER, name: "Contoso" } },
    "relationship-health": {
      status: "ok",
      data: {
        score: 71,
        band: "amber",
        totalWeight: 95,
        factors: [
          { name: "key-role-coverage", detail: "4 of 4 key roles engaged", value: 1, weight: 30, contribution: 31.58 },
          { name: "open-escalations", detail: "2 critical escalations open", value: 0, weight: 10, contribution: 0 },
        ],
      },
    },
    engagements: { status: "ok", data: page([]) },
    consumption: { status: "ok", data: {} },
    escalations: { status: "ok", data: page([]) },
    "account-plan": {
      status: "ok",
      data: {
        openPipeline: [{ amount: "1250000.00", currency: "USD" }],
        opportunities: [
          { id: "o1", name: "Data estate", stage: "identified", estimatedValue: { amount: "250000.00", currency: "USD" } },
          { id: "o2", name: "AI pilot", stage: "proposed", estimatedValue: { amount: "1000000.00", currency: "USD" }, expectedCloseDate: "2026-06-30" },
        ],
        objectives: [{ id: "b1", title: "Modernise the data estate", status: "on-track" }],
        initiatives: [],
      },
    },
    contracts: { status: "ok", data: page([]) },
    invoices: { status: "ok", data: page([]) },
  },
};

const stakeholders = page([
  { id: "ann", name: "Ann Lee", title: "Chief Information Officer", roleType: "cio", influence: 5, stance: "champion", active: true },
  { id: "bob", name: "Bob Ray", roleType: "it-director", influence: 3, stance: "skeptic", reportsToId: "ann", active: true },
  { id: "cy", name: "Cy Old", roleType: "other", influence: 2, stance: "neutral", reportsToId: "gone", active: false },
]);

function renderWith(route: (path: string) => Response) {
  return renderAccount360(CUSTOMER, (request) => route(new URL(request.url).pathname));
}

/** A section once it has loaded (the loading placeholder is a different element). */
async function loaded(name: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const region = screen.getByRole("region", { name });
    expect(region.dataset.status).not.toBe("loading");
    return region;
  });
}

/** The trend once its lazily loaded chart is drawn. */
async function trendDrawn(): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const region = screen.getByRole("region", { name: "Health trend" });
      within(region).getByRole("figure");
      return region;
    },
    { timeout: 5000 },
  );
}

const healthy = (path: string) => {
  if (path.endsWith("/overview")) return answer(200, overview);
  if (path.endsWith("/health/history")) {
    return answer(200, page([
      { computedAt: "2026-03-01T09:00:00Z", score: 84, band: "green" },
      { computedAt: "2026-03-09T09:00:00Z", score: 71, band: "amber" },
    ]));
  }
  if (path.endsWith("/stakeholders")) return answer(200, stakeholders);
  return answer(404, { status: 404 });
};

describe("Account 360's relationship sections", () => {
  it("explains the health factor by factor, the costliest first", async () => {
    renderWith(healthy);
    const health = await screen.findByRole("region", { name: "Relationship health" });
    const rows = within(health).getAllByRole("row").slice(1);
    expect(within(rows[0]).getByRole("rowheader").textContent).toBe("Open escalations");
    expect(within(rows[0]).getByText("0.00 of 10.53")).toBeTruthy();
    expect(within(rows[1]).getByText("31.58 of 31.58")).toBeTruthy();
  });

  it("charts the score's history from relationship-service, with its figures as a table", async () => {
    const fake = renderWith(healthy);
    const trend = await trendDrawn();
    expect(within(trend).getByText(/2 recorded changes; latest score/)).toBeTruthy();
    expect(within(trend).getByRole("table", { name: "Relationship health score over time" })).toBeTruthy();
    expect(within(trend).getByRole("img", { name: "Relationship health score over time" })).toBeTruthy();
    expect(within(trend).getByRole("rowheader", { name: "2026-03-09 09:00" })).toBeTruthy();
    const asked = fake.requests.map((r) => new URL(r.url).pathname);
    expect(asked).toContain(`/api/customers/${CUSTOMER}/health/history`);
  });

  it("places stakeholders by influence and stance in words, and nests the org chart, from one read", async () => {
    const fake = renderWith(healthy);
    const map = await loaded("Stakeholder map");
    const grid = within(map).getByRole("table", { name: "Stakeholders by influence and stance" });
    const decisive = within(grid).getByRole("row", { name: /5 – decisive/ });
    expect(within(decisive).getAllByRole("cell")[0].textContent).toContain("Ann Lee");
    expect(within(map).getByText(/1 inactive not shown/)).toBeTruthy();

    const chart = screen.getByRole("region", { name: "Org chart" });
    const tree = within(chart).getByRole("list", { name: "Reports-to tree" });
    const ann = within(tree).getByText("Ann Lee").closest("li")!;
    expect(within(ann).getByText("Bob Ray")).toBeTruthy();
    expect(within(chart).getByText("Inactive")).toBeTruthy();
    expect(within(chart).getByText(/reports to someone not among the stakeholders/)).toBeTruthy();
    expect(fake.requests.filter((r) => new URL(r.url).pathname.endsWith("/stakeholders"))).toHaveLength(1);
  });

  it("lists opportunities with stage and value, nearest to closing first", async () => {
    renderWith(healthy);
    const plan = await screen.findByRole("region", { name: "Account plan" });
    const rows = within(within(plan).getByRole("table", { name: /Opportunities/ })).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["AI pilot", "Data estate"]);
    expect(within(rows[0]).getByText("Proposed")).toBeTruthy();
    expect(within(rows[0]).getByText("$1,000,000.00")).toBeTruthy();
    expect(within(plan).getByText("Modernise the data estate")).toBeTruthy();
  });

  it("shows the stakeholder sections as degraded when relationship-service fails, the rest usable, and retries them", async () => {
    let stakeholderCalls = 0;
    renderWith((path) => {
      if (path.endsWith("/stakeholders")) {
        return ++stakeholderCalls === 1 ? answer(503, { title: "Service Unavailable", status: 503 }) : answer(200, stakeholders);
      }
      return healthy(path);
    });
    const map = await loaded("Stakeholder map");
    expect(map.dataset.status).toBe("unavailable");
    expect(within(map).getByText(/Degraded/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Org chart" }).dataset.status).toBe("unavailable");
    expect(screen.getByRole("region", { name: "Relationship health" }).dataset.status).toBe("ok");
    expect(within(await trendDrawn()).getByText(/2 recorded changes/)).toBeTruthy();

    fireEvent.click(within(map).getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(within(screen.getByRole("region", { name: "Org chart" })).getByText("Bob Ray")).toBeTruthy());
    expect(stakeholderCalls).toBe(2);
  });
});
