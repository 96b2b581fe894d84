/**
 * `kpi-scorecard import [MARKETPLACE=]FILE... [--json]` (DESIGN §8): reads each file (the only fs
 * here), hands the bytes to src/import, prints per file its kind, marketplace, rows, totals and
 * warnings. The first file that is no known report, lacks a required column or cannot be read
 * stops the command with one line naming it (exit 2 in main).
 */
import { existsSync, readFileSync } from "node:fs";
import { ALL_PLATFORMS } from "../core/catalog/common";
import type { Lang, Platform } from "../core/types";
import { importReport, isPlatform, reportJson, type ReportInput, type ReportJson } from "../import";
import type { ImportCommand } from "./args";
import { reportWarnings } from "../i18n/importWarnings";
import { importWords } from "./messages";
import { formatTable } from "./table";

export type ImportRun = { ok: true; text: string } | { ok: false; message: string };

const LABEL = /^([A-Za-z][A-Za-z0-9_]*)=(.+)$/s;

/** `amazon_mx=reports/br.csv` → label and path; a path that merely holds "=" stays a path. */
export function splitLabel(arg: string): { path: string; marketplace?: Platform } | { problem: string } {
  const m = LABEL.exec(arg);
  if (m === null) return { path: arg };
  const id = m[1].toLowerCase();
  if (isPlatform(id)) return { path: m[2], marketplace: id };
  if (existsSync(arg)) return { path: arg };
  return { problem: `${arg}: unknown marketplace "${m[1]}" (expected ${ALL_PLATFORMS.join(", ")})` };
}

/** Reads the files of the command line: label split off, bytes read, or the one-line problem. */
export function readInputs(args: readonly string[]): ReportInput[] | { problem: string } {
  const inputs: ReportInput[] = [];
  for (const arg of args) {
    const split = splitLabel(arg);
    if ("problem" in split) return split;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(split.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return { problem: `${split.path}: cannot be read (${code})` };
    }
    const input: ReportInput = { name: split.path, bytes };
    if (split.marketplace !== undefined) input.marketplace = split.marketplace;
    inputs.push(input);
  }
  return inputs;
}

function number(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** Totals as rows: one column for a plain file, one per marketplace for a keyed one. */
function totalsTable(report: ReportJson, lang: Lang): string {
  const w = importWords(lang);
  const totals = report.totals as Record<string, unknown>;
  const keyed = Object.values(totals).some((v) => typeof v === "object" && v !== null);
  if (!keyed) {
    const rows = Object.entries(totals as Record<string, number>).map(([k, v]) => [k, number(v)]);
    return formatTable([w.metric, w.total], rows, new Set([1]));
  }
  const markets = Object.keys(totals);
  const metrics: string[] = [];
  for (const m of markets) {
    for (const k of Object.keys(totals[m] as object)) if (!metrics.includes(k)) metrics.push(k);
  }
  const rows = metrics.map((k) => [
    k,
    ...markets.map((m) => {
      const v = (totals[m] as Record<string, number | undefined>)[k];
      return v === undefined ? "" : number(v);
    }),
  ]);
  return formatTable([w.metric, ...markets], rows, new Set(markets.map((_, i) => i + 1)));
}

/**
 * One file as a person reads it, in `lang`; its warnings in `lang` too (`warnings`: from the
 * importer's notices, or the English lines where a report has none). `--json` keeps the English.
 */
function humanReport(
  report: ReportJson,
  sheet: string | undefined,
  warningLines: readonly string[],
  lang: Lang,
): string {
  const w = importWords(lang);
  const facts: [string, string][] = [
    [w.kind, report.kind],
    [w.marketplace, report.marketplace ?? w.unlabelled],
    [w.locale, report.locale],
    [w.rows, String(report.rows)],
  ];
  if (sheet !== undefined) facts.push([w.sheet, sheet]);
  const warnings = warningLines.length === 0 ? [`  ${w.none}`] : warningLines.map((x) => `  - ${x}`);
  return [
    report.file,
    ...facts.map(([k, v]) => `  ${k}: ${v}`),
    "",
    totalsTable(report, lang)
      .split("\n")
      .map((l) => (l === "" ? l : `  ${l}`))
      .join("\n")
      .trimEnd(),
    "",
    `  ${w.warnings}:`,
    ...warnings,
    "",
  ].join("\n");
}

export async function runImport(command: ImportCommand): Promise<ImportRun> {
  const inputs = readInputs(command.files);
  if ("problem" in inputs) return { ok: false, message: inputs.problem };
  const reports: ReportJson[] = [];
  const sheets: (string | undefined)[] = [];
  const warnings: string[][] = [];
  for (const input of inputs) {
    const r = await importReport(input);
    if (!r.ok) return { ok: false, message: `${input.name}: ${r.problem.message}` };
    reports.push(reportJson(r.report));
    sheets.push(r.report.sheet);
    warnings.push(reportWarnings(r.report, command.lang));
  }
  if (command.json) return { ok: true, text: `${JSON.stringify({ reports }, null, 2)}\n` };
  return {
    ok: true,
    text: reports.map((r, i) => humanReport(r, sheets[i], warnings[i], command.lang)).join("\n"),
  };
}
