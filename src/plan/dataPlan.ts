/**
 * The Data and Imports sheets of report import (DESIGN §8 "From metrics to actuals"): what an
 * auditor follows an imported actual back through.
 *
 * Data (tblData): a row per person × KPI with the metric totals the KPI divides, the tax rate, the
 * actual as a native classic formula over those totals on the same row (IFERROR to "" when a divisor
 * is 0), and the files and row counts the totals came from. Every imported actual on the Inputs
 * sheet reads that Actual cell (`IF(ISNUMBER('Data'!$E$5),'Data'!$E$5,"")`): short, because
 * thousands of them ride in the Office renderer's request budget, and enough for both engines to
 * recompute the scorecard when a total here is edited.
 *
 * Imports (tblImports): a row per file with its kind, marketplace, header language, rows read, rows
 * left out (rows outside the period and rows the reader set aside: other sales channels or
 * currencies) and warnings.
 *
 * Re-import (CLI: a new build; task pane: the same two functions): planDataSheets replaces the Data
 * block, and actualCells decides per Inputs row whether its actual is an imported formula (blank,
 * or a formula over the Data sheet) or a value a person typed, which is never touched.
 * Pure: no I/O, no Office.
 */
import { getKpi } from "../core/catalog";
import { REGION_INFO } from "../core/regions";
import type { Currency, Lang, Platform } from "../core/types";
import { periodMonths, type ImportedActual, type PersonActuals } from "../import/actuals";
import type { Metric, ParsedReport } from "../import/types";
import { importNote } from "../i18n/importNotes";
import { reportWarnings } from "../i18n/importWarnings";
import { translator, type MessageKey } from "../i18n/messages";
import { colLetter, range } from "./a1";
import {
  FMT_PERCENT,
  MUTED,
  STYLE_NOTE,
  STYLE_TITLE,
  columnRange,
  currencyFormat,
  formatRuns,
  unitFormat,
} from "./formats";
import { PRINT_WIDE } from "./layout";
import { quoteSheetName, sheetRef } from "./sheetRefs";
import type { Team } from "./team";
import type { CellValue, FormulaCell, NumberFormatRange, PlanCell, SheetPlan } from "./types";

export const DATA_SHEET_KEY = "data";
export const IMPORTS_SHEET_KEY = "imports";
export const DATA_TABLES = { data: "tblData", imports: "tblImports" } as const;

/** Header row of tblData and tblImports (rows above: title, note). */
export const DATA_HEADER_ROW = 2;

/** Column order of tblData (zero-based). */
export const DATA_COL = {
  person: 0,
  region: 1,
  kpiId: 2,
  kpi: 3,
  /** the actual: a formula over the metric columns of its row */
  actual: 4,
  /** imported / typed actual kept / no data */
  inInputs: 5,
  sales: 6,
  refunds: 7,
  orders: 8,
  sessions: 9,
  ad_spend: 10,
  ad_sales: 11,
  ad_clicks: 12,
  ad_impressions: 13,
  returned_units: 14,
  shipped_units: 15,
  /** an account-health rate (odr, late_shipment_rate, …), the gate's actual itself */
  health: 16,
  taxRate: 17,
  marketplaces: 18,
  files: 19,
  rowsUsed: 20,
  note: 21,
} as const;

/** Column order of tblImports (zero-based). */
export const IMPORTS_COL = {
  file: 0,
  kind: 1,
  marketplace: 2,
  locale: 3,
  rowsRead: 4,
  rowsLeftOut: 5,
  warnings: 6,
} as const;

/** The metrics the KPI formulas divide, in their Data columns. */
export const DATA_METRICS = [
  "sales",
  "refunds",
  "orders",
  "sessions",
  "ad_spend",
  "ad_sales",
  "ad_clicks",
  "ad_impressions",
  "returned_units",
  "shipped_units",
] as const satisfies readonly Metric[];
type DataMetric = (typeof DATA_METRICS)[number];

const AMOUNTS: ReadonlySet<DataMetric> = new Set(["sales", "refunds", "ad_spend", "ad_sales"]);

const DATA_HEADERS: readonly MessageKey[] = [
  "col.person",
  "col.region",
  "col.kpiId",
  "col.kpi",
  "col.actual",
  "col.inInputs",
  ...DATA_METRICS.map((m) => `metric.${m}` as MessageKey),
  "metric.health",
  "col.taxRate",
  "col.marketplaces",
  "col.files",
  "col.rowsUsed",
  "col.note",
];

