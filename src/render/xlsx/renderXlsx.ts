/**
 * Applies a WorkbookPlan with ExcelJS and returns the .xlsx bytes: the CLI's renderer, walking the
 * same plan as the Office.js renderer.
 *
 * - Sheet names are sanitised and made unique; every `{{sheet:key}}` token in a formula is resolved
 *   to the final quoted name.
 * - A plan string is always text (ExcelJS writes strings as shared strings, never as formulas), so a
 *   name such as "=1+1" or "@ana" stays what the person typed.
 * - Formulas carry the core's value as their cached result, and the workbook asks Excel for a full
 *   recalculation on load (fullCalcOnLoad) so a cached value can never outlive a changed input.
 * - Tables are added over cells already written: ExcelJS stores the row values we hand it, including
 *   formula objects, so formula columns need nothing special.
 * - Charts: ExcelJS cannot write charts, so renderXlsx adds them to the file ExcelJS wrote (addCharts)
 *   as native charts over the sheet's cells. Where no chart is drawn (buildWorkbook alone, or a chart
 *   with no series), the chart's `fallbackNote` is written at its anchor instead.
 */
import ExcelJS from "exceljs";
import { a1, a1Abs, formulaString, rangeA1, rangeAbs } from "../../plan/a1";
import { quoteSheetName, resolveSheetRefs, sanitizeSheetName } from "../../plan/sheetRefs";
import { addCharts } from "./addCharts";
import { escapeOoxmlText } from "./ooxmlText";
import { planGrid } from "./planGrid";
import { applySheetLayout } from "./sheetLayout";
import { drawsNatively } from "./chartXml";
import {
  isFormulaCell,
  type CellStyle,
  type ConditionalFormatPlan,
  type ConditionalRule,
  type PlanCell,
  type RangeRef,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from "../../plan/types";

export interface RenderOptions {
  /** document properties; default "Cross-Border KPI" */
  creator?: string;
  /** created/modified time; default now (tests pass a fixed date for reproducible files) */
  date?: Date;
}

export interface BuildOptions extends RenderOptions {
  /** the caller adds native charts to the written file (renderXlsx does): no fallback notes */
  nativeCharts?: boolean;
}

/** Final sheet names by key, in plan order, sanitised and unique. */
export function sheetNames(plan: WorkbookPlan): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (byKey.has(sheet.key)) throw new Error(`Two sheets share the key "${sheet.key}"`);
    byKey.set(sheet.key, sanitizeSheetName(sheet.name, byKey.values()));
  }
  return byKey;
}

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** resolveSheetRefs, skipping the regex for the many formulas that name no other sheet. */
function resolve(formula: string, names: ReadonlyMap<string, string>): string {
  return formula.includes("{{sheet:") ? resolveSheetRefs(formula, names) : formula;
}

function cellValue(cell: PlanCell, names: ReadonlyMap<string, string>): ExcelJS.CellValue {
  if (isFormulaCell(cell)) {
    const formula = resolve(cell.formula, names);
    const result = cell.result;
    // ExcelJS writes a result of undefined as "no cached value"; null means the same to us.
    return result === null || result === undefined
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result } as ExcelJS.CellFormulaValue);
  }
  return typeof cell === "string" ? escapeOoxmlText(cell) : cell; // reads back as written, `_x000D_` too
}

/**
 * Number formats and styles, one shared style object per distinct combination. ExcelJS gives every
 * cell a style object of its own and, when it writes the file, hashes each one it has not seen by
 * identity; cells that share one object cost one hash. The plan holds a few distinct combinations
 * over thousands of cells, so this makes styling a small part of the write (it was the largest).
 * Formats are applied in plan order, number formats first, later styles over earlier ones.
 */
