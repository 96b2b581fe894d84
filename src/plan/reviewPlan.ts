/**
 * The Review sheet for the monthly meeting (KPI评审会, DESIGN §9): table tblReview, a row per
 * person × KPI of the scorecard, with this period's attainment and status, the attainment of the same
 * person × KPI ID in the period compared with (a history period, by default the latest) and the
 * change, as native formulas; then typed columns for cause, action, owner and due date. Beside it a
 * block of each person's score per period (formulas over tblHistory, and over tblSummary for this
 * period) and a line chart of that block.
 *
 * Formulas are classic (Excel and LibreOffice 7.4): SUMPRODUCT over the history's columns, as the
 * summary matches people (criteria functions would read "*", "?" and "~" in a name as patterns).
 * A blank or text value in the history reads as 0 in SUMPRODUCT's second argument and is not counted
 * (ISNUMBER), so a gate's blank attainment never shows as a previous 0%.
 *
 * The history's columns are read down to the table's last period, however many rows the task pane's
 * "close the period" appends later (historyColumn), never to a row count fixed at build time.
 */
import type { ScoredKpi } from "../core/scoring";
import { latestPeriodBefore } from "../core/periods";
import type { Lang } from "../core/types";
import { cycleTranslator } from "../i18n/cycleMessages";
import { translator, type MessageKey } from "../i18n/messages";
import { a1, colLetter, range } from "./a1";
import {
  BAD,
  FMT_DATE,
  FMT_PERCENT,
  FMT_SCORE,
  GOOD,
  MUTED,
  STYLE_INPUT,
  STYLE_NOTE,
  STYLE_TITLE,
  WARN,
  columnRange,
  trafficLightRules,
  wordRules,
} from "./formats";
import { HISTORY_COL, HISTORY_SHEET_KEY, historyPeriods, type HistoryRow } from "./historyPlan";
import { PRINT_WIDE } from "./layout";
import { SCORE_COL, SHEET_KEYS, SPARE_PEOPLE, SUMMARY_COL, SUMMARY_HEADER_ROW, statusKey } from "./scorecardPlan";
import { sheetRef } from "./sheetRefs";
import type { MemberScore, Team } from "./team";
import type { CellValue, ConditionalRule, PlanCell, SheetPlan } from "./types";

export const REVIEW_SHEET_KEY = "review";
export const REVIEW_TABLE = "tblReview";

/** Column order of tblReview (zero-based). */
export const REVIEW_COL = {
  person: 0,
  kpiId: 1,
  kpi: 2,
  attainment: 3,
  previous: 4,
  change: 5,
  status: 6,
  cause: 7,
  action: 8,
  owner: 9,
  dueDate: 10,
} as const;

/** Zero-based rows of the sheet: the title, the period compared with (B2), a note, the table's header. */
export const REVIEW_LAYOUT = { titleRow: 0, compareRow: 1, noteRow: 2, headerRow: 3 } as const;
/** The period compared with, as an A1 address (typed; the history's latest period by default). */
export const REVIEW_COMPARE_CELL = "$B$2";
/** The score-by-period block: its period column, past one empty column right of tblReview. */
export const TREND_COL = 12;

const REVIEW_WIDTH = 11;
const CHART_COLS = 8;
const CHART_ROWS = 16;
/** +15.0% / -3.2%: a change of attainment, signed. */
export const FMT_CHANGE = "+0.0%;-0.0%;0.0%";

/**
 * Off-track rows first: the order the build writes, by the core's status, then attainment ascending,
 * then the team's order. (A failed gate is as off track as a red KPI; an unscorable line comes next.)
 */
const STATUS_ORDER: Partial<Record<MessageKey, number>> = {
  "status.offTrack": 0,
  "status.fail": 0,
  "status.invalidTarget": 1,
  "status.missing": 2,
  "status.atRisk": 3,
  "status.onTrack": 4,
  "status.pass": 5,
};

