/**
 * The CLI's writer: the workbook renderXlsx makes, written through ExcelJS's streaming
 * WorkbookWriter row by row, so a 10,000-person team needs little more memory than its plan.
 *
 * renderXlsx builds every cell as an ExcelJS object, serialises the whole model into one buffer and
 * unzips it again to add the charts: at 10,000 people that peaked above 7 GB. Here each row is built
 * from the plan, styled, committed (ExcelJS turns it into XML and drops it) and compressed on the way
 * to the output stream; nothing holds a sheet. What the streaming writer leaves out is added the way
 * ExcelJS's own in-memory writer adds it:
 *
 * - tables: the table parts (ExcelJS's TableXform, with the model its Table class would make), their
 *   relationships and a <tableParts> element at the end of the sheet;
 * - charts: the chart and drawing parts of chartXml.ts (what addCharts adds to renderXlsx's file)
 *   and a <drawing> element before <tableParts>;
 * - fullCalcOnLoad in the workbook part and the content types of the new parts.
 *
 * Cell values, styles, formats, validations, conditional formats, names and sheet layout are made by
 * the same functions as in renderXlsx (cellValue, applyStyle, applySheetLayout …), so both writers
 * give the same workbook; test/render/xlsx/streamXlsx.test.ts reads both back and compares them.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import TableXform from "exceljs/lib/xlsx/xform/table/table-xform";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform";
import ContentTypesXform from "exceljs/lib/xlsx/xform/core/content-types-xform";
import { a1, colLetter } from "../../plan/a1";
import type { ChartPlan, PlanCell, RangeRef, SheetPlan, WorkbookPlan } from "../../plan/types";
import { chartSource } from "./addCharts";
import { CONTENT_TYPE, REL_TYPE, chartXml, drawingXml, drawsNatively, relationshipsXml } from "./chartXml";
import {
  addConditionalFormats,
  addNamedRanges,
  addValidations,
  applyStyle,
  argb,
  cellValue,
  sheetNames,
  type RenderOptions,
} from "./renderXlsx";
import { applySheetLayout } from "./sheetLayout";

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
/** rows written between two looks at the zip's backlog */
const ROWS_PER_CHECK = 100;

/** The parts of WorkbookWriter and WorksheetWriter this file reaches beyond their typings. */
interface WriterInternals {
  zip: { append(source: string, data: { name: string }): void };
  _worksheets: (object | undefined)[];
  _definedNames: { model: object[] };
  sharedStrings: { add(text: string): number };
  /** a style object's id (`s`), by the object once seen, else by its XML; `type` is ExcelJS.ValueType */
  styles: { addStyleModel(style: object, type: number): number };
  commentRefs: object[];
  media: object[];
}
interface SheetWriterInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
  commit(): void;
  /** every formula cell written so far, by address, kept for shared-formula clones further down */
  _formulae: Record<string, object>;
  /** the sheet part's buffer; archiver pipes it at once into a PassThrough it reads when it gets there */
  stream: { pipes?: PassThrough[] };
  /** whether <sheetData> is open (the first row written opens it, after <cols>) */
  startedData: boolean;
  /** the number of the first row not committed yet: getRow(n) finds row n at n − _rowZero */
  _rowZero: number;
}

/** How streamXlsx writes; `rawRows: false` sends every row through ExcelJS's row objects (tests compare). */
export interface StreamOptions extends RenderOptions {
  rawRows?: boolean;
  /** counted while writing: the rows written as XML directly (`rawRows`), the others through ExcelJS */
  counts?: { raw: number; viaExcelJs: number };
}

/**
 * A row of plain values (text, numbers, booleans, blanks) whose styles are objects ExcelJS has met,
 * as the XML ExcelJS's row and cell xforms write for it, byte for byte: `<row r spans
 * x14ac:dyDescent>` and a `<c r s t><v>` a cell, text as shared strings; styles and strings are
 * registered in the same order. Undefined when the row has anything else (a formula, a style not met
 * yet): then ExcelJS writes it. A 28,800-row history spends most of its write in the row objects.
 */
