/**
 * `npm run bench`: one JSON line per measurement, every comparison measured side by side in one run
 * (this machine is shared and noisy, so ratios mean more than absolute times). Nothing here is a test.
 *
 *   workbook.plan    plan a 500 people × 12 KPIs team (the real planners)
 *   workbook.office  render that plan through the Office renderer against the recording fake host:
 *                    context.sync() count and JS milliseconds
 *   workbook.xlsx    plan + renderXlsx (the task pane's writer) against a bare ExcelJS write of the same
 *                    cells, alternating, medians, ratio
 *   workbook.build.N the CLI's `build` of N people on template defaults (500 and 10,000), each build in
 *                    a child process of its own (scripts/bench-build.ts): wall time and peak RSS of the
 *                    streamed CLI against the previous in-memory path (renderXlsx into one buffer),
 *                    and the streamed one with V8's default heap growth; `idle` is a child that
 *                    loads the same modules and builds nothing
 *   functions.roas   a 1,000,000-cell KPI.ROAS against a bare loop (scripts/bench-functions.ts)
 *   import.allOrders a 200,000-line All Orders file imported (parse + totals + actuals for 20 people)
 *                    against a bare papaparse parse of the same text, alternating, medians, ratio, and
 *                    each side's peak RSS in a child process (scripts/bench-import.ts)
 *   cycle.history    `build --previous` of 100 people × 12 KPIs with 24 months of history (28,800 rows)
 *                    against the same build without, each in a child process: wall time, peak RSS,
 *                    ratio; and the Office renderer's syncs for the History sheet (scripts/bench-history.ts)
 *   taskpane         initial JavaScript (gzip) and first paint, when scripts/bench-taskpane.ts and a
 *                    build exist
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
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
import { benchHistory } from "./bench-history";
import { benchImport } from "./bench-import";
import { median } from "./stats";

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const emit = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/**
 * 500 US operations people on template defaults: their template is 7 weighted KPIs + 5 platform
 * gates = 12 lines. Deterministic (no Math.random) so every run measures the same workbook.
 */
export function benchTeamJson(people = 500): object {
  return {
    title: "Bench team",
    period: "2026-11",
    people: Array.from({ length: people }, (_, i) => ({
      name: `Person ${i + 1}`,
      region: "US",
      role: "ops",
      baseBonus: 1000,
    })),
  };
}

export function benchTeam(people = 500): TeamConfig {
  const parsed = parseTeamConfig(benchTeamJson(people));
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

interface BuildRun {
  ms: number;
  peakRssMb: number;
  bytes: number;
}

/** One build in a fresh child process (scripts/bench-build.ts), so peak RSS is that build's alone. */
async function buildInChild(
  renderer: string,
  config: string,
  dir: string,
  nodeFlags: string[] = [],
): Promise<BuildRun> {
  const out = path.join(dir, `${renderer}.xlsx`);
  const result = path.join(dir, `${renderer}.json`);
  await promisify(execFile)(
    process.execPath,
    [...nodeFlags, "--require", "tsx/cjs", path.join(__dirname, "bench-build.ts"), renderer, config, out, result],
    { cwd: path.join(__dirname, ".."), maxBuffer: 1 << 30, timeout: 30 * 60_000 },
  );
  const run = JSON.parse(fs.readFileSync(result, "utf8")) as BuildRun;
  fs.rmSync(out, { force: true });
  return run;
}

function summary(runs: readonly BuildRun[]): BuildRun {
  return {
    ms: round(median(runs.map((r) => r.ms)), 0),
    peakRssMb: round(median(runs.map((r) => r.peakRssMb)), 0),
    bytes: runs[0].bytes,
  };
}

/**
 * workbook.build.500 and workbook.build.10000. The in-memory path gets a heap big enough to finish
 * (it peaked above 7 GB at 10,000); the streamed CLI runs with Node's defaults, as a user runs it.
 */
async function benchBuilds(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-build-"));
  try {
    const idle = await buildInChild("idle", "-", dir);
    for (const [people, rounds] of [
      [500, 3],
      [10_000, 1],
    ] as const) {
      const config = path.join(dir, `team-${people}.json`);
      fs.writeFileSync(config, JSON.stringify(benchTeamJson(people)));
      const runs: Record<"memory" | "stream" | "stream-gc", BuildRun[]> = { memory: [], stream: [], "stream-gc": [] };
      for (let i = 0; i < rounds; i++) {
        // Alternate the order so drift on a shared machine hits all alike.
        const order = (["stream", "memory", "stream-gc"] as const).map((_, k, all) => all[(k + i) % all.length]);
        for (const renderer of order) {
          const flags = renderer === "memory" ? ["--max-old-space-size=16384"] : [];
          runs[renderer].push(await buildInChild(renderer, config, dir, flags));
        }
      }
      const stream = summary(runs.stream);
      const memory = summary(runs.memory);
      emit({
        bench: `workbook.build.${people}`,
        people,
        kpisPerPerson: 12,
        runs: rounds,
        stream,
        memory,
        streamDefaultHeap: summary(runs["stream-gc"]),
        idlePeakRssMb: round(idle.peakRssMb, 0),
        timeRatio: round(stream.ms / memory.ms, 2),
        peakRssRatio: round(stream.peakRssMb / memory.peakRssMb, 2),
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  await benchBuilds();
  emit(benchFunctions());
  emit(await benchImport());
  emit(await benchHistory());
  await benchTaskpaneIfBuilt();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
