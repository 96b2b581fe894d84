/**
 * Formula fragments shared by the sheets that compute attainment (Scorecard, Template), so that the
 * rule of DESIGN §3 is written once in sheet form, next to its TypeScript twin in core/scoring.
 * Arguments are A1 expressions (cell addresses or small expressions).
 *
 * A sheet shows a polarity as a word of its language (越高越好, "mayor es mejor"; en-US "higher"),
 * and a person may also type the code ("higher", "lower"): `polarityWordsOrCodes` reads either. The
 * builders take a PolarityTest that says how their polarity argument is read: the Template passes its
 * polarity cells with that test; the Scorecard passes its "target valid" helper, which has read the
 * polarity once as a code (scorablePolarityExpr: 0 cannot be scored, 1 higher, 2 lower), with
 * SCORED_POLARITY. One read of the typed text per row keeps the 500 × 12 scorecard within the Office
 * renderer's request budget.
 */
import type { Lang } from "../core/types";
import { POLARITY_KEYS, translator } from "../i18n/messages";
import { formulaString } from "./a1";

/** Builds the test "this polarity expression means higher" (or lower) as a formula fragment. */
export interface PolarityTest {
  higher(polarity: string): string;
  lower(polarity: string): string;
}

/** The sheet's words for the two polarities. */
export interface PolarityWords {
  higher: string;
  lower: string;
}

export const POLARITY_CODES: PolarityWords = { higher: "higher", lower: "lower" };

/**
 * Word or code: `OR(p={"higher","越高越好"})` (an array constant: one reference to p; classic in
 * Excel and LibreOffice); just `p="higher"` where the word is the code (en-US).
 */
function wordOrCode(expr: string, word: string, code: string): string {
  return word.toLowerCase() === code
    ? `${expr}=${formulaString(code)}`
    : `OR(${expr}={${formulaString(code)},${formulaString(word)}})`;
}

/** Accepts the sheet's word or the code. */
export function polarityWordsOrCodes(words: PolarityWords): PolarityTest {
  return {
    higher: (p) => wordOrCode(p, words.higher, POLARITY_CODES.higher),
    lower: (p) => wordOrCode(p, words.lower, POLARITY_CODES.lower),
  };
}

const CODES_TEST = polarityWordsOrCodes(POLARITY_CODES);

/** Reads the code of scorablePolarityExpr: 1 higher, 2 lower. */
export const SCORED_POLARITY: PolarityTest = { higher: (p) => `${p}=1`, lower: (p) => `${p}=2` };

const factor = (test: string) => (test.startsWith("OR(") ? test : `(${test})`);

/**
 * validTargetExpr as a number: 1 for higher with a number target > 0, 2 for lower with a number
 * target ≥ 0, 0 when the target cannot be scored (not a number, an unknown polarity, higher with
 * t ≤ 0, lower with t < 0). Non-zero is TRUE to IF and AND, so it also serves as the validity.
 * ISNUMBER(t) counts 1 for a number and 0 for the "" a non-number target shows as (whose comparisons,
 * "" > 0 being TRUE, the product then ignores).
 */
export function scorablePolarityExpr(polarity: string, target: string, words: PolarityWords): string {
  const is = polarityWordsOrCodes(words);
  return `ISNUMBER(${target})*(${factor(is.higher(polarity))}*(${target}>0)+2*${factor(is.lower(polarity))}*(${target}>=0))`;
}

/** The sheet's words for higher and lower (messages: polarity.*). */
export function sheetPolarityWords(lang: Lang): PolarityWords {
  const t = translator(lang);
  return { higher: t(POLARITY_KEYS.higher), lower: t(POLARITY_KEYS.lower) };
}

/**
 * The polarity drop-down: the sheet's words, then the codes where they differ, so that a person who
 * types "lower" into a zh-CN or es-MX sheet is not turned away (the formulas read both).
 */
export function polarityList(lang: Lang): string[] {
  const w = sheetPolarityWords(lang);
  return [...new Set([w.higher, w.lower, POLARITY_CODES.higher, POLARITY_CODES.lower])];
}

/**
 * TRUE when the target can be scored: a number target with higher and t > 0, or lower and t ≥ 0
 * (not a number, an unknown polarity, higher with t ≤ 0 or lower with t < 0 cannot).
 */
export function validTargetExpr(polarity: string, target: string, is: PolarityTest = CODES_TEST): string {
  return `AND(ISNUMBER(${target}),IF(${is.higher(polarity)},${target}>0,AND(${is.lower(polarity)},${target}>=0)))`;
}

/** The effective cap: the row's own cap when it is a number, else kpi_cap, and none (1E+307) when that is blank. */
export function capExpr(rowCap: string | null): string {
  const global = "IF(ISNUMBER(kpi_cap),kpi_cap,1E+307)";
  return rowCap === null ? global : `IF(ISNUMBER(${rowCap}),${rowCap},${global})`;
}

/** higher a/t, lower 2 − a/t (target 0: 1 when a ≤ 0, else 0); only ever evaluated for a valid target. */
function rawAttainmentExpr(polarity: string, target: string, actual: string, is: PolarityTest): string {
  return `IF(${is.higher(polarity)},${actual}/${target},IF(${target}=0,IF(${actual}<=0,1,0),2-${actual}/${target}))`;
}

/**
 * Attainment: 0 for an invalid target or a blank actual; else higher a/t, lower 2 − a/t (target 0:
 * 1 when a ≤ 0, else 0), floored at 0 and capped. IF evaluates only its chosen branch in both Excel
 * and LibreOffice, so a/t never sees a zero target.
 */
export function attainmentExpr(
  polarity: string,
  target: string,
  actual: string,
  cap: string,
  is: PolarityTest = CODES_TEST,
): string {
  return attainmentOfValidExpr(validTargetExpr(polarity, target, is), polarity, target, actual, cap, is);
}

/**
 * Attainment given the target's validity (validTargetExpr) and the effective cap (capExpr), each as
 * an expression or as a cell that computes it: the scorecard passes its helper cells, a fraction of
 * the text; attainmentExpr passes the expressions.
 */
export function attainmentOfValidExpr(
  valid: string,
  polarity: string,
  target: string,
  actual: string,
  cap: string,
  is: PolarityTest = CODES_TEST,
): string {
  return `IF(AND(${valid},ISNUMBER(${actual})),MAX(0,MIN(${cap},${rawAttainmentExpr(polarity, target, actual, is)})),0)`;
}

/**
 * TRUE when `actual` is on the passing side of `target` by the comparator in `rule` (`<`, `<=`, `>`,
 * `>=`; core/scoring gatePasses): Amazon's limits are strict, Mercado Libre's and Walmart's inclusive.
 * A blank or unknown rule is the polarity's inclusive one (≤ for lower, ≥ otherwise).
 */
export function gateRuleExpr(
  rule: string,
  polarity: string,
  actual: string,
  target: string,
  is: PolarityTest = CODES_TEST,
): string {
  return (
    `IF(${rule}="<",${actual}<${target},IF(${rule}=">",${actual}>${target},` +
    `IF(OR(${rule}="<=",AND(${rule}<>">=",${is.lower(polarity)})),${actual}<=${target},${actual}>=${target})))`
  );
}