/** A scorecard line: the person's index in the team and the line's index in the person's lines. */
export interface LineRef {
  person: number;
  line: number;
  /** zero-based index of the line on the scorecard (its A1 row is index + 2) */
  index: number;
}

function orderOf(k: ScoredKpi): number {
  return STATUS_ORDER[statusKey(k)] ?? 6;
}

/** The team's lines in the review's order (off track first, then attainment ascending). */
export function reviewOrder(scores: readonly MemberScore[]): LineRef[] {
  const refs: (LineRef & { k: ScoredKpi })[] = [];
  let index = 0;
  scores.forEach((s, person) => s.score.kpis.forEach((k, line) => refs.push({ person, line, index: index++, k })));
  // Array.prototype.sort is stable: equal keys keep the team's order.
  refs.sort((a, b) => orderOf(a.k) - orderOf(b.k) || (a.k.gate ? 0 : a.k.attainment) - (b.k.gate ? 0 : b.k.attainment));
  return refs.map(({ person, line, index: i }) => ({ person, line, index: i }));
}

/** Excel's "=" on text ignores case; the cached values follow it. */
function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The mean of the numeric `pick` of the history rows per case-insensitive key, or "" when a key has
 * none (what the formulas give). Grouped once: a review row or trend cell scanning the whole history
 * each was 1,300 × 28,800 comparisons for 24 months of 100 people (12 s of a 16 s build).
 */
function meansBy(
  rows: readonly HistoryRow[],
  key: (r: HistoryRow) => string,
  pick: (r: HistoryRow) => CellValue,
): (key: string) => number | "" {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    const v = pick(r);
    if (typeof v !== "number") continue;
    const k = key(r).toLowerCase();
    const s = sums.get(k);
    if (s === undefined) sums.set(k, { sum: v, n: 1 });
    else {
      s.sum += v;
      s.n++;
    }
  }
  return (k) => {
    const s = sums.get(k.toLowerCase());
    return s === undefined ? "" : s.sum / s.n;
  };
}

/** A key of text parts that no part can fake (the unit separator does not occur in names or IDs). */
const joinKey = (...parts: string[]): string => parts.join("\u001f");

/**
 * One column of tblHistory from its first body row (A1 row 2) down to the row of the Period column's
 * last value: `History!$I$2:INDEX(History!$I:$I,MAX(2,COUNTA(History!$A:$A)))`. The table starts at
 * A1 and nothing else is in column A, so COUNTA of column A is the header plus one per row with a
 * period (every row the build or a close writes has one, and a close fills the first history's blank
 * row instead of appending below it, render/office/closePeriod); MAX(2,…) keeps that blank row
 * (COUNTA 1) a one-row range. A row whose period someone blanked by hand would end the range one row
 * early. Every column ends on the same row, so SUMPRODUCT's arrays match.
 *
 * Why not `tblHistory[Period]`: the project's formulas carry no structured references (Office.js
 * cannot parse one before its table exists, a renamed tblHistory_2 or header would have to be
 * rewritten, and the header words differ in each language); INDEX(…):…-style ranges are classic,
 * Excel accepts them, and LibreOffice 7.4 recalculates them from an xlsx
 * (test/render/xlsx/review.libreoffice.test.ts appends a row below the built table and reads it).
 * COUNTA over a whole column reads only the used cells in both.
 */
export function historyColumn(col: number): string {
  const H = sheetRef(HISTORY_SHEET_KEY);
  const c = colLetter(col);
  const p = colLetter(HISTORY_COL.period);
  return `${H}!$${c}$2:INDEX(${H}!$${c}:$${c},MAX(2,COUNTA(${H}!$${p}:$${p})))`;
}

export interface ReviewInput {
  team: Team;
  scores: readonly MemberScore[];
  /** every row of tblHistory as the History sheet holds it (carried and appended) */
  history: readonly HistoryRow[];
  /** the period compared with; default the history's latest period before the team's (none: blank) */
  comparePeriod?: string;
  lang: Lang;
}

