/**
 * What we put in a `range.values` / `range.formulas` array for one plan cell.
 *
 * Excel parses a string written through the API as if a user had typed it: "=1+1", "+1", "-2" and
 * "@SUM(A1)" become formulas, "00123" becomes 123, "1/2" and "Jan 5" become dates, "TRUE" a boolean,
 * "#N/A" an error. The plan's rule is that a string is ALWAYS text (a person's name must never run as a
 * formula — CSV/formula injection — nor silently turn into a number), so such strings get a leading
 * apostrophe, exactly what a user types to force text. Excel keeps the apostrophe out of the value (it
 * sets the cell's quote-prefix flag): the cell's value is the original string, formulas and lookups
 * see it unchanged.
 *
 * Why not the "@" (Text) number format instead: it needs a second write per range that must land
 * before the values and fights the plan's own number formats; it keeps the whole cell in text mode
 * for later user input; and it is invisible in the payload, so a wrong order silently yields a
 * formula. The apostrophe is per cell, in the same write, and costs one character.
 *
 * We prefix only strings Excel might reinterpret (leading = + - @ ' # or whitespace before them,
 * anything with a digit — numbers, dates, times, fractions —, and TRUE/FALSE), so ordinary text
 * ("Alice", "张伟", "ops") stays free of the prefix in the formula bar.
 */
import { isFormulaCell, type PlanCell } from "../../plan/types";

/** What Office.js accepts in a 2-D write. */
export type OfficeCellInput = string | number | boolean;

const LEADING_SPECIAL = /^\s*[=+\-@'#]/;
const HAS_DIGIT = /\d/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return LEADING_SPECIAL.test(text) || HAS_DIGIT.test(text) || BOOLEAN_WORD.test(text);
}

/** A string as a literal text input: never parsed as a formula, number, date or boolean. */
export function textInput(text: string): string {
  return needsTextPrefix(text) ? `'${text}` : text;
}

/**
 * A plan literal as an Office input. null is an empty cell ("" clears; null in an API array would mean
 * "leave unchanged"). A non-finite number cannot be written: it becomes an empty cell and the caller
 * reports it.
 */
export function literalInput(value: Exclude<PlanCell, object> | null, onInvalid?: () => void): OfficeCellInput {
  if (value === null) return "";
  if (typeof value === "string") return textInput(value);
  if (typeof value === "number" && !Number.isFinite(value)) {
    onInvalid?.();
    return "";
  }
  return value;
}

/** A plan formula (no leading "=") as an Office formula input, after `rewrite` resolved its references. */
export function formulaInput(formula: string, rewrite: (formula: string) => string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=${rewrite(body)}`;
}

export function cellInput(
  cell: PlanCell,
  rewrite: (formula: string) => string,
  onInvalid?: () => void,
): OfficeCellInput {
  return isFormulaCell(cell) ? formulaInput(cell.formula, rewrite) : literalInput(cell, onInvalid);
}
