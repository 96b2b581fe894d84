/**
 * Writes docs/functions.md, docs/functions.zh-CN.md and docs/functions.es-MX.md from the custom
 * functions' metadata (custom-functions-metadata over src/functions/functions.ts; no webpack build
 * needed) and src/functions/locales.ts.
 *
 *   npm run docs:functions                      # (re)write the three files
 *   npx tsx scripts/gen-function-docs.ts --check   # exit 1 if a committed file differs
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LANGS } from "../src/core/types";
import { FUNCTION_DOC_FILES, FUNCTIONS_SOURCE, loadFunctionsMetadata, renderFunctionDocs } from "./functionDocs";

async function main(): Promise<void> {
  const root = resolve(__dirname, "..");
  const check = process.argv.includes("--check");
  const metadata = await loadFunctionsMetadata(resolve(root, FUNCTIONS_SOURCE));
  let stale = 0;

  for (const lang of LANGS) {
    const path = resolve(root, FUNCTION_DOC_FILES[lang]);
    const expected = renderFunctionDocs(metadata, lang);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === expected) continue;
    if (check) {
      stale += 1;
      process.stderr.write(`${FUNCTION_DOC_FILES[lang]} is out of date; run: npm run docs:functions\n`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, expected, "utf8");
      process.stdout.write(`wrote ${FUNCTION_DOC_FILES[lang]}\n`);
    }
  }

  if (check) {
    if (stale > 0) process.exit(1);
    process.stdout.write("function docs are up to date\n");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`gen-function-docs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
