/**
 * Synthetic WorkbookPlans shaped like the scorecard the planners build (settings, inputs, scorecard
 * table, summary table with a chart), of any size. Local on purpose: the renderer's tests must not
 * depend on the planners being written.
 */
import { sheetRef } from "../../../src/plan/sheetRefs";
import type { Block, PlanCell, SheetPlan, WorkbookPlan } from "../../../src/plan/types";
import { SCORECARD_HEADERS, SUMMARY_HEADERS } from "../../support/designHeaders";

export interface SyntheticOptions {
  people: number;
  kpis: number;
  /** person names by index; default "Person 0001", … */
  personName?: (index: number) => string;
  /** override the user-visible sheet names by key */
  sheetNames?: Partial<Record<"settings" | "inputs" | "scorecard" | "summary", string>>;
}

const REGIONS = ["US", "MX"];
const ROLES = ["ops", "ads", "cs", "warehouse", "compliance", "manager"];
const KPI_IDS = [
  "gmv",
  "net_sales",
  "ctr",
  "cvr",
  "roas",
  "acos",
  "tacos",
  "return_rate",
  "in_stock_rate",
  "odr",
  "late_shipment_rate",
  "cancel_rate",
];

export { SCORECARD_HEADERS, SUMMARY_HEADERS };

const f = (formula: string): PlanCell => ({ formula });

