/**
 * From imported reports to actuals per person (DESIGN §8 "From metrics to actuals"). Pure: typed
 * records in, per person × KPI the actual, the metric totals it divides and the files and row counts
 * they came from (the traceability a Data sheet shows). The arithmetic is the core's (metrics.ts,
 * regions.ts): this file only chooses which rows and which metric totals go into it.
 */
import { acos, aov, cpc, ctr, cvr, netSales, rate, roas, tacos } from "../core/metrics";
import { includedTaxRate, REGION_INFO } from "../core/regions";
import { isKpiError, kpiError, type Platform, type Region, type Result } from "../core/types";
import type { PersonConfig, TeamConfig } from "../plan/teamConfig";
import { unlabelled } from "./labels";
import { matchesAny } from "./patterns";
import { tidy, totalsAt, totalsOf } from "./totals";
import {
  HEALTH_METRICS,
  type HealthMetric,
  type HealthTotals,
  type Metric,
  type ParsedReport,
  type ReportKind,
  type ReportRecord,
  type Totals,
} from "./types";

/** The team's data definitions (DESIGN §2, §5); both default to false. */
export interface ActualsOptions {
  /** sales are defined tax-inclusive: MX amounts are not divided by 1 + IVA for gmv */
  salesIncludeTax?: boolean;
  /** gmv deducts refunds (needs files that know them: Mercado Libre) */
  refundsDeducted?: boolean;
}

/** One file's part in a figure: which rows of it counted for the person. */
export interface ActualSource {
  file: string;
  kind: ReportKind;
  marketplace: Platform;
  /** rows of the file in the person's scope and period that went into the metric totals */
  rows: number;
}

export type ActualKpi =
  | "gmv"
  | "net_sales"
  | "aov"
  | "cvr"
  | "roas"
  | "acos"
  | "ctr"
  | "cpc"
  | "tacos"
  | "organic_sales_share"
  | "return_rate"
  | HealthMetric;

export const ACTUAL_KPIS: readonly ActualKpi[] = [
  "gmv",
  "net_sales",
  "aov",
  "cvr",
  "roas",
  "acos",
  "ctr",
  "cpc",
  "tacos",
  "organic_sales_share",
  "return_rate",
  ...HEALTH_METRICS,
];

export interface ImportedActual {
  id: ActualKpi;
  /** null: no file covers it (or a divisor is 0); `note` says which */
  actual: number | null;
  /** the metric totals the actual is computed from, over `marketplaces` */
  metrics: Totals & HealthTotals;
  /** the tax rate amounts were divided by (1 + rate), when one applies */
  taxRate?: number;
  marketplaces: Platform[];
  sources: ActualSource[];
  note?: string;
  /**
   * Why `actual` is null, for a reader in any language: the metric totals no file gives (for
   * `marketplaces` when only some lack them), or the account-health report that is missing.
   */
  gap?: { metrics: Metric[]; marketplaces?: Platform[] } | { health: true };
}

export interface LeftOut {
  file: string;
  /** dated rows of the person's scope outside the team's period */
  rows: number;
}

export interface PersonActuals {
  name: string;
  region: Region;
  kpis: ImportedActual[];
  leftOut: LeftOut[];
}

