/**
 * Writes docs/kpis.md, docs/kpis.zh-CN.md and docs/kpis.es-MX.md from the KPI catalog.
 *
 *   npx tsx scripts/gen-kpi-docs.ts           # (re)write the three files
 *   npx tsx scripts/gen-kpi-docs.ts --check   # exit 1 if a committed file differs
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LANGS } from "../src/core/types";
import { KPI_DOC_FILES, renderKpiDocs } from "./kpiDocs";

const root = resolve(__dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;

for (const lang of LANGS) {
  const path = resolve(root, KPI_DOC_FILES[lang]);
  const expected = renderKpiDocs(lang);
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === expected) continue;
  if (check) {
    stale += 1;
    process.stderr.write(`${KPI_DOC_FILES[lang]} is out of date; run: npx tsx scripts/gen-kpi-docs.ts\n`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected, "utf8");
    process.stdout.write(`wrote ${KPI_DOC_FILES[lang]}\n`);
  }
}

if (check) {
  if (stale > 0) process.exit(1);
  process.stdout.write("KPI docs are up to date\n");
}
