import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { EscalationsPage } from "./EscalationsPage";
import { seriousAxeViolations } from "../test/axe";
import { envelope, escalation, sla } from "./testData";

const BREACHED = "e0000000-0000-4000-8000-00000000000b";

function renderPage(roles: string[], address = "/escalations") {
  const fake = fakeGateway((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/customers") return answer(200, envelope([{ id: escalation().customerId, name: "Cascadia Health" }]));
    if (request.method === "POST") return answer(201, escalation({ id: "new-one" }));
    if (url.pathname.endsWith("/sla")) {
      // One escalation's acknowledge target ran out 12 minutes before the service measured it.
      return url.pathname.includes(BREACHED)
        ? answer(200, sla({ acknowledge: { target: "acknowledge", targetMinutes: 60, elapsedSeconds: 4320, state: "breached", timer: "running" } }))
        : answer(200, sla());
    }
    return answer(
      200,
      envelope([
        escalation({ id: "e1", title: "Slow reports", severity: "low" }),
        escalation({ id: "e2", title: "Go-live blocked", severity: "critical" }),
        escalation({ id: BREACHED, title: "Portal down", status: "open", severity: "high", acknowledgedAt: undefined }),
      ]),
    );
  });
  render(
    <SessionProvider value={session(roles, fake)}>
      <MemoryRouter initialEntries={[address]}>
        <Routes>
          <Route path="/escalations" element={<EscalationsPage />} />
          <Route path="/escalations/:id" element={<p>Detail page</p>} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

describe("EscalationsPage", () => {
  it("shows a column per status, worst severity first, with each one's SLA in words", async () => {
    renderPage(["executive"]);
    const investigating = await screen.findByRole("region", { name: /Investigating/ });
    const titles = within(investigating).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(["Go-live blocked", "Slow reports"]);
    expect(within(investigating).getByText("1 critical · 1 low")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go-live blocked" }).getAttribute("href")).toBe("/escalations/e2");
    // The resolve target of the acknowledged ones, 75 % used; the open one's acknowledge target breached.
    expect((await within(investigating).findAllByText(/75\.0 % used/)).length).toBe(2);
    const open = screen.getByRole("region", { name: /Open/ });
    expect(await within(open).findByText("Breached")).toBeTruthy();
    expect(within(open).getByText(/breached 12 min ago/)).toBeTruthy();
    expect(within(open).getByText("Cascadia Health")).toBeTruthy();
  });

  it("asks for every escalation not closed, and closed ones too on request, with the severity filter", async () => {
    const fake = renderPage(["executive"], "/escalations?severity=critical&closed=yes");
    await screen.findByRole("region", { name: /Closed/ });
    const list = fake.requests.map((r) => new URL(r.url)).find((url) => url.pathname === "/api/escalations")!;
    expect(list.searchParams.getAll("status")).toEqual(["open", "acknowledged", "investigating", "mitigated", "resolved", "closed"]);
    expect(list.searchParams.get("severity")).toBe("critical");
  });

  it("offers a writer the form to raise an escalation", async () => {
    renderPage(["delivery-manager"]);
    fireEvent.click(await screen.findByRole("button", { name: "New escalation" }));
    const form = screen.getByRole("form", { name: "Raise an escalation" });
    expect(within(form).getByRole("option", { name: "Cascadia Health" })).toBeTruthy();
    expect(within(form).queryByRole("option", { name: "System" })).toBeNull();
  });

  it("raises an escalation and opens it", async () => {
    const fake = renderPage(["executive"]);
    fireEvent.click(await screen.findByRole("button", { name: "New escalation" }));
    const form = screen.getByRole("form", { name: "Raise an escalation" });
    fireEvent.change(within(form).getByLabelText("Customer"), { target: { value: escalation().customerId } });
    fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "Data loss" } });
    fireEvent.change(within(form).getByLabelText("Description"), { target: { value: "Nightly export lost rows" } });
    fireEvent.change(within(form).getByLabelText("Severity"), { target: { value: "critical" } });
    fireEvent.click(within(form).getByRole("button", { name: "Raise escalation" }));
    expect(await screen.findByText("Detail page")).toBeTruthy();
    const raised = fake.requests.find((r) => r.method === "POST")!;
    expect(await raised.json()).toEqual({
      customerId: escalation().customerId,
      title: "Data loss",
      description: "Nightly export lost rows",
      severity: "critical",
      category: "delivery",
      source: "customer",
    });
  });

  it("gives a viewer no write control", async () => {
    renderPage(["viewer"]);
    await screen.findByRole("region", { name: /Investigating/ });
    await vi.waitFor(() => expect(screen.getAllByText(/% used/).length).toBe(3));
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("has no serious or critical accessibility violations, the raise form open", async () => {
    renderPage(["executive"]);
    fireEvent.click(await screen.findByRole("button", { name: "New escalation" }));
    await vi.waitFor(() => expect(screen.getAllByText(/% used/).length).toBe(3));
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
