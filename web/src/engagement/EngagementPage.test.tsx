import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { seriousAxeViolations } from "../test/axe";
import { answer, session } from "../test/fixtures";
import { EngagementPage } from "./EngagementPage";
import { CUSTOMER_ID, ENGAGEMENT_ID, engagementGateway, milestone, raidItem, statusReport, type World } from "./testGateway";

function renderAs(roles: string[], world: World = {}) {
  const gateway = engagementGateway(world);
  render(
    <SessionProvider value={session(roles, gateway)}>
      <MemoryRouter initialEntries={[`/engagements/${ENGAGEMENT_ID}`]}>
        <Routes>
          <Route path="/engagements/:engagementId" element={<EngagementPage />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  return gateway;
}

const section = (name: string) => screen.getByRole("region", { name });
const posts = (gateway: ReturnType<typeof engagementGateway>) => gateway.requests.filter((r) => r.method === "POST");
const WRITE_BUTTONS = ["Move", "Plan milestone", "Accept", "Add RAID entry", "Set status", "Convert to issue", "Create status report", "Record meeting"];

describe("EngagementPage", () => {
  it("shows the engagement with its customer, stage, health reasons and every section", async () => {
    renderAs(["viewer"]);
    expect(await screen.findByRole("heading", { level: 1, name: "Cloud migration" })).toBeTruthy();
    expect((await screen.findByRole("link", { name: "Contoso" })).getAttribute("href")).toBe(`/accounts/${CUSTOMER_ID}`);
    expect(within(screen.getByRole("list", { name: "Health reasons" })).getByText("budget: CPI 0.80 below 0.90")).toBeTruthy();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Lifecycle", "Milestones", "RAID log", "Status reports", "Steering meetings", "Earned value", "Staffing", "Quality gates", "Status pack"]);
    expect(within(section("Lifecycle")).getByText(/Delivery \(current\)/)).toBeTruthy();
  });

  it("shows a viewer no write control", async () => {
    renderAs(["viewer"]);
    await screen.findByText("Vendor may deliver late");
    await screen.findByText("Pilot migrated");
    await screen.findByText("Penalty clause for the vendor", { exact: false });
    for (const name of WRITE_BUTTONS) expect(screen.queryByRole("button", { name }), name).toBeNull();
  });

  it("offers a writer only the milestone moves the state machine allows", async () => {
    renderAs(["delivery-manager"], { milestones: [milestone(), milestone({ id: "m2", name: "Go-live", status: "accepted" })] });
    const achieved = await screen.findByRole("row", { name: /Pilot migrated/ });
    expect(within(achieved).getAllByRole("button").map((b) => b.textContent)).toEqual(["Accept", "Waive", "Reject"]);
    expect(within(screen.getByRole("row", { name: /Go-live/ })).queryAllByRole("button")).toHaveLength(0);
  });

  it("converts a risk into an issue with the entry's version, then reads the page again", async () => {
    const gateway = renderAs(["executive"]);
    const row = await screen.findByRole("row", { name: /Vendor may deliver late/ });
    const readsBefore = gateway.requests.filter((r) => r.url.endsWith("/raid?page=0&limit=200")).length;
    fireEvent.click(within(row).getByRole("button", { name: "Convert to issue" }));
    await vi.waitFor(() => expect(posts(gateway)).toHaveLength(1));
    const [convert] = posts(gateway);
    expect(new URL(convert.url).pathname).toBe(`/api/engagements/${ENGAGEMENT_ID}/raid/r1/transitions`);
    expect(convert.headers.get("If-Match")).toBe('"2"');
    expect(await convert.json()).toEqual({ to: "issue" });
    await vi.waitFor(() =>
      expect(gateway.requests.filter((r) => r.url.endsWith("/raid?page=0&limit=200")).length).toBeGreaterThan(readsBefore),
    );
  });

  it("does not offer converting an issue or a closed risk", async () => {
    renderAs(["executive"], { raid: [raidItem({ status: "closed" }), raidItem({ id: "r2", type: "issue", title: "Interface broken" })] });
    await screen.findByText("Interface broken");
    expect(screen.queryByRole("button", { name: "Convert to issue" })).toBeNull();
    const closed = screen.getByRole("row", { name: /Vendor may deliver late/ });
    expect(within(closed).getAllByRole("option").map((o) => o.textContent)).toEqual(["Open", "In progress"]);
  });

  it("creates a status report with an override and its reason", async () => {
    const gateway = renderAs(["executive"]);
    const form = await screen.findByRole("form", { name: "Write a status report" });
    fireEvent.click(within(form).getByLabelText("Override the computed overall RAG"));
    fireEvent.change(within(form).getByLabelText("Overall RAG"), { target: { value: "amber" } });
    fireEvent.change(within(form).getByLabelText("Reason for the override"), { target: { value: "Vendor committed to the date" } });
    fireEvent.click(within(form).getByRole("button", { name: "Create status report" }));
    await vi.waitFor(() => expect(posts(gateway)).toHaveLength(1));
    expect(await posts(gateway)[0].json()).toEqual({ override: { rag: "amber", reason: "Vendor committed to the date" } });
  });

  it("shows an override beside the computed RAG with who gave it and why", async () => {
    renderAs(["viewer"], {
      reports: [
        statusReport({
          overall: {
            computed: "red",
            effective: "amber",
            reasons: ["budget: CPI 0.80 below 0.90"],
            override: { rag: "amber", reason: "Vendor committed", by: "ada.exec", at: "2026-05-15T09:00:00Z" },
          },
        }),
      ],
    });
    const report = await screen.findByRole("article", { name: "Status report of 2026-05-15" });
    expect(report.textContent).toMatch(/Overall\s*Amber\s*— overridden from the computed\s*Red\s*by ada\.exec on 2026-05-15: .?Vendor committed/);
    expect(within(report).getByRole("list", { name: "Overall reasons" }).textContent).toContain("CPI 0.80");
  });

  it("leaves a closed engagement's writer only the status report", async () => {
    renderAs(["executive"], { stage: "closure" });
    await screen.findByRole("form", { name: "Write a status report" });
    await screen.findByText("Vendor may deliver late");
    await screen.findByText("Pilot migrated");
    for (const name of ["Move", "Plan milestone", "Accept", "Add RAID entry", "Convert to issue", "Record meeting"]) {
      expect(screen.queryByRole("button", { name }), name).toBeNull();
    }
  });

  it("explains a 412 on a milestone move and reloads on request", async () => {
    const gateway = renderAs(["executive"], {
      onWrite: () => answer(412, { type: "https://adeplatform.io/problems/precondition-failed", title: "Precondition failed", status: 412 }),
    });
    const row = await screen.findByRole("row", { name: /Pilot migrated/ });
    fireEvent.click(within(row).getByRole("button", { name: "Accept" }));
    expect((await within(row).findByRole("alert")).textContent).toMatch(/Someone changed this item/);
    const reads = gateway.requests.length;
    fireEvent.click(within(row).getByRole("button", { name: "Reload" }));
    await vi.waitFor(() => expect(gateway.requests.length).toBeGreaterThan(reads));
  });

  it("shows field errors of a RAID entry next to their inputs", async () => {
    renderAs(["executive"], {
      onWrite: () =>
        answer(400, {
          type: "https://adeplatform.io/problems/validation",
          title: "Invalid request",
          status: 400,
          detail: "invalid value",
          errors: [{ field: "probability", message: "is required for a risk" }],
        }),
    });
    const form = await screen.findByRole("form", { name: "Add a RAID entry" });
    fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "Vendor" } });
    fireEvent.submit(form);
    const error = await within(form).findByText("is required for a risk");
    expect(error.previousElementSibling).toBe(within(form).getByLabelText(/^Probability/));
  });

  it("shows the earned-value figures and hands the S-curve PV, EV and AC from the API", async () => {
    renderAs(["viewer"]);
    const ev = await screen.findByRole("region", { name: "Earned value" });
    await within(ev).findByText("$125,000.00");
    expect(within(ev).getAllByText("0.80")).toHaveLength(2);
    expect(within(ev).getByText("-$25,000.00")).toBeTruthy();
    expect(within(ev).getByRole("img", { name: /^S-curve/ })).toBeTruthy();
    const figures = within(ev).getByRole("table", { name: /^S-curve/ });
    const header = within(figures).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(header.slice(1)).toEqual(["Planned value (PV)", "Earned value (EV)", "Actual cost (AC)"]);
    const first = within(figures).getAllByRole("row")[1];
    expect(within(first).getByRole("rowheader").textContent).toBe("2026-01-01");
    expect(within(first).getAllByRole("cell")[0].textContent).toBe("50000");
  });
});

describe("EngagementPage accessibility", () => {
  it("has no serious or critical axe violations for a writer (contrast is checked in the browser)", async () => {
    renderAs(["executive"], { milestones: [milestone(), milestone({ id: "m2", name: "Go-live", status: "planned" })] });
    await screen.findByText("Vendor may deliver late");
    await screen.findByText("Pilot migrated");
    await screen.findByRole("region", { name: "Earned value" });
    fireEvent.click(screen.getByLabelText("Override the computed overall RAG"));
    fireEvent.click(screen.getByRole("button", { name: "Add a decision" }));
    fireEvent.click(screen.getByRole("button", { name: "Add an action" }));
    expect(await seriousAxeViolations()).toEqual([]);
  }, 30_000);
});
