import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import type { Escalation } from "./escalationApi";
import { SessionProvider } from "../auth/AuthProvider";
import { answer, fakeGateway, session } from "../test/fixtures";
import { EscalationDetailPage } from "./EscalationDetailPage";
import { seriousAxeViolations } from "../test/axe";
import { envelope, escalation, sla, timelineEntry } from "./testData";

const ID = escalation().id;

function renderPage(roles: string[], shown: Escalation = escalation()) {
  const fake = fakeGateway((request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/customers") return answer(200, envelope([]));
    if (path.endsWith("/sla")) return answer(200, sla({ paused: shown.paused, pauseReason: "waiting for customer" }));
    if (path.endsWith("/timeline")) {
      if (request.method === "POST") return answer(201, timelineEntry());
      return answer(
        200,
        envelope([
          timelineEntry({ id: "a", kind: "status-change", from: "acknowledged", to: "investigating", text: "Vendor engaged" }),
          timelineEntry({ id: "b", visibility: "customer", customerVisible: true, text: "We are restoring service." }),
        ]),
      );
    }
    return answer(200, shown);
  });
  render(
    <SessionProvider value={session(roles, fake)}>
      <MemoryRouter initialEntries={[`/escalations/${ID}`]}>
        <Routes>
          <Route path="/escalations/:escalationId" element={<EscalationDetailPage />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  return fake;
}

const optionsOf = (form: HTMLElement, label: string) =>
  within(within(form).getByLabelText(label)).getAllByRole("option").map((option) => option.textContent);

describe("EscalationDetailPage", () => {
  it("offers a writer only the moves the state machine allows, resolving with its root-cause form", async () => {
    renderPage(["delivery-manager"]);
    await screen.findByRole("heading", { level: 1, name: "Go-live blocked" });
    expect(optionsOf(screen.getByRole("form", { name: "Move the status" }), "Move to")).toEqual(["Mitigated"]);
    expect(screen.getByRole("form", { name: "Resolve with root cause" })).toBeTruthy();
    // L2 set by an executive: a delivery manager may raise it, not lower it.
    expect(optionsOf(screen.getByRole("form", { name: "Change the level" }), "New level")).toEqual(["L3 executive"]);
    expect(screen.getByRole("button", { name: "Pause SLA" })).toBeTruthy();
  });

  it("marks each timeline entry internal or customer-visible", async () => {
    renderPage(["viewer"]);
    const timeline = await screen.findByRole("region", { name: "Timeline" });
    const entries = within(timeline).getAllByRole("listitem");
    expect(within(entries[0]).getByText("Internal")).toBeTruthy();
    expect(within(entries[0]).getByText(/acknowledged → investigating/)).toBeTruthy();
    expect(within(entries[1]).getByText("Customer-visible")).toBeTruthy();
  });

  it("shows the SLA targets with time left and percent used", async () => {
    renderPage(["viewer"]);
    const table = await screen.findByRole("table", { name: /SLA targets/ });
    const resolve = within(table).getByRole("row", { name: /Resolve \(1 d\)/ });
    expect(within(resolve).getByText("Warning (75 %)")).toBeTruthy();
    expect(within(resolve).getByText("75.0 %")).toBeTruthy();
    expect(within(resolve).getByText("6 h left")).toBeTruthy();
    expect(within(table).getByRole("row", { name: /Acknowledge/ }).textContent).toMatch(/met/);
  });

  it("gives a viewer no write control", async () => {
    renderPage(["viewer"]);
    await screen.findByRole("heading", { level: 1, name: "Go-live blocked" });
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("offers only reopening on a closed escalation: no pause, level change or update", async () => {
    renderPage(["admin"], escalation({ status: "closed", level: "L1" }));
    await screen.findByRole("heading", { level: 1, name: "Go-live blocked" });
    expect(screen.getAllByRole("form").map((form) => form.getAttribute("aria-label"))).toEqual(["Move the status"]);
    expect(screen.getByRole("button", { name: "Reopen" })).toBeTruthy();
  });

  it("resumes paused timers, based on the version shown", async () => {
    const fake = renderPage(["finance"], escalation({ paused: true }));
    fireEvent.click(await screen.findByRole("button", { name: "Resume SLA" }));
    await vi.waitFor(() => expect(fake.requests.some((r) => r.url.endsWith("/sla/transitions"))).toBe(true));
    const resume = fake.requests.find((r) => r.url.endsWith("/sla/transitions"))!;
    expect(await resume.json()).toEqual({ to: "running" });
    expect(resume.headers.get("If-Match")).toBe('"4"');
  });

  it("adds a customer-visible update", async () => {
    const fake = renderPage(["finance"]);
    const form = await screen.findByRole("form", { name: "Add an update" });
    fireEvent.change(within(form).getByLabelText("Update"), { target: { value: "Fix deployed" } });
    fireEvent.click(within(form).getByLabelText("Customer-visible"));
    fireEvent.click(within(form).getByRole("button", { name: "Add entry" }));
    await vi.waitFor(() => expect(fake.requests.some((r) => r.method === "POST" && r.url.endsWith("/timeline"))).toBe(true));
    const added = fake.requests.find((r) => r.method === "POST" && r.url.endsWith("/timeline"))!;
    expect(await added.json()).toEqual({ text: "Fix deployed", visibility: "customer" });
  });

  it("has no serious or critical accessibility violations a writer's page could show", async () => {
    renderPage(["admin"], escalation({ rootCause: { category: "capacity", description: "d", correctiveActions: "c", preventiveActions: "p" } }));
    await screen.findByRole("form", { name: "Resolve with root cause" });
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
