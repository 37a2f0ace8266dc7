import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { cockpitUrl, type DemoUser } from "./platform";

// Debian's Chromium (installed by .ci/run): a test tool's own browser download cannot work on this network.
const CHROMIUM = process.env.ADE_CHROMIUM ?? "/usr/bin/chromium";
const SCREENSHOTS = process.env.ADE_SCREENSHOTS ?? "target/screenshots";
// A laptop's width: the cockpit must be usable there.
const LAPTOP = { width: 1366, height: 768 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A signed-in tab: the cockpit sends the user to Keycloak's own login page, and Keycloak sends them back. */
export async function signIn(browser: Browser, user: DemoUser, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  watchForPageErrors(page);
  await prepare?.(page);
  await page.goto(cockpitUrl + "/");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.toString().startsWith(cockpitUrl), { timeout: 30_000 });
  await page.locator("#username").fill(user.username);
  await page.locator("#password").fill(user.password);
  await page.locator("#kc-login").click();
  await page.waitForURL((url) => url.toString().startsWith(cockpitUrl) && !url.pathname.startsWith("/auth/"), { timeout: 30_000 });
  await page.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 30_000 });
  return page;
}

/** Script errors and content-security-policy refusals fail the test that caused them, at its end. */
const pageErrors = new WeakMap<Page, string[]>();
function watchForPageErrors(page: Page) {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      errors.push(`CSP: ${message.text()}`);
    }
  });
}

export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is now: the serious and critical violations (the bar
 * is zero of them). Evaluated through the DevTools protocol, so the page's content security policy stays on.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((violation: any) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation: any) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node: any) => String(node.target)),
      }));
  });
}

/** Screenshot and accessibility check of a page once its reads are answered. */
export async function inspect(page: Page, name: string): Promise<void> {
  // every section's reads answered, so the picture and the check see the page as the user does
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  const violations = await seriousAccessibilityViolations(page);
  console.log(`[a11y] ${name}: ${violations.length} serious or critical violations`);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}
