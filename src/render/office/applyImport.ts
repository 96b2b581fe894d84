/**
 * Report import into the open workbook (DESIGN §8 "Importing again replaces the Data block; it never
 * touches an actual a person typed"), through Office.js: the task pane's Data view calls this.
 *
 * One `Excel.run`, at most 3 syncs whatever the number of rows (2 when the writes fit one request):
 *   sync 1  read: sheet names and ids, table names, ids and sheets, and the Inputs table's header
 *           and body formulas (a formula cell reads as its formula, a typed one as its value);
 *   (between) plan: which Inputs actuals a person typed (isTypedActual), the new Data and Imports
 *           sheets (planDataSheets) and, per Inputs row, what its Actual cell becomes (actualCells);
 *   sync 2  write, in requests under the budget (the Data sheet's rows in chunks, by the renderer's
 *           own commands): our old Data/Imports sheets and their tables are renamed out of the way,
 *           the new ones added under the old names, the Inputs actuals written (an imported one as
 *           a formula over the new Data sheet, one whose data is gone blanked, a typed one never
 *           touched), then the finishing commands (recalculate, activate the Data sheet) and the
 *           old sheets' deletion, last, on the last request: one request makes 2 syncs, two make 3.
 * Ours are the sheets holding tblData / tblImports (the tables planDataSheets names; a renamed
 * `tblData_2` too): a sheet we did not create is never deleted.
 *
 * On failure a FRESH `Excel.run` puts the workbook back as it was: the sheets this call added are
 * deleted (by id: absent when we read the workbook), the old ones get their names back, their tables
 * too, and the Inputs actuals we wrote get their earlier formulas. When the old sheets are already
 * gone the batch ran to its end, and the new block stands whole. Either way nothing half-built is left.
 */
import type { Lang } from "../../core/types";
import { LANGS } from "../../core/types";
import type { PersonActuals } from "../../import/actuals";
import type { ParsedReport } from "../../import/types";
import { MESSAGES as SHEET_MESSAGES } from "../../i18n/messages";
import {
  DATA_SHEET_KEY,
  DATA_TABLES,
  IMPORTS_SHEET_KEY,
  actualCells,
  isTypedActual,
  planDataSheets,
  type InputsActualRow,
} from "../../plan/dataPlan";
import { TABLES } from "../../plan/scorecardPlan";
import { resolveSheetRefs, sanitizeSheetName } from "../../plan/sheetRefs";
import type { CellValue, WorkbookPlan } from "../../plan/types";
import { colLetter } from "../../plan/a1";
import { buildCommands, command, type Command, type Layout, type Target } from "./commands";
import { describeError, excelRun } from "./excelRun";
import { renameIdentifiers, uniqueIdentifier } from "./identifiers";
import { DEFAULT_MAX_CHUNK_BYTES, DEFAULT_MAX_REQUEST_BYTES, chunkRows, packRequests, rowJsonBytes } from "./payload";
import { featureChecker, officeIsSetSupported, type IsSetSupported } from "./requirements";

export interface ImportApplyInput {
  reports: readonly ParsedReport[];
  /** actualsFromReports(config, reports, …): one per person of the config */
  actuals: readonly PersonActuals[];
  /** the team's period: dated rows outside it count as left out on the Imports sheet */
  period?: string;
  /** the language of the new sheets when the Inputs headers do not say (they are read in any of ours) */
  lang: Lang;
  /** the Inputs table (`tblInputs` unless a build renamed it) */
  inputsTable?: string;
}

export interface ImportApplyOptions {
  run?: typeof Excel.run;
  isSetSupported?: IsSetSupported;
  onProgress?(done: number, total: number, label: string): void;
  maxRequestBytes?: number;
  maxChunkBytes?: number;
}

export type ImportApplyResult =
  | {
      ok: true;
      /** final names of the Data and Imports sheets */
      sheetNames: { data: string; imports: string };
      /** Inputs actuals written as formulas over Data / left as typed / blanked (their data is gone) */
      imported: number;
      kept: number;
      cleared: number;
      /** Data rows (person × KPI) */
      dataRows: number;
      syncs: number;
      writeRequests: number;
      warnings: string[];
    }
  | { ok: false; code: "noExcel" | "notFound" | "failed"; error: string; restored: boolean; warnings: string[] };

