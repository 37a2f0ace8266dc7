import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsOf, inspect, launchBrowser, screenshot, signIn } from "./support/browser";
import { cockpitUrl, customerOfAda, expectCall, transition, USERS, uniqueName } from "./support/platform";

// What each role sees: finance decides the deal waiting on her, a viewer sees every page without one write control,
// and someone outside the account team sees nothing of the customer. The data is prepared through the API as ada.exec.

/** The names of every write control the pages have (from the pages' own forms and buttons). */
const WRITE_CONTROLS = [
  "Register customer", "Start engagement", "Move", "Plan milestone", "Add RAID entry", "Set status", "Convert to issue",
  "Create status report", "Record meeting", "Mark achieved", "Accept", "Waive", "Reject", "Upload", "New escalation",
  "Raise escalation", "Resolve", "Pause SLA", "Resume SLA", "Change level", "Add entry", "Approve", "Submit for approval",
  "Sign", "Activate", "Issue credit note", "Keep a status pack",
];

async function writeControlsOn(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const name of WRITE_CONTROLS) {
    if ((await page.getByRole("button", { name, exact: true }).count()) > 0) found.push(name);
  }
  if ((await page.locator("input[type=file]").count()) > 0) found.push("file input");
  // the compliance checklist's boxes complete items (filters such as "Show closed" are checkboxes too, and allowed)
  for (const item of ["Legal review", "Security review", "Data protection", "Public procurement rules"]) {
    if ((await page.getByRole("checkbox", { name: item }).count()) > 0) found.push(`checkbox ${item}`);
  }
  return found;
}

interface Account {
  customerId: string;
  engagementId: string;
  escalationId: string;
  contractTitle: string;
  contractId: string;
}

/** A customer of ada's with one engagement, escalation and a deal submitted for approval; the team as given. */
async function accountWithEverything(team: { username: string; role: string }[]): Promise<Account> {
  const customerId = await customerOfAda(uniqueName("Northwind Schools"), team);
  const engagement = await expectCall(201, USERS.ada, "POST", "/api/engagements", {
    customerId, name: uniqueName("Student records"), offering: "Application modernisation", deliveryManager: "dan.delivery",
    startDate: "2026-10-01", endDate: "2027-09-30", budget: { amount: "480000.00", currency: "USD" },
  });
  const escalation = await expectCall(201, USERS.ada, "POST", "/api/escalations", {
    customerId, title: uniqueName("Enrolment batch late"), description: "The nightly enrolment batch finished after 9 am.",
    severity: "medium", category: "delivery", source: "customer",
  });
  const usd = (amount: string) => ({ amount, currency: "USD" });
  const contractTitle = uniqueName("Records modernisation SOW");
  const contract = await expectCall(201, USERS.ada, "POST", "/api/contracts", {
    customerId, title: contractTitle, currency: "USD",
    lines: [{ description: "Architecture and delivery", billingMethod: "time-and-materials", value: usd("150000.00"),
      rateCard: [{ role: "architect", billRate: usd("210.00"), costRate: usd("130.00") }] }],
  });
  await transition(USERS.ada, `/api/contracts/${contract.body.id}`, { to: "pending-approval" });
  return { customerId, engagementId: engagement.body.id, escalationId: escalation.body.id, contractTitle, contractId: contract.body.id };
}

describe("roles in the cockpit", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("fiona.finance approves a deal from her inbox", async () => {
    const account = await accountWithEverything([{ username: "fiona.finance", role: "finance" }]);
    const page = await signIn(browser, USERS.fiona);
    await page.goto(cockpitUrl + "/billing");
    await page.getByRole("heading", { level: 1, name: "Billing" }).waitFor();
    const inbox = page.getByRole("region", { name: "Approval inbox" });
    // billing learns fiona's place on the team from relationship's events: the inbox is read again until it has it
    const decide = inbox.getByRole("form", { name: `Decide ${account.contractTitle}` });
    await expect
      .poll(async () => {
        await page.waitForLoadState("networkidle");
        if ((await decide.count()) === 0) {
          await screenshot(page, "billing-waiting");
          await page.reload();
          await page.waitForLoadState("networkidle");
        }
        return decide.count();
      }, { timeout: 60_000, intervals: [2000] })
      .toBe(1);
    await inspect(page, "billing");
    await decide.getByRole("button", { name: "Approve" }).click();
    await page.getByText(`“${account.contractTitle}” is approved.`).waitFor();
    const contract = await expectCall(200, USERS.ada, "GET", `/api/contracts/${account.contractId}`);
    expect(contract.body.status).toBe("approved");
    await page.goto(`${cockpitUrl}/billing/contracts/${account.contractId}`);
    await page.getByRole("heading", { level: 1, name: account.contractTitle }).waitFor();
    await inspect(page, "contract");
    expect(errorsOf(page)).toEqual([]);
  });

  it("victor.viewer sees every page and no write control", async () => {
    const account = await accountWithEverything([{ username: "victor.viewer", role: "viewer" }]);
    const page = await signIn(browser, USERS.victor);
    const pages: [string, string][] = [
      ["/portfolio", "viewer-portfolio"],
      ["/outlook", "viewer-outlook"],
      ["/accounts", "viewer-accounts"],
      [`/accounts/${account.customerId}`, "viewer-account-360"],
      [`/engagements/${account.engagementId}`, "viewer-engagement"],
      [`/consumption?customer=${account.customerId}`, "viewer-consumption"],
      ["/escalations", "viewer-escalations"],
      [`/escalations/${account.escalationId}`, "viewer-escalation"],
      ["/billing", "viewer-billing"],
      [`/billing/contracts/${account.contractId}`, "viewer-contract"],
    ];
    for (const [path, name] of pages) {
      await page.goto(cockpitUrl + path);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, name);
      expect(await writeControlsOn(page), `write controls on ${path}`).toEqual([]);
    }
    expect(errorsOf(page)).toEqual([]);
  });

  it("an outsider sees nothing of a customer whose team they are not on", async () => {
    const customerName = uniqueName("Contoso Health");
    const customerId = await customerOfAda(customerName);
    const page = await signIn(browser, USERS.dan);
    await page.goto(cockpitUrl + "/accounts");
    await page.getByRole("heading", { level: 1, name: "Account 360" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByText(customerName).count()).toBe(0);
    await page.goto(`${cockpitUrl}/accounts/${customerId}`);
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.getByText(/not found|does not exist|no customer/i).count()).toBeGreaterThan(0);
    expect(await page.getByText(customerName).count()).toBe(0);
    await screenshot(page, "outsider-account-360");
  });
});