/** The months a period covers, as `YYYY-MM` prefixes of ISO dates. */
export function periodMonths(period: string): string[] {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q === null) return [period];
  const first = (Number(q[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${q[1]}-${String(first + i).padStart(2, "0")}`);
}

/** The first day of a period (tax rates are read on it). */
function periodStart(period: string): string {
  return `${periodMonths(period)[0]}-01`;
}

interface Slice {
  report: ParsedReport;
  marketplace: Platform;
  /** the numbers of the report's records that count, in file order */
  at: number[];
}

interface MarketData {
  marketplace: Platform;
  totals: Totals;
  from: Partial<Record<Metric, Slice[]>>;
}

/**
 * A person's scope as a test over records, each pattern match remembered per text: a file of
 * 200,000 lines repeats a few hundred SKUs and campaigns, and matching each line's afresh for every
 * person was most of an import's time (scripts/bench-import.ts).
 */
function scopeOf(person: PersonConfig): (record: ReportRecord, report: ParsedReport) => boolean {
  const memo = (patterns: readonly string[]) => {
    const seen = new Map<string, boolean>();
    return (text: string) => {
      let hit = seen.get(text);
      if (hit === undefined) {
        hit = matchesAny(text, patterns);
        seen.set(text, hit);
      }
      return hit;
    };
  };
  const sku = person.skus === undefined ? undefined : memo(person.skus);
  const campaign = person.campaigns === undefined ? undefined : memo(person.campaigns);
  return (record, report) => {
    if (sku !== undefined && !record.skus.some(sku)) return false;
    if (report.kind === "amazon_ads_sp" && campaign !== undefined) {
      if (record.campaign === undefined || !campaign(record.campaign)) return false;
    }
    return true;
  };
}

/** A record's place in the period: undated (always counts), inside, or outside (left out, counted). */
const UNDATED = 0;
const INSIDE = 1;
const OUTSIDE = 2;

/**
 * What every person's pass over a report shares, worked out once per report rather than once per
 * person: the records grouped by scope key (records with the same SKU, and for ads the same
 * campaign, are in or out of a person's scope together), each group's record numbers in file order
 * and its first record to test; records of several SKUs (a Mercado Libre pack), tested one by one;
 * and each record's place in the period. A person then visits only the records of the groups in
 * their scope, in file order, instead of every record of every file.
 */
interface ReportIndex {
  groups: { first: ReportRecord; at: number[] }[];
  several: number[];
  period: Uint8Array;
}

function indexReport(report: ParsedReport, months: readonly string[]): ReportIndex {
  const records = report.records;
  const period = new Uint8Array(records.length);
  const groups: ReportIndex["groups"] = [];
  const several: number[] = [];
  // Campaigns only scope ads rows: other kinds share one campaign bucket.
  const byCampaign = new Map<string | undefined, Map<string | undefined, number[]>>();
  const ads = report.kind === "amazon_ads_sp";
  const places = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.skus.length > 1) {
      several.push(i);
    } else {
      const campaign = ads ? r.campaign : undefined;
      let bySku = byCampaign.get(campaign);
      if (bySku === undefined) byCampaign.set(campaign, (bySku = new Map()));
      const sku = r.skus.length === 1 ? r.skus[0] : undefined;
      let at = bySku.get(sku);
      if (at === undefined) {
        bySku.set(sku, (at = []));
        groups.push({ first: r, at });
      }
      at.push(i);
    }
    if (r.date === undefined) {
      period[i] = UNDATED;
    } else {
      // A file's rows share one date string per day: each day is placed once.
      let place = places.get(r.date);
      if (place === undefined) places.set(r.date, (place = months.includes(r.date.slice(0, 7)) ? INSIDE : OUTSIDE));
      period[i] = place;
    }
  }
  return { groups, several, period };
}

/** The numbers of a report's records in a person's scope, in file order. */
function inScopeAt(
  report: ParsedReport,
  index: ReportIndex,
  inScope: (r: ReportRecord, report: ParsedReport) => boolean,
): Int32Array | number[] {
  const parts: number[][] = [];
  let count = 0;
  for (const g of index.groups) {
    if (!inScope(g.first, report)) continue;
    parts.push(g.at);
    count += g.at.length;
  }
  const several = index.several.filter((i) => inScope(report.records[i], report));
  if (parts.length === 1 && several.length === 0) return parts[0];
  const out = new Int32Array(count + several.length);
  let n = 0;
  for (const part of parts) for (const i of part) out[n++] = i;
  for (const i of several) out[n++] = i;
  // Back in file order: a person's totals add the same numbers in the same order as the file.
  return out.sort();
}

const SALES_METRICS: readonly Metric[] = ["sales", "orders", "units", "sessions", "page_views"];
const ORDER_METRICS: readonly Metric[] = ["cancelled_orders", "shipped_units"];
const ML_METRICS: readonly Metric[] = ["sales", "orders", "units", "refunds", "fees", "net_total", "ad_sales"];
const AD_METRICS: readonly Metric[] = ["ad_impressions", "ad_clicks", "ad_spend", "ad_sales", "ad_orders"];

/** Per marketplace: which kind supplies which metrics (a business report before All Orders). */
function marketData(marketplace: Platform, slices: readonly Slice[], hasBusinessReport: boolean): MarketData {
  const data: MarketData = { marketplace, totals: {}, from: {} };
  // All Orders is taken twice (sales, then cancellations): its records are totalled once.
  const totalled = new Map<ReportKind, Totals>();
  const take = (kind: ReportKind, metrics: readonly Metric[]) => {
    const of = slices.filter((s) => s.report.kind === kind && s.at.length > 0);
    if (of.length === 0) return;
    let t = totalled.get(kind);
    if (t === undefined) {
      // One file: its distinct keys are numbered already; several: an order id may be in more than one.
      t =
        of.length === 1
          ? totalsAt(of[0].report.records, of[0].at)
          : totalsOf(of.flatMap((s) => s.at.map((i) => s.report.records[i])));
      totalled.set(kind, t);
    }
    for (const m of metrics) {
      if (t[m] === undefined || data.totals[m] !== undefined) continue;
      data.totals[m] = t[m];
      data.from[m] = of;
    }
  };
  if (hasBusinessReport) take("amazon_business_report", SALES_METRICS);
  else take("amazon_all_orders", ["sales", "orders", "units"]);
  take("amazon_all_orders", ORDER_METRICS);
  take("mercadolibre_ventas", ML_METRICS);
  take("amazon_ads_sp", AD_METRICS);
  take("amazon_fba_returns", ["returned_units"]);
  return data;
}

/** The marketplaces holding every metric a KPI needs, and those metrics summed over them. */
function over(markets: readonly MarketData[], needed: readonly Metric[]): { totals: Totals; used: MarketData[] } {
  const used = markets.filter((m) => needed.every((k) => m.totals[k] !== undefined));
  const totals: Totals = {};
  for (const k of needed) {
    if (used.length > 0) totals[k] = tidy(used.reduce((s, m) => s + (m.totals[k] as number), 0));
  }
  return { totals, used };
}

function sourcesOf(used: readonly MarketData[], metrics: readonly Metric[]): ActualSource[] {
  const out: ActualSource[] = [];
  for (const m of used) {
    for (const k of metrics) {
      for (const s of m.from[k] ?? []) {
        if (out.some((o) => o.file === s.report.file && o.marketplace === s.marketplace)) continue;
        out.push({ file: s.report.file, kind: s.report.kind, marketplace: s.marketplace, rows: s.at.length });
      }
    }
  }
  return out;
}

const NEEDS: Readonly<Partial<Record<Metric, string>>> = {
  sales: "sales (a business report, All Orders or Mercado Libre ventas)",
  refunds: "refunds (Mercado Libre ventas)",
  orders: "orders",
  sessions: "sessions (a business report)",
  ad_sales: "ad sales (a Sponsored Products report)",
  ad_spend: "ad spend (a Sponsored Products report)",
  ad_clicks: "ad clicks (a Sponsored Products report)",
  ad_impressions: "ad impressions (a Sponsored Products report)",
  returned_units: "returned units (FBA customer returns)",
  shipped_units: "shipped units (All Orders)",
};

/** A KPI from metric totals: the core computes; a KpiError (0 divisor) becomes a null with its reason. */
function kpi(
  id: ActualKpi,
  markets: readonly MarketData[],
  needed: readonly Metric[],
  compute: (t: Required<Totals>) => Result<number>,
  taxRate?: number,
  whole = false,
): ImportedActual {
  const { totals, used } = over(markets, needed);
  const base = { id, metrics: totals, marketplaces: used.map((m) => m.marketplace), sources: sourcesOf(used, needed) };
  const withTax = taxRate === undefined ? base : { ...base, taxRate };
  // An amount (not a ratio) must cover every marketplace that has sales: leaving one out because
  // its files lack refunds would understate it silently.
  const partial = whole ? markets.filter((m) => m.totals.sales !== undefined && !used.includes(m)) : [];
  if (partial.length > 0 && used.length > 0) {
    const lacking = needed.filter((k) => partial.some((m) => m.totals[k] === undefined));
    const where = partial.map((m) => m.marketplace).join(", ");
    return {
      ...withTax,
      actual: null,
      note: `no file gives ${lacking.map((k) => NEEDS[k] ?? k).join(" and ")} for ${where}`,
      gap: { metrics: lacking, marketplaces: partial.map((m) => m.marketplace) },
    };
  }
  if (used.length === 0) {
    const missing = needed.filter((k) => !markets.some((m) => m.totals[k] !== undefined));
    const what = (missing.length > 0 ? missing : needed).map((k) => NEEDS[k] ?? k).join(" and ");
    return {
      ...withTax,
      actual: null,
      note: `no file gives ${what} for the person's marketplaces`,
      gap: { metrics: missing.length > 0 ? missing : [...needed] },
    };
  }
  const r = compute(totals as Required<Totals>);
  if (isKpiError(r)) return { ...withTax, actual: null, note: r.message };
  return { ...withTax, actual: r };
}

