/**
 * Readable, printable sheets (DESIGN §6): column widths that fit the formatted values, row heights
 * for wrapped text and a print layout on every sheet, worked out from the plan itself so that every
 * planner gets them and no planner guesses a width for a currency it does not know.
 *
 * Widths are in Excel's character unit (the width of "0" in the default font); a number wider than
 * its cell prints as ###. Measured in LibreOffice without Carlito (DejaVu Sans stands in for
 * Calibri) on a 30-wide column: 30 digits, 33 characters of "#,##0.00", 36 of Spanish text and 18
 * Chinese characters fit. Calibri's lowercase is about 0.85 of a digit and a Chinese character two.
 * The factors below sit a little above both, so a width that fits here fits in Excel.
 */
import { formatNumber } from "./numberText";
import type { NumberFormatRange, PlanCell, PrintLayout, RangeRef, SheetPlan, StyledRange, WorkbookPlan } from "./types";
import { isFormulaCell } from "./types";

/** Landscape, one page wide, as tall as it needs: the default of every wide sheet. */
export const PRINT_WIDE: PrintLayout = { orientation: "landscape", fitToWidth: true };

/** A printed width (in characters) that fits a portrait page at a readable scale. */
const PORTRAIT_MAX_CHARS = 90;
/** a formatted number's characters, in digit widths (see the header) */
const DIGIT_FACTOR = 1.1;
/** a narrow (Latin) character of text, in digit widths; a wide one counts 2 */
const NARROW_FACTOR = 0.9;
const BOLD_FACTOR = 1.1;
/** a cell's inner margins, in characters */
const PADDING = 1.5;
/** a table header's filter button */
const FILTER_BUTTON = 2.5;
/** text wider than this wraps in a column this wide instead of widening it further */
const TEXT_CAP = 60;
const MAX_WIDTH = 255;
/** a table header wider than its column's values wraps at this width rather than widen the column */
const HEADER_CAP = 16;
const LINE_POINTS = 15;
const CJK_LINE_POINTS = 17;

/** East Asian wide and full-width characters take two character cells. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** The printed width of one line of text in digit widths: narrow characters 0.9, wide ones 2. */
export function textUnits(line: string): number {
  let narrow = 0;
  let wide = 0;
  for (const ch of line) {
    if (isWide(ch.codePointAt(0) as number)) wide++;
    else narrow++;
  }
  return narrow * NARROW_FACTOR + wide * 2;
}

function hasWide(text: string): boolean {
  for (const ch of text) if (isWide(ch.codePointAt(0) as number)) return true;
  return false;
}

/** Lines of `text` wrapped in a column `width` characters wide (explicit line breaks included). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - PADDING);
  let lines = 0;
  for (const line of text.split(/\r?\n/)) lines += Math.max(1, Math.ceil(textUnits(line) / usable));
  return lines;
}

function cellShown(cell: PlanCell | undefined): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (isFormulaCell(cell)) return cell.result ?? null;
  return cell;
}

const monotoneFormats = new Map<string, boolean>();

/**
 * Whether a number's printed width under `format` only grows with its size (fixed decimals, percent,
 * thousands, literals; not General, whose decimals vary, nor optional `#` decimals). Then only the
 * largest value of each sign in a column needs formatting: a 28,800-row history is 345,600 numbers.
 */
function widthGrowsWithSize(format: string): boolean {
  let known = monotoneFormats.get(format);
  if (known === undefined) {
    const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
    known =
      !/general/i.test(bare) &&
      !/[yd]/i.test(bare) &&
      !/m/i.test(bare.replace(/\[[^\]]*\]/g, "")) &&
      !/\.[0?]*#/.test(bare) &&
      !/\.[0#]*\?/.test(bare) &&
      !/[eE][+-]/.test(bare);
    monotoneFormats.set(format, known);
  }
  return known;
}

function inRange(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** The printed width of `area` in characters (no area: nothing to print). */
function areaWidth(widths: Record<number, number>, area: RangeRef | undefined): number {
  let sum = 0;
  if (area) for (let c = area.left; c <= area.right; c++) sum += widths[c] ?? 8.43;
  return sum;
}

/**
 * The sheet with widths that fit what it shows, heights for its wrapped rows and a print layout.
 * Planned widths are minimums; text that would overflow into an empty neighbour (titles, notes)
 * does not widen its column; text wider than TEXT_CAP wraps.
 */
interface FormatSpan {
  top: number;
  bottom: number;
  format: string;
}

/** The last span of `spans` (sorted by top, disjoint) that holds `row`, by binary search. */
function spanAt(spans: readonly FormatSpan[], row: number): FormatSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].top > row) hi = mid - 1;
    else if (spans[mid].bottom < row) lo = mid + 1;
    else return spans[mid];
  }
  return undefined;
}