function rawRowXml(
  rowNumber: number,
  values: ReadonlyMap<number, ExcelJS.CellValue>,
  styleAt: (col: number) => Partial<ExcelJS.Style> | undefined,
  cols: readonly number[],
  writer: WriterInternals,
): string | undefined {
  for (const c of cols) {
    const v = values.get(c);
    if (v !== undefined && v !== null && typeof v === "object") return undefined;
    if (styleAt(c) === undefined) return undefined;
  }
  let cells = "";
  for (const c of cols) {
    const v = values.get(c) ?? null;
    const type =
      v === null
        ? ExcelJS.ValueType.Null
        : typeof v === "number"
          ? ExcelJS.ValueType.Number
          : typeof v === "boolean"
            ? ExcelJS.ValueType.Boolean
            : ExcelJS.ValueType.String;
    const styleId = writer.styles.addStyleModel(styleAt(c) as object, type);
    if (v === null && !styleId) continue;
    const s = styleId ? ` s="${styleId}"` : "";
    const ref = `${colLetter(c)}${rowNumber}`;
    if (v === null) cells += `<c r="${ref}"${s}/>`;
    else if (typeof v === "number") cells += `<c r="${ref}"${s}><v>${v}</v></c>`;
    else if (typeof v === "boolean") cells += `<c r="${ref}"${s} t="b"><v>${v ? "1" : "0"}</v></c>`;
    else cells += `<c r="${ref}"${s} t="s"><v>${writer.sharedStrings.add(v as string)}</v></c>`;
  }
  const open = `<row r="${rowNumber}" spans="${cols[0] + 1}:${cols[cols.length - 1] + 1}" x14ac:dyDescent="0.25"`;
  return cells === "" ? `${open}/>` : `${open}>${cells}</row>`;
}

/** archiver's PassThrough comes from readable-stream 2, which has no `writableNeedDrain` yet. */
type PassThrough = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * Waits while the zip is behind. ExcelJS's sheet stream writes on without looking at the pipe it
 * feeds, so without this the whole sheet's XML would queue up in memory before zlib saw it.
 */
async function zipCaughtUp(ws: SheetWriterInternals): Promise<void> {
  const pipe = ws.stream.pipes?.[0];
  if (pipe !== undefined && (pipe.writableNeedDrain || pipe._writableState?.needDrain)) await once(pipe, "drain");
}

/** Parts added beside what ExcelJS writes, for the content types. */
interface ExtraParts {
  tables: { target: string }[];
  drawings: { name: string }[];
  charts: string[];
}

/** WorkbookWriter with fullCalcOnLoad and the content types of tables, drawings and charts. */
class PlanWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  readonly parts: ExtraParts = { tables: [], drawings: [], charts: [] };

  private get internals(): WriterInternals {
    return this as unknown as WriterInternals;
  }

  /** Appends a finished part to the zip (after the parts already queued). */
  appendPart(name: string, xml: string): void {
    this.internals.zip.append(xml, { name });
  }

  // As WorkbookWriter.addWorkbook, which writes an empty <calcPr>: Excel recomputes every formula
  // when it opens the file (the cached results are for viewers that do not), as in renderXlsx.
  override addWorkbook(): Promise<void> {
    const self = this.internals;
    const model = {
      worksheets: self._worksheets.filter(Boolean),
      definedNames: self._definedNames.model,
      views: this.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    this.appendPart("/xl/workbook.xml", xform.toXml(model));
    return Promise.resolve();
  }

  override addContentTypes(): Promise<void> {
    const self = this.internals;
    const xml = new ContentTypesXform().toXml({
      worksheets: self._worksheets.filter(Boolean),
      sharedStrings: self.sharedStrings,
      commentRefs: self.commentRefs,
      media: self.media,
      tables: this.parts.tables,
      drawings: this.parts.drawings,
    });
    const charts = this.parts.charts
      .map((part) => `<Override PartName="/${part}" ContentType="${CONTENT_TYPE.chart}"/>`)
      .join("");
    this.appendPart("[Content_Types].xml", xml.replace(/<\/Types>\s*$/, `${charts}</Types>`));
    return Promise.resolve();
  }
}

/** What applySheetLayout sets, recorded: the streaming writer needs views and print setup up front. */
interface RecordedLayout {
  properties: Partial<ExcelJS.WorksheetProperties>;
  pageSetup: Partial<ExcelJS.PageSetup>;
  views: Partial<ExcelJS.WorksheetView>[];
  columns: Map<number, Partial<Pick<ExcelJS.Column, "width" | "outlineLevel" | "hidden">>>;
  /** by zero-based row (columns stay one-based, as ExcelJS counts them) */
  heights: Map<number, number>;
}

/**
 * A WorksheetWriter writes its <sheetPr>, <sheetViews> and <sheetFormatPr> as it is created and its
 * <cols> before the first row, so the layout is worked out first, by applySheetLayout itself on a
 * recorder, and handed to the writer when it is made.
 */
