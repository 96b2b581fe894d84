/**
 * Report import (DESIGN §8): bytes of the platforms' own exports → recognised, typed reports.
 * Pure apart from ExcelJS/papaparse (both run in Node and the browser): the shells read the bytes.
 * `importFiles` is the one entry point for the CLI, the task pane and the bench.
 */
import type { Platform } from "../core/types";
import { readAccountHealth, looksLikeAccountHealth } from "./accountHealth";
import { HEADER_SCAN_ROWS, recognize, type Recognition } from "./recognize";
import { readTable, TableReader } from "./reports";
import { DELIMITERS, decodeText, eachDelimitedRow, guessDelimiter, isZip, parseDelimited, sniffText } from "./text";
import { applyLabel } from "./labels";
import { marketplacesOf, totalsAt, withDistinctZeros } from "./totals";
import type { HealthTotals, ImportProblem, ParsedReport, ParseResult, ReportKind, Totals } from "./types";
import type { Cell } from "./values";

export type { ParsedReport, ImportNotice, ImportProblem, ReportKind, Totals, HealthTotals } from "./types";
export { isPlatform, unlabelled } from "./labels";
export { actualsFromReports, type ActualsOptions, type PersonActuals, type ImportedActual } from "./actuals";
export { overlapNotices, withOverlaps } from "./overlaps";

/** One file to import: its name (for messages), its bytes, and the `MARKETPLACE=` label if given. */
export interface ReportInput {
  name: string;
  bytes: Uint8Array;
  marketplace?: Platform;
}

const problem = (code: ImportProblem["code"], message: string): ParseResult => ({
  ok: false,
  problem: { code, message },
});

/** A JSON list of flat objects as rows (header = the keys in first-seen order); else undefined. */
function jsonTable(value: unknown): Cell[][] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  if (!value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v))) return undefined;
  const keys: string[] = [];
  for (const v of value as Record<string, unknown>[])
    for (const k of Object.keys(v)) if (!keys.includes(k)) keys.push(k);
  const cell = (x: unknown): Cell =>
    x === null || x === undefined
      ? null
      : typeof x === "number" || typeof x === "string" || typeof x === "boolean"
        ? x
        : JSON.stringify(x);
  return [keys, ...(value as Record<string, unknown>[]).map((v) => keys.map((k) => cell(v[k])))];
}

/** A "looks like … but has no …" reason says more than "no known report". */
const telling = (reason: string): boolean => reason.startsWith("looks like");

