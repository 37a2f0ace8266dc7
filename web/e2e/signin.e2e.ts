import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsOf, inspect, launchBrowser, signIn } from "./support/browser";
import { cockpitUrl, customerOfAda, USERS, uniqueName } from "./support/platform";

// Sign-in through Keycloak's page (code + PKCE), the first page's load budget, keyboard navigation, sign-out.
describe("signing in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("ada.exec signs in on Keycloak's page and the first page is interactive within 2 s", async () => {
    const customerName = uniqueName("Budget check");
    await customerOfAda(customerName);
    const page = await signIn(browser, USERS.ada);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "My portfolio" }).count()).toBe(1);

    // The budget: a fresh load of a page (tokens kept in the tab) until its data is drawn and its links take input;
    // three loads, the slowest must be under 2 s.
    const timings: number[] = [];
    for (let round = 0; round < 3; round++) {
      const started = Date.now();
      await page.goto(cockpitUrl + "/accounts");
      await page.getByRole("link", { name: customerName }).waitFor();
      timings.push(Date.now() - started);
    }
    const worst = Math.max(...timings);
    console.log(`[budget] first page interactive: ${timings.join(" ms, ")} ms (worst ${worst} ms, budget 2000 ms)`);
    expect(worst).toBeLessThan(2000);

    await page.goto(cockpitUrl + "/portfolio");
    await page.getByRole("heading", { level: 1, name: "My portfolio" }).waitFor();
    await inspect(page, "portfolio");

    // Keyboard only: Tab reaches the main navigation in order, Enter follows a link.
    await page.locator("body").focus();
    const reached: string[] = [];
    for (let presses = 0; presses < 8 && !reached.includes("Escalations"); presses++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(reached).toEqual(expect.arrayContaining(["My portfolio", "Account 360", "Consumption", "Escalations"]));
    expect(reached.indexOf("Account 360")).toBeLessThan(reached.indexOf("Escalations"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Escalations" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.toString().startsWith(cockpitUrl) || url.toString().includes("/realms/"), { timeout: 30_000 });
    expect(errorsOf(page)).toEqual([]);
  });
});
