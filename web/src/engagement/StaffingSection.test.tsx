import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SessionProvider } from "../auth/AuthProvider";
import { session } from "../test/fixtures";
import { QualityGatesSection } from "./QualityGatesSection";
import { StaffingSection } from "./StaffingSection";
import { ENGAGEMENT_ID, engagementGateway, type World } from "./testGateway";

const usd = (amount: string) => ({ amount, currency: "USD" });

function renderSections(world: World) {
  const gateway = engagementGateway(world);
  render(
    <SessionProvider value={session(["viewer"], gateway)}>
      <StaffingSection engagementId={ENGAGEMENT_ID} revision={0} today="2026-05-01" />
      <QualityGatesSection engagementId={ENGAGEMENT_ID} revision={0} />
    </SessionProvider>,
  );
  return gateway;
}

describe("StaffingSection", () => {
  it("lists the requests, calls out only the unfilled one starting soon, and says the plan is over budget", async () => {
    renderSections({
      requests: [
        { id: "q1", role: "Cloud architect", fte: 1, startDate: "2026-05-10", endDate: "2026-09-30", status: "submitted" },
        { id: "q2", role: "Tester", hoursPerMonth: 40, startDate: "2026-05-05", endDate: "2026-06-30", status: "filled" },
      ],
      staffingCost: { budget: usd("100000.00"), planCost: usd("120000.00"), remaining: usd("-20000.00"), percentOfBudget: 120, overBudget: true, lines: [] },
    });
    const staffing = screen.getByRole("region", { name: "Staffing" });
    const architect = (await within(staffing).findByRole("rowheader", { name: "Cloud architect" })).closest("tr")!;
    expect(within(architect).getByText("1 FTE")).toBeTruthy();
    expect(within(architect).getByText(/Unfilled, starts soon/)).toBeTruthy();
    const tester = within(staffing).getByRole("rowheader", { name: "Tester" }).closest("tr")!;
    expect(within(tester).getByText("40 hours/month")).toBeTruthy();
    expect(within(tester).getByText("Filled")).toBeTruthy();
    expect(within(tester).queryByText(/Unfilled/)).toBeNull();
    expect(await within(staffing).findByText("over budget by $20,000.00")).toBeTruthy();
    expect(within(staffing).getByText("$120,000.00")).toBeTruthy();
  });
});

describe("QualityGatesSection", () => {
  it("shows each gate's stage and status in words and counts only the open findings", async () => {
    const gateway = renderSections({
      gates: [
        { gate: "solution-review", name: "Solution review", stage: "delivery-planning", status: "waived" },
        { gate: "readiness", name: "Delivery readiness", stage: "delivery", status: "not-reviewed" },
      ],
      findings: [
        { id: "f1", title: "No DR plan", status: "open" },
        { id: "f2", title: "Old", status: "resolved" },
        { id: "f3", title: "No runbook", status: "open" },
      ],
    });
    const gates = screen.getByRole("region", { name: "Quality gates" });
    const review = (await within(gates).findByRole("rowheader", { name: "Solution review" })).closest("tr")!;
    expect(within(review).getByText("Delivery planning")).toBeTruthy();
    expect(within(review).getByText("Waived")).toBeTruthy();
    const readiness = within(gates).getByRole("rowheader", { name: "Delivery readiness" }).closest("tr")!;
    expect(within(readiness).getByText("Not reviewed")).toBeTruthy();
    expect((await within(gates).findByText(/Open findings/)).textContent).toBe("Open findings: 2");
    const asked = gateway.requests.find((r) => r.url.includes("/quality-findings"))!;
    expect(new URL(asked.url).searchParams.get("status")).toBe("open");
  });
});