function recordLayout(sheet: SheetPlan, name: string): RecordedLayout {
  const layout: RecordedLayout = { properties: {}, pageSetup: {}, views: [], columns: new Map(), heights: new Map() };
  const recorder = {
    name,
    properties: layout.properties,
    pageSetup: layout.pageSetup,
    get views() {
      return layout.views;
    },
    set views(views: Partial<ExcelJS.WorksheetView>[]) {
      layout.views = views;
    },
    getColumn(col: number) {
      let column = layout.columns.get(col);
      if (column === undefined) layout.columns.set(col, (column = {}));
      return column;
    },
    getRow(row: number) {
      return {
        set height(points: number) {
          layout.heights.set(row - 1, points); // zero-based, as the plan counts rows
        },
      };
    },
  };
  applySheetLayout(recorder as unknown as Parameters<typeof applySheetLayout>[0], sheet);
  return layout;
}

function inside(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** The style of a cell no format or style of the plan covers; shared by every such cell, never mutated. */
const UNSTYLED: Partial<ExcelJS.Style> = Object.freeze({}) as Partial<ExcelJS.Style>;

/** A number format or a style over a range: renderXlsx's formats, applied in the same order. */
interface Layer {
  range: RangeRef;
  apply: (cell: ExcelJS.Cell) => void;
  /** what the layer does, as text: cells under layers that do the same share one style object */
  does: string;
}

function layersOf(sheet: SheetPlan): Layer[] {
  return [
    ...(sheet.numberFormats ?? []).map((nf) => ({
      range: nf.range,
      apply: (cell: ExcelJS.Cell) => (cell.numFmt = nf.format),
      does: `f${nf.format}`,
    })),
    ...(sheet.styles ?? []).map((st) => ({
      range: st.range,
      apply: (cell: ExcelJS.Cell) => applyStyle(cell, st.style),
      does: `s${JSON.stringify(st.style)}`,
    })),
  ];
}

/**
 * The key of the style object for a cell under these layers (in order): what they do, not which they
 * are, so a sheet of many small ranges with a few formats (a history's per-KPI runs) shares a few
 * objects instead of making one per row.
 */
function comboKey(layers: readonly Layer[], list: readonly number[]): string {
  let key = "";
  for (const i of list) key += `${layers[i].does}\u001f`;
  return key;
}

/**
 * The layers over each row, in plan order, from a sweep down the rows: ranges start and end, and
 * only the few over the current row are looked at (a map of every styled cell would be as large as
 * the sheet).
 */
function layerSweep(layers: readonly Layer[]): (row: number) => number[] {
  const byTop = layers.map((_, i) => i).sort((x, y) => layers[x].range.top - layers[y].range.top);
  let next = 0;
  let active: number[] = [];
  return (row) => {
    let added = false;
    while (next < byTop.length && layers[byTop[next]].range.top <= row) {
      active.push(byTop[next++]);
      added = true;
    }
    active = active.filter((i) => layers[i].range.bottom >= row);
    if (added) active.sort((x, y) => x - y);
    return active;
  };
}

function maxRowOf(sheet: SheetPlan, layers: readonly Layer[], layout: RecordedLayout): number {
  let max = -1;
  for (const b of sheet.blocks) max = Math.max(max, b.at.row + b.cells.length - 1);
  for (const t of sheet.tables ?? []) max = Math.max(max, t.range.bottom);
  for (const l of layers) max = Math.max(max, l.range.bottom);
  for (const c of sheet.charts ?? []) max = Math.max(max, c.anchor.row);
  for (const r of layout.heights.keys()) max = Math.max(max, r);
  return max;
}

/** The table XML ExcelJS's own writer makes for renderXlsx's addTable (its Table class's defaults). */
function tablePartXml(table: NonNullable<SheetPlan["tables"]>[number], id: number, target: string): string {
  const { top, left, bottom } = table.range;
  const right = left + table.headers.length - 1;
  const ref = `${a1(top, left)}:${a1(bottom, right)}`;
  const model = {
    id,
    target,
    name: table.name,
    displayName: table.name,
    tableRef: ref,
    autoFilterRef: ref,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: table.style ?? "TableStyleMedium2",
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: true,
      showColumnStripes: false,
    },
    columns: table.headers.map((header, i) => ({
      name: cellValue(header, new Map()) as string, // escaped as renderXlsx escapes a column name
      filterButton: true,
      ...(i === 0 ? { totalsRowLabel: "Total" } : { totalsRowFunction: "none", totalsRowFormula: null }),
    })),
  };
  const xform = new TableXform();
  xform.prepare(model, {});
  return xform.toXml(model);
}

/** Counters for part names that are numbered across the workbook (table1.xml, chart1.xml …). */
interface PartCounters {
  table: number;
  drawing: number;
  chart: number;
}