const IMPORTS_HEADERS: readonly MessageKey[] = [
  "col.file",
  "col.kind",
  "col.marketplace",
  "col.locale",
  "col.rowsRead",
  "col.rowsLeftOut",
  "col.warnings",
];

/** How a person × KPI's actual reaches the Inputs sheet (and `build --json`'s `source`). */
export type ActualSourceKind = "import" | "config" | null;

/**
 * The actual's formula over the cells of Data row `n` (A1), or undefined when the core found none
 * (no file covers it, a divisor is 0, or an amount would leave out a marketplace: the note says
 * which; a formula over the totals shown could compute a number the core refused). The arithmetic is the core's (actuals.ts via metrics.ts),
 * in the same order of operations, so LibreOffice and Excel compute the same double.
 */
function actualExpr(k: ImportedActual, n: number): string | undefined {
  if (k.actual === null) return undefined;
  const c = (col: number) => `${colLetter(col)}${n}`;
  const has = (...ms: DataMetric[]) => ms.every((m) => k.metrics[m] !== undefined);
  const S = c(DATA_COL.sales);
  const R = c(DATA_COL.refunds);
  const T = c(DATA_COL.taxRate);
  const deducted = k.metrics.refunds !== undefined;
  const gmv = deducted ? `(${S}-${R})/(1+${T})` : `${S}/(1+${T})`;
  const q = (a: DataMetric, b: DataMetric) => (has(a, b) ? `${c(DATA_COL[a])}/${c(DATA_COL[b])}` : undefined);
  let e: string | undefined;
  switch (k.id) {
    case "gmv":
      e = has("sales") ? gmv : undefined;
      break;
    case "net_sales":
      e = has("sales", "refunds") ? `(${S}-${R})/(1+${T})` : undefined;
      break;
    case "aov":
      e = has("sales", "orders") ? `${gmv}/${c(DATA_COL.orders)}` : undefined;
      break;
    case "cvr":
      e = q("orders", "sessions");
      break;
    case "roas":
      e = q("ad_sales", "ad_spend");
      break;
    case "acos":
      e = q("ad_spend", "ad_sales");
      break;
    case "ctr":
      e = q("ad_clicks", "ad_impressions");
      break;
    case "cpc":
      e = q("ad_spend", "ad_clicks");
      break;
    case "tacos":
      e = has("ad_spend", "sales") ? `${c(DATA_COL.ad_spend)}/(${gmv})` : undefined;
      break;
    case "organic_sales_share":
      e = has("sales", "ad_sales") ? `(${S}-${c(DATA_COL.ad_sales)})/${S}` : undefined;
      break;
    case "return_rate":
      e = q("returned_units", "shipped_units");
      break;
    default: {
      // account health: the rate itself
      const h = c(DATA_COL.health);
      return `IF(ISNUMBER(${h}),${h},"")`;
    }
  }
  return e === undefined ? undefined : `IFERROR(${e},"")`;
}

const key = (person: string, kpiId: string) => `${person.toLowerCase()}\u0000${kpiId}`;

export interface DataSheetOptions {
  /** the team's period (`YYYY-MM` or `YYYY-Qn`): dated rows outside it count as left out in Imports */
  period?: string;
  /** whether a person typed the actual of a KPI (config or Inputs sheet): that actual is kept */
  typed?: (person: string, kpiId: string) => boolean;
}

export interface DataSheets {
  data: SheetPlan;
  imports: SheetPlan;
  /**
   * The Inputs formula (no "=") and the core's value of each person × KPI that has an imported actual,
   * keyed by person (case-insensitive, as the sheet matches names) and KPI id.
   */
  refs: ReadonlyMap<string, FormulaCell & { result: number }>;
}

/** The imported actual of a person × KPI as an Inputs formula, or undefined. */
export function importedActual(
  sheets: Pick<DataSheets, "refs">,
  person: string,
  kpiId: string,
): (FormulaCell & { result: number }) | undefined {
  return sheets.refs.get(key(person, kpiId));
}

/** Only the KPIs on each person's scorecard (people matched by position, as actualsFromReports returns them). */
export function actualsOnScorecard(actuals: readonly PersonActuals[], team: Team): PersonActuals[] {
  return actuals.map((p, i) => {
    const ids = new Set((team.people[i]?.lines ?? []).map((l) => l.id));
    return { ...p, kpis: p.kpis.filter((k) => ids.has(k.id)) };
  });
}

