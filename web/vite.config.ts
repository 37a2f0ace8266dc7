import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The generated API types live with the contracts, not in web/: one source of truth for every client.
const apiClientSource = fileURLToPath(new URL("../contracts/openapi/client/src", import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@api": apiClientSource } },
  server: {
    port: 5173,
    // Same origin in development too: the dev server forwards /api to the gateway, as the gateway will serve the
    // built files itself in production.
    proxy: { "/api": { target: process.env.ADE_GATEWAY_URL ?? "http://localhost:8080", changeOrigin: false } },
  },
  // the manifest tells the budget check which chunks the first page loads
  build: { outDir: "dist", sourcemap: true, manifest: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    // Two cores shared with the platform's CI: one worker is enough for unit tests.
    pool: "threads",
    maxWorkers: 1,
  },
});