function personActuals(
  person: PersonConfig,
  config: TeamConfig,
  reports: readonly ParsedReport[],
  indexes: ReadonlyMap<ParsedReport, ReportIndex>,
  options: ActualsOptions,
): PersonActuals {
  const platforms = person.platforms ?? REGION_INFO[person.region].platforms;
  const slices: Slice[] = [];
  const leftOut: LeftOut[] = [];
  const inScope = scopeOf(person);
  for (const report of reports) {
    if (report.kind === "amazon_account_health") continue;
    const index = indexes.get(report) as ReportIndex;
    const byMarket = new Map<Platform, number[]>();
    let outside = 0;
    const records = report.records;
    for (const i of inScopeAt(report, index, inScope)) {
      const r = records[i];
      if (r.marketplace === null || !platforms.includes(r.marketplace)) continue;
      if (index.period[i] === OUTSIDE) {
        outside++;
        continue;
      }
      let at = byMarket.get(r.marketplace);
      if (at === undefined) byMarket.set(r.marketplace, (at = []));
      at.push(i);
    }
    if (outside > 0) leftOut.push({ file: report.file, rows: outside });
    for (const [marketplace, at] of byMarket) slices.push({ report, marketplace, at });
  }
  const markets = platforms
    .map((p) =>
      marketData(
        p,
        slices.filter((s) => s.marketplace === p),
        reports.some((r) => r.kind === "amazon_business_report" && r.marketplace === p),
      ),
    )
    .filter((m) => Object.keys(m.totals).length > 0);

  const onDate = periodStart(config.period);
  const iva = includedTaxRate(person.region, onDate);
  const gmvTax = options.salesIncludeTax === true ? 0 : iva;
  const deduct = options.refundsDeducted === true;
  const gmvNeeds: Metric[] = deduct ? ["sales", "refunds"] : ["sales"];
  const gmvOf = (t: Required<Totals>) => netSales(t.sales, deduct ? t.refunds : 0, gmvTax);

  const kpis: ImportedActual[] = [
    kpi("gmv", markets, gmvNeeds, gmvOf, gmvTax, true),
    kpi("net_sales", markets, ["sales", "refunds"], (t) => netSales(t.sales, t.refunds, iva), iva, true),
    kpi(
      "aov",
      markets,
      [...gmvNeeds, "orders"],
      (t) => {
        const g = gmvOf(t);
        return isKpiError(g) ? g : aov(g, t.orders);
      },
      gmvTax,
    ),
    kpi("cvr", markets, ["orders", "sessions"], (t) => cvr(t.orders, t.sessions)),
    kpi("roas", markets, ["ad_sales", "ad_spend"], (t) => roas(t.ad_sales, t.ad_spend)),
    kpi("acos", markets, ["ad_spend", "ad_sales"], (t) => acos(t.ad_spend, t.ad_sales)),
    kpi("ctr", markets, ["ad_clicks", "ad_impressions"], (t) => ctr(t.ad_clicks, t.ad_impressions)),
    kpi("cpc", markets, ["ad_spend", "ad_clicks"], (t) => cpc(t.ad_spend, t.ad_clicks)),
    kpi(
      "tacos",
      markets,
      ["ad_spend", ...gmvNeeds],
      (t) => {
        const g = gmvOf(t);
        return isKpiError(g) ? g : tacos(t.ad_spend, g);
      },
      gmvTax,
    ),
    kpi("organic_sales_share", markets, ["sales", "ad_sales"], (t) => rate(t.sales - t.ad_sales, t.sales)),
    kpi("return_rate", markets, ["returned_units", "shipped_units"], (t) => rate(t.returned_units, t.shipped_units)),
    ...gates(platforms, reports),
  ];
  return { name: person.name, region: person.region, kpis, leftOut };
}

