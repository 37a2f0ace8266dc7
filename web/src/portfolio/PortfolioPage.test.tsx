import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, engagement, fakeGateway, session } from "../test/fixtures";
import { PortfolioPage } from "./PortfolioPage";

const CUSTOMER = "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10";

function gateway() {
  return fakeGateway((request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/customers") {
      return answer(200, { items: [{ id: CUSTOMER, name: "Contoso" }], page: 0, limit: 200, hasMore: false });
    }
    return answer(200, {
      items: [
        engagement({ id: "1", name: "Data platform", stage: "delivery", health: "red", healthReasons: ["budget: CPI 0.82 below 0.9"] }),
        engagement({ id: "2", name: "Identity", stage: "envisioning", health: "green" }),
      ],
      page: 0,
      limit: 200,
      hasMore: false,
    });
  });
}

function renderAs(roles: string[], url = "/portfolio") {
  const fake = gateway();
  render(
    <SessionProvider value={session(roles, fake)}>
      <MemoryRouter initialEntries={[url]}>
        <PortfolioPage />
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

describe("PortfolioPage", () => {
  it("shows engagements in their stage with the RAG reasons and the customer's name", async () => {
    renderAs(["executive"]);
    const delivery = await screen.findByRole("region", { name: "Delivery" });
    expect(within(delivery).getByRole("link", { name: "Data platform" }).getAttribute("href")).toBe("/engagements/1");
    expect(within(delivery).getByText("budget: CPI 0.82 below 0.9")).toBeTruthy();
    expect(within(delivery).getByRole("link", { name: "Contoso" }).getAttribute("href")).toBe(`/accounts/${CUSTOMER}`);
    expect(within(screen.getByRole("region", { name: "Envisioning" })).getByText("Identity")).toBeTruthy();
  });

  it("offers stage moves to a writing role", async () => {
    renderAs(["delivery-manager"]);
    await screen.findByText("Data platform");
    expect(screen.getAllByRole("button", { name: "Move" })).toHaveLength(2);
  });

  it("shows a viewer no write control", async () => {
    renderAs(["viewer"]);
    await screen.findByText("Data platform");
    expect(screen.queryByRole("button", { name: "Move" })).toBeNull();
    expect(screen.queryByRole("form", { name: /Move/ })).toBeNull();
  });

  it("sends the address's filters to the API and groups by health when asked", async () => {
    const fake = renderAs(["viewer"], "/portfolio?health=red&by=health");
    await screen.findByRole("region", { name: "Red" });
    const list = fake.requests.find((r) => new URL(r.url).pathname === "/api/engagements")!;
    expect(new URL(list.url).searchParams.get("health")).toBe("red");
  });

  it("asks the API for a delivery manager's engagements once the name is entered, not per keystroke", async () => {
    const fake = renderAs(["viewer"]);
    await screen.findByText("Data platform");
    const input = screen.getByLabelText("Delivery manager");
    fireEvent.change(input, { target: { value: "dan.delivery" } });
    const listCalls = () => fake.requests.filter((r) => new URL(r.url).pathname === "/api/engagements");
    expect(listCalls()).toHaveLength(1);
    fireEvent.keyDown(input, { key: "Enter" });
    await vi.waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(new URL(listCalls()[1].url).searchParams.get("deliveryManager")).toBe("dan.delivery");
  });
});
