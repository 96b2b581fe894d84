/**
 * A1 addresses for the formulas planners write. Plan coordinates are zero-based; A1 is one-based.
 */
import type { RangeRef } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Zero-based column index → letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = LETTERS[rem] + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A relative A1 address of a zero-based cell: (1, 0) → "A2". */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** An absolute A1 address: (1, 0) → "$A$2". */
export function a1Abs(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}

/** An absolute A1 range: "$A$2:$A$9". */
export function rangeAbs(r: RangeRef): string {
  return `${a1Abs(r.top, r.left)}:${a1Abs(r.bottom, r.right)}`;
}

/** A relative A1 range: "A2:C9". */
export function rangeA1(r: RangeRef): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

export function range(top: number, left: number, bottom: number, right: number): RangeRef {
  return { top, left, bottom, right };
}

/** A string literal inside a formula: quotes doubled, as Excel and LibreOffice expect. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Excel's date serial (1900 system) of an ISO yyyy-mm-dd date: 2025-01-01 → 45658 (core `excelSerial`). */
export { excelSerial as excelDateSerial } from "../core/calendar";
