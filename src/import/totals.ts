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

/**
 * Numbers distinct texts 0, 1, 2… in first-seen order. Open addressing in a table sized once for
 * the file (at most one key per record): a Map of 200,000 order ids grows and rehashes on the way,
 * and was most of the time it took to count a file's orders.
 */
class KeyNumbers {
  private readonly slots: Int32Array;
  /** each slot's hash, compared before the texts: most probes then touch no string */
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  number(key: string): number {
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const n = this.slots[slot];
      if (n === -1) {
        this.slots[slot] = this.keys.length;
        this.hashes[slot] = h;
        this.keys.push(key);
        return this.keys.length - 1;
      }
      if (this.hashes[slot] === h && this.keys[n] === key) return n;
    }
  }
}

function distinctIds(records: readonly ReportRecord[]): DistinctIds {
  const cached = distinctCache.get(records);
  if (cached !== undefined) return cached;
  const orders = new KeyNumbers(records.length);
  const cancelled = new KeyNumbers(records.length);
  const orderIds = new Int32Array(records.length).fill(-1);
  const cancelledIds = new Int32Array(records.length).fill(-1);
  for (let i = 0; i < records.length; i++) {
    const d = records[i].distinct;
    if (d === undefined) continue;
    if (d.orders !== undefined) orderIds[i] = orders.number(d.orders);
    if (d.cancelled_orders !== undefined) cancelledIds[i] = cancelled.number(d.cancelled_orders);
  }
  const out: DistinctIds = {
    ids: { orders: orderIds, cancelled_orders: cancelledIds },
    sizes: { orders: orders.size, cancelled_orders: cancelled.size },
  };
  distinctCache.set(records, out);
  return out;
}

/** The metrics in a fixed order: the index of each in a Float64Array of sums. */
const METRICS: readonly Metric[] = [
  "sessions",
  "page_views",
  "units",
  "sales",
  "orders",
  "ad_impressions",
  "ad_clicks",
  "ad_spend",
  "ad_sales",
  "ad_orders",
  "cancelled_orders",
  "shipped_units",
  "returned_units",
  "refunds",
  "fees",
  "net_total",
];
const METRIC_INDEX = new Map(METRICS.map((m, i) => [m, i]));

/**
 * Adds a record's values to `sums` (by METRICS index), one named read per metric: a for…in over
 * every record was most of a person's totals. True when the record holds a metric `met` has not
 * marked yet: the caller then reads that record's own key order, which decides the totals' order.
 */
/** sums[k] += x; true when metric k is not marked met yet. */
function plus(sums: Float64Array, met: Uint8Array, k: number, x: number): boolean {
  sums[k] += x;
  return met[k] === 0;
}

function addValues(v: Totals, sums: Float64Array, met: Uint8Array): boolean {
  let fresh = false;
  let x: number | undefined;
  if ((x = v.sessions) !== undefined && plus(sums, met, 0, x)) fresh = true;
  if ((x = v.page_views) !== undefined && plus(sums, met, 1, x)) fresh = true;
  if ((x = v.units) !== undefined && plus(sums, met, 2, x)) fresh = true;
  if ((x = v.sales) !== undefined && plus(sums, met, 3, x)) fresh = true;
  if ((x = v.orders) !== undefined && plus(sums, met, 4, x)) fresh = true;
  if ((x = v.ad_impressions) !== undefined && plus(sums, met, 5, x)) fresh = true;
  if ((x = v.ad_clicks) !== undefined && plus(sums, met, 6, x)) fresh = true;
  if ((x = v.ad_spend) !== undefined && plus(sums, met, 7, x)) fresh = true;
  if ((x = v.ad_sales) !== undefined && plus(sums, met, 8, x)) fresh = true;
  if ((x = v.ad_orders) !== undefined && plus(sums, met, 9, x)) fresh = true;
  if ((x = v.cancelled_orders) !== undefined && plus(sums, met, 10, x)) fresh = true;
  if ((x = v.shipped_units) !== undefined && plus(sums, met, 11, x)) fresh = true;
  if ((x = v.returned_units) !== undefined && plus(sums, met, 12, x)) fresh = true;
  if ((x = v.refunds) !== undefined && plus(sums, met, 13, x)) fresh = true;
  if ((x = v.fees) !== undefined && plus(sums, met, 14, x)) fresh = true;
  if ((x = v.net_total) !== undefined && plus(sums, met, 15, x)) fresh = true;
  return fresh;
}

/**
 * `totalsOf` the records of one file at the given numbers (all when omitted), in that order: the
 * same sums in the same order, the same keys first seen in the same order, the same counts.
 */
export function totalsAt(records: readonly ReportRecord[], at?: readonly number[] | Int32Array): Totals {
  const { ids, sizes } = distinctIds(records);
  const sums = new Float64Array(METRICS.length);
  const met = new Uint8Array(METRICS.length);
  // the summed metrics, then the counted ones, each in the order first met (what totalsOf's keys say)
  const summed: Metric[] = [];
  const counted: DistinctMetric[] = [];
  const orderIds = ids.orders as Int32Array;
  const cancelledIds = ids.cancelled_orders as Int32Array;
  const orderSeen = new Uint8Array(sizes.orders ?? 0);
  const cancelledSeen = new Uint8Array(sizes.cancelled_orders ?? 0);
  let orderCount = 0;
  let cancelledCount = 0;
  const n = at === undefined ? records.length : at.length;
  for (let k = 0; k < n; k++) {
    const i = at === undefined ? k : at[k];
    const r = records[i];
    if (addValues(r.values, sums, met)) {
      for (const metric in r.values) {
        const m = METRIC_INDEX.get(metric as Metric) as number;
        if (met[m] === 0) {
          met[m] = 1;
          summed.push(metric as Metric);
        }
      }
    }
    const d = r.distinct;
    if (d === undefined) continue;
    if (counted.length < 2) {
      for (const metric in d) if (!counted.includes(metric as DistinctMetric)) counted.push(metric as DistinctMetric);
    }
    const o = orderIds[i];
    if (o !== -1 && orderSeen[o] === 0) {
      orderSeen[o] = 1;
      orderCount++;
    }
    const c = cancelledIds[i];
    if (c !== -1 && cancelledSeen[c] === 0) {
      cancelledSeen[c] = 1;
      cancelledCount++;
    }
  }
  const out: Totals = {};
  for (const m of summed) out[m] = tidy(sums[METRIC_INDEX.get(m) as number]);
  for (const m of counted) out[m] = (out[m] ?? 0) + (m === "orders" ? orderCount : cancelledCount);
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
