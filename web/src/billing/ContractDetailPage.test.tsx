import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { contract, invoice, page } from "./billingFixtures";
import type { Contract } from "./billingTypes";
import { ContractDetailPage } from "./ContractDetailPage";

const ENGAGEMENT = "00000000-0000-4000-8000-000000000001";
const usd = (amount: string) => ({ amount, currency: "USD" });

const INVOICES = [
  invoice({ id: "d", status: "draft", number: undefined, description: "March time", openAmount: usd("0.00"), version: 1 }),
  invoice({ id: "c", number: "INV-2026-000041", credited: usd("1000.00"), openAmount: usd("47000.00") }),
  invoice({ id: "p", number: "INV-2026-000040", status: "paid", openAmount: usd("0.00") }),
];

const PROFITABILITY = {
  engagementId: ENGAGEMENT,
  revenueRecognized: usd("120000.00"),
  revenue: usd("119000.00"),
  cost: usd("309600.00"),
  budget: usd("300000.00"),
  budgetBurnPercent: 103.2,
  budgetRemaining: usd("-9600.00"),
};

function renderDetail(roles: string[], shown: Contract, username = "fiona.finance") {
  const fake = fakeGateway((request) => {
    const path = new URL(request.url).pathname;
    if (request.method === "POST") return answer(200, path.startsWith("/api/invoices") ? INVOICES[0] : shown);
    if (path === "/api/invoices") return answer(200, page(INVOICES));
    if (path.endsWith("/revenue")) return answer(200, { lines: [], recognized: usd("120000.00") });
    if (path.endsWith("/profitability")) return answer(200, PROFITABILITY);
    return answer(200, shown);
  });
  render(
    <SessionProvider value={{ ...session(roles, fake), username }}>
      <MemoryRouter initialEntries={[`/billing/contracts/${shown.id}`]}>
        <Routes>
          <Route path="/billing/contracts/:contractId" element={<ContractDetailPage />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

const posts = (fake: ReturnType<typeof fakeGateway>) => fake.requests.filter((r) => r.method === "POST");

describe("ContractDetailPage", () => {
  it("ticks an open checklist item with the contract's version, and reads the contract again", async () => {
    const fake = renderDetail(["finance"], contract({ status: "approved" }));
    const checklist = within(await screen.findByRole("region", { name: "Compliance checklist" }));
    expect((checklist.getByLabelText("Legal review") as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(checklist.getByLabelText("Security review"));
    await vi.waitFor(() => expect(posts(fake)).toHaveLength(1));
    expect(new URL(posts(fake)[0].url).pathname).toMatch(/\/compliance\/security-review$/);
    expect(posts(fake)[0].headers.get("If-Match")).toBe('"4"');
    await vi.waitFor(() => expect(fake.requests.filter((r) => r.url.endsWith(`/api/contracts/${contract().id}`))).toHaveLength(2));
    // Sign waits for the checklist: explained, not offered.
    expect(screen.queryByRole("button", { name: "Sign" })).toBeNull();
    expect(await screen.findByText(/Signing is offered once the compliance checklist is complete/)).toBeTruthy();
  });

  it("signs an approved contract with a complete checklist", async () => {
    const fake = renderDetail(["executive"], contract({ status: "approved", complianceComplete: true, version: 9 }));
    fireEvent.click(await screen.findByRole("button", { name: "Sign" }));
    await vi.waitFor(() => expect(posts(fake)).toHaveLength(1));
    expect(posts(fake)[0].headers.get("If-Match")).toBe('"9"');
    expect(await posts(fake)[0].json()).toEqual({ to: "signed" });
  });

  it("offers each invoice only the moves of its state", async () => {
    const fake = renderDetail(["finance"], contract({ status: "active" }));
    const table = await screen.findByRole("table", { name: "Invoices" });
    const actions = (name: string) =>
      within(within(table).getByRole("rowheader", { name }).closest("tr")!)
        .queryAllByRole("button")
        .map((b) => b.getAttribute("aria-label"));
    expect(actions("Draft: March time")).toEqual(["Issue Draft: March time", "Void Draft: March time"]);
    expect(actions("INV-2026-000041")).toEqual(["Mark paid INV-2026-000041", "Credit note on INV-2026-000041"]);
    expect(actions("INV-2026-000040")).toEqual([]);

    fireEvent.click(within(table).getByRole("button", { name: "Issue Draft: March time" }));
    await vi.waitFor(() => expect(posts(fake)).toHaveLength(1));
    expect(new URL(posts(fake)[0].url).pathname).toBe("/api/invoices/d/transitions");
    expect(posts(fake)[0].headers.get("If-Match")).toBe('"1"');
    expect(await posts(fake)[0].json()).toEqual({ to: "issued" });
  });

  it("issues a credit note in the invoice's currency, the amount as typed", async () => {
    const fake = renderDetail(["finance"], contract({ status: "active" }));
    fireEvent.click(await screen.findByRole("button", { name: "Credit note on INV-2026-000041" }));
    const form = screen.getByRole("form", { name: "Credit note on INV-2026-000041" });
    fireEvent.change(within(form).getByLabelText(/Credit amount \(USD, at most \$47,000.00\)/), { target: { value: "500.10" } });
    fireEvent.change(within(form).getByLabelText("Reason"), { target: { value: "Late report" } });
    fireEvent.click(within(form).getByRole("button", { name: "Issue credit note" }));
    await vi.waitFor(() => expect(posts(fake)).toHaveLength(1));
    expect(await posts(fake)[0].json()).toEqual({ amount: { amount: "500.10", currency: "USD" }, reason: "Late report" });
  });

  it("shows profitability and budget burn in words, money from its strings", async () => {
    renderDetail(["viewer"], contract({ status: "active", engagementIds: [ENGAGEMENT] }));
    const panel = within(await screen.findByRole("region", { name: "Profitability and budget burn" }));
    expect(await panel.findByText("$309,600.00")).toBeTruthy();
    expect(panel.getByText("-$9,600.00")).toBeTruthy();
    expect(panel.getByText("over budget")).toBeTruthy();
  });

  it("gives a viewer no write control at all", async () => {
    renderDetail(["viewer"], contract({ status: "approved", complianceComplete: true }), "victor.viewer");
    await screen.findByRole("table", { name: "Invoices" });
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
    expect(screen.getByText("open")).toBeTruthy();
  });

  it("offers the decision on a deal that waits on this user", async () => {
    renderDetail(["finance"], contract());
    expect(await screen.findByRole("region", { name: "Your approval" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Approve" })).toBeTruthy();
  });
});
