/**
 * Bench piece for the monthly cycle (DESIGN §9, issue 10): `kpi-scorecard build --previous LAST.xlsx`
 * of a 100 people × 12 KPIs team whose previous workbook carries 23 closed months, against the same
 * build without `--previous`. The build of 2026-11 carries the 23 months (2024-11 … 2026-09, 27,600
 * rows) and appends the previous workbook's own results (2026-10, 1,200 rows): 24 months, 28,800
 * tblHistory rows, checked by reading the written workbook back.
 *
 * The previous workbook is generated, deterministically, as the CLI would have written it: the
 * 2026-10 team workbook planned with a synthesized 23-month history (each month the team's own
 * 2026-10 rows under that period, actuals and results scaled by a per-month factor), streamed to a
 * file by streamXlsx.
 *
 * Each build runs in a child process of its own (`tsx scripts/bench-history.ts child SIDE …`, as
 * scripts/bench-build.ts runs `main` on the real process), so wall time and peak RSS are that
 * build's: `plain` (no --previous), `history` (--previous), and `read` (readPrevious alone, the
 * reading share of `history`). Alternating order, medians, ratio history ÷ plain (target ≤ 1.5×).
 *
 * The with-history plan is also rendered through the Office renderer against the recording fake host
 * (as bench.ts's workbook.office): context.sync() calls in all, the syncs that carry History sheet
 * writes, and the request bytes of the largest sync and of the History sheet.
 *
 *   npx tsx scripts/bench-history.ts
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { main } from "../src/cli/main";
import { readPrevious } from "../src/cli/previous";
import { writeStreamAtomic } from "../src/cli/writeAtomic";
import { isKpiError, type Lang } from "../src/core/types";
import { cycleTranslator } from "../src/i18n/cycleMessages";
import { historyRowsOf, type HistoryRow } from "../src/plan/historyPlan";
import { parseTeamConfig, type TeamConfig } from "../src/plan/teamConfig";
import type { WorkbookPlan } from "../src/plan/types";
import { planTeamWorkbook } from "../src/plan/workbookPlan";
import { streamXlsx } from "../src/render/xlsx/streamXlsx";
import { median } from "./stats";

const PEOPLE = 100;
const CLOSED_MONTHS = 23; // in the previous workbook's history; its own month makes 24
const PREVIOUS_PERIOD = "2026-10";
const PERIOD = "2026-11";
/** The CLI's default language, so the previous workbook reads as one the CLI wrote. */
const LANG: Lang = "zh-CN";

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** bench.ts's team (US operations on template defaults: 7 weighted KPIs + 5 gates), 100 people. */
function teamJson(period: string): object {
  return {
    title: "Bench team",
    period,
    people: Array.from({ length: PEOPLE }, (_, i) => ({
      name: `Person ${i + 1}`,
      region: "US",
      role: "ops",
      baseBonus: 1000,
    })),
  };
}

function team(period: string): TeamConfig {
  const parsed = parseTeamConfig(teamJson(period));
  if (isKpiError(parsed)) throw new Error(parsed.message);
  return parsed;
}

/** The `n` months before `period` (YYYY-MM), oldest first. */
export function monthsBefore(period: string, n: number): string[] {
  const [y, m] = period.split("-").map(Number);
  const index = y * 12 + (m - 1);
  return Array.from({ length: n }, (_, k) => {
    const i = index - n + k;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  });
}

const scaled = (v: HistoryRow["actual"], f: number) => (typeof v === "number" ? round(v * f, 4) : v);

/** 23 closed months of the team, each its 2026-10 rows under that month, values scaled by month. */
export function syntheticHistory(): HistoryRow[] {
  const { team: t, scores } = planTeamWorkbook(team(PREVIOUS_PERIOD), LANG);
  const base = historyRowsOf(t, scores, LANG);
  return monthsBefore(PREVIOUS_PERIOD, CLOSED_MONTHS).flatMap((period, k) => {
    const f = 0.8 + 0.02 * ((k * 7) % 13); // 0.8 … 1.04, deterministic
    return base.map((r) => ({
      ...r,
      period,
      actual: scaled(r.actual, f),
      attainment: scaled(r.attainment, f),
      score: scaled(r.score, f),
      payout: scaled(r.payout, f),
      bonus: scaled(r.bonus, f),
    }));
  });
}

/** The previous month's workbook, as `build` would have written it with the synthesized history. */
export async function writePreviousWorkbook(file: string): Promise<number> {
  const history = syntheticHistory();
  const { plan } = planTeamWorkbook(team(PREVIOUS_PERIOD), LANG, { history: { rows: history } });
  await writeStreamAtomic(file, (out) => streamXlsx(plan, out));
  return history.length;
}

interface Run {
  ms: number;
  peakRssMb: number;
  bytes: number;
}

type Side = "plain" | "history" | "read" | "idle";

async function inChild(side: Side, files: { config: string; previous: string }, dir: string): Promise<Run> {
  const out = path.join(dir, `${side}.xlsx`);
  const result = path.join(dir, `${side}.json`);
  await promisify(execFile)(
    process.execPath,
    ["--require", "tsx/cjs", __filename, "child", side, files.config, files.previous, out, result],
    { cwd: path.join(__dirname, ".."), maxBuffer: 1 << 30, timeout: 30 * 60_000 },
  );
  const run = JSON.parse(fs.readFileSync(result, "utf8")) as Run;
  if (side !== "history") fs.rmSync(out, { force: true });
  return run;
}