export function syntheticPlan(options: SyntheticOptions): WorkbookPlan {
  const { people, kpis } = options;
  const personName = options.personName ?? ((i: number) => `Person ${String(i + 1).padStart(4, "0")}`);
  const names = {
    settings: "Settings",
    inputs: "Inputs",
    scorecard: "Scorecard",
    summary: "Summary",
    ...options.sheetNames,
  };
  const rows = people * kpis;
  const inputs = sheetRef("inputs");
  const scorecard = sheetRef("scorecard");

  const settings: SheetPlan = {
    key: "settings",
    name: names.settings,
    blocks: [
      {
        at: { row: 0, col: 0 },
        cells: [
          ["Setting", "Value"],
          ["Cap", 1.2],
          ["Gate fail payout", 0],
        ],
      },
    ],
    styles: [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: { bold: true, fill: "#DDEBF7" } }],
    columnWidths: { 0: 24, 1: 10 },
  };

  const inputCells: PlanCell[][] = [
    ["Person", "Region", "Role", "KPI ID", "KPI", "Polarity", "Target", "Actual", "Weight"],
  ];
  for (let p = 0; p < people; p++) {
    for (let k = 0; k < kpis; k++) {
      const id = KPI_IDS[k % KPI_IDS.length];
      const lower = ["acos", "tacos", "return_rate", "odr", "late_shipment_rate", "cancel_rate"].includes(id);
      inputCells.push([
        personName(p),
        REGIONS[p % REGIONS.length],
        ROLES[p % ROLES.length],
        id,
        id.replace(/_/g, " ").toUpperCase(),
        lower ? "lower" : "higher",
        1000 + k * 10,
        (p * 37 + k * 11) % 7 === 0 ? null : 900 + ((p * 13 + k * 7) % 300),
        Math.round((100 / kpis) * 100) / 100,
      ]);
    }
  }
  const inputSheet: SheetPlan = {
    key: "inputs",
    name: names.inputs,
    blocks: [{ at: { row: 0, col: 0 }, cells: inputCells }],
    numberFormats: [{ range: { top: 1, left: 6, bottom: rows, right: 7 }, format: "#,##0.00" }],
    validations: [{ range: { top: 1, left: 1, bottom: rows, right: 1 }, list: REGIONS, prompt: "US or MX" }],
    freeze: { rows: 1, cols: 1 },
    columnWidths: { 0: 20, 4: 28 },
  };

  const scoreCells: PlanCell[][] = [[...SCORECARD_HEADERS]];
  for (let r = 2; r <= rows + 1; r++) {
    const actual = `${inputs}!H${r}`;
    const target = `${inputs}!G${r}`;
    scoreCells.push([
      f(`${inputs}!A${r}`),
      f(`${inputs}!B${r}`),
      f(`${inputs}!C${r}`),
      f(`${inputs}!D${r}`),
      f(`${inputs}!E${r}`),
      f(target),
      f(`IF(${actual}="","",${actual})`),
      f(`${inputs}!I${r}`),
      f(`IF(${actual}="",0,MAX(0,MIN(kpi_cap,IF(${inputs}!F${r}="lower",2-${actual}/${target},${actual}/${target}))))`),
      f(`H${r}*I${r}`),
      f(`IF(${actual}="","missing",IF(I${r}>=1,"met","below"))`),
    ]);
  }
  const scorecardSheet: SheetPlan = {
    key: "scorecard",
    name: names.scorecard,
    blocks: [{ at: { row: 0, col: 0 }, cells: scoreCells }],
    tables: [
      {
        name: "tblScorecard",
        range: { top: 0, left: 0, bottom: rows, right: 10 },
        headers: [...SCORECARD_HEADERS],
        style: "TableStyleMedium2",
      },
    ],
    numberFormats: [
      { range: { top: 1, left: 8, bottom: rows, right: 9 }, format: "0.0%" },
      { range: { top: 1, left: 5, bottom: rows, right: 6 }, format: "#,##0.00" },
    ],
    conditionalFormats: [
      {
        range: { top: 1, left: 8, bottom: rows, right: 8 },
        rules: [
          { kind: "cellValue", operator: "lessThan", values: [0.8], style: { fontColor: "#9C0006", fill: "#FFC7CE" } },
          { kind: "cellValue", operator: "between", values: [0.8, 1], style: { fill: "#FFEB9C" } },
          { kind: "formula", formula: `AND(${inputs}!H2<>"",I2>=1)`, style: { fill: "#C6EFCE", bold: true } },
        ],
      },
      {
        range: { top: 1, left: 10, bottom: rows, right: 10 },
        rules: [{ kind: "text", contains: "missing", style: { italic: true, fontColor: "#7F7F7F" } }],
      },
    ],
    freeze: { rows: 1, cols: 0 },
    columnWidths: { 0: 20, 4: 28, 10: 10 },
    tabColor: "#2F75B5",
  };

  const summaryCells: PlanCell[][] = [[...SUMMARY_HEADERS]];
  for (let p = 0; p < people; p++) {
    const r = p + 2;
    const score = `D${r}+1E-9`;
    summaryCells.push([
      personName(p),
      REGIONS[p % REGIONS.length],
      ROLES[p % ROLES.length],
      f(
        `IFERROR(SUMIFS(tblScorecard[Weighted],tblScorecard[Person],A${r})/SUMIFS(tblScorecard[Weight],tblScorecard[Person],A${r}),0)`,
      ),
      f(`IF(COUNTIFS(${scorecard}!$A:$A,A${r},${scorecard}!$K:$K,"missing")>0,"check","pass")`),
      f(`IF(${score}>=1.1,1.2,IF(${score}>=1,1,IF(${score}>=0.9,0.8,IF(${score}>=0.8,0.5,0))))`),
      f(`F${r}*10000`),
    ]);
  }
  const summarySheet: SheetPlan = {
    key: "summary",
    name: names.summary,
    blocks: [{ at: { row: 0, col: 0 }, cells: summaryCells }],
    tables: [
      { name: "tblSummary", range: { top: 0, left: 0, bottom: people, right: 6 }, headers: [...SUMMARY_HEADERS] },
    ],
    numberFormats: [{ range: { top: 1, left: 3, bottom: people, right: 3 }, format: "0.0%" }],
    styles: [{ range: { top: 0, left: 0, bottom: 0, right: 6 }, style: { bold: true, align: "center", wrap: true } }],
    charts: [
      {
        kind: "column",
        title: "Score by person",
        categories: { top: 1, left: 0, bottom: people, right: 0 },
        series: [
          { name: "Score", values: { top: 1, left: 3, bottom: people, right: 3 } },
          { name: "Payout", values: { top: 1, left: 5, bottom: people, right: 5 } },
        ],
        anchor: { row: 1, col: 8 },
        widthCols: 8,
        heightRows: 16,
      },
    ],
    freeze: { rows: 1, cols: 1 },
    tabColor: "#548235",
  };

  return {
    title: "Synthetic scorecard",
    lang: "en-US",
    sheets: [settings, inputSheet, scorecardSheet, summarySheet],
    namedRanges: [
      {
        name: "kpi_cap",
        sheetKey: "settings",
        range: { top: 1, left: 1, bottom: 1, right: 1 },
        comment: "attainment cap",
      },
    ],
  };
}

/** One sheet with a single literal block of `rows` × `cols` cells of `cellChars` characters each. */
export function hugeBlockPlan(rows: number, cols: number, cellChars: number): WorkbookPlan {
  const text = "x".repeat(cellChars);
  const cells: PlanCell[][] = [];
  for (let r = 0; r < rows; r++) cells.push(new Array<PlanCell>(cols).fill(text));
  const block: Block = { at: { row: 0, col: 0 }, cells };
  return { title: "Huge", lang: "en-US", sheets: [{ key: "data", name: "Data", blocks: [block] }], namedRanges: [] };
}