/**
 * The sheet's tables and charts as parts of the zip and relationships of the sheet; returns the
 * elements that close the sheet (<drawing> must come before <tableParts>).
 */
function sheetParts(
  writer: PlanWorkbookWriter,
  ws: SheetWriterInternals,
  sheet: SheetPlan,
  name: string,
  counters: PartCounters,
): string {
  // Relationship ids in renderXlsx's order: its tables first, then addCharts's drawing.
  const tables = sheet.tables ?? [];
  const tableIds = tables.map((table) => {
    const id = ++counters.table;
    const target = `table${id}.xml`;
    writer.appendPart(`xl/tables/${target}`, tablePartXml(table, id, target));
    writer.parts.tables.push({ target });
    return ws._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` });
  });
  let tail = "";
  const charts = (sheet.charts ?? []).filter(drawsNatively);
  if (charts.length > 0) {
    const source = chartSource(sheet);
    const drawing = `drawing${++counters.drawing}`;
    const rels = charts.map((chart, i) => {
      const part = `xl/charts/chart${++counters.chart}.xml`;
      writer.appendPart(part, chartXml(chart, name, source));
      writer.parts.charts.push(part);
      return { id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/${part.split("/").pop()}` };
    });
    writer.appendPart(`xl/drawings/${drawing}.xml`, drawingXml(charts.map((chart, i) => ({ chart, rId: rels[i].id }))));
    writer.appendPart(`xl/drawings/_rels/${drawing}.xml.rels`, relationshipsXml(rels));
    writer.parts.drawings.push({ name: drawing });
    const rId = ws._sheetRelsWriter.addRelationship({ Type: REL_TYPE.drawing, Target: `../drawings/${drawing}.xml` });
    tail += `<drawing r:id="${rId}"/>`;
  }
  if (tableIds.length > 0) {
    const parts = tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("");
    tail += `<tableParts count="${tableIds.length}">${parts}</tableParts>`;
  }
  return tail;
}

/** Where a chart that is not drawn stands in as a note (renderXlsx writes the same). */
function fallbackNotes(sheet: SheetPlan): Map<number, Map<number, string>> {
  const notes = new Map<number, Map<number, string>>();
  for (const chart of sheet.charts ?? ([] as ChartPlan[])) {
    if (chart.fallbackNote === undefined || drawsNatively(chart)) continue;
    const row = notes.get(chart.anchor.row) ?? new Map<number, string>();
    row.set(chart.anchor.col, chart.fallbackNote);
    notes.set(chart.anchor.row, row);
  }
  return notes;
}