function summary(runs: readonly Run[]): Run {
  return {
    ms: round(median(runs.map((r) => r.ms)), 0),
    peakRssMb: round(median(runs.map((r) => r.peakRssMb)), 0),
    bytes: runs[0].bytes,
  };
}

/** The with-history plan through the Office renderer against the recording fake host. */
async function officeHistory(rows: readonly HistoryRow[]): Promise<object> {
  // Loaded here, not at the top: the children that measure builds do not load the fake host.
  const { renderPlan } = await import("../src/render/office");
  const { FakeExcel } = await import("../test/render/office/fakeExcel");
  const { plan } = planTeamWorkbook(team(PERIOD), LANG, {
    history: { rows, comparePeriod: PREVIOUS_PERIOD },
  });
  const historySheet = cycleTranslator(LANG)("sheet.history");
  const plain = planTeamWorkbook(team(PERIOD), LANG).plan;
  const render = async (p: WorkbookPlan) => {
    const fake = new FakeExcel();
    const start = performance.now();
    const result = await renderPlan(p, { run: fake.run, isSetSupported: () => true });
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`office render failed: ${result.error}`);
    return { fake, result, ms };
  };
  await render(plan); // warm-up
  const times: number[] = [];
  let last = await render(plan);
  times.push(last.ms);
  for (let i = 0; i < 2; i++) {
    last = await render(plan);
    times.push(last.ms);
  }
  const { fake, result } = last;
  const historyWrites = fake.writes.filter((w) => w.sheet === historySheet);
  const historySyncs = new Set(historyWrites.map((w) => w.sync));
  const base = await render(plain);
  return {
    syncs: result.syncs,
    syncsWithoutHistory: base.result.syncs,
    historySheetSyncs: historySyncs.size,
    historyWrites: historyWrites.length,
    historyRequestBytes: historyWrites.reduce((n, w) => n + w.bytes, 0),
    maxRequestBytes: Math.max(...fake.bytesPerSync().values()),
    warnings: result.warnings.length,
    renderMs: round(median(times)),
  };
}

export async function benchHistory(rounds = 5): Promise<object> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-history-"));
  try {
    const previous = path.join(dir, `${PREVIOUS_PERIOD}.xlsx`);
    const closedRows = await writePreviousWorkbook(previous);
    const config = path.join(dir, `${PERIOD}.json`);
    fs.writeFileSync(config, JSON.stringify(teamJson(PERIOD)));
    const files = { config, previous };

    const idle = await inChild("idle", files, dir);
    const runs: Record<"plain" | "history" | "read", Run[]> = { plain: [], history: [], read: [] };
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so drift on a shared machine hits all alike.
      const order = (["history", "plain", "read"] as const).map((_, k, all) => all[(k + i) % all.length]);
      for (const side of order) runs[side].push(await inChild(side, files, dir));
    }

    // The 2026-11 workbook's history: read back as a 2026-12 build would read it.
    const back = await readPrevious(path.join(dir, "history.xlsx"), "2026-12");
    if (!back.ok) throw new Error(back.message);
    const carried = await readPrevious(previous, PERIOD);
    if (!carried.ok) throw new Error(carried.message);
    const rows = [...carried.carried, ...carried.appended];
    if (back.carried.length !== rows.length)
      throw new Error(`history: ${back.carried.length} rows, ${rows.length} read`);

    const plain = summary(runs.plain);
    const history = summary(runs.history);
    return {
      bench: "cycle.history",
      people: PEOPLE,
      kpisPerPerson: 12,
      months: new Set(rows.map((r) => r.period)).size,
      historyRows: back.carried.length,
      previousClosedRows: closedRows,
      previousBytes: fs.statSync(previous).size,
      runs: rounds,
      plain,
      history,
      readPrevious: summary(runs.read),
      idlePeakRssMb: round(idle.peakRssMb, 0),
      timeRatio: round(history.ms / plain.ms, 2),
      peakRssRatio: round(history.peakRssMb / plain.peakRssMb, 2),
      office: await officeHistory(rows),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One side in this process: wall time from the start of the work to its end, maxRSS of the process. */
async function child(side: Side, config: string, previous: string, out: string, result: string): Promise<void> {
  const argv = ["build", "--config", config, "--out", out];
  const start = performance.now();
  if (side === "plain" || side === "history") {
    // The real process io (the CLI bounds heap growth); the score table goes to the parent's buffer.
    if ((await main(side === "history" ? [...argv, "--previous", previous] : argv)) !== 0) {
      throw new Error("build failed");
    }
  } else if (side === "read") {
    const read = await readPrevious(previous, PERIOD);
    if (!read.ok) throw new Error(read.message);
  }
  const ms = performance.now() - start;
  const bytes = side === "plain" || side === "history" ? fs.statSync(out).size : 0;
  fs.writeFileSync(result, JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
}

if (require.main === module) {
  const [mode, side, config, previous, out, result] = process.argv.slice(2);
  const done =
    mode === "child"
      ? child(side as Side, config, previous, out, result)
      : mode === "previous"
        ? writePreviousWorkbook(side).then((n) => void process.stdout.write(`${n} closed rows → ${side}\n`))
        : benchHistory().then((line) => void process.stdout.write(`${JSON.stringify(line)}\n`));
  done.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
