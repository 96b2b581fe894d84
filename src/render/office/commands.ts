/**
 * Turns a WorkbookPlan into a list of commands — closures that queue Office.js calls — each with the
 * bytes it adds to the request. All plan-to-Office conversion (formula references, text escaping,
 * chunking) happens here, BEFORE anything is queued: a planning bug throws while the workbook is still
 * untouched.
 *
 * Order matters and is fixed: every sheet is added first (a formula naming a sheet that does not exist
 * yet would be taken for an external link), then the named ranges and the tables (a formula naming
 * `tblScorecard[Score]` before the table exists does not parse), then each sheet's cells and formatting.
 */
import type {
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  ConditionalRule,
  NumberFormatRange,
  RangeRef,
  SheetPlan,
  ValidationPlan,
  WorkbookPlan,
} from "../../plan/types";
import { formulaString } from "../../plan/a1";
import { isFormulaCell } from "../../plan/types";
import { cellAddress, columnAddress, rangeAddress, rangeCols, rangeFrom, rangeRows } from "./a1";
import { cellInput, textInput, type OfficeCellInput } from "./cellInput";
import { messages } from "./messages";
import { chunkRows, COMMAND_OVERHEAD_BYTES, jsonBytes, jsonStringBytes, rowJsonBytes, utf8Length } from "./payload";
import { fillRuns } from "./fillDown";
import { pageCommands } from "./pageCommands";
import { API, type Feature } from "./requirements";

/** Where commands queue their calls. */
export interface Target {
  context: Excel.RequestContext;
  sheets: Map<string, Excel.Worksheet>;
}

export interface Command {
  bytes: number;
  apply(target: Target): void;
}

/** Decisions taken after reading the workbook: final names of sheets, names and tables. */
export interface Layout {
  sheetNames: ReadonlyMap<string, string>;
  /** plan identifier (name or table) → final identifier, for every one in the plan */
  identifiers: ReadonlyMap<string, string>;
  /** rewrites a plan formula body (no "="): sheet tokens → quoted final names, renamed identifiers */
  rewrite(formula: string): string;
}

export interface BuildOptions {
  supports(feature: Feature): boolean;
  maxChunkBytes: number;
  warn(message: string): void;
  onProgress?(done: number, total: number, label: string): void;
}

const ALIGN: Record<NonNullable<CellStyle["align"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const CHART_TYPE: Record<ChartPlan["kind"], "BarClustered" | "ColumnClustered" | "Line"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
};

const CELL_VALUE_OPERATOR: Record<
  Extract<ConditionalRule, { kind: "cellValue" }>["operator"],
  "LessThan" | "GreaterThanOrEqual" | "Between" | "EqualTo"
> = {
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  equal: "EqualTo",
};

/** Office column widths are points; the plan counts characters of the default 11pt font (~7 px each, +5 px padding). */
export function charsToPoints(chars: number): number {
  const pixels = Math.round(chars * 7 + 5);
  return pixels * 0.75;
}

export function sheetOf(target: Target, key: string): Excel.Worksheet {
  const sheet = target.sheets.get(key);
  if (!sheet) throw new Error(`Sheet "${key}" was not added before it was written`);
  return sheet;
}

export function command(bytes: number, apply: (target: Target) => void): Command {
  return { bytes: bytes + COMMAND_OVERHEAD_BYTES, apply };
}

/**
 * The plan's number formats as runs of rows with a format each: consecutive entries over the same
 * columns whose rows follow on merge into one run. A format that changes from row to row (a KPI's unit
 * on a 6,000-line scorecard, planned as ~1,000 small ranges) then costs one write per chunk instead of
 * one command, with its overhead in the request, per range. Order is kept, so overlaps resolve as before.
 */
