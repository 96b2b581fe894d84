/**
 * `kpi-scorecard build ... --previous LAST.xlsx` (DESIGN §9): reads last period's workbook, never
 * writes it (the bytes are read once, read-only, and ExcelJS parses them in memory), and returns the
 * history the new workbook carries: the previous workbook's tblHistory rows exactly as they were,
 * then its own results (tblScorecard joined with tblSummary by person), values only.
 *
 * Results are the values the previous workbook's formulas last computed (ExcelJS reads the cached
 * results), so actuals typed in Excel last month count. Tables and columns are found by name and
 * header word in any of our three languages, so a zh-CN workbook carries into an en-US build.
 *
 * ExcelJS reads a cached "" (a formula that gave blank text) and a missing cached value alike, as
 * no result. So: a row whose Person has no result is a blank row (the scorecard's spare lines); a
 * person's row whose Target, Weight, Score, Payout or Bonus has none was saved by a program that did
 * not compute the formulas, and is refused with that said; a blank Actual or Attainment is blank.
 */
import { readFileSync, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { periodBefore, periodSpan } from "../core/periods";
import { LANGS } from "../core/types";
import { cycleWords } from "../i18n/cycleMessages";
import { cachedValues, type CachedValues } from "./cachedValues";
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
  sheet: ExcelJS.Worksheet;
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4:K30" → one-based bounds. */
function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (m === null) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    top: Number(m[2]),
    left: col(m[1]),
    bottom: Number(m[4] ?? m[2]),
    right: col(m[3] ?? m[1]),
  };
}

interface TableEntry {
  name?: string;
  table?: { name?: string; tableRef?: string; ref?: string };
}

function findTables(wb: ExcelJS.Workbook): Map<string, FoundTable> {
  const found = new Map<string, FoundTable>();
  for (const sheet of wb.worksheets) {
    const tables = (sheet as unknown as { getTables(): TableEntry[] }).getTables();
    for (const t of tables) {
      const name = t.table?.name ?? t.name;
      const ref = t.table?.tableRef ?? t.table?.ref;
      const bounds = ref === undefined ? undefined : parseRef(ref);
      if (name !== undefined && bounds !== undefined) found.set(name.toLowerCase(), { sheet, name, ...bounds });
    }
  }
  return found;
}

/** Cached values of the formula cells, per sheet name (cachedValues.ts). */
type Raw = ReadonlyMap<string, CachedValues>;

/** The value a cell shows: a formula's cached result (undefined when there is none), else its value. */
function shown(raw: Raw, cell: ExcelJS.Cell): CellValue | Date | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      // ExcelJS reads a cached 0 or "" as no result: the sheet XML says what was saved
      const cached = raw.get(cell.worksheet.name);
      if (cached?.has(cell.address)) return cached.get(cell.address);
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return undefined;
      if (typeof r === "object" && "error" in r) return null; // #DIV/0! and the like: no value
      return r instanceof Date ? r : (r as CellValue);
    }
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return null;
  }
  return null;
}

/** A date someone typed (Excel turns 2026-10 into a date) back as ISO text; yyyy-mm-01 → yyyy-mm. */
function dateText(d: Date): string {
  const iso = d.toISOString().slice(0, 10);
  return iso.endsWith("-01") ? iso.slice(0, 7) : iso;
}

function text(v: CellValue | Date | undefined): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return dateText(v);
  return String(v);
}

function plain(v: CellValue | Date | undefined): CellValue {
  if (v === undefined) return null;
  if (v instanceof Date) return dateText(v);
  return v === "" ? null : v;
}