/**
 * A cell's number format (the last planned format over it wins, as the renderers apply them), looked
 * up per column instead of from a map of every formatted cell (a history of 28,800 rows × 12 columns
 * made that map 345,600 entries). A column whose spans do not overlap (a history's run per KPI unit,
 * thousands of them) is searched by halves; one whose spans overlap, newest first.
 */
function formatLookup(formats: readonly NumberFormatRange[]): (row: number, col: number) => string | undefined {
  const byCol = new Map<number, FormatSpan[]>();
  for (const nf of formats)
    for (let col = nf.range.left; col <= nf.range.right; col++) {
      const span = { top: nf.range.top, bottom: nf.range.bottom, format: nf.format };
      const list = byCol.get(col);
      if (list === undefined) byCol.set(col, [span]);
      else list.push(span);
    }
  const lookups = new Map<number, (row: number) => FormatSpan | undefined>();
  for (const [col, planned] of byCol) {
    const sorted = [...planned].sort((a, b) => a.top - b.top);
    const disjoint = sorted.every((s, i) => i === 0 || s.top > sorted[i - 1].bottom);
    const newestFirst = [...planned].reverse();
    lookups.set(
      col,
      disjoint ? (row) => spanAt(sorted, row) : (row) => newestFirst.find((f) => row >= f.top && row <= f.bottom),
    );
  }
  return (row, col) => lookups.get(col)?.(row)?.format;
}

