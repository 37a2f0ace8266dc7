import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, engagement, fakeGateway, session } from "../test/fixtures";
import { PortfolioPage } from "./PortfolioPage";

const twelve = Array.from({ length: 12 }, (_, i) =>
  engagement({ id: `e${i}`, name: `Engagement ${String(i).padStart(2, "0")}`, health: i === 11 ? "red" : "green" }),
);

function financials(id: string) {
  if (id === "e3") return answer(503, { title: "Service Unavailable", status: 503 });
  return answer(200, {
    pv: { amount: "100000.00", currency: "USD" },
    ev: { amount: "80000.00", currency: "USD" },
    ac: { amount: "0.00", currency: "USD" },
    spi: 0.8,
  });
}

function renderAt(url: string) {
  const fake = fakeGateway((request) => {
    const path = new URL(request.url).pathname;
    const ev = /^\/api\/engagements\/([^/]+)\/financials$/.exec(path);
    if (ev) return financials(ev[1]);
    if (path === "/api/customers") return answer(200, { items: [], page: 0, limit: 200, hasMore: false });
    if (path === "/api/portfolio/plan") {
      return answer(200, {
        horizons: [
          { horizon: "H1", meaning: "now: delivery planning and delivery", engagements: [twelve[11], engagement({ id: "x", name: "Filtered out" })] },
          { horizon: "H2", meaning: "next: solution development", engagements: [] },
          { horizon: "H3", meaning: "later: envisioning", engagements: [] },
        ],
      });
    }
    return answer(200, { items: twelve, page: 0, limit: 200, hasMore: false });
  });
  render(
    <SessionProvider value={session(["viewer"], fake)}>
      <MemoryRouter initialEntries={[url]}>
        <PortfolioPage />
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

const financialsCalls = (fake: ReturnType<typeof fakeGateway>) =>
  fake.requests.filter((r) => new URL(r.url).pathname.endsWith("/financials")).map((r) => new URL(r.url).pathname.split("/")[3]);

describe("portfolio views", () => {
  it("reads no financials on the board", async () => {
    const fake = renderAt("/portfolio");
    await screen.findByRole("region", { name: "Delivery" });
    expect(financialsCalls(fake)).toEqual([]);
    expect(screen.getByRole("link", { name: "Board" }).getAttribute("aria-current")).toBe("page");
  });

  it("shows earned value for the first ten, worst health first, and more on request", async () => {
    const fake = renderAt("/portfolio?view=earned-value");
    const table = await screen.findByRole("table", { name: /Earned value as of today/ });
    await vi.waitFor(() => expect(within(table).getAllByText("$80,000.00")).toHaveLength(9));
    expect(financialsCalls(fake)).toHaveLength(10);

    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]).getByRole("rowheader").textContent).toBe("Engagement 11");
    expect(within(rows[1]).getByText("0.80")).toBeTruthy();
    expect(within(rows[1]).getByText("— (nothing spent yet)")).toBeTruthy();
    expect(await within(table).findByText(/A service is not answering/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Show earned value for 2 more" }));
    await vi.waitFor(() => expect(financialsCalls(fake)).toHaveLength(12));
    expect(new Set(financialsCalls(fake)).size).toBe(12);
    expect(screen.queryByRole("button", { name: /Show earned value/ })).toBeNull();
  });

  it("reads a failed row again on Retry, and only that row", async () => {
    const fake = renderAt("/portfolio?view=earned-value");
    fireEvent.click(await screen.findByRole("button", { name: "Retry Engagement 03" }));
    await vi.waitFor(() => expect(financialsCalls(fake).filter((id) => id === "e3")).toHaveLength(2));
    expect(financialsCalls(fake)).toHaveLength(11);
  });

  it("shows the plan by horizon, narrowed to the filtered list, with the customer filter sent to the API", async () => {
    const fake = renderAt("/portfolio?view=plan&health=red&customerId=3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10");
    const h1 = await screen.findByRole("region", { name: /H1 — now/ });
    expect(within(h1).getByText("Engagement 11")).toBeTruthy();
    expect(within(h1).queryByText("Filtered out")).toBeNull();
    expect(within(screen.getByRole("region", { name: /H2 — next/ })).getByText("Nothing in this horizon.")).toBeTruthy();
    const plan = fake.requests.find((r) => new URL(r.url).pathname === "/api/portfolio/plan")!;
    expect(new URL(plan.url).searchParams.get("customerId")).toBe("3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10");
    expect(screen.getByRole("link", { name: "Earned value" }).getAttribute("href")).toContain("view=earned-value");
    expect(screen.getByRole("link", { name: "Earned value" }).getAttribute("href")).toContain("health=red");
  });
});