/** Account health is account-wide and a rolling snapshot: neither SKU-scoped nor period-filtered. */
function gates(platforms: readonly Platform[], reports: readonly ParsedReport[]): ImportedActual[] {
  return HEALTH_METRICS.map((id) => {
    for (const report of reports) {
      if (report.kind !== "amazon_account_health") continue;
      for (const p of platforms) {
        const v = report.health?.[p]?.[id];
        if (v === undefined) continue;
        return {
          id,
          actual: v,
          metrics: { [id]: v },
          marketplaces: [p],
          sources: [{ file: report.file, kind: report.kind, marketplace: p, rows: 1 }],
        };
      }
    }
    return {
      id,
      actual: null,
      metrics: {},
      marketplaces: [],
      sources: [],
      note: "no account health report covers it",
      gap: { health: true },
    };
  });
}

/**
 * Actuals per person from the team's imported reports. Every tabular report must know its
 * marketplace (said in the file or labelled): an unlabelled one is an error naming the file.
 */
export function actualsFromReports(
  config: TeamConfig,
  reports: readonly ParsedReport[],
  options: ActualsOptions = {},
): Result<PersonActuals[]> {
  for (const report of reports) {
    const p = unlabelled(report);
    if (p !== undefined) return kpiError("value", `${report.file}: ${p.message}`);
  }
  const months = periodMonths(config.period);
  const indexes = new Map<ParsedReport, ReportIndex>();
  for (const report of reports) {
    if (report.kind !== "amazon_account_health") indexes.set(report, indexReport(report, months));
  }
  return config.people.map((person) => personActuals(person, config, reports, indexes, options));
}
