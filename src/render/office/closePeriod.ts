/**
 * "Close the period" inside the open workbook (DESIGN §9: what `kpi-scorecard build --previous` does
 * between two files): the workbook's results are appended to tblHistory as values, then the actuals a
 * person typed on the Inputs sheet are cleared for the next period. The task pane asks the user to
 * confirm before it calls this.
 *
 * One `Excel.run`, 3 syncs:
 *   sync 1  which sheets and tables the workbook has (a renamed `tblHistory_2` counts as ours);
 *   sync 2  read: tblScorecard and tblSummary (computed values), tblHistory (its periods), tblInputs
 *           (formulas: a formula cell reads as its formula, a typed one as its value) and the
 *           Settings sheet's Period row;
 *   (between) refuse when there is no period, or the history already holds it or a later one;
 *           plan the history rows (values only, one per scorecard line) and the typed actuals to clear;
 *   sync 3  write: the typed Inputs actuals blanked (contiguous runs of the Actual column; formulas
 *           are never written, nor any other sheet), then the history rows: first into the blank rows
 *           at the table's end (the empty row a first history is built with: an Excel table always
 *           has a body row), then ONE `rows.add` appending the rest to tblHistory, last.
 * Rows already in the history that hold anything are never written. Because the history write is the
 * batch's last command, a failed sync 3 either ran it (then everything ran: the period is closed) or
 * did not (the history holds what it held); in that case a fresh `Excel.run` writes the typed actuals
 * back and blanks the placeholder rows again.
 */
import { LANGS } from "../../core/types";
import { periodBefore } from "../../core/periods";
import { cycleWords } from "../../i18n/cycleMessages";
import { MESSAGES as SHEET_MESSAGES, type MessageKey as SheetKey } from "../../i18n/messages";
import { colLetter } from "../../plan/a1";
import { HISTORY_COL, HISTORY_TABLE, HISTORY_WIDTH } from "../../plan/historyPlan";
import { TABLES } from "../../plan/scorecardPlan";
import { describeError, excelRun } from "./excelRun";
import { SETTINGS_PERIOD_RANGE, settingsPeriod, settingsSheetName } from "./settingsPeriod";

export interface ClosePeriodInput {
  /** our table name → the workbook's, when a build renamed it (BuildOutcome.identifiers) */
  tables?: Readonly<Record<string, string>>;
  /** the Settings sheet's name, when known (BuildOutcome.sheetNames.settings) */
  settingsSheet?: string;
}

export interface ClosePeriodOptions {
  run?: typeof Excel.run;
}

export type ClosePeriodResult =
  | { ok: true; period: string; appended: number; cleared: number; syncs: number }
  | {
      ok: false;
      /** refused before anything was written: no period in Settings; the period, or a later one, is in the history */
      code: "noExcel" | "notFound" | "noPeriod" | "alreadyClosed" | "laterClosed" | "failed";
      period?: string;
      detail?: string;
      /** on `failed`: whether the workbook is as it was */
      restored?: boolean;
      syncs: number;
    };

const norm = (v: unknown): string =>
  String(v ?? "")
    .trim()
    .toLowerCase();
const text = (v: unknown): string => String(v ?? "").trim();
const num = (v: unknown): number | "" => (typeof v === "number" && Number.isFinite(v) ? v : "");

function mainWords(key: SheetKey): Set<string> {
  return new Set(LANGS.map((lang) => norm(SHEET_MESSAGES[lang][key])));
}

/** Column of each key's header, in any of our languages; undefined when one is missing. */
function columns<K extends string>(
  header: readonly unknown[],
  keys: Readonly<Record<K, Set<string>>>,
): Record<K, number> | undefined {
  const cells = header.map(norm);
  const out = {} as Record<K, number>;
  for (const k of Object.keys(keys) as K[]) {
    const i = cells.findIndex((c) => keys[k].has(c));
    if (i < 0) return undefined;
    out[k] = i;
  }
  return out;
}

