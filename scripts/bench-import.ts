/**
 * Bench piece for report import (DESIGN §8): a generated All Orders flat file of 200,000 lines
 * (DESIGN §8's headers, in Seller Central's column order), imported as the task pane and the CLI
 * import it — importFiles (decode, recognise, parse, type the rows) + reportTotals + actualsFromReports
 * for a 20-person team with SKU patterns — against a bare papaparse parse of the same text (the floor:
 * the parser alone, no decoding, no typing). Alternating runs, medians, ratio (target ≤ 2×).
 *
 * Peak memory is each side's own: a child process per side (`tsx scripts/bench-import.ts child SIDE
 * LINES RESULT.json`) reports its maxRSS; `idle` generates the text and loads the modules, nothing
 * else, so the difference is the work's.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import Papa from "papaparse";
import { isKpiError } from "../src/core/types";
import { actualsFromReports, importFiles, reportTotals } from "../src/import";
import { parseTeamConfig, type TeamConfig } from "../src/plan/teamConfig";
import { median } from "./stats";

const HEADER = [
  "amazon-order-id",
  "merchant-order-id",
  "purchase-date",
  "last-updated-date",
  "order-status",
  "fulfillment-channel",
  "sales-channel",
  "order-channel",
  "ship-service-level",
  "product-name",
  "sku",
  "asin",
  "item-status",
  "quantity",
  "currency",
  "item-price",
  "item-tax",
  "shipping-price",
];

const PEOPLE = 20;

/** Deterministic lines: every 25th cancelled, every 40th on Amazon.com.mx (MXN), days spread over November. */
export function allOrdersText(lines: number): string {
  const out: string[] = [HEADER.join("\t")];
  for (let i = 0; i < lines - 1; i++) {
    const order = `111-${String(Math.floor(i / 2)).padStart(7, "0")}-${String(i % 9973).padStart(7, "0")}`;
    const day = String(1 + (i % 30)).padStart(2, "0");
    const cancelled = i % 25 === 0;
    const mx = i % 40 === 0;
    const status = cancelled ? "Cancelled" : i % 7 === 0 ? "Pending" : "Shipped";
    const qty = 1 + (i % 3);
    const price = cancelled ? "" : ((qty * (1999 + (i % 500))) / 100).toFixed(2);
    out.push(
      [
        order,
        "",
        `2026-11-${day}T10:00:00+00:00`,
        `2026-11-${day}T12:00:00+00:00`,
        status,
        "Amazon",
        mx ? "Amazon.com.mx" : "Amazon.com",
        "",
        "Standard",
        `Product ${i % 997}`,
        `SKU-${i % PEOPLE}-${i % 13}`,
        `B0${String(i % 99991).padStart(8, "0")}`,
        cancelled ? "Cancelled" : "Shipped",
        String(qty),
        mx ? "MXN" : "USD",
        price,
        cancelled ? "" : "1.20",
        "0.00",
      ].join("\t"),
    );
  }
  return out.join("\n");
}

export function importTeam(): TeamConfig {
  const parsed = parseTeamConfig({
    title: "Import bench",
    period: "2026-11",
    people: Array.from({ length: PEOPLE }, (_, i) => ({
      name: `Person ${i + 1}`,
      region: i % 4 === 0 ? "MX" : "US",
      role: "ops",
      skus: [`SKU-${i}-*`],
    })),
  });
  if (isKpiError(parsed)) throw new Error(parsed.message);
  return parsed;
}

/** The import as the Data view runs it: bytes → report → totals → actuals per person. */
export async function importOnce(bytes: Uint8Array, team: TeamConfig): Promise<number> {
  const { reports, problems } = await importFiles([{ name: "all-orders.txt", bytes }]);
  if (problems.length > 0) throw new Error(problems[0].problem.message);
  reportTotals(reports[0]);
  const actuals = actualsFromReports(team, reports);
  if (isKpiError(actuals)) throw new Error(actuals.message);
  return reports[0].rows;
}

export function bareParse(text: string): number {
  return Papa.parse<string[]>(text, { delimiter: "\t", skipEmptyLines: true }).data.length;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function peakInChild(side: string, lines: number, dir: string): Promise<number> {
  const result = path.join(dir, `${side}.json`);
  await promisify(execFile)(
    process.execPath,
    ["--require", "tsx/cjs", __filename, "child", side, String(lines), result],
    { cwd: path.join(__dirname, ".."), maxBuffer: 1 << 26, timeout: 10 * 60_000 },
  );
  return (JSON.parse(fs.readFileSync(result, "utf8")) as { peakRssMb: number }).peakRssMb;
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function benchImport(lines = 200_000, runs = 5): Promise<object> {
  const text = allOrdersText(lines);
  const bytes = new TextEncoder().encode(text);
  const team = importTeam();
  const rows = await importOnce(bytes, team); // warm-up both
  bareParse(text);
  const imports: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so drift on a shared machine hits both alike.
    const a = async () => imports.push(await time(() => importOnce(bytes, team)));
    const b = async () => bares.push(await time(() => bareParse(text)));
    if (i % 2 === 0) {
      await a();
      await b();
    } else {
      await b();
      await a();
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-import-"));
  let peak: Record<string, number>;
  try {
    peak = {
      idle: await peakInChild("idle", lines, dir),
      import: await peakInChild("import", lines, dir),
      bare: await peakInChild("bare", lines, dir),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const importMs = median(imports);
  const bareMs = median(bares);
  return {
    bench: "import.allOrders",
    lines,
    rows,
    bytes: bytes.length,
    people: PEOPLE,
    importMs: round(importMs),
    barePapaparseMs: round(bareMs),
    ratio: round(importMs / bareMs, 2),
    peakRssMb: { idle: round(peak.idle, 0), import: round(peak.import, 0), barePapaparse: round(peak.bare, 0) },
  };
}

async function child(side: string, lines: number, result: string): Promise<void> {
  const text = allOrdersText(lines);
  const bytes = new TextEncoder().encode(text);
  if (side === "import") await importOnce(bytes, importTeam());
  else if (side === "bare") bareParse(text);
  fs.writeFileSync(result, JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (require.main === module) {
  const [mode, side, lines, result] = process.argv.slice(2);
  const done =
    mode === "child"
      ? child(side, Number(lines), result)
      : benchImport().then((line) => void process.stdout.write(`${JSON.stringify(line)}\n`));
  done.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
