/**
 * The Data view's work, loaded on demand (its own chunk: papaparse and src/import; ExcelJS only when
 * an XLSX file arrives, through src/import's own dynamic import). Bytes come from the shell (File API
 * or a sheet's text); everything after is src/import and src/plan, the same code the CLI runs:
 *   - a file → recognised report, or the CLI's one line (`file: reason`);
 *   - a report that does not say its marketplace (business report, FBA returns) waits for a label
 *     and is read again with it (applyLabel writes the label into the rows);
 *   - the people table (with each person's SKU and campaign patterns, when it has those columns) +
 *     period + settings → the validated team config, and its actuals.
 */
import { AMAZON_PLATFORMS } from "../../core/catalog/common";
import { isKpiError, type Platform } from "../../core/types";
import { actualsFromReports, importReport, unlabelled, type ParsedReport, type PersonActuals } from "../../import";
import { parseTeamConfig, type TeamConfig } from "../../plan/teamConfig";
import type { SheetText, WorkbookSettings } from "../hosts/WorkbookHost";
import { parseTeamGrid, teamConfigFor } from "../scorecard/teamRows";
import { DEFAULT_SETTINGS, toWorkbookSettings, type PaneSettings } from "../settings/settings";
import { patternsByPerson } from "./personPatterns";

/** Files that repeat each other (src/import/overlaps.ts), for the list and for the Imports sheet. */
export { overlapNotices, withOverlaps } from "../../import";

export type FileResult =
  | { status: "ok"; report: ParsedReport }
  /** recognised, but the file does not say its marketplace: `options` are the labels it can take */
  | { status: "unlabelled"; report: ParsedReport; options: Platform[] }
  /** the CLI's line: `file: reason` */
  | { status: "bad"; message: string };

/**
 * Lets the browser paint (the progress bar) between two pieces of work: a macrotask after the next
 * animation frame, so a frame is drawn before the work goes on; 50 ms at most where no frame comes
 * (a hidden pane does not draw).
 */
export const yieldToUi = (): Promise<void> =>
  new Promise((resolve) => {
    let went = false;
    const go = () => {
      if (went) return;
      went = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(go);
    setTimeout(go, 50);
  });

/**
 * The steps of reading one file, in order, for the progress bar: its bytes arrive (the shell: the
 * File API), then the importer recognises its header and types its rows (src/import, one call).
 */
export type ReadStage = "bytes" | "parse";
export const READ_STAGES: readonly ReadStage[] = ["bytes", "parse"];

/**
 * One file: recognised and typed, with its label when given. `onStage("parse")` is awaited first
 * (the view repaints its progress there before the importer's synchronous work).
 */
export async function readReport(
  name: string,
  bytes: Uint8Array,
  marketplace?: Platform,
  onStage?: (stage: ReadStage) => Promise<void>,
): Promise<FileResult> {
  await onStage?.("parse");
  const r = await importReport(marketplace === undefined ? { name, bytes } : { name, bytes, marketplace });
  if (!r.ok) return { status: "bad", message: `${name}: ${r.problem.message}` };
  if (unlabelled(r.report) !== undefined) {
    const options = [...AMAZON_PLATFORMS];
    // the file's language first: a Spanish business report is most likely Amazon Mexico's
    if (r.report.locale === "es") options.reverse();
    return { status: "unlabelled", report: r.report, options };
  }
  return { status: "ok", report: r.report };
}

/** A cell as a TSV field: quoted when it holds a tab, a newline or a quote. */
function field(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A report pasted into a sheet, as the TSV file it was copied from (the importer sniffs it like any file). */
export function sheetAsFile(sheet: SheetText): { name: string; bytes: Uint8Array } {
  const rows = sheet.rows.filter((r) => r.some((c) => c.trim() !== ""));
  const text = rows.map((r) => r.map(field).join("\t")).join("\n");
  return { name: sheet.name, bytes: new TextEncoder().encode(text) };
}

export type TeamImport =
  | {
      ok: true;
      config: TeamConfig;
      actuals: PersonActuals[];
      settings: WorkbookSettings;
      /** people whose rows are picked by SKU or campaign patterns (the rest take every row) */
      scoped: number;
    }
  | { ok: false; kind: "needPeople" | "badTeam"; detail: string };

/**
 * The team the actuals are for: the people the workbook lists (its people table, read back, with
 * the SKU and campaign patterns of its optional SKUs / Campaigns columns: personPatterns), the
 * period typed here and the pane's data definitions — sales tax-inclusive only when the settings say
 * so (`auto` keeps the CLI's default, tax-exclusive), refunds deducted as the settings say.
 */
export function teamImport(
  title: string,
  period: string,
  peopleGrid: readonly (readonly unknown[])[],
  settings: PaneSettings | undefined,
  reports: readonly ParsedReport[],
): TeamImport {
  const pane = settings ?? DEFAULT_SETTINGS;
  const grid = parseTeamGrid(peopleGrid);
  if (!grid.ok || grid.people.length === 0) return { ok: false, kind: "needPeople", detail: "" };
  const salesIncludeTax = pane.taxInclusive === "yes";
  const refundsDeducted = pane.refundsDeducted;
  const raw: TeamConfig = { ...teamConfigFor(title, period, grid.people, pane), salesIncludeTax, refundsDeducted };
  const patterns = patternsByPerson(peopleGrid);
  raw.people = raw.people.map((p) => ({ ...p, ...patterns.get(p.name.trim().toLowerCase().replace(/\s+/g, " ")) }));
  const scoped = raw.people.filter((p) => p.skus !== undefined || p.campaigns !== undefined).length;
  const config = parseTeamConfig(raw);
  if (isKpiError(config)) return { ok: false, kind: "badTeam", detail: config.message };
  const actuals = actualsFromReports(config, reports, { salesIncludeTax, refundsDeducted });
  if (isKpiError(actuals)) return { ok: false, kind: "badTeam", detail: actuals.message };
  return { ok: true, config, actuals, settings: toWorkbookSettings(pane), scoped };
}