function numberFormatRuns(formats: readonly NumberFormatRange[]): { range: RangeRef; rowFormats: string[] }[] {
  const runs: { range: RangeRef; rowFormats: string[] }[] = [];
  for (const nf of formats) {
    const last = runs.length > 0 ? runs[runs.length - 1] : undefined;
    const rows = new Array<string>(rangeRows(nf.range)).fill(nf.format);
    if (
      last !== undefined &&
      last.range.left === nf.range.left &&
      last.range.right === nf.range.right &&
      last.range.bottom + 1 === nf.range.top
    ) {
      last.range.bottom = nf.range.bottom;
      for (const format of rows) last.rowFormats.push(format);
    } else {
      runs.push({ range: { ...nf.range }, rowFormats: rows });
    }
  }
  return runs;
}

export function buildCommands(plan: WorkbookPlan, layout: Layout, options: BuildOptions): Command[] {
  const commands: Command[] = [];
  let nonFinite = 0;
  const onInvalid = () => {
    nonFinite++;
  };

  for (const sheet of plan.sheets) {
    const name = layout.sheetNames.get(sheet.key)!;
    commands.push(
      command(utf8Length(name), (target) => {
        target.sheets.set(sheet.key, target.context.workbook.worksheets.add(name));
      }),
    );
  }

  for (const named of plan.namedRanges) {
    const finalName = layout.identifiers.get(named.name) ?? named.name;
    const address = rangeAddress(named.range);
    commands.push(
      command(utf8Length(finalName) + address.length + utf8Length(named.comment ?? ""), (target) => {
        const range = sheetOf(target, named.sheetKey).getRange(address);
        if (named.comment) target.context.workbook.names.add(finalName, range, named.comment);
        else target.context.workbook.names.add(finalName, range);
      }),
    );
  }

  for (const sheet of plan.sheets) {
    for (const table of sheet.tables ?? []) {
      const finalName = layout.identifiers.get(table.name) ?? table.name;
      const address = rangeAddress(table.range);
      const headers = [table.headers.map(textInput)];
      commands.push(
        command(jsonBytes(headers) + utf8Length(finalName) + COMMAND_OVERHEAD_BYTES * 3, (target) => {
          const created = sheetOf(target, sheet.key).tables.add(address, true);
          created.name = finalName;
          if (table.style) created.style = table.style;
          if (table.showTotals === false) created.showTotals = false;
          created.getHeaderRowRange().values = headers;
        }),
      );
    }
  }

  plan.sheets.forEach((sheet, index) => {
    const name = layout.sheetNames.get(sheet.key)!;
    commands.push(...blockCommands(sheet, layout, options, onInvalid));
    commands.push(...formatCommands(sheet, name, layout, options));
    if (options.onProgress) {
      const onProgress = options.onProgress;
      commands.push({
        bytes: 0,
        apply: () => {
          try {
            onProgress(index + 1, plan.sheets.length, name);
          } catch {
            // A progress bar must never break the workbook.
          }
        },
      });
    }
  });

  if (nonFinite > 0) options.warn(messages.nonFiniteNumbers(nonFinite));
  return commands;
}

/**
 * Cell blocks as 2-D writes, split by rows into chunks under the chunk budget. Where the host fills
 * ranges (ExcelApi 1.9), rows that repeat one formula row are written once and filled down (fillDown).
 */