export function laidOut(sheet: SheetPlan): SheetPlan {
  const formatAt = formatLookup(sheet.numberFormats ?? []);
  // Text widths by string: a long table repeats its names, ids and periods row after row.
  const unitsOf = new Map<string, number>();
  const lineUnits = (text: string): number => {
    let units = unitsOf.get(text);
    if (units === undefined) {
      units = Math.max(...text.split(/\r?\n/).map(textUnits));
      unitsOf.set(text, units);
    }
    return units;
  };
  const wrapRanges = (sheet.styles ?? []).filter((s) => s.style.wrap === true).map((s) => s.range);
  const headerRows = new Set((sheet.tables ?? []).map((t) => t.range.top));
  const isHeader = (row: number, col: number): boolean =>
    headerRows.has(row) && (sheet.tables ?? []).some((t) => t.range.top === row && inRange(t.range, row, col));

  const need: Record<number, number> = {};
  const headers: { row: number; col: number; text: string; width: number }[] = [];
  const wrapped: { row: number; col: number; text: string; lessWidth?: number }[] = [];
  const autoWrap: StyledRange[] = [];
  /** per column, format and sign: the value of largest size (see widthGrowsWithSize) */
  const largest = new Map<number, Map<string, { col: number; format: string; value: number }>>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) => {
      const row = block.at.row + i;
      cells.forEach((cell, j) => {
        const value = cellShown(cell);
        if (value === null || value === "") return;
        const col = block.at.col + j;
        let width: number;
        if (typeof value === "number") {
          const format = formatAt(row, col) ?? "General";
          if (widthGrowsWithSize(format) && Number.isFinite(value)) {
            // keyed by column and sign, then format: no key string built per cell
            const k = value < 0 ? -1 - col : col;
            let byFormat = largest.get(k);
            if (byFormat === undefined) largest.set(k, (byFormat = new Map()));
            const top = byFormat.get(format);
            if (top === undefined) byFormat.set(format, { col, format, value });
            else if (Math.abs(value) > Math.abs(top.value)) top.value = value;
            return;
          }
          width = formatNumber(value, format).length * DIGIT_FACTOR;
        } else if (typeof value === "boolean") {
          width = 5;
        } else {
          if (wrapRanges.some((r) => inRange(r, row, col))) {
            wrapped.push({ row, col, text: value });
            return;
          }
          const header = isHeader(row, col);
          const next = cells[j + 1];
          // text beside an empty cell overflows into it (titles, notes), except in a table, whose cells clip
          const inTable = (sheet.tables ?? []).some((t) => inRange(t.range, row, col));
          if (!header && !inTable && (next === undefined || next === null) && !value.includes("\n")) return;
          width = lineUnits(value) * (header ? BOLD_FACTOR : 1);
          if (header) {
            // sized once the values' widths are known (below)
            headers.push({ row, col, text: value, width: width + FILTER_BUTTON + PADDING });
            return;
          }
          if (width > TEXT_CAP) {
            wrapped.push({ row, col, text: value });
            autoWrap.push({ range: { top: row, left: col, bottom: row, right: col }, style: { wrap: true } });
            width = TEXT_CAP;
          }
        }
        need[col] = Math.max(need[col] ?? 0, width + PADDING);
      });
    });
  }

  for (const { col, format, value } of [...largest.values()].flatMap((m) => [...m.values()])) {
    const width = formatNumber(value, format).length * DIGIT_FACTOR;
    need[col] = Math.max(need[col] ?? 0, width + PADDING);
  }

  // A header as wide as the widest of its values, of HEADER_CAP and of its planned width; longer, it wraps
  // (a column of 2-digit weights under "Ponderación del KPI" stays narrow, its header on two lines).
  for (const h of headers) {
    const room = Math.max(need[h.col] ?? 0, HEADER_CAP, sheet.columnWidths?.[h.col] ?? 0);
    need[h.col] = Math.max(need[h.col] ?? 0, Math.min(h.width, room));
    if (h.width > room) {
      wrapped.push({ row: h.row, col: h.col, text: h.text, lessWidth: FILTER_BUTTON });
      autoWrap.push({ range: { top: h.row, left: h.col, bottom: h.row, right: h.col }, style: { wrap: true } });
    }
  }

  const columnWidths: Record<number, number> = { ...sheet.columnWidths };
  for (const [col, width] of Object.entries(need)) {
    const c = Number(col);
    columnWidths[c] = Math.min(MAX_WIDTH, Math.max(columnWidths[c] ?? 0, Math.ceil(width)));
  }

  const rowHeights: Record<number, number> = { ...sheet.rowHeights };
  for (const { row, col, text, lessWidth } of wrapped) {
    const lines = wrappedLines(text, (columnWidths[col] ?? 8.43) - (lessWidth ?? 0));
    if (lines < 2) continue;
    const height = lines * (hasWide(text) ? CJK_LINE_POINTS : LINE_POINTS) + 3;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, height);
  }

  const planned = sheet.print;
  // the cells the plan writes (and its charts): a long note overflowing to the right does not widen the page
  const area = planned?.area ?? usedRange(sheet);
  const printed = areaWidth(columnWidths, area);
  const orientation = planned?.orientation ?? (printed > PORTRAIT_MAX_CHARS ? "landscape" : "portrait");
  const print: PrintLayout = {
    orientation,
    fitToWidth: planned?.fitToWidth ?? true,
    ...(area ? { area } : {}),
  };
  const repeat = planned?.repeatRows ?? repeatedRows(sheet);
  if (repeat) print.repeatRows = repeat;

  return {
    ...sheet,
    columnWidths,
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    ...(autoWrap.length > 0 ? { styles: [...(sheet.styles ?? []), ...autoWrap] } : {}),
    print,
  };
}

function usedRange(sheet: SheetPlan): RangeRef | undefined {
  let bottom = -1;
  let right = -1;
  for (const b of sheet.blocks) {
    if (b.cells.length === 0) continue;
    bottom = Math.max(bottom, b.at.row + b.cells.length - 1);
    right = Math.max(right, b.at.col + Math.max(0, ...b.cells.map((r) => r.length)) - 1);
  }
  for (const t of sheet.tables ?? []) {
    bottom = Math.max(bottom, t.range.bottom);
    right = Math.max(right, t.range.right);
  }
  for (const c of sheet.charts ?? []) {
    bottom = Math.max(bottom, c.anchor.row + c.heightRows - 1);
    right = Math.max(right, c.anchor.col + c.widthCols - 1);
  }
  return bottom < 0 || right < 0 ? undefined : { top: 0, left: 0, bottom, right };
}

/** The rows repeated on every printed page: a table's header in the frozen rows, else the frozen rows. */
function repeatedRows(sheet: SheetPlan): { first: number; last: number } | undefined {
  const frozen = sheet.freeze?.rows ?? 0;
  if (frozen === 0) return undefined;
  const header = (sheet.tables ?? []).find((t) => t.range.top === frozen - 1);
  return header ? { first: header.range.top, last: header.range.top } : { first: 0, last: frozen - 1 };
}

/** Every sheet of the workbook laid out. */
export function layOutWorkbook(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map(laidOut) };
}
