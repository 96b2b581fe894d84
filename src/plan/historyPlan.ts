/**
 * The History sheet (DESIGN §9): table tblHistory, one row per person × KPI of every closed period,
 * values only. A build carries the previous workbook's rows unchanged and appends that workbook's
 * results (src/cli/previous.ts reads them); nothing here computes a score, it only lays rows out.
 *
 * The table starts at A1 so that a host (or the task pane's "close the period") appends below it, and
 * the review's formulas read its columns by position (HISTORY_COL).
 */
import { getKpi } from "../core/catalog";
import { REGION_INFO } from "../core/regions";
import type { Currency, Lang, Region } from "../core/types";
import { cycleTranslator, type CycleKey } from "../i18n/cycleMessages";
import { ROLE_KEYS, translator, type MessageKey } from "../i18n/messages";
import { range } from "./a1";
import {
  FMT_PAYOUT,
  FMT_PERCENT,
  FMT_SCORE,
  FMT_WEIGHT,
  STYLE_NOTE,
  columnRange,
  currencyFormat,
  formatRuns,
  unitFormat,
} from "./formats";
import { PRINT_WIDE } from "./layout";
import type { MemberScore, Team } from "./team";
import type { CellValue, PlanCell, SheetPlan } from "./types";

export const HISTORY_SHEET_KEY = "history";
export const HISTORY_TABLE = "tblHistory";

/** Column order of tblHistory (zero-based); the en-US headers are DESIGN §9's words. */
export const HISTORY_COL = {
  period: 0,
  person: 1,
  region: 2,
  role: 3,
  kpiId: 4,
  target: 5,
  actual: 6,
  weight: 7,
  attainment: 8,
  score: 9,
  payout: 10,
  bonus: 11,
} as const;

export const HISTORY_WIDTH = 12;

/** Header words of tblHistory, in column order: a key of the main catalog or of the cycle's. */
export const HISTORY_HEADER_KEYS: readonly ({ cycle: CycleKey } | { main: MessageKey })[] = [
  { cycle: "col.period" },
  { main: "col.person" },
  { main: "col.region" },
  { main: "col.role" },
  { main: "col.kpiId" },
  { main: "col.target" },
  { main: "col.actual" },
  { main: "col.weight" },
  { main: "col.attainment" },
  { main: "col.score" },
  { main: "col.payout" },
  { main: "col.bonus" },
];

export function historyHeaders(lang: Lang): string[] {
  const t = translator(lang);
  const c = cycleTranslator(lang);
  return HISTORY_HEADER_KEYS.map((k) => ("cycle" in k ? c(k.cycle) : t(k.main)));
}

/**
 * One row of tblHistory as read or written: the identifying texts, then the values as the sheet held
 * them (a number, "" or null for blank, or whatever text a person typed there): carried rows are
 * written back exactly as they were read.
 */
export interface HistoryRow {
  period: string;
  person: string;
  region: string;
  role: string;
  kpiId: string;
  target: CellValue;
  actual: CellValue;
  weight: CellValue;
  attainment: CellValue;
  score: CellValue;
  payout: CellValue;
  bonus: CellValue;
}

export function historyCells(row: HistoryRow): CellValue[] {
  return [
    row.period,
    row.person,
    row.region,
    row.role,
    row.kpiId,
    row.target,
    row.actual,
    row.weight,
    row.attainment,
    row.score,
    row.payout,
    row.bonus,
  ];
}

/**
 * The team's results of `period` as history rows, from the core's scores (the task pane's "close the
 * period" and the tests; the CLI reads last month's cached values instead, which may hold edits made
 * in Excel). A gate has no attainment (blank), a missing actual is blank; role as the sheet's word.
 */
export function historyRowsOf(team: Team, scores: readonly MemberScore[], lang: Lang): HistoryRow[] {
  const t = translator(lang);
  const rows: HistoryRow[] = [];
  for (const { member, score, bonus } of scores) {
    member.lines.forEach((line, i) => {
      const k = score.kpis[i];
      rows.push({
        period: team.period,
        person: member.name,
        region: member.region,
        role: t(ROLE_KEYS[member.role]),
        kpiId: line.id,
        target: line.target,
        actual: line.actual ?? null,
        weight: line.weight,
        attainment: line.gate || k.error !== null ? null : k.attainment,
        score: score.score,
        payout: score.payout,
        bonus,
      });
    });
  }
  return rows;
}

/** The distinct periods of the rows, in the order they first appear (append order: oldest first). */
export function historyPeriods(rows: readonly HistoryRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (r.period !== "") seen.add(r.period);
  return [...seen];
}

function isRegion(text: string): text is Region {
  return text === "US" || text === "MX";
}

/** Plans the History sheet: tblHistory from A1, the carried rows first, then the appended ones. */
export function planHistory(rows: readonly HistoryRow[], currency: Currency, lang: Lang): SheetPlan {
  const c = cycleTranslator(lang);
  const headers = historyHeaders(lang);
  const body: PlanCell[][] = rows.map(historyCells);
  // A table needs a body row: the first workbook of a cycle has an empty history.
  if (body.length === 0) body.push(new Array<CellValue>(HISTORY_WIDTH).fill(null));
  const last = body.length; // zero-based row of the last body row
  const valueFormats = rows.map((r) => {
    const def = getKpi(r.kpiId);
    return def !== undefined && isRegion(r.region) ? unitFormat(def.unit, REGION_INFO[r.region].currency) : "General";
  });
  if (valueFormats.length === 0) valueFormats.push("General");
  const noteCol = HISTORY_WIDTH + 1;
  return {
    key: HISTORY_SHEET_KEY,
    name: c("sheet.history"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: [headers, ...body] },
      { at: { row: 0, col: noteCol }, cells: [[c("label.historyNote")]] },
    ],
    tables: [{ name: HISTORY_TABLE, range: range(0, 0, last, HISTORY_WIDTH - 1), headers, style: "TableStyleLight9" }],
    numberFormats: [
      // Period stays text when typed over (2026-10 would otherwise become a date)
      { range: columnRange(1, last, HISTORY_COL.period), format: "@" },
      ...formatRuns(valueFormats, 1, HISTORY_COL.target, HISTORY_COL.actual),
      { range: columnRange(1, last, HISTORY_COL.weight), format: FMT_WEIGHT },
      { range: columnRange(1, last, HISTORY_COL.attainment), format: FMT_PERCENT },
      { range: columnRange(1, last, HISTORY_COL.score), format: FMT_SCORE },
      { range: columnRange(1, last, HISTORY_COL.payout), format: FMT_PAYOUT },
      { range: columnRange(1, last, HISTORY_COL.bonus), format: currencyFormat(currency) },
    ],
    styles: [{ range: range(0, noteCol, 0, noteCol), style: STYLE_NOTE }],
    columnWidths: { [noteCol]: 60 },
    freeze: { rows: 1, cols: 2 },
    print: { ...PRINT_WIDE, area: range(0, 0, last, HISTORY_WIDTH - 1) },
  };
}
