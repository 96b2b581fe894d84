/**
 * `npm run bench`: one JSON line per measurement, every comparison measured side by side in one run
 * (this machine is shared and noisy, so ratios mean more than absolute times). Nothing here is a test.
 *
 *   workbook.plan    plan a 500 people × 12 KPIs team (the real planners)
 *   workbook.office  render that plan through the Office renderer against the recording fake host:
 *                    context.sync() count and JS milliseconds
 *   workbook.xlsx    plan + ExcelJS render (what the CLI does) against a bare ExcelJS write of the same
 *                    cells, alternating, medians, ratio
 *   functions.roas   a 1,000,000-cell KPI.ROAS against a bare loop (scripts/bench-functions.ts)
 *   taskpane         initial JavaScript (gzip) and first paint, when scripts/bench-taskpane.ts and a
 *                    build exist
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { planWorkbook } from "../src/plan/workbookPlan";
import { parseTeamConfig, type TeamConfig } from "../src/plan/teamConfig";
import { isFormulaCell, type WorkbookPlan } from "../src/plan/types";
import { resolveSheetRefs } from "../src/plan/sheetRefs";
import { renderPlan } from "../src/render/office";
import { renderXlsx, sheetNames } from "../src/render/xlsx/renderXlsx";
import { isKpiError } from "../src/core/types";
import { FakeExcel } from "../test/render/office/fakeExcel";
import { benchFunctions } from "./bench-functions";
import { median } from "./stats";

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const emit = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/**
 * 500 US operations people: their template is 7 weighted KPIs + 5 platform gates = 12 lines.
 * Actuals are deterministic (no Math.random) so every run measures the same workbook.
 */
export function benchTeam(people = 500): TeamConfig {
  const config = {
    title: "Bench team",
    period: "2026-11",
    people: Array.from({ length: people }, (_, i) => ({
      name: `Person ${i + 1}`,
      region: "US",
      role: "ops",
      baseBonus: 1000,
    })),
  };
  const parsed = parseTeamConfig(config);
  if (isKpiError(parsed)) throw new Error(parsed.message);
  return parsed;
}

/** The same cells as the plan (values, formulas with cached results), nothing else: the floor ExcelJS sets. */
async function bareExcelJs(plan: WorkbookPlan): Promise<Buffer> {
  const names = sheetNames(plan);
  const wb = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(names.get(sheet.key) as string);
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) => {
        const wsRow = ws.getRow(block.at.row + r + 1);
        row.forEach((cell, c) => {
          if (cell === null) return;
          wsRow.getCell(block.at.col + c + 1).value = isFormulaCell(cell)
            ? ({
                formula: resolveSheetRefs(cell.formula, names),
                result: cell.result ?? undefined,
              } as ExcelJS.CellFormulaValue)
            : cell;
        });
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function benchWorkbook(): Promise<void> {
  const config = benchTeam(500);
  const planTimes: number[] = [];
  let plan = planWorkbook(config, "en-US"); // warm-up
  for (let i = 0; i < 5; i++) {
    const [ms, p] = await time(() => planWorkbook(config, "en-US"));
    planTimes.push(ms);
    plan = p;
  }
  const cells = plan.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0),
    0,
  );
  emit({ bench: "workbook.plan", people: 500, kpisPerPerson: 12, cells, planMs: round(median(planTimes)) });

  const officeTimes: number[] = [];
  let syncs = 0;
  let maxRequestBytes = 0;
  for (let i = 0; i < 4; i++) {
    const fake = new FakeExcel();
    const [ms, result] = await time(() => renderPlan(plan, { run: fake.run, isSetSupported: () => true }));
    if (!result.ok) throw new Error(`office render failed: ${result.error}`);
    if (i === 0) continue; // warm-up
    officeTimes.push(ms);
    syncs = result.syncs;
    maxRequestBytes = Math.max(...fake.bytesPerSync().values());
  }
  emit({
    bench: "workbook.office",
    people: 500,
    kpisPerPerson: 12,
    syncs,
    maxRequestBytes,
    renderMs: round(median(officeTimes)),
  });

  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  let bytes = 0;
  await renderXlsx(plan);
  await bareExcelJs(plan); // warm-up both
  for (let i = 0; i < 5; i++) {
    // Alternate the order so drift on a shared machine hits both alike.
    const cli = async (): Promise<void> => {
      const [ms, buf] = await time(async () => renderXlsx(planWorkbook(config, "en-US")));
      cliTimes.push(ms);
      bytes = buf.length;
    };
    const bare = async (): Promise<void> => {
      const [ms] = await time(() => bareExcelJs(plan));
      bareTimes.push(ms);
    };
    if (i % 2 === 0) {
      await cli();
      await bare();
    } else {
      await bare();
      await cli();
    }
  }
  const cliMs = median(cliTimes);
  const bareMs = median(bareTimes);
  emit({
    bench: "workbook.xlsx",
    people: 500,
    kpisPerPerson: 12,
    bytes,
    cliMs: round(cliMs),
    bareExcelJsMs: round(bareMs),
    ratio: round(cliMs / bareMs, 2),
  });
}

async function benchTaskpaneIfBuilt(): Promise<void> {
  const script = path.join(__dirname, "bench-taskpane.ts");
  if (!fs.existsSync(script)) return;
  if (!fs.existsSync(path.join(__dirname, "..", "dist", "taskpane.html"))) {
    emit({ bench: "taskpane", skipped: "no dist/ (run npm run build first)" });
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { benchTaskpane } = require("./bench-taskpane") as { benchTaskpane: () => Promise<object> };
  emit({ bench: "taskpane", ...(await benchTaskpane()) });
}

async function main(): Promise<void> {
  await benchWorkbook();
  emit(benchFunctions());
  await benchTaskpaneIfBuilt();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