function blockCommands(sheet: SheetPlan, layout: Layout, options: BuildOptions, onInvalid: () => void): Command[] {
  const commands: Command[] = [];
  const fills = options.supports("autoFill");
  for (const block of sheet.blocks) {
    if (block.cells.length === 0) continue;
    const width = Math.max(...block.cells.map((row) => row.length));
    if (width === 0) continue;
    const rows: OfficeCellInput[][] = [];
    const rowHasFormula: boolean[] = [];
    const rowBytes: number[] = [];
    for (const planRow of block.cells) {
      const row: OfficeCellInput[] = new Array(width);
      let hasFormula = false;
      for (let c = 0; c < width; c++) {
        const cell = c < planRow.length ? planRow[c] : null;
        if (cell !== null && isFormulaCell(cell)) hasFormula = true;
        row[c] = cellInput(cell, layout.rewrite, onInvalid);
      }
      rows.push(row);
      rowHasFormula.push(hasFormula);
      rowBytes.push(rowJsonBytes(row));
    }
    // rows outside any fill run, written as before, in stretches between the runs
    const writeRows = (from: number, to: number) => {
      if (from >= to) return;
      for (const [s, e] of chunkRows(rowBytes.slice(from, to), options.maxChunkBytes - COMMAND_OVERHEAD_BYTES)) {
        const start = from + s;
        const end = from + e;
        const data = rows.slice(start, end);
        // A chunk with any formula is written through `formulas`; its literal cells go in as constants
        // (escaped the same way). A literal-only chunk uses `values`.
        const useFormulas = rowHasFormula.slice(start, end).some(Boolean);
        const address = rangeAddress(rangeFrom({ row: block.at.row + start, col: block.at.col }, end - start, width));
        let bytes = 2 + address.length;
        for (let r = start; r < end; r++) bytes += rowBytes[r] + 1;
        commands.push(
          command(bytes, (target) => {
            const range = sheetOf(target, sheet.key).getRange(address);
            if (useFormulas) range.formulas = data;
            else range.values = data;
          }),
        );
      }
    };
    let next = 0;
    for (const [start, end] of fills ? fillRuns(rows) : []) {
      writeRows(next, start);
      const head = rangeAddress(rangeFrom({ row: block.at.row + start, col: block.at.col }, 1, width));
      const all = rangeAddress(rangeFrom({ row: block.at.row + start, col: block.at.col }, end - start, width));
      const data = [rows[start]];
      commands.push(
        command(rowBytes[start] + head.length + all.length + 24, (target) => {
          const range = sheetOf(target, sheet.key).getRange(head);
          range.formulas = data;
          range.autoFill(all, "FillCopy");
        }),
      );
      next = end;
    }
    writeRows(next, rows.length);
  }
  return commands;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Conditional formats know font and fill only; alignment, wrap and size do not apply to them. */
function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
}

/** A cell-value rule's operand: a number as is; a string is a text constant. */
function operand(value: number | string): string {
  return typeof value === "number" ? `=${value}` : `=${formulaString(value)}`;
}

