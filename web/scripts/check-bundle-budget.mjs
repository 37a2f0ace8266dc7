// The JavaScript budget of issue 18, measured on every build: all JavaScript the cockpit can load, gzipped, under
// 300 KB, and what the first page loads (its entry and the chunks it imports statically) printed beside it.
// Fails the build when over, so a heavy dependency cannot slip in unnoticed.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const BUDGET_BYTES = 300 * 1000;
const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const allJs = readdirSync(join(dist, "assets")).filter((name) => name.endsWith(".js")).map((name) => `assets/${name}`);
const total = allJs.reduce((sum, file) => sum + gzipped(file), 0);

// The first page: the entry chunk and everything it imports statically (lazy pages come later, on navigation).
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const firstPage = new Set();
const visit = (chunk) => {
  if (!chunk || firstPage.has(chunk.file)) return;
  firstPage.add(chunk.file);
  (chunk.imports ?? []).forEach((key) => visit(manifest[key]));
};
visit(entry);
const firstPageBytes = [...firstPage].reduce((sum, file) => sum + gzipped(file), 0);

console.log(`JavaScript budget: all ${allJs.length} chunks ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)}, ` +
  `${((100 * total) / BUDGET_BYTES).toFixed(0)} % used); first page ${kb(firstPageBytes)} in ${firstPage.size} chunk(s)`);
if (total > BUDGET_BYTES) {
  console.error(`over budget by ${kb(total - BUDGET_BYTES)}: look at the largest chunks above`);
  process.exit(1);
}