/** Rows of a file that no figure uses: set aside by the reader, or dated outside the period. */
function rowsLeftOut(report: ParsedReport, period: string | undefined): number {
  // account health: the marketplaces not ours (a row each in performanceMetrics)
  if (report.kind === "amazon_account_health")
    return Math.max(0, report.rows - Object.keys(report.health ?? {}).length);
  const months = period === undefined ? undefined : periodMonths(period);
  const outside =
    months === undefined
      ? 0
      : report.records.filter((r) => r.date !== undefined && !months.includes(r.date.slice(0, 7))).length;
  return Math.max(0, report.rows - report.records.length) + outside;
}

function reportMarketplaces(report: ParsedReport): string {
  if (report.kind === "amazon_account_health") return Object.keys(report.health ?? {}).join(", ");
  if (report.marketplace !== null) return report.marketplace;
  const seen: Platform[] = [];
  for (const r of report.records) if (r.marketplace !== null && !seen.includes(r.marketplace)) seen.push(r.marketplace);
  return seen.join(", ");
}

/** The Data and Imports sheets of imported reports and the actuals computed from them. */
export function planDataSheets(
  reports: readonly ParsedReport[],
  actuals: readonly PersonActuals[],
  lang: Lang,
  options: DataSheetOptions = {},
): DataSheets {
  const t = translator(lang);
  const headers = (keys: readonly MessageKey[]) => keys.map((k) => t(k));
  const top = DATA_HEADER_ROW;

  // ---------- Data ----------
  const rows: PlanCell[][] = [headers(DATA_HEADERS)];
  const refs = new Map<string, FormulaCell & { result: number }>();
  const actualFormats: string[] = [];
  const amountFormats: string[] = [];
  const dataRef = sheetRef(DATA_SHEET_KEY);
  for (const person of actuals) {
    const currency: Currency = REGION_INFO[person.region].currency;
    for (const k of person.kpis) {
      const n = top + rows.length + 1; // A1 row
      const def = getKpi(k.id);
      const expr = actualExpr(k, n);
      const typed = options.typed?.(person.name, k.id) === true;
      const used: MessageKey = typed ? "data.used.config" : k.actual === null ? "data.used.none" : "data.used.import";
      const row: PlanCell[] = new Array<PlanCell>(DATA_HEADERS.length).fill(null);
      row[DATA_COL.person] = person.name;
      row[DATA_COL.region] = person.region;
      row[DATA_COL.kpiId] = k.id;
      row[DATA_COL.kpi] = def?.name[lang] ?? k.id;
      row[DATA_COL.actual] = expr === undefined || k.actual === null ? null : { formula: expr, result: k.actual };
      row[DATA_COL.inInputs] = t(used);
      for (const m of DATA_METRICS) row[DATA_COL[m]] = k.metrics[m] ?? null;
      if (expr !== undefined && DATA_METRICS.every((m) => k.metrics[m] === undefined)) {
        row[DATA_COL.health] = k.actual; // account health: the snapshot's rate
      }
      row[DATA_COL.taxRate] = k.taxRate ?? null;
      row[DATA_COL.marketplaces] = k.marketplaces.join(", ");
      row[DATA_COL.files] = k.sources.map((s) => `${s.file} (${s.rows})`).join("; ");
      row[DATA_COL.rowsUsed] = k.sources.reduce((sum, s) => sum + s.rows, 0);
      row[DATA_COL.note] = importNote(k, lang);
      rows.push(row);
      actualFormats.push(def === undefined ? "General" : unitFormat(def.unit, currency));
      amountFormats.push(currencyFormat(currency));
      if (k.actual !== null && expr !== undefined) {
        // Guarded: a Data cell cleared by hand reads as missing here, not as 0 (which a lower-is-better
        // KPI would score at its cap). About 40 bytes a line more than the bare reference; measured in
        // test/render/office/renderData.test.ts.
        const ref = `${dataRef}!$${colLetter(DATA_COL.actual)}$${n}`;
        refs.set(key(person.name, k.id), { formula: `IF(ISNUMBER(${ref}),${ref},"")`, result: k.actual });
      }
    }
  }
  const bottom = top + Math.max(1, rows.length - 1);
  if (rows.length === 1) rows.push(new Array<PlanCell>(DATA_HEADERS.length).fill(null)); // a table needs a body row
  const body = (col: number) => columnRange(top + 1, bottom, col);
  const numberFormats: NumberFormatRange[] = [
    ...formatRuns(actualFormats, top + 1, DATA_COL.actual, DATA_COL.actual),
    ...[...AMOUNTS].flatMap((m) => formatRuns(amountFormats, top + 1, DATA_COL[m], DATA_COL[m])),
    ...DATA_METRICS.filter((m) => !AMOUNTS.has(m)).map((m) => ({ range: body(DATA_COL[m]), format: "#,##0" })),
    { range: body(DATA_COL.health), format: "0.00%" },
    { range: body(DATA_COL.taxRate), format: FMT_PERCENT },
    { range: body(DATA_COL.rowsUsed), format: "#,##0" },
  ];
  const data: SheetPlan = {
    key: DATA_SHEET_KEY,
    name: t("sheet.data"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: [[t("label.dataTitle")], [t("label.dataNote")]] },
      { at: { row: top, col: 0 }, cells: rows },
    ],
    tables: [
      {
        name: DATA_TABLES.data,
        range: range(top, 0, bottom, DATA_HEADERS.length - 1),
        headers: headers(DATA_HEADERS),
        style: "TableStyleLight9",
      },
    ],
    styles: [
      { range: range(0, 0, 0, 0), style: STYLE_TITLE },
      { range: range(1, 0, 1, 0), style: STYLE_NOTE },
      // the computed actual is derived, not typed: muted like the scorecard's helpers
      { range: body(DATA_COL.actual), style: { bold: true } },
      { range: body(DATA_COL.inInputs), style: { ...MUTED, italic: true } },
    ],
    numberFormats,
    columnWidths: { [DATA_COL.person]: 22, [DATA_COL.kpi]: 28, [DATA_COL.actual]: 14 },
    freeze: { rows: top + 1, cols: 1 },
    print: { ...PRINT_WIDE },
  };

  // ---------- Imports ----------
  const fileRows: PlanCell[][] = [headers(IMPORTS_HEADERS)];
  for (const report of reports) {
    const row: CellValue[] = new Array<CellValue>(IMPORTS_HEADERS.length).fill(null);
    row[IMPORTS_COL.file] = report.sheet === undefined ? report.file : `${report.file} [${report.sheet}]`;
    row[IMPORTS_COL.kind] = report.kind;
    row[IMPORTS_COL.marketplace] = reportMarketplaces(report);
    row[IMPORTS_COL.locale] = report.locale;
    row[IMPORTS_COL.rowsRead] = report.rows;
    row[IMPORTS_COL.rowsLeftOut] = rowsLeftOut(report, options.period);
    // in the sheet's language from the structured notices (the English lines are made from them too)
    const warnings = reportWarnings(report, lang);
    row[IMPORTS_COL.warnings] = warnings.length === 0 ? null : warnings.join("\n");
    fileRows.push(row);
  }
  const fileBottom = top + Math.max(1, reports.length);
  if (reports.length === 0) fileRows.push(new Array<PlanCell>(IMPORTS_HEADERS.length).fill(null));
  const imports: SheetPlan = {
    key: IMPORTS_SHEET_KEY,
    name: t("sheet.imports"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: [[t("label.importsTitle")], [t("label.importsNote")]] },
      { at: { row: top, col: 0 }, cells: fileRows },
    ],
    tables: [
      {
        name: DATA_TABLES.imports,
        range: range(top, 0, fileBottom, IMPORTS_HEADERS.length - 1),
        headers: headers(IMPORTS_HEADERS),
        style: "TableStyleLight9",
      },
    ],
    styles: [
      { range: range(0, 0, 0, 0), style: STYLE_TITLE },
      { range: range(1, 0, 1, 0), style: STYLE_NOTE },
      { range: columnRange(top + 1, fileBottom, IMPORTS_COL.warnings), style: { wrap: true } },
      // centred: right-aligned beside the left-aligned warnings, "0" and "Falta …" printed as "0Falta …"
      {
        range: range(top + 1, IMPORTS_COL.rowsRead, fileBottom, IMPORTS_COL.rowsLeftOut),
        style: { align: "center" },
      },
    ],
    numberFormats: [
      { range: columnRange(top + 1, fileBottom, IMPORTS_COL.rowsRead), format: "#,##0" },
      { range: columnRange(top + 1, fileBottom, IMPORTS_COL.rowsLeftOut), format: "#,##0" },
    ],
    columnWidths: { [IMPORTS_COL.file]: 30, [IMPORTS_COL.kind]: 24, [IMPORTS_COL.warnings]: 60 },
    freeze: { rows: top + 1, cols: 1 },
    print: { ...PRINT_WIDE },
  };

  return { data, imports, refs };
}

