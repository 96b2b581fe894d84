/**
 * Metric totals over records (DESIGN §8 "Metrics per file"): additive values summed, order ids
 * counted once. The same function totals a whole file for `import` and a person's share of it for
 * the actuals, so the two cannot disagree.
 */
import type { Platform } from "../core/types";
import type { DistinctMetric, Metric, ParsedReport, ReportRecord, Totals } from "./types";

/** Drops the binary noise of summing decimals (0.1 + 0.2) without touching a real digit. */
export function tidy(x: number): number {
  return Number(x.toPrecision(15));
}

export function totalsOf(records: readonly ReportRecord[]): Totals {
  const sums: Totals = {};
  const keys = new Map<DistinctMetric, Set<string>>();
  // for…in, not Object.entries: no array per record (a 200,000-line file is totalled once per person).
  for (const r of records) {
    const values = r.values as Record<Metric, number>;
    for (const metric in values) {
      const m = metric as Metric;
      sums[m] = (sums[m] ?? 0) + values[m];
    }
    if (r.distinct) {
      const distinct = r.distinct as Record<DistinctMetric, string>;
      for (const metric in distinct) {
        const m = metric as DistinctMetric;
        let set = keys.get(m);
        if (set === undefined) keys.set(m, (set = new Set<string>()));
        set.add(distinct[m]);
      }
    }
  }
  const out: Totals = {};
  for (const [metric, v] of Object.entries(sums) as [Metric, number][]) out[metric] = tidy(v);
  for (const [metric, set] of keys) out[metric] = (out[metric] ?? 0) + set.size;
  return out;
}

/** All Orders counts orders and cancellations by id: both exist (maybe 0) whenever the file has lines. */
export function withDistinctZeros(report: Pick<ParsedReport, "kind">, totals: Totals): Totals {
  if (report.kind !== "amazon_all_orders") return totals;
  return { orders: 0, cancelled_orders: 0, ...totals };
}

/** The marketplaces a report's records name (after labelling), in first-seen order. */
export function marketplacesOf(records: readonly ReportRecord[]): Platform[] {
  const seen: Platform[] = [];
  for (const r of records) if (r.marketplace !== null && !seen.includes(r.marketplace)) seen.push(r.marketplace);
  return seen;
}