const STEPS = {
  read: "reading the workbook",
  prepare: "preparing the Data sheets",
  write: "writing the Data sheets",
  finish: "finishing",
} as const;
type Step = keyof typeof STEPS;

const text = {
  noExcel: () => "Excel is not available here (Excel.run is undefined).",
  noInputs: (table: string) => `the workbook has no ${table} table (build the scorecard first)`,
  noColumns: (table: string) => `the ${table} table has no Person, KPI ID and Actual columns`,
  failed: (step: Step, detail: string) => `Could not import into the workbook while ${STEPS[step]}: ${detail}.`,
  restored: () => " The workbook was put back as it was.",
  complete: () => " The import had been written in full.",
  restoreFailed: (detail: string) =>
    ` Putting the workbook back also failed (${detail}); check the Data and Imports sheets and the Inputs actuals.`,
  extraRequests: (requests: number, syncs: number) =>
    `The import was larger than one Excel request allows, so it was written in ${requests} requests (${syncs} syncs).`,
};

const lower = (s: string) => s.toLowerCase();
const norm = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** Our table of a kind, as planDataSheets names it or as a build renamed it on a clash (`tblData_2`). */
function isOurTable(name: string, wanted: string): boolean {
  return new RegExp(`^${wanted}(_\\d+)?$`, "i").test(name);
}

/** The Person, KPI ID and Actual columns of the Inputs header, and the language whose words they are. */
function inputsColumns(
  header: readonly unknown[],
): { person: number; kpiId: number; actual: number; lang: Lang } | undefined {
  const cells = header.map(norm);
  for (const lang of LANGS) {
    const m = SHEET_MESSAGES[lang];
    const person = cells.indexOf(norm(m["col.person"]));
    const kpiId = cells.indexOf(norm(m["col.kpiId"]));
    const actual = cells.indexOf(norm(m["col.actual"]));
    if (person >= 0 && kpiId >= 0 && actual >= 0) return { person, kpiId, actual, lang };
  }
  return undefined;
}