/** One Inputs line as the sheet (or the config) holds it: who, which KPI, and its Actual cell. */
export interface InputsActualRow {
  person: string;
  kpiId: string;
  /** the cell's value (a formula's last result); null when blank */
  value: CellValue;
  /** the cell's formula with or without "=", when it holds one */
  formula?: string;
}

/** What to do with an Inputs Actual cell on (re-)import. */
export type ActualCellPlan =
  /** a value a person typed: never touched */
  | { source: "config" }
  /** the imported actual: write this formula (its result the core's value) */
  | { source: "import"; cell: FormulaCell & { result: number } }
  /** no imported actual; `clear`: the cell held a formula over an earlier Data block, now gone */
  | { source: null; clear: boolean };

/**
 * Whether a formula reads the Data sheet: the plan's token, or the sheet's name as the host writes
 * it (quoted or not). Such a formula was put there by an import, not typed.
 */
export function readsDataSheet(formula: string, dataSheetName?: string): boolean {
  if (formula.includes(sheetRef(DATA_SHEET_KEY))) return true;
  if (dataSheetName === undefined) return false;
  const f = formula.toLowerCase();
  return f.includes(`${quoteSheetName(dataSheetName).toLowerCase()}!`) || f.includes(`${dataSheetName.toLowerCase()}!`);
}

