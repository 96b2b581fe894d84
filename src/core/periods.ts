/**
 * Scorecard periods (`YYYY-MM` or `YYYY-Qn`, DESIGN §3) as spans of months, so that the monthly
 * cycle (DESIGN §9) can tell whether last period's workbook really comes before this one.
 */

const PERIOD = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

/** A period as its first and last month, counted from year 0 (2026-10 → 2026 × 12 + 9 twice). */
export interface PeriodSpan {
  first: number;
  last: number;
}

/** The months a period covers, or undefined when it is not `YYYY-MM` / `YYYY-Qn`. */
export function periodSpan(period: string): PeriodSpan | undefined {
  const m = PERIOD.exec(period);
  if (m === null) return undefined;
  const year = Number(m[1]) * 12;
  if (m[2] !== undefined) {
    const month = year + Number(m[2]) - 1;
    return { first: month, last: month };
  }
  const q = Number(m[3]) - 1;
  return { first: year + 3 * q, last: year + 3 * q + 2 };
}

/**
 * Whether `earlier` ends before `later` begins: 2026-10 before 2026-11, 2026-Q3 before 2026-10, but
 * not 2026-11 before 2026-Q4 (the quarter holds November) nor a period before itself.
 */
export function periodBefore(earlier: string, later: string): boolean {
  const a = periodSpan(earlier);
  const b = periodSpan(later);
  return a !== undefined && b !== undefined && a.last < b.first;
}

/**
 * The last of `periods` (oldest first) before `current`: what a review compares with, so that a
 * history that already holds the open period (closed inside the workbook) is not compared with
 * itself. Periods periodSpan cannot read count as before unless they are `current` itself (case and
 * spaces aside). undefined when there is none.
 */
export function latestPeriodBefore(periods: readonly string[], current: string): string | undefined {
  const key = (p: string) => p.trim().toLowerCase();
  const readable = periodSpan(current) !== undefined;
  return periods
    .filter((p) => (readable && periodSpan(p) !== undefined ? periodBefore(p, current) : key(p) !== key(current)))
    .at(-1);
}