/** "Inputs!A2:L300" or "'数据录入'!B3:M9" → its sheet-local top row and left column (zero-based). */
function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(local);
  if (!m) throw new Error(`unexpected range address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** An Inputs Actual cell as `range.formulas` gives it: a formula with its "=", else the typed value. */
function inputsRow(person: unknown, kpiId: unknown, cell: unknown): InputsActualRow {
  if (typeof cell === "string" && cell.startsWith("="))
    return { person: String(person ?? "").trim(), kpiId: String(kpiId ?? "").trim(), value: null, formula: cell };
  const value: CellValue = cell === "" || cell === undefined ? null : (cell as CellValue);
  return { person: String(person ?? "").trim(), kpiId: String(kpiId ?? "").trim(), value };
}

/** A free sheet name for an old sheet while its successor takes its name. */
function parkingName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `~kpi-old-${n}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

interface Snapshot {
  /** sheet id → name, every sheet there when we read */
  sheets: Map<string, string>;
  /** table id → name, of the tables we rename */
  renamedTables: Map<string, string>;
  /** ids of our old sheets (deleted last: gone means the batch ran to its end) */
  oldSheetIds: string[];
  /** final names of the new sheets */
  newNames: string[];
  /** Inputs runs we write: sheet, address and the formulas they held */
  inputsRestore: { sheet: string; address: string; formulas: unknown[][] }[];
}

interface State {
  syncs: number;
  step: Step;
  snapshot?: Snapshot;
  queued: boolean;
  writeRequests: number;
}

export async function applyImport(
  input: ImportApplyInput,
  options: ImportApplyOptions = {},
): Promise<ImportApplyResult> {
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const run = excelRun(options);
  if (!run) return { ok: false, code: "noExcel", error: text.noExcel(), restored: true, warnings };
  const supports = featureChecker(options.isSetSupported ?? officeIsSetSupported);
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const maxChunkBytes = Math.min(options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES, maxRequestBytes);
  const inputsTable = input.inputsTable ?? TABLES.inputs;
  const state: State = { syncs: 0, step: "read", queued: false, writeRequests: 0 };
  let notFound: string | undefined;
  let outcome: Extract<ImportApplyResult, { ok: true }> | undefined;

  try {
    await run(async (context) => {
      const sync = async (step: Step) => {
        state.step = step;
        state.syncs++;
        await context.sync();
      };

      // 1. Read.
      const workbook = context.workbook;
      const sheets = workbook.worksheets;
      const tables = workbook.tables;
      const names = workbook.names;
      sheets.load("items/name,items/id");
      tables.load("items/name,items/id,items/worksheet/name");
      names.load("items/name");
      // A missing Inputs table fails this sync with ItemNotFound, before anything is queued.
      const inputs = tables.getItem(inputsTable);
      const header = inputs.getHeaderRowRange();
      const body = inputs.getDataBodyRange();
      header.load("values");
      body.load("address,formulas");
      state.syncs++;
      await context.sync();

      state.step = "prepare";
      const cols = inputsColumns(header.values[0] ?? []);
      if (cols === undefined) {
        notFound = text.noColumns(inputsTable);
        return;
      }
      const lang = cols.lang ?? input.lang;
      const origin = topLeft(body.address);
      const formulas = body.formulas as unknown[][];
      const rows = formulas.map((r) => inputsRow(r[cols.person], r[cols.kpiId], r[cols.actual]));
      const inputsSheet = tables.items.find((t) => lower(t.name) === lower(inputsTable))!.worksheet;

      const sheetById = new Map(sheets.items.map((s) => [s.id, s.name]));
      const oldData = tables.items.find((t) => isOurTable(t.name, DATA_TABLES.data));
      const oldImports = tables.items.find((t) => isOurTable(t.name, DATA_TABLES.imports));
      const oldDataSheet = oldData?.worksheet.name;
      const oldImportsSheet = oldImports?.worksheet.name;

      // Only the KPIs on the Inputs sheet (actualsOnScorecard's rule, with the workbook's lines).
      const lines = new Set(rows.map((r) => `${lower(r.person)}\u0000${r.kpiId}`));
      const onSheet = input.actuals.map((p) => ({
        ...p,
        kpis: p.kpis.filter((k) => lines.has(`${lower(p.name)}\u0000${k.id}`)),
      }));
      // A formula over a sheet of the Data sheet's name is an import's even where its table is gone.
      const dataRefName = oldDataSheet ?? SHEET_MESSAGES[lang]["sheet.data"];
      const typed = new Set(
        rows.filter((r) => isTypedActual(r, dataRefName)).map((r) => `${lower(r.person)}\u0000${r.kpiId}`),
      );
      const planned = planDataSheets(input.reports, onSheet, lang, {
        period: input.period,
        typed: (person, kpiId) => typed.has(`${lower(person)}\u0000${kpiId}`),
      });

      // Final names: the old sheets' and tables' own, else the plan's made unique.
      const takenSheets = new Set(sheets.items.map((s) => s.name));
      const parked = new Set([...takenSheets].map(lower));
      const renames: Command[] = [];
      const renamedTables = new Map<string, string>();
      const takenIds = new Set([...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)].map(lower));
      const oldSheetIds: string[] = [];
      const deletes: Command[] = [];
      const park = (table: (typeof tables.items)[number] | undefined) => {
        if (table === undefined) return;
        const sheetName = table.worksheet.name;
        const sheetId = sheets.items.find((s) => s.name === sheetName)?.id;
        const tableTemp = uniqueIdentifier(`${table.name}_old`, takenIds);
        takenIds.add(lower(tableTemp));
        renamedTables.set(table.id, table.name);
        renames.push(
          command(tableTemp.length, (target) => {
            target.context.workbook.tables.getItem(table.name).name = tableTemp;
          }),
        );
        if (sheetId !== undefined && !oldSheetIds.includes(sheetId)) {
          oldSheetIds.push(sheetId);
          const temp = parkingName(parked);
          renames.push(
            command(temp.length, (target) => {
              target.context.workbook.worksheets.getItem(sheetName).name = temp;
            }),
          );
          deletes.push(
            command(0, (target) => {
              target.context.workbook.worksheets.getItem(temp).delete();
            }),
          );
        }
      };
      park(oldData);
      park(oldImports);

      const taken = [...takenSheets].filter((n) => n !== oldDataSheet && n !== oldImportsSheet);
      const dataName = oldDataSheet ?? sanitizeSheetName(planned.data.name, [...taken, "History"]);
      const importsName =
        oldImportsSheet && oldImportsSheet !== dataName
          ? oldImportsSheet
          : sanitizeSheetName(planned.imports.name, [...taken, dataName, "History"]);
      const sheetNames = new Map([
        [DATA_SHEET_KEY, dataName],
        [IMPORTS_SHEET_KEY, importsName],
      ]);
      const tableNames = new Map<string, string>();
      for (const [id, old] of [
        [DATA_TABLES.data, oldData?.name],
        [DATA_TABLES.imports, oldImports?.name],
      ] as const) {
        const final = old ?? uniqueIdentifier(id, takenIds);
        takenIds.add(lower(final));
        tableNames.set(id, final);
      }
      const idRenames = new Map(
        [...tableNames].filter(([id, final]) => id !== final).map(([id, final]) => [lower(id), final]),
      );
      const layout: Layout = {
        sheetNames,
        identifiers: tableNames,
        rewrite: (f) => renameIdentifiers(f.includes("{{sheet:") ? resolveSheetRefs(f, sheetNames) : f, idRenames),
      };
      const plan: WorkbookPlan = { title: "", lang, sheets: [planned.data, planned.imports], namedRanges: [] };
      const writes = buildCommands(plan, layout, { supports, maxChunkBytes, warn, onProgress: options.onProgress });

      // Inputs actuals: runs of consecutive rows the import writes (typed ones are never in a run).
      const cells = actualCells(rows, planned, dataRefName);
      let imported = 0;
      let kept = 0;
      let cleared = 0;
      const next: (string | null)[] = cells.map((c) => {
        if (c.source === "config") {
          kept++;
          return null;
        }
        if (c.source === "import") {
          imported++;
          return `=${layout.rewrite(c.cell.formula)}`;
        }
        if (c.clear) {
          cleared++;
          return "";
        }
        return null;
      });
      const inputsRestore: Snapshot["inputsRestore"] = [];
      const inputsWrites: Command[] = [];
      const column = colLetter(origin.col + cols.actual);
      for (let i = 0; i < next.length;) {
        if (next[i] === null) {
          i++;
          continue;
        }
        let end = i;
        while (end < next.length && next[end] !== null) end++;
        const run = next.slice(i, end).map((f) => [f as string]);
        for (const [a, b] of chunkRows(
          run.map((r) => rowJsonBytes(r)),
          maxChunkBytes,
        )) {
          const address = `${column}${origin.row + i + a + 1}:${column}${origin.row + i + b}`;
          const data = run.slice(a, b);
          const sheetName = inputsSheet.name;
          inputsRestore.push({
            sheet: sheetName,
            address,
            formulas: formulas.slice(i + a, i + b).map((r) => [r[cols.actual] ?? ""]),
          });
          inputsWrites.push(
            command(
              data.reduce((s, r) => s + rowJsonBytes(r) + 1, 2),
              (target) => {
                target.context.workbook.worksheets.getItem(sheetName).getRange(address).formulas = data;
              },
            ),
          );
        }
        i = end;
      }

      state.snapshot = {
        sheets: sheetById,
        renamedTables,
        oldSheetIds,
        newNames: [dataName, importsName],
        inputsRestore,
      };
      const target: Target = { context, sheets: new Map() };
      let suspended = false;
      const finish: Command = command(0, (t) => {
        if (suspended) workbook.application.calculate("Recalculate");
        const first = t.sheets.get(DATA_SHEET_KEY);
        if (first) {
          first.activate();
          first.getRange("A1").select();
        }
      });
      const commands = [...renames, ...writes, ...inputsWrites, finish, ...deletes];
      const starts = packRequests(
        commands.map((c) => c.bytes),
        maxRequestBytes,
      );
      state.writeRequests = starts.length;

      // 2. Write; 3. the finishing commands (recalculate, activate, delete the old sheets) ride on
      // the last request, so one request makes 2 syncs and two make 3.
      for (let r = 0; r < starts.length; r++) {
        const last = r === starts.length - 1;
        if (!last) suspended = suspendCalculation(context, supports) || suspended;
        const end = last ? commands.length : starts[r + 1];
        state.step = "write";
        for (let i = starts[r]; i < end; i++) {
          commands[i].apply(target);
          state.queued = true;
        }
        await sync(last ? "finish" : "write");
      }
      if (state.syncs > 3) warn(text.extraRequests(state.writeRequests, state.syncs));
      outcome = {
        ok: true,
        sheetNames: { data: dataName, imports: importsName },
        imported,
        kept,
        cleared,
        dataRows: planned.data.blocks[1].cells.slice(1).filter((r) => r[0] !== null).length,
        syncs: state.syncs,
        writeRequests: state.writeRequests,
        warnings,
      };
    });
  } catch (error) {
    if (state.step === "read" && !state.queued && errorCode(error) === "ItemNotFound")
      return { ok: false, code: "notFound", error: text.noInputs(inputsTable), restored: true, warnings };
    const message = text.failed(state.step, describeError(error, true));
    if (!state.queued || state.snapshot === undefined)
      return { ok: false, code: "failed", error: message, restored: true, warnings };
    const back = await restore(run, state.snapshot);
    if (back.failure !== undefined)
      return {
        ok: false,
        code: "failed",
        error: message + text.restoreFailed(back.failure),
        restored: false,
        warnings,
      };
    return {
      ok: false,
      code: "failed",
      error: message + (back.complete ? text.complete() : text.restored()),
      restored: true,
      warnings,
    };
  }
  if (notFound !== undefined) return { ok: false, code: "notFound", error: notFound, restored: true, warnings };
  return outcome!;
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : undefined;
}

