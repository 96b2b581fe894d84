/**
 * `kpi-scorecard build ... --previous LAST.xlsx` (DESIGN §9): reads last period's workbook, never
 * writes it (the bytes are read once, read-only, and parsed in memory), and returns the history the
 * new workbook carries: the previous workbook's tblHistory rows exactly as they were, then its own
 * results (tblScorecard joined with tblSummary by person), values only.
 *
 * Results are the values the previous workbook's formulas last computed (the cached results), so
 * actuals typed in Excel last month count. Tables and columns are found by name and header word in
 * any of our three languages, so a zh-CN workbook carries into an en-US build. Only the parts needed
 * are read (cachedValues.ts: the sheet list, the tables, and the sheets of tblScorecard, tblSummary,
 * tblHistory and Settings), not the whole workbook: a 24-month history is 28,800 rows.
 *
 * A formula cell without a saved result reads as undefined, a cached "" as "". So: a row whose Person
 * shows nothing is a blank row (the scorecard's spare lines); a person's row whose Target, Weight,
 * Score, Payout or Bonus has no saved result was saved by a program that did not compute the
 * formulas, and is refused with that said; a blank Actual or Attainment is blank.
 */
import { readFileSync, statSync } from "node:fs";
import { periodBefore, periodSpan } from "../core/periods";
import { LANGS } from "../core/types";
import { cycleWords } from "../i18n/cycleMessages";
import { a1, openXlsx, type SheetCells, type Shown, type XlsxTable, type XlsxWorkbook } from "./cachedValues";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { HISTORY_HEADER_KEYS, HISTORY_TABLE, HISTORY_WIDTH, type HistoryRow } from "../plan/historyPlan";
import { TABLES } from "../plan/scorecardPlan";
import type { CellValue } from "../plan/types";

export type PreviousHistory =
  { ok: true; period: string; carried: HistoryRow[]; appended: HistoryRow[] } | { ok: false; message: string };

class Refused {
  constructor(readonly message: string) {}
}

/** A key's word in every language of the main catalog. */
function words(key: MessageKey): string[] {
  return LANGS.map((l) => MESSAGES[l][key]);
}

