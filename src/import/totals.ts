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

/**
 * A file's distinct keys as small numbers, per metric and record (-1: the record adds none), worked
 * out once per file and kept while its records are: counting a person's orders is then marking
 * numbers, not hashing order ids again for every person (scripts/bench-import.ts).
 */
interface DistinctIds {
  ids: Partial<Record<DistinctMetric, Int32Array>>;
  sizes: Partial<Record<DistinctMetric, number>>;
}

const distinctCache = new WeakMap<readonly ReportRecord[], DistinctIds>();

function distinctIds(records: readonly ReportRecord[]): DistinctIds {
  const cached = distinctCache.get(records);
  if (cached !== undefined) return cached;
  const out: DistinctIds = { ids: {}, sizes: {} };
  const numbers = new Map<DistinctMetric, Map<string, number>>();
  for (let i = 0; i < records.length; i++) {
    const distinct = records[i].distinct as Record<DistinctMetric, string> | undefined;
    if (distinct === undefined) continue;
    for (const metric in distinct) {
      const m = metric as DistinctMetric;
      let ids = out.ids[m];
      let seen = numbers.get(m);
      if (ids === undefined || seen === undefined) {
        out.ids[m] = ids = new Int32Array(records.length).fill(-1);
        numbers.set(m, (seen = new Map()));
      }
      const key = distinct[m];
      let id = seen.get(key);
      if (id === undefined) seen.set(key, (id = seen.size));
      ids[i] = id;
    }
  }
  for (const [m, seen] of numbers) out.sizes[m] = seen.size;
  distinctCache.set(records, out);
  return out;
}

/**
 * `totalsOf` the records of one file at the given numbers (all when omitted), in that order: the
 * same sums in the same order, the same keys first seen in the same order, the same counts.
 */
export function totalsAt(records: readonly ReportRecord[], at?: readonly number[] | Int32Array): Totals {
  const { ids, sizes } = distinctIds(records);
  const sums: Totals = {};
  const marks = new Map<DistinctMetric, { seen: Uint8Array; count: number }>();
  const n = at === undefined ? records.length : at.length;
  for (let k = 0; k < n; k++) {
    const i = at === undefined ? k : at[k];
    const r = records[i];
    const values = r.values as Record<Metric, number>;
    for (const metric in values) {
      const m = metric as Metric;
      sums[m] = (sums[m] ?? 0) + values[m];
    }
    if (r.distinct) {
      for (const metric in r.distinct) {
        const m = metric as DistinctMetric;
        let mark = marks.get(m);
        if (mark === undefined) marks.set(m, (mark = { seen: new Uint8Array(sizes[m] ?? 0), count: 0 }));
        const id = (ids[m] as Int32Array)[i];
        if (mark.seen[id] === 0) {
          mark.seen[id] = 1;
          mark.count++;
        }
      }
    }
  }
  const out: Totals = {};
  for (const [metric, v] of Object.entries(sums) as [Metric, number][]) out[metric] = tidy(v);
  for (const [metric, { count }] of marks) out[metric] = (out[metric] ?? 0) + count;
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