/** Column (one-based) of each wanted header in a table's header row, by any language's word. */
function columnsOf(raw: Raw, file: string, t: FoundTable, wanted: Record<string, string[]>): Record<string, number> {
  const header = new Map<string, number>();
  for (let c = t.left; c <= t.right; c++) {
    const h = text(shown(raw, t.sheet.getCell(t.top, c))).trim();
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
function periodOf(raw: Raw, wb: ExcelJS.Workbook, summary: FoundTable): string | undefined {
  const labels = new Set(words("label.period"));
  for (const sheet of wb.worksheets) {
    if (!words("sheet.settings").includes(sheet.name)) continue;
    for (let r = 1; r <= Math.min(sheet.rowCount, 40); r++) {
      if (labels.has(text(shown(raw, sheet.getCell(r, 1))).trim())) return text(shown(raw, sheet.getCell(r, 2))).trim();
    }
  }
  for (let r = 1; r < summary.top; r++) {
    const line = text(shown(raw, summary.sheet.getCell(r, 1)));
    for (const label of labels) if (line.startsWith(`${label}: `)) return line.slice(label.length + 2).trim();
  }
  return undefined;
}

function notComputed(file: string, sheet: ExcelJS.Worksheet, row: number, col: number): Refused {
  const address = sheet.getCell(row, col).address;
  return new Refused(
    `${file}: ${sheet.name}!${address} has a formula but no computed value: the file was last saved by a program that does not calculate formulas; open it in Excel or LibreOffice, save it, and run again`,
  );
}

function requireValue(raw: Raw, file: string, t: FoundTable, row: number, col: number): CellValue {
  const v = shown(raw, t.sheet.getCell(row, col));
  if (v === undefined) throw notComputed(file, t.sheet, row, col);
  return plain(v);
}

function readHistory(raw: Raw, t: FoundTable | undefined, file: string): HistoryRow[] {
  if (t === undefined) return [];
  const wanted: Record<string, string[]> = {};
  HISTORY_HEADER_KEYS.forEach((k, i) => {
    wanted[String(i)] = "cycle" in k ? cycleWords(k.cycle) : words(k.main);
  });
  const cols = columnsOf(raw, file, t, wanted);
  const rows: HistoryRow[] = [];
  for (let r = t.top + 1; r <= t.bottom; r++) {
    const v: CellValue[] = [];
    for (let i = 0; i < HISTORY_WIDTH; i++) v.push(plain(shown(raw, t.sheet.getCell(r, cols[String(i)]))));
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
function readResults(raw: Raw, file: string, period: string, scorecard: FoundTable, summary: FoundTable): HistoryRow[] {
  const sc = columnsOf(raw, file, scorecard, {
    person: words("col.person"),
    region: words("col.region"),
    role: words("col.role"),
    kpiId: words("col.kpiId"),
    target: words("col.target"),
    actual: words("col.actual"),
    weight: words("col.weight"),
    attainment: words("col.attainment"),
  });
  const su = columnsOf(raw, file, summary, {
    person: words("col.person"),
    score: words("col.score"),
    payout: words("col.payout"),
    bonus: words("col.bonus"),
  });
  const byPerson = new Map<string, { score: CellValue; payout: CellValue; bonus: CellValue }>();
  for (let r = summary.top + 1; r <= summary.bottom; r++) {
    const person = shown(raw, summary.sheet.getCell(r, su.person));
    if (person === undefined || person === null || person === "") continue;
    const key = text(person);
    if (byPerson.has(key)) continue;
    byPerson.set(key, {
      score: requireValue(raw, file, summary, r, su.score),
      payout: requireValue(raw, file, summary, r, su.payout),
      bonus: requireValue(raw, file, summary, r, su.bonus),
    });
  }
  const rows: HistoryRow[] = [];
  let formulas = 0;
  for (let r = scorecard.top + 1; r <= scorecard.bottom; r++) {
    const personCell = scorecard.sheet.getCell(r, sc.person);
    if (personCell.type === ExcelJS.ValueType.Formula) formulas++;
    const person = shown(raw, personCell);
    if (person === undefined || person === null || person === "") continue;
    const name = text(person);
    const totals = byPerson.get(name);
    if (totals === undefined) {
      throw new Refused(`${file}: ${name} is on ${TABLES.scorecard} but not on ${TABLES.summary}`);
    }
    rows.push({
      period,
      person: name,
      region: text(requireValue(raw, file, scorecard, r, sc.region)),
      role: text(requireValue(raw, file, scorecard, r, sc.role)),
      kpiId: text(requireValue(raw, file, scorecard, r, sc.kpiId)),
      target: requireValue(raw, file, scorecard, r, sc.target),
      actual: plain(shown(raw, scorecard.sheet.getCell(r, sc.actual))),
      weight: requireValue(raw, file, scorecard, r, sc.weight),
      attainment: plain(shown(raw, scorecard.sheet.getCell(r, sc.attainment))),
      ...totals,
    });
  }
  if (rows.length === 0 && formulas > 0) throw notComputed(file, scorecard.sheet, scorecard.top + 1, sc.person);
  return rows;
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
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as never);
    } catch (e) {
      return { ok: false, message: `${file}: damaged .xlsx workbook (${(e as Error).message})` };
    }
    const tables = findTables(wb);
    const scorecard = tables.get(TABLES.scorecard.toLowerCase());
    const summary = tables.get(TABLES.summary.toLowerCase());
    if (scorecard === undefined || summary === undefined) {
      const missing = scorecard === undefined ? TABLES.scorecard : TABLES.summary;
      return { ok: false, message: `${file}: not a KPI scorecard workbook (no ${missing} table)` };
    }
    const history = tables.get(HISTORY_TABLE.toLowerCase());
    const raw = await cachedValues(
      bytes,
      [scorecard, summary, history].flatMap((t) => (t === undefined ? [] : [t.sheet.name])),
    );
    const previous = periodOf(raw, wb, summary);
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
    const carried = readHistory(raw, history, file);
    // Append-only: a period already in the history (closed inside the workbook) is not added twice.
    const appended = carried.some((r) => r.period === previous)
      ? []
      : readResults(raw, file, previous, scorecard, summary);
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