function applyFormats(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const layers = new Map<string, number[]>(); // "row,col" → indexes into `parts`, in order
  const parts: ((cell: ExcelJS.Cell) => void)[] = [];
  const mark = (range: RangeRef, apply: (cell: ExcelJS.Cell) => void): void => {
    const index = parts.push(apply) - 1;
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const key = `${row},${col}`;
        const list = layers.get(key);
        if (list === undefined) layers.set(key, [index]);
        else list.push(index);
      }
    }
  };
  for (const nf of sheet.numberFormats ?? []) mark(nf.range, (cell) => (cell.numFmt = nf.format));
  for (const st of sheet.styles ?? []) mark(st.range, (cell) => applyStyle(cell, st.style));

  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, list] of layers) {
    const [row, col] = key.split(",").map(Number);
    const cell = ws.getRow(row + 1).getCell(col + 1);
    // A cell styled already (a chart's fallback note) keeps an object of its own.
    const own = Object.keys(cell.style).length > 0;
    const combo = list.join(" ");
    const style = own ? undefined : shared.get(combo);
    if (style !== undefined) {
      cell.style = style;
      continue;
    }
    for (const index of list) parts[index](cell);
    if (!own) shared.set(combo, cell.style);
  }
}

export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontColor !== undefined ||
    style.fontSize !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
  }
  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.align !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.align !== undefined) alignment.horizontal = style.align;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }
}

/** A conditional format's style (a "dxf"): solid fills use bgColor there, unlike cell fills. */
function dxfStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined) {
    out.font = {};
    if (style.bold !== undefined) out.font.bold = style.bold;
    if (style.italic !== undefined) out.font.italic = style.italic;
    if (style.fontColor !== undefined) out.font.color = { argb: argb(style.fontColor) };
  }
  if (style.fill !== undefined) {
    out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  }
  return out;
}

function operand(value: number | string): string {
  return typeof value === "number" ? String(value) : formulaString(value);
}

function conditionalRule(
  rule: ConditionalRule,
  priority: number,
  names: ReadonlyMap<string, string>,
): ExcelJS.ConditionalFormattingRule {
  const style = dxfStyle(rule.style);
  switch (rule.kind) {
    case "cellValue":
      return {
        type: "cellIs",
        operator: rule.operator,
        formulae: rule.values.map(operand),
        style,
        priority,
      } as ExcelJS.CellIsRuleType;
    case "text":
      return {
        type: "containsText",
        operator: "containsText",
        text: rule.contains,
        style,
        priority,
      } as ExcelJS.ContainsTextRuleType;
    case "formula":
      return {
        type: "expression",
        formulae: [resolve(rule.formula, names)],
        style,
        priority,
      } as ExcelJS.ExpressionRuleType;
  }
}

export function addConditionalFormats(
  ws: Pick<ExcelJS.Worksheet, "addConditionalFormatting">,
  formats: readonly ConditionalFormatPlan[],
  names: ReadonlyMap<string, string>,
): void {
  let priority = 1;
  for (const cf of formats) {
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: cf.rules.map((rule) => conditionalRule(rule, priority++, names)),
    });
  }
}

