import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsOf, launchBrowser, signIn } from "./support/browser";
import { cockpitUrl, USERS } from "./support/platform";

// Silent renewal: the realm's access tokens live 15 minutes; the cockpit renews a minute before expiry in the
// background (refresh token), so a user working through the afternoon is never sent back to the login page.
// The page's clock is driven by Playwright; Keycloak's is real, so the renewed token really comes from Keycloak.
describe("a session that outlives its access token", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const storedAccessToken = (page: Page) =>
    page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith("oidc.user:"));
      return key ? (JSON.parse(sessionStorage.getItem(key) ?? "{}").access_token as string | undefined) : undefined;
    });

  it("renews the token silently before it expires and keeps working", async () => {
    const page = await signIn(browser, USERS.ada, (fresh) => fresh.clock.install());
    const first = await storedAccessToken(page);
    expect(first).toBeTruthy();

    // 14 minutes 30 seconds later on the page's clock: inside the last minute of the token's life
    await page.clock.fastForward("14:30");
    await expect.poll(() => storedAccessToken(page), { timeout: 30_000 }).not.toBe(first);

    // still signed in, and the API accepts the renewed token
    await page.goto(cockpitUrl + "/accounts");
    await page.getByRole("heading", { level: 1, name: "Account 360" }).waitFor();
    expect(page.url()).toContain(cockpitUrl);
    expect(await page.getByText(/unauthori[sz]ed|sign in again/i).count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });
});
