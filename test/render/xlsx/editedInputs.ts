/**
 * Inputs a person might type that no valid team config produces: bad targets and polarities, text
 * where numbers belong, blank and text actuals, gates with missing or invalid data, row caps (a number,
 * 0, text), attainments next to the 1E-9 status boundaries. Written over the Inputs rows of a planned
 * workbook, they let LibreOffice show that the scorecard formulas flag and score them as the core does.
 */
import { scorePerson, type KpiLine, type ScoringRules } from "../../../src/core/scoring";
import type { Comparator, Lang, Polarity } from "../../../src/core/types";
import { translator } from "../../../src/i18n/messages";
import { INPUT_COL, statusKey } from "../../../src/plan/scorecardPlan";
import type { CellValue, WorkbookPlan } from "../../../src/plan/types";

export interface EditedLine {
  why: string;
  polarity: CellValue;
  gate: CellValue;
  target: CellValue;
  actual: CellValue;
  weight: CellValue;
  cap: CellValue;
  /** the gate's comparator typed in the Rule column; null = the polarity's inclusive one */
  rule?: Comparator | null;
}

const line = (
  why: string,
  polarity: CellValue,
  gate: boolean,
  target: CellValue,
  actual: CellValue,
  weight: CellValue = 10,
  cap: CellValue = null,
): EditedLine => ({ why, polarity, gate, target, actual, weight, cap });

export const EDITED_LINES: EditedLine[] = [
  line("higher, target 0: invalid", "higher", false, 0, 5),
  line("gate, higher, target 0: invalid → fail", "higher", true, 0, 5, 0),
  line("higher, negative target: invalid", "higher", false, -1, 5),
  line("lower, target 0, actual 0 → 1", "lower", false, 0, 0),
  line("lower, target 0, actual 0.5 → 0", "lower", false, 0, 0.5),
  line("lower, negative target: invalid", "lower", false, -0.1, 0),
  line("unknown polarity: invalid", "sideways", false, 1, 1),
  line("blank polarity: invalid", null, false, 1, 1),
  line("blank target: invalid", "higher", false, null, 1),
  line("text target: invalid", "higher", false, "n/a", 1),
  line("blank actual: missing", "higher", false, 4, null),
  line("text actual: missing", "higher", false, 4, "n/a"),
  line("lower, target 0, blank actual: missing", "lower", false, 0, null),
  line("invalid target and blank actual: invalid first", "higher", false, 0, null),
  line("gate, blank actual → fail", "higher", true, 4, null, 0),
  line("gate, lower, on the threshold → pass", "lower", true, 0.01, 0.01, 0),
  line("gate, higher, on the threshold → pass", "higher", true, 0.9, 0.9, 0),
  line("gate, higher, below → fail", "higher", true, 0.9, 0.89, 0),
  line("gate, text threshold → fail", "lower", true, "x", 0.001, 0),
  { ...line("gate, strict < on the threshold (Amazon ODR) → fail", "lower", true, 0.01, 0.01, 0), rule: "<" },
  { ...line("gate, strict < below the threshold → pass", "lower", true, 0.01, 0.0099, 0), rule: "<" },
  { ...line("gate, strict > on the threshold (Amazon on-time) → fail", "higher", true, 0.9, 0.9, 0), rule: ">" },
  { ...line("gate, <= on the threshold (Mercado Libre) → pass", "lower", true, 0.01, 0.01, 0), rule: "<=" },
  { ...line("gate, >= on the threshold (Walmart) → pass", "higher", true, 0.9, 0.9, 0), rule: ">=" },
  line("row cap 1.5 beats kpi_cap", "higher", false, 4, 8, 10, 1.5),
  line("no row cap: kpi_cap", "higher", false, 4, 8),
  line("text row cap: kpi_cap", "higher", false, 4, 8, 10, "x"),
  line("row cap 0 → 0", "higher", false, 4, 3, 10, 0),
  line("0.8999999999999999 is at risk (1E-9)", "higher", false, 1, 0.8999999999999999),
  line("0.9999999995 is on track (1E-9)", "higher", false, 1, 0.9999999995),
  line("0.8999999 is off track", "higher", false, 1, 0.8999999),
  line("text weight → 0", "higher", false, 4, 5, "ten"),
  line("a weight typed on a gate → 0", "higher", true, 4, 5, 7),
  line("lower beyond twice the target → 0", "lower", false, 0.25, 0.6, 25),
  line("negative actual → floored at 0", "higher", false, 4, -2),
];

/** A copy of the plan with EDITED_LINES typed over the first Inputs rows (the rest untouched). */
export function withEditedInputs(plan: WorkbookPlan): WorkbookPlan {
  const copy = JSON.parse(JSON.stringify(plan)) as WorkbookPlan; // a plan is plain data
  const rows = copy.sheets.find((s) => s.key === "inputs")!.blocks[0].cells;
  if (rows.length - 1 < EDITED_LINES.length) throw new Error("not enough Inputs rows for EDITED_LINES");
  EDITED_LINES.forEach((e, i) => {
    const row = rows[i + 1];
    row[INPUT_COL.polarity] = e.polarity;
    row[INPUT_COL.gate] = e.gate;
    row[INPUT_COL.target] = e.target;
    row[INPUT_COL.actual] = e.actual;
    row[INPUT_COL.weight] = e.weight;
    row[INPUT_COL.cap] = e.cap;
    row[INPUT_COL.rule] = e.rule ?? null;
  });
  return copy;
}

const num = (v: CellValue): number | null => (typeof v === "number" ? v : null);

/**
 * What the core makes of an edited line: Target, Actual, Weight, Attainment, Weighted, Status as the
 * scorecard shows them (a non-number target or actual shows as "", a non-number weight counts 0).
 */
export function expectedEdited(e: EditedLine, rules: ScoringRules, lang: Lang): unknown[] {
  const gate = e.gate === true;
  const weight = gate ? 0 : (num(e.weight) ?? 0);
  const kpi: KpiLine = {
    id: "edited",
    target: num(e.target) ?? NaN,
    actual: num(e.actual),
    weight,
    polarity: (typeof e.polarity === "string" ? e.polarity : "") as Polarity,
    gate,
    cap: num(e.cap),
    comparator: e.rule ?? undefined,
  };
  const k = scorePerson([kpi], rules).kpis[0];
  return [
    num(e.target) ?? "",
    num(e.actual) ?? "",
    weight,
    gate ? "" : k.attainment,
    gate ? 0 : weight * k.attainment,
    translator(lang)(statusKey(k)),
  ];
}
