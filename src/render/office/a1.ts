/**
 * A1 addresses for the plan's zero-based coordinates. We address ranges with `worksheet.getRange(a1)`
 * (ExcelApi 1.1) rather than `getRangeByIndexes` (ExcelApi 1.7) so that plain writes work on the
 * manifest's baseline.
 */
import type { CellRef, RangeRef } from "../../plan/types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(cell: CellRef): string {
  return `${columnLetters(cell.col)}${cell.row + 1}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress({ row: range.top, col: range.left });
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${cellAddress({ row: range.bottom, col: range.right })}`;
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
