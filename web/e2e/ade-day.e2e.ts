import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsOf, inspect, launchBrowser, signIn } from "./support/browser";
import { cockpitUrl, expectCall, USERS, uniqueName } from "./support/platform";

// ada.exec's day in the cockpit: register a customer, start an engagement and find it on the portfolio, upload a
// cost export and read its rejects, raise an escalation and resolve it with a root cause, download the account's
// status pack and keep one. Every step in the browser.
describe("ada.exec's day", () => {
  let browser: Browser;
  let page: Page;
  const customerName = uniqueName("Harbor Transit Authority");
  const engagementName = uniqueName("Fare system migration");
  let customerId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signIn(browser, USERS.ada);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("registers a customer and lands on its Account 360", async () => {
    await page.goto(cockpitUrl + "/accounts");
    const form = page.getByRole("form", { name: "Register a customer" });
    await form.getByLabel("Name").fill(customerName);
    await form.getByLabel("Segment").fill("state-government");
    await form.getByLabel("Region").fill("us-west");
    await form.getByRole("button", { name: "Register customer" }).click();
    await page.getByRole("heading", { level: 1, name: customerName }).waitFor();
    customerId = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(customerId).toMatch(/^[0-9a-f-]{36}$/);
    await inspect(page, "account-360");
  });

  it("starts an engagement and sees it on My portfolio", async () => {
    const form = page.getByRole("form", { name: "Start an engagement" });
    await form.getByLabel("Engagement name").fill(engagementName);
    await form.getByLabel("Offering").fill("Cloud migration");
    await form.getByLabel("Delivery manager (username)").fill("dan.delivery");
    await form.getByLabel("Start date").fill("2026-11-02");
    await form.getByLabel("End date").fill("2027-10-29");
    await form.getByLabel("Budget at completion").fill("1250000.00");
    // portfolio-service learns a new customer from relationship's events: until then it refuses; the ADE tries again
    await expect
      .poll(
        async () => {
          await form.getByRole("button", { name: "Start engagement" }).click();
          await page.waitForTimeout(700);
          return form.getByRole("status").filter({ hasText: "started" }).count();
        },
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(1);
    await form.getByRole("link", { name: "See it on My portfolio" }).click();
    await page.getByRole("heading", { level: 1, name: "My portfolio" }).waitFor();
    await page.getByRole("link", { name: engagementName }).waitFor();
    await page.getByRole("link", { name: engagementName }).click();
    await page.getByRole("heading", { level: 1, name: engagementName }).waitFor();
    await page.getByRole("region", { name: "Earned value" }).waitFor();
    await inspect(page, "engagement");
  });

  it("uploads a cost export and sees the rejected line", async () => {
    const subscription = `sub-${customerId.slice(0, 8)}`;
    await expectCall(201, USERS.ada, "POST", "/api/consumption/subscriptions", { id: subscription, name: "Production", customerId });
    const today = new Date().toISOString().slice(0, 10);
    const csv =
      "date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency\n" +
      `${today},${subscription},Virtual Machines,D4s v5,rg-fares,24,Hours,182.40,USD\n` +
      `${today},${subscription},Storage,LRS,rg-fares,100,GB,not-a-number,USD\n`;
    await page.goto(`${cockpitUrl}/consumption?customer=${customerId}`);
    await page.getByRole("heading", { level: 1, name: "Consumption" }).waitFor();
    const upload = page.getByRole("form", { name: "Upload a cost export" });
    await upload.getByLabel("Cost export (CSV)").setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await upload.getByRole("button", { name: "Upload" }).click();
    const rejects = page.getByRole("table", { name: "Rejected lines" });
    await rejects.waitFor({ timeout: 30_000 });
    await expect.poll(() => rejects.getByRole("row").filter({ hasText: "3" }).count()).toBeGreaterThan(0);
    await inspect(page, "consumption");
  });

  it("raises an escalation and resolves it with a root cause", async () => {
    const title = uniqueName("Fare gates offline at peak");
    await page.goto(cockpitUrl + "/escalations");
    await page.getByRole("heading", { level: 1, name: "Escalations" }).waitFor();
    await inspect(page, "escalations");
    await page.getByRole("button", { name: "New escalation" }).click();
    const raise = page.getByRole("form", { name: "Raise an escalation" });
    await raise.getByLabel("Customer").selectOption({ label: customerName });
    await raise.getByLabel("Title").fill(title);
    await raise.getByLabel("Description").fill("Gates at three stations reject valid cards during the morning peak.");
    await raise.getByLabel("Severity").selectOption("high");
    await raise.getByLabel("Category").selectOption("technical");
    // escalation-service learns the customer from relationship's events; the ADE tries again until it knows it
    await expect
      .poll(
        async () => {
          await raise.getByRole("button", { name: "Raise escalation" }).click();
          await page.waitForTimeout(700);
          return page.getByRole("heading", { level: 1, name: title }).count();
        },
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(1);
    for (const status of ["Acknowledged", "Investigating"]) {
      const move = page.getByRole("form", { name: "Move the status" });
      await move.getByLabel("Move to").selectOption({ label: status });
      await move.getByLabel("Note").fill(`${status} by the ADE`);
      await move.getByRole("button", { name: "Move" }).click();
      await page.getByRole("region", { name: `Status: ${status}` }).waitFor();
    }
    const resolve = page.getByRole("form", { name: "Resolve with root cause" });
    await resolve.getByLabel("Root-cause category").selectOption({ index: 1 });
    await resolve.getByLabel("What caused it").fill("A certificate on the card readers expired overnight.");
    await resolve.getByLabel("Corrective actions").fill("Renewed the certificate on every reader.");
    await resolve.getByLabel("Preventive actions").fill("Certificate expiry is monitored 30 days ahead.");
    await resolve.getByLabel("Resolution note").fill("Gates accept cards again.");
    await resolve.getByRole("button", { name: "Resolve" }).click();
    await page.getByRole("region", { name: "Status: Resolved" }).waitFor();
    await inspect(page, "escalation-resolved");
    expect(errorsOf(page)).toEqual([]);
  });

  it("downloads the account's status pack as a PDF and keeps one", async () => {
    await page.goto(`${cockpitUrl}/accounts/${customerId}`);
    const packs = page.getByRole("region", { name: "Status packs" });
    const download = packs.getByRole("button", { name: "Download the status pack (PDF)" });
    await download.waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^status-pack-account-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await packs.getByRole("button", { name: "Keep a status pack" }).click();
    await packs.getByRole("row", { name: /Kept by ada\.exec/ }).waitFor();
    await inspect(page, "account-360-status-packs");
    expect(errorsOf(page)).toEqual([]);
  });
});