async function writeSheet(
  writer: PlanWorkbookWriter,
  sheet: SheetPlan,
  names: ReadonlyMap<string, string>,
  counters: PartCounters,
  rawRows: boolean,
  counts: { raw: number; viaExcelJs: number },
): Promise<void> {
  const writerInternals = writer as unknown as WriterInternals;
  const name = names.get(sheet.key) as string;
  const layout = recordLayout(sheet, name);
  const ws = writer.addWorksheet(name, {
    properties: { ...(sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {}), ...layout.properties },
    pageSetup: layout.pageSetup,
    views: layout.views,
  });
  for (const [col, props] of layout.columns) Object.assign(ws.getColumn(col), props);
  const internals = ws as unknown as SheetWriterInternals;

  const tables = sheet.tables ?? [];
  const layers = layersOf(sheet);
  const layersAt = layerSweep(layers);
  const notes = fallbackNotes(sheet);
  const shared = new Map<string, Partial<ExcelJS.Style>>(); // layer list → one style object, as renderXlsx
  const last = maxRowOf(sheet, layers, layout);

  for (let r = 0; r <= last; r++) {
    // The row's values as renderXlsx leaves them: blocks in plan order (a later non-null cell wins),
    // table cells from the last block that writes them (null included), headers from the table.
    const values = new Map<number, ExcelJS.CellValue>();
    const tableCells = new Map<number, PlanCell>();
    for (const block of sheet.blocks) {
      const cells = block.cells[r - block.at.row];
      if (cells === undefined) continue;
      cells.forEach((cell, j) => {
        const c = block.at.col + j;
        if (tables.some((t) => inside(t.range, r, c))) tableCells.set(c, cell);
        else if (cell !== null) values.set(c, cellValue(cell, names));
      });
    }
    for (const table of tables) {
      const { top, left, bottom, right } = table.range;
      if (r === top) table.headers.forEach((header, j) => values.set(left + j, cellValue(header, names)));
      else if (r > top && r <= bottom)
        for (let c = left; c <= right; c++) {
          const cell = tableCells.get(c);
          values.set(c, cell === undefined ? null : cellValue(cell, names));
        }
    }
    const rowNotes = notes.get(r);

    // Formats per column, in plan order.
    const active = layersAt(r);
    const formatsAt = new Map<number, number[]>();
    for (const index of active) {
      const { left, right } = layers[index].range;
      for (let c = left; c <= right; c++) {
        const list = formatsAt.get(c);
        if (list === undefined) formatsAt.set(c, [index]);
        else list.push(index);
      }
    }

    const height = layout.heights.get(r);
    if (values.size === 0 && formatsAt.size === 0 && rowNotes === undefined && height === undefined) continue;
    if (rawRows && internals.startedData && rowNotes === undefined && height === undefined) {
      const cols = [...new Set([...values.keys(), ...formatsAt.keys()])].sort((a, b) => a - b);
      const styleAt = (c: number) => {
        const list = formatsAt.get(c);
        return list === undefined ? UNSTYLED : shared.get(comboKey(layers, list));
      };
      const xml = rawRowXml(r + 1, values, styleAt, cols, writerInternals);
      if (xml !== undefined) {
        counts.raw++;
        internals._write(xml);
        internals._rowZero = r + 2;
        if (r % ROWS_PER_CHECK === 0) await zipCaughtUp(internals);
        continue;
      }
    }
    counts.viaExcelJs++;
    const row = ws.getRow(r + 1);
    for (const [c, value] of values) {
      const cell = row.getCell(c + 1);
      cell.value = value;
      // ExcelJS gives each new cell a style object of its own and finds a style's id by object, else
      // by serializing it: one shared empty style spares the serializing (~0.4 s for 28,800 history
      // rows). Cells that get formats below are given their own object first; nothing mutates this one.
      if (!formatsAt.has(c) && rowNotes?.has(c) !== true) cell.style = UNSTYLED;
    }
    for (const [c, note] of rowNotes ?? []) {
      const cell = row.getCell(c + 1);
      cell.value = note;
      cell.font = { italic: true, color: { argb: "FF595959" } };
    }
    for (const [c, list] of formatsAt) {
      const cell = row.getCell(c + 1);
      // A cell styled already (a chart's fallback note) keeps an object of its own.
      const own = rowNotes?.has(c) ?? false;
      const combo = comboKey(layers, list);
      const style = own ? undefined : shared.get(combo);
      if (style !== undefined) {
        cell.style = style;
        continue;
      }
      for (const index of list) layers[index].apply(cell);
      if (!own) shared.set(combo, cell.style);
    }
    if (height !== undefined) row.height = height;
    // The streaming writer skips a row without values; renderXlsx keeps styled empty cells (the
    // blank rows people type into keep their formats).
    if (!row.hasValues && row.cellCount > 0) Object.defineProperty(row, "hasValues", { value: true });
    row.commit();
    // Plans have no shared formulas (cellValue writes each formula whole), so nothing looks a formula
    // up again; ExcelJS would otherwise keep every formula cell of the sheet until it is done.
    internals._formulae = {};
    if (r % ROWS_PER_CHECK === 0) await zipCaughtUp(internals);
  }

  addValidations(ws, sheet.validations ?? []);
  addConditionalFormats(ws, sheet.conditionalFormats ?? [], names);

  const tail = sheetParts(writer, internals, sheet, name, counters);
  if (tail !== "") {
    const close = internals._writeCloseWorksheet.bind(internals);
    internals._writeCloseWorksheet = () => {
      internals._write(tail);
      close();
    };
  }
  internals.commit();
}

/**
 * Writes the plan's workbook as .xlsx to `out` (a file stream, or any Writable); resolves once the
 * last byte is handed to it. The same workbook as renderXlsx, charts included.
 */
export async function streamXlsx(plan: WorkbookPlan, out: Writable, options: StreamOptions = {}): Promise<void> {
  const date = options.date ?? new Date();
  const creator = options.creator ?? "Cross-Border KPI";
  const writer = new PlanWorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    creator,
    lastModifiedBy: creator,
    created: date,
    modified: date,
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  writer.title = plan.title;

  const names = sheetNames(plan);
  const counters: PartCounters = { table: 0, drawing: 0, chart: 0 };
  const counts = options.counts ?? { raw: 0, viaExcelJs: 0 };
  for (const sheet of plan.sheets) await writeSheet(writer, sheet, names, counters, options.rawRows !== false, counts);
  addNamedRanges(writer.definedNames, plan, names);
  await writer.commit();
}