/** A value (or a formula) a person put in the Actual cell: neither blank nor a formula over the Data sheet. */
export function isTypedActual(row: InputsActualRow, dataSheetName?: string): boolean {
  if (row.formula !== undefined) return !readsDataSheet(row.formula, dataSheetName);
  return row.value !== null && row.value !== "";
}

/**
 * Per Inputs row, whether its actual becomes the imported formula or stays what a person typed
 * (DESIGN §8: importing again never touches an actual a person typed). A blank cell or a formula
 * over the Data sheet is the import's to fill; anything else (a typed number or text, or a formula a
 * person wrote) is kept.
 */
export function actualCells(
  rows: readonly InputsActualRow[],
  sheets: Pick<DataSheets, "refs">,
  dataSheetName?: string,
): ActualCellPlan[] {
  return rows.map((row) => {
    if (isTypedActual(row, dataSheetName)) return { source: "config" };
    const fromImport = row.formula !== undefined;
    const cell = importedActual(sheets, row.person, row.kpiId);
    if (cell !== undefined) return { source: "import", cell };
    return { source: null, clear: fromImport };
  });
}

export interface ImportedTeam {
  /** the team with each imported actual in place of a missing one (typed actuals kept) */
  team: Team;
  sheets: DataSheets;
  /** per person and line: the Inputs Actual formula of an imported actual (planScorecard's actualFormulas) */
  formulas: (string | undefined)[][];
  /** per person and line: where its actual came from (`build --json`'s `source`) */
  sources: ActualSourceKind[][];
}

/**
 * A resolved team with the actuals of its report files (actualsFromReports, one per person in team
 * order): a config `actual` wins (a person's correction, marked so on the Data sheet), a KPI no file
 * covers keeps what the config says, and every other imported actual becomes a formula over Data.
 */
export function withImportedActuals(
  team: Team,
  reports: readonly ParsedReport[],
  actuals: readonly PersonActuals[],
  lang: Lang,
): ImportedTeam {
  const typedKeys = new Set<string>();
  for (const m of team.people) for (const l of m.lines) if (l.actual !== null) typedKeys.add(key(m.name, l.id));
  const sheets = planDataSheets(reports, actualsOnScorecard(actuals, team), lang, {
    period: team.period,
    typed: (person, kpiId) => typedKeys.has(key(person, kpiId)),
  });
  const formulas: (string | undefined)[][] = [];
  const sources: ActualSourceKind[][] = [];
  const people = team.people.map((m) => {
    const plans = actualCells(
      m.lines.map((l) => ({ person: m.name, kpiId: l.id, value: l.actual })),
      sheets,
    );
    formulas.push(plans.map((p) => (p.source === "import" ? p.cell.formula : undefined)));
    sources.push(plans.map((p) => p.source));
    return {
      ...m,
      lines: m.lines.map((l, i) => {
        const p = plans[i];
        return p.source === "import" ? { ...l, actual: p.cell.result } : l;
      }),
    };
  });
  return { team: { ...team, people }, sheets, formulas, sources };
}