/** Plans the Review sheet over the Scorecard, the Summary and the History (planHistory). */
export function planReview(input: ReviewInput): SheetPlan {
  const { team, scores, history, lang } = input;
  const t = translator(lang);
  const c = cycleTranslator(lang);
  const periods = historyPeriods(history);
  const compare = input.comparePeriod ?? latestPeriodBefore(periods, team.period) ?? "";
  const S = sheetRef(SHEET_KEYS.scorecard);
  const HP = historyColumn(HISTORY_COL.period);
  const HN = historyColumn(HISTORY_COL.person);
  const HK = historyColumn(HISTORY_COL.kpiId);
  const HA = historyColumn(HISTORY_COL.attainment);
  const HS = historyColumn(HISTORY_COL.score);
  const top = REVIEW_LAYOUT.headerRow;
  const col = (k: number, n: number) => `$${colLetter(k)}${n}`;

  // ---------- tblReview ----------
  const headers = [
    t("col.person"),
    t("col.kpiId"),
    t("col.kpi"),
    t("col.attainment"),
    c("col.previousAttainment"),
    c("col.change"),
    t("col.status"),
    c("col.cause"),
    c("col.action"),
    c("col.owner"),
    c("col.dueDate"),
  ];
  const body: PlanCell[][] = [];
  const previousOf = meansBy(
    history,
    (h) => joinKey(h.period, h.person, h.kpiId),
    (h) => h.attainment,
  );
  const scoreOf = meansBy(
    history,
    (h) => joinKey(h.period, h.person),
    (h) => h.score,
  );
  // The build writes the rows in this order; a later edit of the actuals changes the values (they are
  // formulas) but does not re-sort the rows (nothing can, without a macro or a dynamic array).
  for (const ref of reviewOrder(scores)) {
    const { member, score } = scores[ref.person];
    const line = member.lines[ref.line];
    const k = score.kpis[ref.line];
    const r = ref.index + 2; // A1 row on the scorecard
    const n = top + 2 + body.length; // A1 row here
    const sc = (k2: number) => `${S}!$${colLetter(k2)}$${r}`;
    const cond = `(${HP}=${REVIEW_COMPARE_CELL})*(${HN}=${col(REVIEW_COL.person, n)})*(${HK}=${col(REVIEW_COL.kpiId, n)})`;
    const att = col(REVIEW_COL.attainment, n);
    const prev = col(REVIEW_COL.previous, n);
    const attainment: number | "" = line.gate || k.error !== null ? "" : k.attainment;
    const previous = attainment === "" || compare === "" ? "" : previousOf(joinKey(compare, member.name, line.id));
    body.push([
      { formula: `${sc(SCORE_COL.person)}&""`, result: member.name },
      { formula: `${sc(SCORE_COL.kpiId)}&""`, result: line.id },
      { formula: `${sc(SCORE_COL.kpi)}&""`, result: line.def.name[lang] },
      { formula: `IF(ISNUMBER(${sc(SCORE_COL.attainment)}),${sc(SCORE_COL.attainment)},"")`, result: attainment },
      {
        formula:
          `IF(OR(${REVIEW_COMPARE_CELL}="",${att}=""),"",IF(SUMPRODUCT(${cond}*ISNUMBER(${HA}))=0,"",` +
          `SUMPRODUCT(${cond},${HA})/SUMPRODUCT(${cond}*ISNUMBER(${HA}))))`,
        result: previous,
      },
      {
        formula: `IF(OR(${att}="",${prev}=""),"",${att}-${prev})`,
        result: attainment === "" || previous === "" ? "" : attainment - previous,
      },
      { formula: `${sc(SCORE_COL.status)}&""`, result: t(statusKey(k)) },
      null,
      null,
      null,
      null,
    ]);
  }
  if (body.length === 0) body.push(new Array<CellValue>(REVIEW_WIDTH).fill(null));
  const bottom = top + body.length;

  // ---------- score by period: periods down, people across ----------
  const people: string[] = scores.map((s) => s.member.name);
  const known = new Set(people.map((p) => p.toLowerCase()));
  for (const h of history) {
    if (h.person === "" || known.has(h.person.toLowerCase())) continue;
    known.add(h.person.toLowerCase());
    people.push(h.person);
  }
  const nSummary = team.people.length + SPARE_PEOPLE;
  const sumFirst = SUMMARY_HEADER_ROW + 2; // A1 row of the summary's first person
  const sumLast = SUMMARY_HEADER_ROW + 1 + nSummary;
  const sumCol = (k: number) =>
    `${sheetRef(SHEET_KEYS.summary)}!$${colLetter(k)}$${sumFirst}:$${colLetter(k)}$${sumLast}`;
  const SN = sumCol(SUMMARY_COL.person);
  const SD = sumCol(SUMMARY_COL.score);
  const trendRows: PlanCell[][] = [[c("col.period"), ...people]];
  const headerRow = top + 1; // A1 row of the block's header (the people's names)
  const personCell = (j: number) => `${colLetter(TREND_COL + 1 + j)}$${headerRow}`;
  // The block's periods are fixed when the build writes it: the history's, then this period's from
  // tblSummary (its last row). A close inside the workbook appends this same period, which that last
  // row already shows (the close copies tblSummary's scores), so nothing falls out of the block or the
  // chart; the next period's row comes with the next build. A history that already holds this period
  // shows it once, from the summary.
  for (const period of periods.filter((p) => !same(p, team.period))) {
    const n = top + 1 + trendRows.length;
    const p = `$${colLetter(TREND_COL)}${n}`;
    trendRows.push([
      period,
      ...people.map((name, j): PlanCell => {
        const cond = `(${HP}=${p})*(${HN}=${personCell(j)})`;
        const score = scoreOf(joinKey(period, name));
        return {
          // NA(): a period without this person is a gap in the line, not a fall to 0
          formula: `IF(SUMPRODUCT(${cond}*ISNUMBER(${HS}))=0,NA(),SUMPRODUCT(${cond},${HS})/SUMPRODUCT(${cond}*ISNUMBER(${HS})))`,
          result: score === "" ? null : score,
        };
      }),
    ]);
  }
  trendRows.push([
    team.period,
    ...people.map((name, j): PlanCell => {
      const cond = `(${SN}=${personCell(j)})`;
      const s = scores.find((m) => same(m.member.name, name));
      return {
        formula: `IF(SUMPRODUCT(${cond}*ISNUMBER(${SD}))=0,NA(),SUMPRODUCT(${cond}*1,${SD})/SUMPRODUCT(${cond}*ISNUMBER(${SD})))`,
        result: s === undefined ? null : s.score.score,
      };
    }),
  ]);
  const trendBottom = top + trendRows.length - 1;
  const chartRow = trendBottom + 2;
  const firstScore = a1(top + 1, TREND_COL + 1);

  const changeRules: ConditionalRule[] = [
    {
      kind: "formula",
      formula: `AND(ISNUMBER(${col(REVIEW_COL.change, top + 2)}),${col(REVIEW_COL.change, top + 2)}>0)`,
      style: GOOD,
    },
    {
      kind: "formula",
      formula: `AND(ISNUMBER(${col(REVIEW_COL.change, top + 2)}),${col(REVIEW_COL.change, top + 2)}<0)`,
      style: BAD,
    },
  ];
  const statusRules = wordRules([
    { word: t("status.onTrack"), style: GOOD },
    { word: t("status.pass"), style: GOOD },
    { word: t("status.atRisk"), style: WARN },
    { word: t("status.offTrack"), style: BAD },
    { word: t("status.fail"), style: BAD },
    { word: t("status.invalidTarget"), style: BAD },
    { word: t("status.missing"), style: MUTED },
  ]);
  return {
    key: REVIEW_SHEET_KEY,
    name: c("sheet.review"),
    blocks: [
      {
        at: { row: 0, col: 0 },
        cells: [
          [`${c("label.reviewTitle")} ${team.period}`],
          [c("label.comparedWith"), compare],
          [c("label.reviewOrder")],
        ],
      },
      { at: { row: top, col: 0 }, cells: [headers, ...body] },
      { at: { row: top, col: TREND_COL }, cells: trendRows },
    ],
    tables: [
      { name: REVIEW_TABLE, range: range(top, 0, bottom, REVIEW_WIDTH - 1), headers, style: "TableStyleMedium2" },
    ],
    styles: [
      { range: range(0, 0, 0, 0), style: STYLE_TITLE },
      { range: range(REVIEW_LAYOUT.compareRow, 1, REVIEW_LAYOUT.compareRow, 1), style: STYLE_INPUT },
      { range: range(REVIEW_LAYOUT.noteRow, 0, REVIEW_LAYOUT.noteRow, 0), style: STYLE_NOTE },
      { range: range(top + 1, REVIEW_COL.cause, bottom, REVIEW_COL.dueDate), style: STYLE_INPUT },
      { range: range(top, TREND_COL, top, TREND_COL + people.length), style: { bold: true } },
    ],
    numberFormats: [
      // the period compared with stays text when typed over (2026-10 would otherwise become a date)
      { range: range(REVIEW_LAYOUT.compareRow, 1, REVIEW_LAYOUT.compareRow, 1), format: "@" },
      { range: columnRange(top + 1, bottom, REVIEW_COL.attainment), format: FMT_PERCENT },
      { range: columnRange(top + 1, bottom, REVIEW_COL.previous), format: FMT_PERCENT },
      { range: columnRange(top + 1, bottom, REVIEW_COL.change), format: FMT_CHANGE },
      { range: columnRange(top + 1, bottom, REVIEW_COL.dueDate), format: FMT_DATE },
      { range: range(top + 1, TREND_COL + 1, trendBottom, TREND_COL + people.length), format: FMT_SCORE },
    ],
    conditionalFormats: [
      { range: columnRange(top + 1, bottom, REVIEW_COL.status), rules: statusRules },
      { range: columnRange(top + 1, bottom, REVIEW_COL.attainment), rules: trafficLightRules() },
      { range: columnRange(top + 1, bottom, REVIEW_COL.previous), rules: trafficLightRules() },
      { range: columnRange(top + 1, bottom, REVIEW_COL.change), rules: changeRules },
      {
        range: range(top + 1, TREND_COL + 1, trendBottom, TREND_COL + people.length),
        rules: [{ kind: "formula", formula: `ISNA(${firstScore})`, style: { fontColor: "#BFBFBF" } }],
      },
    ],
    charts: [
      {
        kind: "line",
        title: c("label.chartTrend"),
        categories: columnRange(top + 1, trendBottom, TREND_COL),
        series: people.map((name, j) => ({
          name,
          values: columnRange(top + 1, trendBottom, TREND_COL + 1 + j),
        })),
        anchor: { row: chartRow, col: TREND_COL },
        widthCols: CHART_COLS,
        heightRows: CHART_ROWS,
        fallbackNote: c("label.chartTrendNote"),
      },
    ],
    columnWidths: { 0: 22, 1: 22, 2: 30, 3: 12, 4: 14, 5: 10, 6: 14, 7: 30, 8: 30, 9: 14, 10: 12, 11: 3 },
    freeze: { rows: top + 1, cols: 1 },
    // the table, the block and the chart below it, one page wide
    print: {
      ...PRINT_WIDE,
      area: range(
        0,
        0,
        Math.max(bottom, chartRow + CHART_ROWS),
        Math.max(REVIEW_WIDTH - 1, TREND_COL + people.length, TREND_COL + CHART_COLS - 1),
      ),
    },
    tabColor: "#2F5597",
  };
}
