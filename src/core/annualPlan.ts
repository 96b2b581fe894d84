/**
 * Annual plan → month → person (DESIGN §9): an annual target, given outright or as last year ×
 * (1 + growth), is phased into rounded month targets (phasing.ts `phaseRounded`), and a person's KPI
 * with a `share` takes that share of the period's target: the month's, or a quarter's three months
 * summed, rounded to whole units like the month targets (DESIGN §3).
 */
import type { KpiDef } from "./catalog/kpiDef";
import { roundHalfAway } from "./phasing";
import type { Unit } from "./types";

/** An annual target as the config gives it. */
export type AnnualTarget = number | { lastYear: number; growth: number };

/** The annual value: the number given, or last year × (1 + growth), as the sheet's formula computes it. */
export function annualValue(t: AnnualTarget): number {
  return typeof t === "number" ? t : t.lastYear * (1 + t.growth);
}

/** Units whose month values add up to the year's: money and counts. */
const ADDITIVE_UNITS: readonly Unit[] = ["currency", "count"];

/**
 * Currency KPIs that are averages per order or per click, not totals: twelve months of AOV do not add
 * up to a yearly AOV, so an annual AOV cannot be split by month.
 */
export const PER_UNIT_AVERAGES: readonly string[] = ["aov", "cpc"];

/** Whether an annual target of this KPI can be phased into months: an additive total, not a gate. */
export function isPhasable(def: KpiDef): boolean {
  return !def.gate && ADDITIVE_UNITS.includes(def.unit) && !PER_UNIT_AVERAGES.includes(def.id);
}

/**
 * The months (0 = January) a period covers: `YYYY-MM` one month, `YYYY-Qn` its three months;
 * anything else none.
 */
export function periodMonths(period: string): number[] {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return [Number(month[1]) - 1];
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = 3 * (Number(quarter[1]) - 1);
    return [first, first + 1, first + 2];
  }
  return [];
}

/**
 * A person's target: share × the period's target (its months' rounded targets summed), rounded to whole
 * units half away from zero, as the sheet's ROUND(share × month, 0).
 */
export function shareTarget(share: number, monthTargets: readonly number[], months: readonly number[]): number {
  let period = 0;
  for (const m of months) period += monthTargets[m];
  return roundHalfAway(share * period);
}