async function parseBytes(input: ReportInput): Promise<ParseResult> {
  // Decoded once: a text file's kind is judged from the same text that is then parsed.
  const zip = isZip(input.bytes);
  const decoded = zip ? undefined : decodeText(input.bytes);
  const kind = zip ? "xlsx" : sniffText(decoded);
  if (kind === "binary") {
    return problem("unreadable", "cannot be read: not a text (CSV/TSV), XLSX or JSON file");
  }
  if (kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(decoded as string);
    } catch (e) {
      return problem("unreadable", `cannot be read: invalid JSON (${(e as Error).message})`);
    }
    const table = jsonTable(value);
    if (table !== undefined) {
      // Ads API v3 reports download as a JSON list of flat objects: their keys are the header.
      const found = recognize(table);
      if (!found.ok)
        return problem(found.reason.startsWith("looks like") ? "missing_column" : "unknown_report", found.reason);
      return { ok: true, report: readTable(input.name, table, found.match) };
    }
    if (!looksLikeAccountHealth(value)) {
      return problem(
        "unknown_report",
        "no known report: JSON without `performanceMetrics` (expected an Amazon seller performance report)",
      );
    }
    const report = readAccountHealth(input.name, value);
    return "code" in report ? { ok: false, problem: report } : { ok: true, report };
  }
  if (kind === "xlsx") {
    let sheets;
    try {
      // ExcelJS is large: the task pane fetches it only when an XLSX file arrives (DESIGN §7).
      const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "./xlsx");
      sheets = await readXlsx(input.bytes);
    } catch (e) {
      return problem("unreadable", `cannot be read as XLSX (${(e as Error).message})`);
    }
    let reason: string | undefined;
    for (const sheet of sheets) {
      const found = recognize(sheet.rows);
      if (found.ok) return { ok: true, report: readTable(input.name, sheet.rows, found.match, sheet.name) };
      // The most telling reason wins: a sheet that looks like a report over one that does not.
      if (reason === undefined || (found.reason.startsWith("looks like") && !reason.includes("looks like"))) {
        reason = sheets.length > 1 ? `sheet "${sheet.name}" ${found.reason}` : found.reason;
      }
    }
    return problem(
      reason?.includes("looks like") ? "missing_column" : "unknown_report",
      reason ?? "the workbook has no sheets",
    );
  }
  const text = decoded as string;
  // papaparse's guess first; a guess whose header is no known report is checked against the other
  // delimiters (a semicolon file whose amounts hold commas can fool the guess).
  const guess = guessDelimiter(text);
  let best: Recognition | undefined;
  for (const delimiter of [guess, ...DELIMITERS.filter((d) => d !== guess)]) {
    const found = recognize(parseDelimited(text, delimiter, HEADER_SCAN_ROWS));
    if (best === undefined || (!found.ok && !best.ok && telling(found.reason) && !telling(best.reason))) best = found;
    if (found.ok) {
      // Rows are typed as papaparse reads them: no grid of every cell of a large file is kept.
      const { match } = found;
      const reader = new TableReader(match);
      let r = 0;
      eachDelimitedRow(text, delimiter, (cells) => {
        if (r > match.headerRow) reader.row(cells, r + 1);
        r++;
      });
      return { ok: true, report: reader.report(input.name) };
    }
  }
  const reason = (best as { ok: false; reason: string }).reason;
  return problem(reason.startsWith("looks like") ? "missing_column" : "unknown_report", reason);
}

/** Reads one file: recognises it, types its rows, applies its label. */
export async function importReport(input: ReportInput): Promise<ParseResult> {
  const parsed = await parseBytes(input);
  if (!parsed.ok) return parsed;
  return applyLabel(parsed.report, input.marketplace);
}

export interface ImportOutcome {
  reports: ParsedReport[];
  /** files refused, each with its one-line reason */
  problems: { file: string; problem: ImportProblem }[];
}

/** Reads every file (in order); the callers decide whether one refusal stops them (the CLI: exit 2). */
export async function importFiles(inputs: readonly ReportInput[]): Promise<ImportOutcome> {
  const out: ImportOutcome = { reports: [], problems: [] };
  for (const input of inputs) {
    const r = await importReport(input);
    if (r.ok) out.reports.push(r.report);
    else out.problems.push({ file: input.name, problem: r.problem });
  }
  return out;
}

/** A file's entry of `import --json` (DESIGN §8). */
export interface ReportJson {
  file: string;
  kind: ReportKind;
  marketplace: Platform | null;
  locale: string;
  rows: number;
  /** metric → total; keyed by marketplace for account health and for files spanning marketplaces */
  totals: Totals | Partial<Record<Platform, Totals | HealthTotals>>;
  warnings: string[];
}

/** Totals over every data row of the file: amounts as written, no period filter, no tax. */
export function reportTotals(report: ParsedReport): ReportJson["totals"] {
  if (report.kind === "amazon_account_health") return report.health ?? {};
  const markets = marketplacesOf(report.records);
  if (markets.length <= 1) return withDistinctZeros(report, totalsAt(report.records));
  const byMarket = new Map<Platform, number[]>(markets.map((m) => [m, []]));
  report.records.forEach((r, i) => {
    if (r.marketplace !== null) byMarket.get(r.marketplace)?.push(i);
  });
  const keyed: Partial<Record<Platform, Totals>> = {};
  for (const [m, at] of byMarket) keyed[m] = withDistinctZeros(report, totalsAt(report.records, at));
  return keyed;
}

export function reportJson(report: ParsedReport): ReportJson {
  return {
    file: report.file,
    kind: report.kind,
    marketplace: report.marketplace,
    locale: report.locale,
    rows: report.rows,
    totals: reportTotals(report),
    warnings: report.warnings,
  };
}
