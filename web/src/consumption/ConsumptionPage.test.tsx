import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { ConsumptionPage } from "./ConsumptionPage";

const CONTOSO = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";
const FABRIKAM = "7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const usd = (amount: string) => ({ amount, currency: "USD" });
const page = (items: unknown[]) => ({ items, page: 0, limit: 50, hasMore: false });

function summary(customerId: string) {
  return {
    customerId,
    asOf: "2026-06-20",
    currency: "USD",
    month: {
      month: "2026-06",
      monthToDate: usd("1930.00"),
      runRate7: usd("100.00"),
      runRate30: usd("81.67"),
      forecast: usd("3000.00"),
      goal: usd("3500.00"),
      gapToGoal: usd("500.00"),
    },
    commitments: [
      {
        commitmentId: "c2a9f0e1-3d4b-4a6c-8e7f-1b2c3d4e5f60",
        atRisk: true,
        riskState: "at-risk",
        riskReasons: ["projected-shortfall"],
        outlook: {
          commitment: usd("50000.00"),
          startDate: "2026-05-01",
          endDate: "2026-12-31",
          consumed: usd("2480.00"),
          remaining: usd("47520.00"),
          projected: usd("18375.00"),
          shortfall: usd("31625.00"),
          requiredDailyRate: usd("244.95"),
          daysLeft: 194,
          burnDown: [
            { month: "2026-05", consumed: usd("550.00"), cumulative: usd("550.00"), remaining: usd("49450.00") },
            { month: "2026-06", consumed: usd("1930.00"), cumulative: usd("2480.00"), remaining: usd("47520.00") },
          ],
        },
      },
    ],
  };
}

function gateway() {
  return fakeGateway((request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === "/api/customers") {
      return answer(200, page([{ id: CONTOSO, name: "Contoso" }, { id: FABRIKAM, name: "Fabrikam" }]));
    }
    if (path === "/api/consumption/usage") {
      return answer(200, {
        customerId: url.searchParams.get("customerId"),
        groupBy: url.searchParams.get("groupBy"),
        items: [
          { key: "Virtual Machines", cost: usd("10.00") },
          { key: "Storage", cost: usd("2.50") },
        ],
      });
    }
    const [, customerId, part] = /^\/api\/consumption\/customers\/([^/]+)\/(\w+)$/.exec(path) ?? [];
    if (part === "summary") return answer(200, summary(customerId));
    if (part === "anomalies") {
      return answer(200, page([{ id: "a1", date: "2026-05-31", service: "Virtual Machines", direction: "spike", cost: usd("900.00"), baseline: usd("100.00"), deviations: 6.25 }]));
    }
    if (part === "blockers") {
      return answer(200, page([{ id: "b1", description: "Landing zone not approved by security", category: "technical", owner: "dan.delivery", status: "in-progress", createdAt: "2026-06-01T09:00:00Z" }]));
    }
    return answer(404, { status: 404, title: "Not Found" });
  });
}

function renderAs(roles: string[], url = "/consumption") {
  const fake = gateway();
  render(
    <SessionProvider value={session(roles, fake)}>
      <MemoryRouter initialEntries={[url]}>
        <ConsumptionPage today="2026-06-20" />
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

const requestsFor = (fake: ReturnType<typeof gateway>, path: string) => fake.requests.filter((r) => new URL(r.url).pathname === path);

describe("ConsumptionPage", () => {
  it("shows the first customer's month, commitment shortfall in money, anomalies and blockers", async () => {
    renderAs(["executive"]);
    expect(screen.getByRole("heading", { level: 1, name: "Consumption" })).toBeTruthy();
    const commitment = await screen.findByRole("article", { name: /Commitment 2026-05-01 to 2026-12-31/ });
    expect(within(commitment).getByText("At risk")).toBeTruthy();
    expect(within(commitment).getByText("$31,625.00")).toBeTruthy();
    expect(within(commitment).getByText("$244.95 a day for 194 days")).toBeTruthy();
    expect(screen.getByText("Forecast short of the goal by $500.00")).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Customer" }) as HTMLSelectElement).value).toBe(CONTOSO);

    const anomalies = await screen.findByRole("table", { name: /Anomalies, newest first/ });
    expect(within(anomalies).getByText("Spike")).toBeTruthy();
    expect(within(anomalies).getByText("$900.00")).toBeTruthy();
    expect(within(anomalies).getByText("6.3")).toBeTruthy();
    const blockers = await screen.findByRole("table", { name: "Blockers" });
    expect(within(blockers).getByText("In progress")).toBeTruthy();
  });

  it("draws the burn-down's actual, commitment and projection lines", async () => {
    renderAs(["viewer"]);
    const table = await screen.findByRole("table", { name: /Burn-down of the commitment/ });
    const header = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(header).toEqual(["Period", "Actual cumulative cost", "Commitment", "Projection"]);
    const june = within(table).getByRole("rowheader", { name: "2026-06" }).parentElement!;
    expect([...june.querySelectorAll("td")].map((cell) => cell.textContent)).toEqual(["2480", "50000", "2480"]);
    const december = within(table).getByRole("rowheader", { name: "2026-12" }).parentElement!;
    expect([...december.querySelectorAll("td")].map((cell) => cell.textContent)).toEqual(["", "50000", "18375"]);
  });

  it("asks cost by service per day for 30 days and per month for 12, one line per service", async () => {
    const fake = renderAs(["viewer"]);
    const daily = await screen.findByRole("table", { name: "Daily cost by service, last 30 days (USD)" });
    expect(within(daily).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Period", "Virtual Machines", "Storage"]);
    expect(within(daily).getAllByRole("rowheader")).toHaveLength(30);
    expect(await screen.findByRole("table", { name: "Monthly cost by service, last 12 months (USD)" })).toBeTruthy();

    const usage = requestsFor(fake, "/api/consumption/usage").map((r) => new URL(r.url).searchParams);
    expect(usage).toHaveLength(42);
    expect(usage.every((query) => query.get("groupBy") === "service" && query.get("customerId") === CONTOSO)).toBe(true);
    expect(usage.some((query) => query.get("from") === "2026-06-20" && query.get("to") === "2026-06-20")).toBe(true);
    expect(usage.some((query) => query.get("from") === "2025-07-01" && query.get("to") === "2025-07-31")).toBe(true);
  });

  it("reads the customer from the address and follows the picker", async () => {
    const fake = renderAs(["viewer"], `/consumption?customer=${FABRIKAM}`);
    await screen.findByRole("article", { name: /Commitment/ });
    expect(requestsFor(fake, `/api/consumption/customers/${FABRIKAM}/summary`)).toHaveLength(1);

    fireEvent.change(screen.getByRole("combobox", { name: "Customer" }), { target: { value: CONTOSO } });
    await screen.findByRole("article", { name: /Commitment/ });
    expect(requestsFor(fake, `/api/consumption/customers/${CONTOSO}/summary`)).toHaveLength(1);
  });

  it("offers the upload to a writer and no write control to a viewer", async () => {
    renderAs(["delivery-manager"]);
    expect(await screen.findByRole("form", { name: "Upload a cost export" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Upload" })).toBeTruthy();

    cleanup();
    renderAs(["viewer"]);
    await screen.findByRole("article", { name: /Commitment/ });
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByLabelText("Cost export (CSV)")).toBeNull();
  });
});
