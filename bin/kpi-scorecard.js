#!/usr/bin/env node
/**
 * kpi-scorecard: the CLI of DESIGN §5. Plain Node, no TypeScript at run time: it loads the bundle
 * that `npm run build:cli` writes to lib/ (exceljs stays a normal runtime dependency).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "lib", "kpi-scorecard.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write('kpi-scorecard: the CLI is not built yet; run "npm run build:cli" first\n');
  process.exit(1);
}

require(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`kpi-scorecard: ${(err && err.message) || err}\n`);
      process.exitCode = 1;
    },
  );
