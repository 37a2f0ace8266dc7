import { defineConfig } from "vitest/config";

// The browser tests (e2e/): Playwright driving Debian's Chromium against a running platform, one file at a time
// (each signs users in through Keycloak's page). Run by e2e-tests' CockpitBrowserTest, which starts the platform and
// passes its addresses in ADE_COCKPIT_URL and ADE_KEYCLOAK_URL.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: "forks",
    maxWorkers: 1,
  },
});