function formatCommands(sheet: SheetPlan, sheetName: string, layout: Layout, options: BuildOptions): Command[] {
  const commands: Command[] = [];
  const { supports } = options;
  const key = sheet.key;

  for (const run of numberFormatRuns(sheet.numberFormats ?? [])) {
    // A 2-D array the size of the range, split by rows like the cell blocks (a format over 60,000
    // rows is megabytes of JSON).
    const cols = rangeCols(run.range);
    const rowBytes = run.rowFormats.map((format) => cols * (jsonStringBytes(format) + 1) + 1);
    for (const [start, end] of chunkRows(rowBytes, options.maxChunkBytes - COMMAND_OVERHEAD_BYTES)) {
      const address = rangeAddress(rangeFrom({ row: run.range.top + start, col: run.range.left }, end - start, cols));
      const formats = run.rowFormats.slice(start, end);
      let bytes = 2 + address.length;
      for (let r = start; r < end; r++) bytes += rowBytes[r] + 1;
      commands.push(
        command(bytes, (target) => {
          sheetOf(target, key).getRange(address).numberFormat = formats.map((format) =>
            new Array<string>(cols).fill(format),
          );
        }),
      );
    }
  }

  for (const styled of sheet.styles ?? []) {
    const address = rangeAddress(styled.range);
    const properties = Object.keys(styled.style).length;
    commands.push(
      command(address.length + properties * COMMAND_OVERHEAD_BYTES, (target) => {
        applyStyle(sheetOf(target, key).getRange(address).format, styled.style);
      }),
    );
  }

  const validations = sheet.validations ?? [];
  if (validations.length > 0 && !supports("dataValidation")) {
    options.warn(messages.skipped("drop-down list(s)", API.dataValidation, validations.length));
  } else {
    for (const validation of validations) {
      const cmd = validationCommand(key, sheetName, validation, options);
      if (cmd) commands.push(cmd);
    }
  }

  const conditional = sheet.conditionalFormats ?? [];
  if (conditional.length > 0 && !supports("conditionalFormats")) {
    options.warn(messages.skipped("conditional format(s)", API.conditionalFormats, conditional.length));
  } else {
    for (const cf of conditional) commands.push(conditionalCommand(key, cf, layout));
  }

  for (const chart of sheet.charts ?? []) {
    const cmd = chartCommand(key, sheetName, chart, options);
    if (cmd) commands.push(cmd);
  }

  const widths = Object.entries(sheet.columnWidths ?? {});
  if (widths.length > 0 && !supports("columnWidth")) {
    options.warn(messages.skipped("column width(s)", API.columnWidth, widths.length));
  } else {
    for (const [col, chars] of widths) {
      const address = columnAddress(Number(col));
      const points = charsToPoints(chars);
      commands.push(
        command(address.length + 8, (target) => {
          sheetOf(target, key).getRange(address).format.columnWidth = points;
        }),
      );
    }
  }

  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    if (!supports("freezePanes")) options.warn(messages.skipped("frozen pane(s)", API.freezePanes, 1));
    else
      commands.push(
        command(16, (target) => {
          const ws = sheetOf(target, key);
          if (freeze.rows > 0 && freeze.cols > 0)
            ws.freezePanes.freezeAt(ws.getRange(rangeAddress(rangeFrom({ row: 0, col: 0 }, freeze.rows, freeze.cols))));
          else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
          else ws.freezePanes.freezeColumns(freeze.cols);
        }),
      );
  }

  commands.push(...pageCommands(key, sheet, options));

  if (sheet.tabColor) {
    const color = sheet.tabColor;
    if (!supports("tabColor")) options.warn(messages.skipped("tab colour(s)", API.tabColor, 1));
    else
      commands.push(
        command(color.length, (target) => {
          sheetOf(target, key).tabColor = color;
        }),
      );
  }
  return commands;
}

function validationCommand(
  key: string,
  sheetName: string,
  validation: ValidationPlan,
  options: BuildOptions,
): Command | undefined {
  const address = rangeAddress(validation.range);
  // A literal list source is one comma-separated string of at most 255 characters; a source starting
  // with "=" would be read as a reference. Rather than fail the whole workbook, skip and say so.
  const source = validation.list.join(",");
  let why: string | undefined;
  if (validation.list.some((item) => item.includes(","))) why = messages.listHasComma();
  else if (source.length > 255) why = messages.listTooLong();
  else if (source.startsWith("=")) why = messages.listStartsWithEquals();
  if (why) {
    options.warn(messages.validationListUnusable(sheetName, address, why));
    return undefined;
  }
  const prompt = validation.prompt;
  return command(utf8Length(source) + utf8Length(prompt ?? "") + address.length, (target) => {
    const dv = sheetOf(target, key).getRange(address).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    if (prompt) dv.prompt = { showPrompt: true, message: prompt, title: "" };
  });
}

