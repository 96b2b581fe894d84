/**
 * A declarative description of the sheets we build. Both renderers (Office.js and ExcelJS) walk the
 * same plan, so the workbook a user gets from the add-in and from the CLI is the same workbook.
 * Pure data: no functions, no Office types, serialisable as JSON.
 */

/** A literal cell value. A string is ALWAYS text, even when it starts with = + - @ (renderers escape it). */
export type CellValue = string | number | boolean | null;

/**
 * A native Excel formula in en-US A1 syntax WITHOUT the leading "=", using only classic functions
 * that Excel and LibreOffice 7.4 both compute (no LET, LAMBDA, XLOOKUP, dynamic arrays).
 * `result` is the value the core computed; the xlsx renderer stores it as the cached value.
 */
export interface FormulaCell {
  formula: string;
  result?: CellValue;
}

export type PlanCell = CellValue | FormulaCell;

export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null;
}

/** Zero-based row/column of a cell on its sheet. */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells written in one block (one 2-D array write in Office.js). */
export interface Block {
  at: CellRef;
  cells: PlanCell[][];
}

export interface RangeRef {
  /** zero-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type HorizontalAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  align?: HorizontalAlign;
  wrap?: boolean;
  fontSize?: number;
}

export interface StyledRange {
  range: RangeRef;
  style: CellStyle;
}

export interface NumberFormatRange {
  range: RangeRef;
  /** Excel number format code, e.g. "0.0%", "#,##0.00 [$USD]", "0.00\"x\"" */
  format: string;
}

export interface TablePlan {
  /** Excel table name, e.g. "tblScorecard" */
  name: string;
  /** header row + body; headers are the first row of the range */
  range: RangeRef;
  headers: string[];
  style?: string; // e.g. "TableStyleMedium2"
  showTotals?: false;
}

export interface NamedRangePlan {
  /** workbook-scoped name, e.g. "kpi_cap" */
  name: string;
  range: RangeRef;
  comment?: string;
}

export interface ValidationPlan {
  range: RangeRef;
  /** allowed values, shown as a drop-down list */
  list: string[];
  prompt?: string;
}

/**
 * Traffic lights and the like, as the classic "cell value" or "formula" rules both engines know.
 * In a `cellValue` rule a string value is literal text to compare with (renderers quote it), a number is a number.
 */
export type ConditionalRule =
  | {
      kind: "cellValue";
      operator: "lessThan" | "greaterThanOrEqual" | "between" | "equal";
      values: (number | string)[];
      style: CellStyle;
    }
  | { kind: "text"; contains: string; style: CellStyle }
  | { kind: "formula"; formula: string; style: CellStyle };

export interface ConditionalFormatPlan {
  range: RangeRef;
  rules: ConditionalRule[];
}

export interface ChartPlan {
  kind: "bar" | "column" | "line";
  title: string;
  /** category labels (e.g. people) and one or more series, each a single column range on this sheet */
  categories: RangeRef;
  series: { name: string; values: RangeRef }[];
  /** where the chart's top-left corner sits */
  anchor: CellRef;
  widthCols: number;
  heightRows: number;
  /**
   * Added by WORKBOOK: text a renderer that cannot draw charts (the ExcelJS one) writes at `anchor`
   * instead, so the reader learns what the chart would show. Renderers that draw ignore it.
   */
  fallbackNote?: string;
}

export interface SheetPlan {
  /** stable key for cross-references inside the plan, e.g. "scorecard" */
  key: string;
  /** the name the user sees (localized); renderers sanitise and make it unique */
  name: string;
  blocks: Block[];
  styles?: StyledRange[];
  numberFormats?: NumberFormatRange[];
  tables?: TablePlan[];
  validations?: ValidationPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  charts?: ChartPlan[];
  /** column widths in characters, by zero-based column index */
  columnWidths?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  tabColor?: string;
  /** row heights in points, by zero-based row index (rows of wrapped text) */
  rowHeights?: Record<number, number>;
  /**
   * Column groups (outline level 1), e.g. the scorecard's helper columns: `collapsed` hides them
   * behind the outline's "+" so they neither clutter the screen nor print.
   */
  columnGroups?: ColumnGroup[];
  /** print layout; workbookPlan gives every sheet one (DESIGN §6: landscape or fit to one page wide) */
  print?: PrintLayout;
}

export interface ColumnGroup {
  /** zero-based, inclusive */
  from: number;
  to: number;
  collapsed: boolean;
}

export interface PrintLayout {
  orientation: "portrait" | "landscape";
  /** fit the printed width to one page (any number of pages tall) */
  fitToWidth: boolean;
  /** zero-based, inclusive header rows repeated at the top of every printed page */
  repeatRows?: { first: number; last: number };
  /** what prints; absent = the used range */
  area?: RangeRef;
}

export interface WorkbookPlan {
  title: string;
  lang: "zh-CN" | "en-US" | "es-MX";
  sheets: SheetPlan[];
  namedRanges: (NamedRangePlan & { sheetKey: string })[];
}
