/**
 * Formula fragments shared by the sheets that compute attainment (Scorecard, Template), so that the
 * rule of DESIGN §3 is written once in sheet form, next to its TypeScript twin in core/scoring.
 * Arguments are A1 expressions (cell addresses or small expressions).
 */

/**
 * TRUE when the target can be scored: a number target with higher and t > 0, or lower and t ≥ 0
 * (not a number, an unknown polarity, higher with t ≤ 0 or lower with t < 0 cannot).
 */
export function validTargetExpr(polarity: string, target: string): string {
  return `AND(ISNUMBER(${target}),IF(${polarity}="higher",${target}>0,AND(${polarity}="lower",${target}>=0)))`;
}

/** The effective cap: the row's own cap when it is a number, else kpi_cap, and none (1E+307) when that is blank. */
export function capExpr(rowCap: string | null): string {
  const global = "IF(ISNUMBER(kpi_cap),kpi_cap,1E+307)";
  return rowCap === null ? global : `IF(ISNUMBER(${rowCap}),${rowCap},${global})`;
}

/** higher a/t, lower 2 − a/t (target 0: 1 when a ≤ 0, else 0); only ever evaluated for a valid target. */
function rawAttainmentExpr(polarity: string, target: string, actual: string): string {
  return `IF(${polarity}="higher",${actual}/${target},IF(${target}=0,IF(${actual}<=0,1,0),2-${actual}/${target}))`;
}

/**
 * Attainment: 0 for an invalid target or a blank actual; else higher a/t, lower 2 − a/t (target 0:
 * 1 when a ≤ 0, else 0), floored at 0 and capped. IF evaluates only its chosen branch in both Excel
 * and LibreOffice, so a/t never sees a zero target.
 */
export function attainmentExpr(polarity: string, target: string, actual: string, cap: string): string {
  return attainmentOfValidExpr(validTargetExpr(polarity, target), polarity, target, actual, cap);
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
): string {
  return `IF(AND(${valid},ISNUMBER(${actual})),MAX(0,MIN(${cap},${rawAttainmentExpr(polarity, target, actual)})),0)`;
}

/**
 * TRUE when `actual` is on the passing side of `target` by the comparator in `rule` (`<`, `<=`, `>`,
 * `>=`; core/scoring gatePasses): Amazon's limits are strict, Mercado Libre's and Walmart's inclusive.
 * A blank or unknown rule is the polarity's inclusive one (≤ for lower, ≥ otherwise).
 */
export function gateRuleExpr(rule: string, polarity: string, actual: string, target: string): string {
  return (
    `IF(${rule}="<",${actual}<${target},IF(${rule}=">",${actual}>${target},` +
    `IF(OR(${rule}="<=",AND(${rule}<>">=",${polarity}="lower")),${actual}<=${target},${actual}>=${target})))`
  );
}