interface FoundTable {
  sheet: SheetCells;
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The tables by lower-case name (Excel's names ignore case); the first of a name wins. */
function findTables(wb: XlsxWorkbook): Map<string, XlsxTable> {
  const found = new Map<string, XlsxTable>();
  for (const t of wb.tables) if (!found.has(t.name.toLowerCase())) found.set(t.name.toLowerCase(), t);
  return found;
}

/** A date someone typed (Excel turns 2026-10 into a date) back as ISO text; yyyy-mm-01 → yyyy-mm. */
function dateText(d: Date): string {
  const iso = d.toISOString().slice(0, 10);
  return iso.endsWith("-01") ? iso.slice(0, 7) : iso;
}

function text(v: Shown): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return dateText(v);
  return String(v);
}

function plain(v: Shown): CellValue {
  if (v === undefined) return null;
  if (v instanceof Date) return dateText(v);
  return v === "" ? null : v;
}

/** Column (one-based) of each wanted header in a table's header row, by any language's word. */
function columnsOf(file: string, t: FoundTable, wanted: Record<string, string[]>): Record<string, number> {
  const header = new Map<string, number>();
  for (let c = t.left; c <= t.right; c++) {
    const h = text(t.sheet.value(t.top, c)).trim();
    if (h !== "" && !header.has(h)) header.set(h, c);
  }
  const out: Record<string, number> = {};
  for (const [key, options] of Object.entries(wanted)) {
    const c = options.map((w) => header.get(w)).find((x) => x !== undefined);
    if (c === undefined) {
      throw new Refused(`${file}: not a KPI scorecard workbook (${t.name} has no "${options[0]}" column)`);
    }
    out[key] = c;
  }
  return out;
}

/** The previous workbook's period: the Settings sheet's Period row, else the Summary's "Period: …" line. */
async function periodOf(wb: XlsxWorkbook, summary: FoundTable): Promise<string | undefined> {
  const labels = new Set(words("label.period"));
  for (const name of wb.sheetNames) {
    if (!words("sheet.settings").includes(name)) continue;
    const sheet = (await wb.sheet(name)) as SheetCells;
    for (let r = 1; r <= Math.min(sheet.rowCount, 40); r++) {
      if (labels.has(text(sheet.value(r, 1)).trim())) return text(sheet.value(r, 2)).trim();
    }
  }
  for (let r = 1; r < summary.top; r++) {
    const line = text(summary.sheet.value(r, 1));
    for (const label of labels) if (line.startsWith(`${label}: `)) return line.slice(label.length + 2).trim();
  }
  return undefined;
}

function notComputed(file: string, sheet: SheetCells, row: number, col: number): Refused {
  const address = a1(row, col);
  return new Refused(
    `${file}: ${sheet.name}!${address} has a formula but no computed value: the file was last saved by a program that does not calculate formulas; open it in Excel or LibreOffice, save it, and run again`,
  );
}

function requireValue(file: string, t: FoundTable, row: number, col: number): CellValue {
  const v = t.sheet.value(row, col);
  if (v === undefined) throw notComputed(file, t.sheet, row, col);
  return plain(v);
}

function readHistory(t: FoundTable | undefined, file: string): HistoryRow[] {
  if (t === undefined) return [];
  const wanted: Record<string, string[]> = {};
  HISTORY_HEADER_KEYS.forEach((k, i) => {
    wanted[String(i)] = "cycle" in k ? cycleWords(k.cycle) : words(k.main);
  });
  const cols = columnsOf(file, t, wanted);
  const rows: HistoryRow[] = [];
  for (let r = t.top + 1; r <= t.bottom; r++) {
    const v: CellValue[] = [];
    for (let i = 0; i < HISTORY_WIDTH; i++) v.push(plain(t.sheet.value(r, cols[String(i)])));
    if (v.every((x) => x === null)) continue; // the blank row of an empty history, or one left by a deletion
    rows.push({
      period: text(v[0]),
      person: text(v[1]),
      region: text(v[2]),
      role: text(v[3]),
      kpiId: text(v[4]),
      target: v[5],
      actual: v[6],
      weight: v[7],
      attainment: v[8],
      score: v[9],
      payout: v[10],
      bonus: v[11],
    });
  }
  return rows;
}

/** Last period's results: a row per person × KPI of tblScorecard, with the person's tblSummary values. */
function readResults(file: string, period: string, scorecard: FoundTable, summary: FoundTable): HistoryRow[] {
  const sc = columnsOf(file, scorecard, {
    person: words("col.person"),
    region: words("col.region"),
    role: words("col.role"),
    kpiId: words("col.kpiId"),
    target: words("col.target"),
    actual: words("col.actual"),
    weight: words("col.weight"),
    attainment: words("col.attainment"),
  });
  const su = columnsOf(file, summary, {
    person: words("col.person"),
    score: words("col.score"),
    payout: words("col.payout"),
    bonus: words("col.bonus"),
  });
  const byPerson = new Map<string, { score: CellValue; payout: CellValue; bonus: CellValue }>();
  for (let r = summary.top + 1; r <= summary.bottom; r++) {
    const person = summary.sheet.value(r, su.person);
    if (person === undefined || person === null || person === "") continue;
    const key = text(person);
    if (byPerson.has(key)) continue;
    byPerson.set(key, {
      score: requireValue(file, summary, r, su.score),
      payout: requireValue(file, summary, r, su.payout),
      bonus: requireValue(file, summary, r, su.bonus),
    });
  }
  const rows: HistoryRow[] = [];
  let formulas = 0;
  for (let r = scorecard.top + 1; r <= scorecard.bottom; r++) {
    if (scorecard.sheet.isFormula(r, sc.person)) formulas++;
    const person = scorecard.sheet.value(r, sc.person);
    if (person === undefined || person === null || person === "") continue;
    const name = text(person);
    const totals = byPerson.get(name);
    if (totals === undefined) {
      throw new Refused(`${file}: ${name} is on ${TABLES.scorecard} but not on ${TABLES.summary}`);
    }
    rows.push({
      period,
      person: name,
      region: text(requireValue(file, scorecard, r, sc.region)),
      role: text(requireValue(file, scorecard, r, sc.role)),
      kpiId: text(requireValue(file, scorecard, r, sc.kpiId)),
      target: requireValue(file, scorecard, r, sc.target),
      actual: plain(scorecard.sheet.value(r, sc.actual)),
      weight: requireValue(file, scorecard, r, sc.weight),
      attainment: plain(scorecard.sheet.value(r, sc.attainment)),
      ...totals,
    });
  }
  if (rows.length === 0 && formulas > 0) throw notComputed(file, scorecard.sheet, scorecard.top + 1, sc.person);
  return rows;
}

interface Opened {
  scorecard: FoundTable;
  summary: FoundTable;
  history: FoundTable | undefined;
  previous: string | undefined;
}

/**
 * The tables and the period of the previous workbook, reading only the sheets that hold them (the
 * scorecard's, the summary's, the history's, each once) and the Settings sheet; a string says why it
 * is not ours. Rejects when a part cannot be read (a damaged file).
 */
async function openPrevious(bytes: Uint8Array, file: string): Promise<Opened | string> {
  const wb = await openXlsx(bytes);
  const tables = findTables(wb);
  const scorecardAt = tables.get(TABLES.scorecard.toLowerCase());
  const summaryAt = tables.get(TABLES.summary.toLowerCase());
  if (scorecardAt === undefined || summaryAt === undefined) {
    const missing = scorecardAt === undefined ? TABLES.scorecard : TABLES.summary;
    return `${file}: not a KPI scorecard workbook (no ${missing} table)`;
  }
  const historyAt = tables.get(HISTORY_TABLE.toLowerCase());
  const sheets = new Map<string, SheetCells>();
  const found = async (t: XlsxTable): Promise<FoundTable> => {
    let sheet = sheets.get(t.sheet);
    if (sheet === undefined) {
      sheet = (await wb.sheet(t.sheet)) as SheetCells;
      sheets.set(t.sheet, sheet);
    }
    return { ...t, sheet };
  };
  const scorecard = await found(scorecardAt);
  const summary = await found(summaryAt);
  const history = historyAt === undefined ? undefined : await found(historyAt);
  return { scorecard, summary, history, previous: await periodOf(wb, summary) };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads `file` (last period's workbook) for a build of `period`: its carried history and its results,
 * or the one line that says why it cannot be the previous workbook.
 */
export async function readPrevious(file: string, period: string): Promise<PreviousHistory> {
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file, { flag: "r" });
    } catch (e) {
      return {
        ok: false,
        message: `--previous: cannot read "${file}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      };
    }
    if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
      return { ok: false, message: `${file}: not an .xlsx workbook (not a zip file)` };
    }
    let opened: Opened | string;
    try {
      opened = await openPrevious(bytes, file);
    } catch (e) {
      return { ok: false, message: `${file}: damaged .xlsx workbook (${(e as Error).message})` };
    }
    if (typeof opened === "string") return { ok: false, message: opened };
    const { scorecard, summary, history, previous } = opened;
    if (previous === undefined || previous === "") {
      return { ok: false, message: `${file}: not a KPI scorecard workbook (no period on its Settings sheet)` };
    }
    if (periodSpan(previous) === undefined) {
      return { ok: false, message: `${file}: its period "${previous}" is not YYYY-MM or YYYY-Qn` };
    }
    if (!periodBefore(previous, period)) {
      const how = previous === period ? "the same period as" : "not before";
      return {
        ok: false,
        message: `${file}: its period ${previous} is ${how} this build's ${period}; --previous takes an earlier period's workbook`,
      };
    }
    const carried = readHistory(history, file);
    // Append-only: a period already in the history (closed inside the workbook) is not added twice.
    const appended = carried.some((r) => r.period === previous) ? [] : readResults(file, previous, scorecard, summary);
    return { ok: true, period: previous, carried, appended };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, message: e.message };
    throw e;
  }
}

/** Whether two paths name one file (through symlinks); a path that does not exist yet names no file. */
export function samePath(a: string, b: string): boolean {
  if (b === "-") return false;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
