/**
 * Change and trend for the task pane's review (DESIGN §9), the same numbers the Review sheet's
 * formulas give: per person × KPI this period's attainment, the attainment in the period compared
 * with (the history's latest period before the workbook's) and the change; per person the score over
 * the history's periods and this period's score from the summary. Pure.
 *
 * As on the sheet: people and KPI ids match ignoring case (Excel's "=" on text); several rows of one
 * person × KPI in a period average; a blank or text attainment or score (a gate, a missing actual) is
 * not counted, so it never reads as 0.
 */
import { LANGS } from "../../core/types";
import { latestPeriodBefore, periodSpan } from "../../core/periods";
import { cycleWords, type CycleKey } from "../../i18n/cycleMessages";
import { MESSAGES as SHEET_MESSAGES, type MessageKey as SheetKey } from "../../i18n/messages";
import type { ReviewRow } from "./rankOffTrack";

/** One row of tblHistory as the review needs it. */
export interface HistoryEntry {
  period: string;
  person: string;
  kpiId: string;
  /** null when blank or not a number (a gate's row) */
  attainment: number | null;
  score: number | null;
}

export interface PersonScore {
  person: string;
  score: number | null;
}

export interface ChangeRow extends ReviewRow {
  /** the mean attainment of this person × KPI in the compared period; null when there is none */
  previous: number | null;
  /** attainment − previous; null when either is missing */
  change: number | null;
}

export interface TrendPoint {
  /** a history period, or null for the open workbook's period */
  period: string | null;
  score: number;
}

export interface PersonTrend {
  person: string;
  points: TrendPoint[];
  /** one block character per point, low ▁ to high █ */
  spark: string;
}

const norm = (value: unknown): string =>
  String(value ?? "")
    .trim()
    .toLowerCase();

const text = (value: unknown): string => String(value ?? "").trim();

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

type HeaderKey = { main: SheetKey } | { cycle: CycleKey };

/** The column whose header is this key's word in any of our languages; −1 when none. */
function headerIndex(header: readonly string[], key: HeaderKey): number {
  const words = new Set(
    ("main" in key ? LANGS.map((lang) => SHEET_MESSAGES[lang][key.main]) : cycleWords(key.cycle)).map(norm),
  );
  return header.findIndex((h) => words.has(h));
}

/** tblHistory's rows; not ok when the Period, Person, KPI ID, Attainment or Score column is missing. */
export function parseHistoryGrid(
  grid: readonly (readonly unknown[])[],
): { ok: true; rows: HistoryEntry[] } | { ok: false } {
  const header = (grid[0] ?? []).map(norm);
  const cols = {
    period: headerIndex(header, { cycle: "col.period" }),
    person: headerIndex(header, { main: "col.person" }),
    kpiId: headerIndex(header, { main: "col.kpiId" }),
    attainment: headerIndex(header, { main: "col.attainment" }),
    score: headerIndex(header, { main: "col.score" }),
  };
  if (Object.values(cols).some((c) => c < 0)) return { ok: false };
  const rows: HistoryEntry[] = [];
  for (const cells of grid.slice(1)) {
    const period = text(cells[cols.period]);
    const person = text(cells[cols.person]);
    // the empty body row of a first workbook's history, or a row typed half-way
    if (period === "" || person === "") continue;
    rows.push({
      period,
      person,
      kpiId: text(cells[cols.kpiId]),
      attainment: numberOrNull(cells[cols.attainment]),
      score: numberOrNull(cells[cols.score]),
    });
  }
  return { ok: true, rows };
}

/** Each person's score in tblSummary (spare rows without a person left out); undefined when unreadable. */
export function parseSummaryScores(grid: readonly (readonly unknown[])[]): PersonScore[] | undefined {
  const header = (grid[0] ?? []).map(norm);
  const person = headerIndex(header, { main: "col.person" });
  const score = headerIndex(header, { main: "col.score" });
  if (person < 0 || score < 0) return undefined;
  return grid
    .slice(1)
    .map((cells) => ({ person: text(cells[person]), score: numberOrNull(cells[score]) }))
    .filter((p) => p.person !== "");
}