/** "Inputs!B2:M40" → zero-based top row and left column, and the sheet as written. */
function topLeft(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!m) throw new Error(`unexpected range address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[2]) - 1, col: col - 1 };
}

/** Runs of consecutive rows (zero-based indices, ascending). */
function runsOf(indices: readonly number[]): { first: number; rows: number[] }[] {
  const runs: { first: number; rows: number[] }[] = [];
  for (const i of indices) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.rows.length === i) last.rows.push(i);
    else runs.push({ first: i, rows: [i] });
  }
  return runs;
}

const isBlank = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** How many rows at the end of a table's body are blank in every cell. */
function trailingBlankRows(body: readonly (readonly unknown[])[]): number {
  let n = 0;
  while (n < body.length && body[body.length - 1 - n].every(isBlank)) n++;
  return n;
}

/** A typed actual: neither blank nor a formula (an import's or one a person wrote). */
function isTyped(cell: unknown): boolean {
  if (typeof cell === "string") return cell.trim() !== "" && !cell.startsWith("=");
  return cell !== null && cell !== undefined;
}

const PASS_FAIL = new Set(
  LANGS.flatMap((lang) => [norm(SHEET_MESSAGES[lang]["status.pass"]), norm(SHEET_MESSAGES[lang]["status.fail"])]),
);

export async function closePeriod(
  input: ClosePeriodInput = {},
  options: ClosePeriodOptions = {},
): Promise<ClosePeriodResult> {
  const run = excelRun(options);
  let syncs = 0;
  if (!run) return { ok: false, code: "noExcel", detail: "Excel.run is undefined", syncs };
  const wanted = (key: string) => input.tables?.[key] ?? key;
  // Set once sync 3 has been sent: what to check and write back if it fails.
  let pending: Pending | undefined;
  try {
    return await run(async (context): Promise<ClosePeriodResult> => {
      const sync = async () => {
        syncs++;
        await context.sync();
      };
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name");
      tables.load("items/name");
      await sync();

      const tableNames = tables.items.map((t) => t.name);
      const find = (key: string) => {
        const name = wanted(key);
        return (
          tableNames.find((n) => norm(n) === norm(name)) ??
          tableNames.find((n) => new RegExp(`^${key}(_\\d+)?$`, "i").test(n))
        );
      };
      const names = {
        scorecard: find(TABLES.scorecard),
        summary: find(TABLES.summary),
        history: find(HISTORY_TABLE),
        inputs: find(TABLES.inputs),
      };
      const missing = Object.entries(names).find(([, n]) => n === undefined);
      if (missing) return { ok: false, code: "notFound", detail: wanted(tableKey(missing[0])), syncs };
      const settingsName = settingsSheetName(
        sheets.items.map((s) => s.name),
        input.settingsSheet,
      );
      if (settingsName === undefined) return { ok: false, code: "notFound", detail: "Settings", syncs };

      const read = (name: string, body: "values" | "formulas") => {
        const table = tables.getItem(name);
        const header = table.getHeaderRowRange().load("values");
        const data = table.getDataBodyRange().load(`address,${body}`);
        return { header, data };
      };
      const scorecard = read(names.scorecard!, "values");
      const summary = read(names.summary!, "values");
      const history = read(names.history!, "values");
      const inputs = read(names.inputs!, "formulas");
      const settings = sheets.getItem(settingsName).getRange(SETTINGS_PERIOD_RANGE).load("values");
      await sync();

      // ---------- the period, and whether it may be closed ----------
      const period = settingsPeriod(settings.values);
      if (period === "") return { ok: false, code: "noPeriod", syncs };
      const historyCols = columns(history.header.values[0], {
        period: new Set(cycleWords("col.period").map(norm)),
      });
      if (!historyCols) return { ok: false, code: "notFound", detail: names.history, syncs };
      const closed = (history.data.values as unknown[][]).map((r) => text(r[historyCols.period])).filter(Boolean);
      if (closed.some((p) => norm(p) === norm(period))) return { ok: false, code: "alreadyClosed", period, syncs };
      const later = closed.find((p) => periodBefore(period, p));
      if (later !== undefined) return { ok: false, code: "laterClosed", period: later, syncs };

      // ---------- history rows: values only, one per scorecard line ----------
      const sc = columns(scorecard.header.values[0], {
        person: mainWords("col.person"),
        region: mainWords("col.region"),
        role: mainWords("col.role"),
        kpiId: mainWords("col.kpiId"),
        target: mainWords("col.target"),
        actual: mainWords("col.actual"),
        weight: mainWords("col.weight"),
        attainment: mainWords("col.attainment"),
        status: mainWords("col.status"),
      });
      const sm = columns(summary.header.values[0], {
        person: mainWords("col.person"),
        score: mainWords("col.score"),
        payout: mainWords("col.payout"),
        bonus: mainWords("col.bonus"),
      });
      if (!sc) return { ok: false, code: "notFound", detail: names.scorecard, syncs };
      if (!sm) return { ok: false, code: "notFound", detail: names.summary, syncs };
      const people = new Map<string, unknown[]>();
      for (const r of summary.data.values as unknown[][]) {
        if (text(r[sm.person]) !== "" && !people.has(norm(r[sm.person]))) people.set(norm(r[sm.person]), r);
      }
      const rows: (string | number)[][] = [];
      for (const r of scorecard.data.values as unknown[][]) {
        const person = text(r[sc.person]);
        const kpiId = text(r[sc.kpiId]);
        if (person === "" || kpiId === "") continue; // spare rows below the build's lines
        const s = people.get(norm(person));
        const row = new Array<string | number>(HISTORY_WIDTH).fill("");
        row[HISTORY_COL.period] = period;
        row[HISTORY_COL.person] = person;
        row[HISTORY_COL.region] = text(r[sc.region]);
        row[HISTORY_COL.role] = text(r[sc.role]);
        row[HISTORY_COL.kpiId] = kpiId;
        row[HISTORY_COL.target] = num(r[sc.target]);
        row[HISTORY_COL.actual] = num(r[sc.actual]);
        row[HISTORY_COL.weight] = num(r[sc.weight]);
        // a gate has no attainment in the history (historyRowsOf): its status is pass or fail
        row[HISTORY_COL.attainment] = PASS_FAIL.has(norm(r[sc.status])) ? "" : num(r[sc.attainment]);
        row[HISTORY_COL.score] = s ? num(s[sm.score]) : "";
        row[HISTORY_COL.payout] = s ? num(s[sm.payout]) : "";
        row[HISTORY_COL.bonus] = s ? num(s[sm.bonus]) : "";
        rows.push(row);
      }
      if (rows.length === 0) return { ok: false, code: "notFound", detail: names.scorecard, syncs };

      // ---------- typed Inputs actuals ----------
      const ic = columns(inputs.header.values[0], { actual: mainWords("col.actual") });
      if (!ic) return { ok: false, code: "notFound", detail: names.inputs, syncs };
      const formulas = inputs.data.formulas as unknown[][];
      const typed = formulas.flatMap((r, i) => (isTyped(r[ic.actual]) ? [i] : []));
      const at = topLeft(inputs.data.address);
      const inputsSheet = sheets.getItem(at.sheet);
      const column = colLetter(at.col + ic.actual);
      const writes = runsOf(typed).map((run) => ({
        address: `${column}${at.row + 1 + run.first}:${column}${at.row + run.first + run.rows.length}`,
        values: run.rows.map((i) => [formulas[i][ic.actual]]),
      }));

      // ---------- the history's blank rows at its end, filled first ----------
      const historyBody = history.data.values as unknown[][];
      const blank = trailingBlankRows(historyBody);
      const fill = Math.min(blank, rows.length);
      const hAt = topLeft(history.data.address);
      const first = hAt.row + 1 + historyBody.length - blank; // A1 row of the first blank row
      const placeholder =
        fill === 0
          ? undefined
          : {
              sheet: hAt.sheet,
              address: `${colLetter(hAt.col)}${first}:${colLetter(hAt.col + HISTORY_WIDTH - 1)}${first + fill - 1}`,
              rows: fill,
            };

      pending = {
        inputsSheet: at.sheet,
        restore: writes,
        history: names.history!,
        historyRows: historyBody.length,
        placeholder,
        adds: rows.length - fill,
        done: { ok: true, period, appended: rows.length, cleared: typed.length, syncs: 0 },
      };
      for (const w of writes) inputsSheet.getRange(w.address).values = w.values.map(() => [""]);
      if (placeholder) sheets.getItem(placeholder.sheet).getRange(placeholder.address).values = rows.slice(0, fill);
      if (fill < rows.length) tables.getItem(names.history!).rows.add(undefined, rows.slice(fill));
      await sync();
      return { ok: true, period, appended: rows.length, cleared: typed.length, syncs };
    });
  } catch (error) {
    const detail = describeError(error);
    if (pending === undefined) return { ok: false, code: "failed", detail, syncs };
    return recover(run, pending, detail, syncs);
  }
}

function tableKey(key: string): string {
  return key === "history" ? HISTORY_TABLE : TABLES[key as keyof typeof TABLES];
}

interface Pending {
  inputsSheet: string;
  /** the typed actuals' cells and their values */
  restore: { address: string; values: unknown[][] }[];
  history: string;
  historyRows: number;
  /** the blank rows at the history's end that the batch fills (they were blank before it) */
  placeholder: { sheet: string; address: string; rows: number } | undefined;
  /** rows the batch's last command appends with rows.add (0: the placeholder write is the last) */
  adds: number;
  done: Extract<ClosePeriodResult, { ok: true }>;
}

/**
 * After a failed write, in a fresh `Excel.run`: if the batch's last command ran (the history grew, or
 * with nothing to append, the last placeholder row holds a period), so did everything before it, and
 * the period is closed; otherwise the typed actuals are written back and the placeholder rows blanked
 * again (they were blank before the batch), so the history is as it was.
 */
async function recover(
  run: typeof Excel.run,
  pending: Pending,
  detail: string,
  syncsBefore: number,
): Promise<ClosePeriodResult> {
  let syncs = syncsBefore;
  try {
    return await run(async (context): Promise<ClosePeriodResult> => {
      const body = context.workbook.tables.getItem(pending.history).getDataBodyRange().load("address");
      const { placeholder } = pending;
      const filled = placeholder
        ? context.workbook.worksheets.getItem(placeholder.sheet).getRange(placeholder.address).load("values")
        : undefined;
      await context.sync();
      syncs++;
      const m = /(\d+):\$?[A-Z]+\$?(\d+)$/.exec(body.address);
      const rows = m ? Number(m[2]) - Number(m[1]) + 1 : pending.historyRows;
      const ran =
        pending.adds > 0
          ? rows > pending.historyRows
          : filled !== undefined && !isBlank((filled.values as unknown[][]).at(-1)?.[HISTORY_COL.period]);
      if (ran) return { ...pending.done, syncs };
      if (pending.restore.length > 0 || placeholder) {
        const sheet = context.workbook.worksheets.getItem(pending.inputsSheet);
        for (const w of pending.restore) sheet.getRange(w.address).values = w.values as (string | number | boolean)[][];
        if (placeholder)
          context.workbook.worksheets.getItem(placeholder.sheet).getRange(placeholder.address).values = Array.from(
            { length: placeholder.rows },
            () => new Array<string>(HISTORY_WIDTH).fill(""),
          );
        await context.sync();
        syncs++;
      }
      return { ok: false, code: "failed", detail, restored: true, syncs };
    });
  } catch (error) {
    return { ok: false, code: "failed", detail: `${detail}; ${describeError(error)}`, restored: false, syncs };
  }
}