/** Drop-down lists; the streaming WorksheetWriter has the same `dataValidations` as a Worksheet. */
export function addValidations(ws: object, list: readonly ValidationPlan[]): void {
  // ExcelJS has range validations (worksheet.dataValidations) but its typings only declare per-cell ones.
  const validations = (ws as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of list) {
    validations.add(rangeA1(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [formulaString(v.list.join(","))],
      showErrorMessage: true,
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }
}

function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetPlan,
  names: ReadonlyMap<string, string>,
  nativeCharts: boolean,
): void {
  const name = names.get(sheet.key) as string;
  const ws = wb.addWorksheet(name, sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {});

  // Cells inside a table are written by addTable below (from the plan), the rest here.
  const tableRanges = (sheet.tables ?? []).map((t) => t.range);
  const inTable = (r: number, c: number) =>
    tableRanges.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) => {
      const r = block.at.row + i;
      const row = ws.getRow(r + 1);
      cells.forEach((cell, j) => {
        if (cell === null || inTable(r, block.at.col + j)) return;
        row.getCell(block.at.col + j + 1).value = cellValue(cell, names);
      });
    });
  }

  // Table rows come from the plan, not from the sheet: ExcelJS's cell.value getter drops falsy cached
  // results (0, "", false), and addTable writes back whatever it is given.
  const at = planGrid(sheet);
  for (const table of sheet.tables ?? []) {
    const { range } = table;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = range.top + 1; r <= range.bottom; r++) {
      const values: ExcelJS.CellValue[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const cell = at(r, c);
        values.push(cell === undefined ? null : cellValue(cell, names));
      }
      rows.push(values);
    }
    ws.addTable({
      name: table.name,
      ref: a1(range.top, range.left),
      headerRow: true,
      totalsRow: false,
      style: {
        theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: table.headers.map((header) => ({ name: escapeOoxmlText(header), filterButton: true })),
      rows,
    });
  }

  for (const chart of sheet.charts ?? []) {
    if (chart.fallbackNote === undefined || (nativeCharts && drawsNatively(chart))) continue;
    const cell = ws.getRow(chart.anchor.row + 1).getCell(chart.anchor.col + 1);
    cell.value = chart.fallbackNote;
    cell.font = { italic: true, color: { argb: "FF595959" } };
  }

  applyFormats(ws, sheet);

  addValidations(ws, sheet.validations ?? []);
  addConditionalFormats(ws, sheet.conditionalFormats ?? [], names);

  applySheetLayout(ws, sheet);
}

/** The ExcelJS workbook for a plan (no I/O); renderXlsx serialises it and adds the charts. */
export function buildWorkbook(plan: WorkbookPlan, options: BuildOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const date = options.date ?? new Date();
  wb.creator = options.creator ?? "Cross-Border KPI";
  wb.lastModifiedBy = wb.creator;
  wb.created = date;
  wb.modified = date;
  wb.title = plan.title;
  // Excel recomputes every formula when it opens the file; cached results are for viewers that do not.
  wb.calcProperties.fullCalcOnLoad = true;

  const names = sheetNames(plan);
  for (const sheet of plan.sheets) renderSheet(wb, sheet, names, options.nativeCharts ?? false);

  addNamedRanges(wb.definedNames, plan, names);
  return wb;
}

/** The plan's workbook-scoped names, on the final sheet names. */
export function addNamedRanges(
  definedNames: ExcelJS.DefinedNames,
  plan: WorkbookPlan,
  names: ReadonlyMap<string, string>,
): void {
  for (const named of plan.namedRanges) {
    const sheetName = names.get(named.sheetKey);
    if (sheetName === undefined)
      throw new Error(`Named range "${named.name}" refers to an unknown sheet key "${named.sheetKey}"`);
    const r = named.range;
    const ref = r.top === r.bottom && r.left === r.right ? a1Abs(r.top, r.left) : rangeAbs(r);
    definedNames.add(`${quoteSheetName(sheetName)}!${ref}`, named.name);
  }
}

/** A plan cell as the ExcelJS value both writers give it (streamXlsx too). */
export { cellValue };

/** Renders a plan to .xlsx bytes, charts included; no Node API, so the task pane uses it in the browser. */
export async function renderXlsxBytes(plan: WorkbookPlan, options: RenderOptions = {}): Promise<Uint8Array> {
  const wb = buildWorkbook(plan, { ...options, nativeCharts: true });
  const data = await wb.xlsx.writeBuffer();
  return addCharts(data as ArrayBuffer, plan, sheetNames(plan));
}

/** Renders a plan to .xlsx bytes (a Node Buffer, for the CLI). */
export async function renderXlsx(plan: WorkbookPlan, options: RenderOptions = {}): Promise<Buffer> {
  return Buffer.from(await renderXlsxBytes(plan, options));
}
