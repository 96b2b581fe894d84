/**
 * A1 addresses for the plan's zero-based coordinates. We address ranges with `worksheet.getRange(a1)`
 * (ExcelApi 1.1) rather than `getRangeByIndexes` (ExcelApi 1.7) so that plain writes work on the
 * manifest's baseline.
 */
import { a1, colLetter, rangeA1 } from "../../plan/a1";
import type { CellRef, RangeRef } from "../../plan/types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export const columnLetters = colLetter;

export function cellAddress(cell: CellRef): string {
  return a1(cell.row, cell.col);
}

/** "B2" for a single cell, else "A1:K6001". */
export function rangeAddress(range: RangeRef): string {
  if (range.top === range.bottom && range.left === range.right) return a1(range.top, range.left);
  return rangeA1(range);
}

/** The rectangle `rows` × `cols` whose top-left corner is `at`. */
export function rangeFrom(at: CellRef, rows: number, cols: number): RangeRef {
  return { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + cols - 1 };
}

export function rangeRows(range: RangeRef): number {
  return range.bottom - range.top + 1;
}

export function rangeCols(range: RangeRef): number {
  return range.right - range.left + 1;
}

/** "C:C" — a whole column, for column widths. */
export function columnAddress(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}