function suspendCalculation(context: Excel.RequestContext, supports: (f: "suspendCalculation") => boolean): boolean {
  if (!supports("suspendCalculation")) return false;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  return true;
}

/**
 * Puts the workbook back after a failed import, in a fresh Excel.run (the failed context's proxies
 * cannot be trusted): unless the batch ran to its end (our old sheets, deleted last, are gone).
 */
async function restore(run: typeof Excel.run, snapshot: Snapshot): Promise<{ complete: boolean; failure?: string }> {
  let complete = false;
  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name,items/id");
      tables.load("items/name,items/id");
      await context.sync();
      const present = new Map(sheets.items.map((s) => [s.id, s]));
      if (snapshot.oldSheetIds.length > 0 && snapshot.oldSheetIds.every((id) => !present.has(id))) {
        complete = true;
        return;
      }
      const ours = new Set(snapshot.newNames.map(lower));
      for (const sheet of sheets.items) {
        if (!snapshot.sheets.has(sheet.id) && ours.has(lower(sheet.name))) sheet.delete();
      }
      for (const [id, name] of snapshot.sheets) {
        const sheet = present.get(id);
        if (sheet !== undefined && sheet.name !== name) context.workbook.worksheets.getItem(sheet.name).name = name;
      }
      for (const table of tables.items) {
        const name = snapshot.renamedTables.get(table.id);
        if (name !== undefined && table.name !== name) context.workbook.tables.getItem(table.name).name = name;
      }
      for (const w of snapshot.inputsRestore) {
        context.workbook.worksheets.getItem(w.sheet).getRange(w.address).formulas = w.formulas;
      }
      await context.sync();
    });
    return { complete };
  } catch (error) {
    return { complete, failure: describeError(error, true) };
  }
}

/** The used range of the active sheet as a person sees it: a report pasted there, read as text. */
export async function readActiveSheet(
  options: { run?: typeof Excel.run } = {},
): Promise<
  | { ok: true; value: { name: string; rows: string[][] } }
  | { ok: false; code: "noExcel" | "notFound" | "failed"; detail?: string }
> {
  const run = excelRun(options);
  if (!run) return { ok: false, code: "noExcel" };
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject(true);
      sheet.load("name");
      used.load("values,text");
      await context.sync();
      if (used.isNullObject) return { ok: false as const, code: "notFound" as const, detail: sheet.name };
      // The text Excel shows ("$1,234.56", a date as typed) is what the importer reads from a file;
      // a number too narrow to show (####) falls back to its value.
      const rows = used.values.map((r, i) =>
        r.map((v, j) => {
          const shown = used.text[i]?.[j];
          return typeof shown === "string" && shown !== "" && !/^#+$/.test(shown) ? shown : String(v ?? "");
        }),
      );
      return { ok: true as const, value: { name: sheet.name, rows } };
    });
  } catch (error) {
    return { ok: false, code: "failed", detail: describeError(error) };
  }
}