/**
 * The history's periods, oldest first: by their months when every period is `YYYY-MM` / `YYYY-Qn`
 * (a month before the quarter that starts with it), otherwise in the order they were appended.
 */
export function orderedPeriods(rows: readonly HistoryEntry[]): string[] {
  const seen: string[] = [];
  for (const r of rows) if (!seen.some((p) => norm(p) === norm(r.period))) seen.push(r.period);
  const spans = seen.map(periodSpan);
  if (spans.some((s) => s === undefined)) return seen;
  return seen
    .map((period, i) => ({ period, span: spans[i]! }))
    .sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last)
    .map((p) => p.period);
}

/**
 * The period to compare with: the latest of `periods` (oldest first) before the workbook's period, so
 * that once "close the period" has put the open period into the history it is not compared with
 * itself (history 2026-10, 2026-11 and workbook 2026-11 → 2026-10). "Before" as core/periods orders
 * `YYYY-MM` / `YYYY-Qn`; a period it cannot read counts unless it is the workbook's. An unknown
 * workbook period: the latest. Undefined when there is none.
 */
export function comparePeriodBefore(
  periods: readonly string[],
  workbookPeriod: string | undefined,
): string | undefined {
  return workbookPeriod === undefined ? periods.at(-1) : latestPeriodBefore(periods, workbookPeriod);
}

function meanOf(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length === 0 ? null : numbers.reduce((s, v) => s + v, 0) / numbers.length;
}

/** The scorecard's rows with the attainment of `comparePeriod` (none: every previous is null). */
export function changeRows(
  current: readonly ReviewRow[],
  history: readonly HistoryEntry[],
  comparePeriod: string | undefined,
): ChangeRow[] {
  const inPeriod = comparePeriod === undefined ? [] : history.filter((h) => norm(h.period) === norm(comparePeriod));
  return current.map((row) => {
    const previous =
      row.attainment === null
        ? null
        : meanOf(
            inPeriod
              .filter((h) => norm(h.person) === norm(row.person) && norm(h.kpiId) === norm(row.kpiId))
              .map((h) => h.attainment),
          );
    return {
      ...row,
      previous,
      change: row.attainment === null || previous === null ? null : row.attainment - previous,
    };
  });
}

const BLOCKS = "▁▂▃▄▅▆▇█";

/**
 * A text sparkline: the lowest value ▁, the highest █, the rest in proportion (rounded to the nearest
 * of eight steps); all equal → ▄ each.
 */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return "";
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values
    .map((v) => (max === min ? BLOCKS[3] : BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))]))
    .join("");
}

/**
 * Each person's score per history period (oldest first), then this period's from the summary. People
 * of the open workbook first, in its order, then those only in the history; a period without a score
 * for the person is left out of the person's points (a gap, not a 0). The workbook's period, when the
 * history already holds it (closed inside the workbook), shows once: as "now", from the summary.
 */
export function scoreTrends(
  history: readonly HistoryEntry[],
  current: readonly PersonScore[],
  people: readonly string[] = current.map((p) => p.person),
  workbookPeriod?: string,
): PersonTrend[] {
  const periods = orderedPeriods(history).filter(
    (p) => workbookPeriod === undefined || norm(p) !== norm(workbookPeriod),
  );
  const names: string[] = [];
  for (const name of [...people, ...current.map((p) => p.person), ...history.map((h) => h.person)]) {
    if (name !== "" && !names.some((n) => norm(n) === norm(name))) names.push(name);
  }
  return names.map((person) => {
    const points: TrendPoint[] = [];
    for (const period of periods) {
      const score = meanOf(
        history.filter((h) => norm(h.period) === norm(period) && norm(h.person) === norm(person)).map((h) => h.score),
      );
      if (score !== null) points.push({ period, score });
    }
    const now = meanOf(current.filter((p) => norm(p.person) === norm(person)).map((p) => p.score));
    if (now !== null) points.push({ period: null, score: now });
    return { person, points, spark: sparkline(points.map((p) => p.score)) };
  });
}
