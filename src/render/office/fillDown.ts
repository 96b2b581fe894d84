/**
 * Rows that repeat one formula row, written once and filled down (Range.autoFill "FillCopy",
 * ExcelApi 1.9) instead of sent cell by cell. A scorecard is thousands of rows of the same formulas
 * with the row number moved on; as 2-D arrays they were megabytes per request (a 500-person zh-CN
 * team filled two requests to 4.3 of 4.5 MB), filled down they are a few hundred bytes a column.
 *
 * Filling down moves every relative row reference by the distance from the first row, as dragging the
 * fill handle does. A run is only used when that is exactly what the plan holds: each row equals the
 * run's first row with its relative row references moved on (`shiftRows`), cell for cell, literals
 * equal. Where our reading of a formula were wrong, the rows would not match it and the plain writes
 * are used, so the check can make a write larger, never different.
 */
import type { OfficeCellInput } from "./cellInput";

/** Fewer rows than this are cheaper written out than as a head row plus a fill command. */
export const MIN_FILL_ROWS = 4;

/**
 * A1 cell references outside string literals and quoted sheet names: optional "$", 1–3 letters,
 * optional "$", row digits; not part of a longer name (letters, digits, "_", "." before; a letter,
 * digit, "_", "(" or "!" after: LOG10(, Sheet1!, tbl2x are not references).
 */
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/** A formula split once at its relative row numbers, to move them on or to test a row against it. */
interface RowShifter {
  /** the formula with each relative row number moved on by `rows` */
  shifted(rows: number): string;
  /** `text` is shifted(rows), tested piece by piece without building it */
  matches(text: string, rows: number): boolean;
}

export function compile(formula: string): RowShifter {
  const pieces: string[] = [];
  const rowsAt: number[] = [];
  let last = 0;
  for (const m of formula.matchAll(TOKENS)) {
    const [token, colAbs, col, rowAbs, row] = m;
    if (col === undefined || row === undefined || rowAbs === "$") continue;
    pieces.push(formula.slice(last, m.index) + colAbs + col + rowAbs);
    rowsAt.push(Number(row));
    last = (m.index as number) + token.length;
  }
  const tail = formula.slice(last);
  return {
    shifted(rows) {
      let out = "";
      for (let i = 0; i < pieces.length; i++) out += pieces[i] + (rowsAt[i] + rows);
      return out + tail;
    },
    matches(text, rows) {
      let at = 0;
      for (let i = 0; i < pieces.length; i++) {
        if (!text.startsWith(pieces[i], at)) return false;
        at += pieces[i].length;
        const number = String(rowsAt[i] + rows);
        if (!text.startsWith(number, at)) return false;
        at += number.length;
      }
      return text.length === at + tail.length && text.endsWith(tail);
    },
  };
}

/** The formula with every relative row reference moved down by `rows` (absolute rows and columns stay). */
export function shiftRows(formula: string, rows: number): string {
  return rows === 0 ? formula : compile(formula).shifted(rows);
}

function isFormula(cell: OfficeCellInput): cell is string {
  return typeof cell === "string" && cell.startsWith("=");
}

/** Tests whether a row is `head` filled down `distance` rows, with `head`'s formulas compiled once. */
function filledFrom(head: readonly OfficeCellInput[]): (next: readonly OfficeCellInput[], distance: number) => boolean {
  const shifted = head.map((cell) => (isFormula(cell) ? compile(cell) : undefined));
  return (next, distance) => {
    if (next.length !== head.length) return false;
    for (let c = 0; c < head.length; c++) {
      const shift = shifted[c];
      const cell = next[c];
      if (shift ? typeof cell !== "string" || !shift.matches(cell, distance) : cell !== head[c]) return false;
    }
    return true;
  };
}

/**
 * Maximal runs [start, end) of at least MIN_FILL_ROWS rows, each row its run's first row filled down,
 * the first row holding a formula. Rows in no run are left to the plain writes.
 */
export function fillRuns(rows: readonly (readonly OfficeCellInput[])[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  while (start < rows.length) {
    const head = rows[start];
    let end = start + 1;
    if (head.some(isFormula)) {
      const matches = filledFrom(head);
      while (end < rows.length && matches(rows[end], end - start)) end++;
    }
    if (end - start >= MIN_FILL_ROWS) {
      runs.push([start, end]);
      start = end;
    } else start++;
  }
  return runs;
}