function conditionalCommand(key: string, cf: ConditionalFormatPlan, layout: Layout): Command {
  const address = rangeAddress(cf.range);
  // conditionalFormats.add puts the new format at the TOP priority: add in reverse so the plan's first
  // rule ends up first. Formulas are rewritten now (a bad sheet key throws before anything is queued).
  const rules = [...cf.rules]
    .reverse()
    .map((rule) =>
      rule.kind === "formula" ? { ...rule, formula: `=${layout.rewrite(rule.formula.replace(/^=/, ""))}` } : rule,
    );
  return command(jsonBytes(rules) + address.length + rules.length * COMMAND_OVERHEAD_BYTES * 3, (target) => {
    const formats = sheetOf(target, key).getRange(address).conditionalFormats;
    for (const rule of rules) {
      switch (rule.kind) {
        case "cellValue": {
          const added = formats.add("CellValue");
          applyConditionalStyle(added.cellValue.format, rule.style);
          const [first, second] = rule.values;
          added.cellValue.rule =
            second === undefined
              ? { formula1: operand(first), operator: CELL_VALUE_OPERATOR[rule.operator] }
              : { formula1: operand(first), formula2: operand(second), operator: CELL_VALUE_OPERATOR[rule.operator] };
          break;
        }
        case "text": {
          const added = formats.add("ContainsText");
          applyConditionalStyle(added.textComparison.format, rule.style);
          added.textComparison.rule = { operator: "Contains", text: rule.contains };
          break;
        }
        case "formula": {
          const added = formats.add("Custom");
          applyConditionalStyle(added.custom.format, rule.style);
          added.custom.rule.formula = rule.formula;
          break;
        }
      }
    }
  });
}

/** Categories column directly left of the series columns, same rows: one source range for charts.add. */
function contiguousSource(chart: ChartPlan): RangeRef | undefined {
  const { categories, series } = chart;
  if (rangeCols(categories) !== 1) return undefined;
  let col = categories.left;
  for (const s of series) {
    if (rangeCols(s.values) !== 1 || s.values.left !== col + 1) return undefined;
    if (s.values.top !== categories.top || s.values.bottom !== categories.bottom) return undefined;
    col++;
  }
  return { top: categories.top, bottom: categories.bottom, left: categories.left, right: col };
}

function chartCommand(key: string, sheetName: string, chart: ChartPlan, options: BuildOptions): Command | undefined {
  if (chart.series.length === 0) return undefined;
  const type = CHART_TYPE[chart.kind];
  const categories = rangeAddress(chart.categories);
  const series = chart.series.map((s) => ({ name: s.name, values: rangeAddress(s.values) }));
  const start = cellAddress(chart.anchor);
  const end = cellAddress({
    row: chart.anchor.row + Math.max(1, chart.heightRows) - 1,
    col: chart.anchor.col + Math.max(1, chart.widthCols) - 1,
  });
  const bytes = jsonBytes(series) + utf8Length(chart.title) + (series.length + 3) * COMMAND_OVERHEAD_BYTES;

  const place = (created: Excel.Chart) => {
    created.title.text = chart.title;
    created.setPosition(start, end);
  };

  if (options.supports("chartSeries")) {
    // Separate category and value ranges: build from the first series, then point every series at its
    // own values and at the shared categories.
    return command(bytes, (target) => {
      const ws = sheetOf(target, key);
      const created = ws.charts.add(type, ws.getRange(series[0].values), "Columns");
      series.forEach((s, i) => {
        const item = i === 0 ? created.series.getItemAt(0) : created.series.add(s.name);
        if (i > 0) item.setValues(ws.getRange(s.values));
        item.name = s.name;
        item.setXAxisValues(ws.getRange(categories));
      });
      place(created);
    });
  }
  const source = contiguousSource(chart);
  if (!source) {
    options.warn(messages.chartSkipped(sheetName, chart.title));
    // Say in the sheet what the chart would have shown, as the xlsx renderer does.
    if (!chart.fallbackNote) return undefined;
    const note = [[textInput(chart.fallbackNote)]];
    return command(jsonBytes(note) + start.length, (target) => {
      sheetOf(target, key).getRange(start).values = note;
    });
  }
  // ExcelApi 1.1: one contiguous source, first column = categories, one series per further column.
  const sourceAddress = rangeAddress(source);
  return command(bytes, (target) => {
    const ws = sheetOf(target, key);
    const created = ws.charts.add(type, ws.getRange(sourceAddress), "Columns");
    series.forEach((s, i) => {
      created.series.getItemAt(i).name = s.name;
    });
    place(created);
  });
}
