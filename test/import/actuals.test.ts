/**
 * Imported reports → actuals per person (DESIGN §8 "From metrics to actuals"), from the fixtures of
 * reports.test.ts. Every expected actual is worked out by hand from the fixture rows in its comment.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { actualsFromReports, importReport, type ImportedActual, type PersonActuals } from "../../src/import";
import type { ParsedReport } from "../../src/import/types";
import { isKpiError, type Platform } from "../../src/core/types";
import { parseTeamConfig, type TeamConfig } from "../../src/plan/teamConfig";
import { mercadoLibreVentas } from "./ventasFixture";

async function read(name: string, marketplace?: Platform, bytes?: Uint8Array): Promise<ParsedReport> {
  const r = await importReport({
    name,
    bytes: bytes ?? readFileSync(path.join(__dirname, "fixtures", name)),
    ...(marketplace ? { marketplace } : {}),
  });
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

function config(period = "2026-11"): TeamConfig {
  const c = parseTeamConfig({
    title: "Team",
    period,
    people: [
      { name: "Ana", region: "US", role: "ops", skus: ["mug-*"] },
      { name: "Ben", region: "US", role: "ads", campaigns: ["sp-mug-auto"] },
      { name: "Carla", region: "MX", role: "ops" },
    ],
  });
  if (isKpiError(c)) throw new Error(c.message);
  return c;
}

let reports: ParsedReport[];

beforeAll(async () => {
  reports = [
    await read("business-report-en-us.csv", "amazon_us"),
    await read("ads-sp-legacy.csv"),
    await read("all-orders.txt"),
    await read("fba-returns.csv", "amazon_us"),
    await read("account-health.json"),
    await read("business-report-es-mx.csv", "amazon_mx"),
    await read("ads-sp-2026.csv"),
    await read("ventas.xlsx", undefined, await mercadoLibreVentas()),
  ];
});

function people(c: TeamConfig = config(), options = {}): PersonActuals[] {
  const r = actualsFromReports(c, reports, options);
  if (isKpiError(r)) throw new Error(r.message);
  return r;
}

function kpi(person: PersonActuals, id: string): ImportedActual {
  const k = person.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no ${id}`);
  return k;
}

describe("a US person scoped by SKU (Ana: skus mug-*)", () => {
  let ana: PersonActuals;
  beforeAll(() => {
    ana = people()[0];
  });

  test.each<[string, number]>([
    // business report, MUG-BLUE + MUG-RED: sales 12,905.25 + 1,650.00; US sales are tax-exclusive
    ["gmv", 14555.25],
    // gmv ÷ Total Order Items (1,150 + 140)
    ["aov", 14555.25 / 1290],
    // orders ÷ sessions (12,131 + 2,000)
    ["cvr", 1290 / 14131],
    // ads, MUG rows of November: sales 900 + 150, spend 180 + 60
    ["roas", 1050 / 240],
    ["acos", 240 / 1050],
    // clicks 240 + 60 ÷ impressions 12,000 + 3,000
    ["ctr", 300 / 15000],
    // spend ÷ clicks
    ["cpc", 240 / 300],
    ["tacos", 240 / 14555.25],
    ["organic_sales_share", (14555.25 - 1050) / 14555.25],
    // returns: MUG-BLUE on Nov 8, 1 unit (the Dec 1 return is out of the period);
    // shipped: All Orders MUG lines of November, only 111-…1's 2 units shipped
    ["return_rate", 1 / 2],
    // account health, amazon_us: max(afn 0.002, mfn 0.004)
    ["odr", 0.004],
    ["cancel_rate", 0.005],
    ["on_time_delivery_rate", 0.97],
  ])("%s", (id, expected) => {
    expect(kpi(ana, id).actual).toBeCloseTo(expected, 12);
  });

  test("the business report, not All Orders, supplies the sales; with its file and rows", () => {
    const gmv = kpi(ana, "gmv");
    expect(gmv.metrics).toEqual({ sales: 14555.25 });
    expect(gmv.taxRate).toBe(0);
    expect(gmv.sources).toEqual([
      { file: "business-report-en-us.csv", kind: "amazon_business_report", marketplace: "amazon_us", rows: 2 },
    ]);
    const rr = kpi(ana, "return_rate");
    expect(rr.metrics).toEqual({ returned_units: 1, shipped_units: 2 });
    expect(rr.sources.map((s) => [s.file, s.rows])).toEqual([
      ["fba-returns.csv", 1],
      ["all-orders.txt", 3], // lines of 111-…1 (MUG-BLUE), 111-…2, 111-…3 in November
    ]);
  });

  test("rows outside the period are left out and counted per file", () => {
    // All Orders: 111-…4 of Oct 31; returns: the Dec 1 return. Ads: the October row is LID (not Ana's).
    expect(ana.leftOut).toEqual([
      { file: "all-orders.txt", rows: 1 },
      { file: "fba-returns.csv", rows: 1 },
    ]);
  });

  test("net sales need refunds, which no Amazon file gives", () => {
    const n = kpi(ana, "net_sales");
    expect(n.actual).toBeNull();
    expect(n.note).toBe("no file gives refunds (Mercado Libre ventas) for the person's marketplaces");
  });
});

describe("a US person scoped by campaign (Ben: campaigns sp-mug-auto, case-insensitive)", () => {
  test.each<[string, number]>([
    ["roas", 900 / 180], // the SP-Mug-Auto row only
    ["acos", 180 / 900],
    ["ctr", 240 / 12000],
    ["cpc", 180 / 240],
    // no skus: every business report row counts, 12,905.25 + 1,650.00 + 16.22
    ["gmv", 14571.47],
    ["tacos", 180 / 14571.47],
  ])("%s", (id, expected) => {
    expect(kpi(people()[1], id).actual).toBeCloseTo(expected, 12);
  });
});

describe("an MX person on Amazon MX and Mercado Libre (Carla)", () => {
  test.each<[string, number]>([
    // (Amazon 11,600 + 1,160) + (Mercado Libre Nov 1,160 + 580 + 348) = 14,848; ÷ 1.16 IVA = 12,800
    ["gmv", 14848 / 1.16],
    // gmv ÷ orders (Amazon 38 + 6, Mercado Libre 3 of November)
    ["aov", 12800 / 47],
    // Amazon only has sessions: 44 ÷ 1,800
    ["cvr", 44 / 1800],
    // Amazon MX ads: 7,600 ÷ 1,600 (Mercado Libre has ad sales but no spend)
    ["roas", 7600 / 1600],
    // spend ÷ Amazon MX sales on the gmv basis: 1,600 ÷ (12,760 ÷ 1.16 = 11,000)
    ["tacos", 1600 / 11000],
    // (14,848 − (7,600 + 1,160)) ÷ 14,848
    ["organic_sales_share", 6088 / 14848],
    ["odr", 0.011],
    ["cancel_rate", 0.02],
  ])("%s", (id, expected) => {
    expect(kpi(people()[2], id).actual).toBeCloseTo(expected, 9);
  });

  test("the traceability: metrics, tax rate, marketplaces and files", () => {
    const gmv = kpi(people()[2], "gmv");
    expect(gmv.metrics).toEqual({ sales: 14848 });
    expect(gmv.taxRate).toBe(0.16);
    expect(gmv.marketplaces).toEqual(["amazon_mx", "mercadolibre_mx"]);
    expect(gmv.sources.map((s) => [s.file, s.rows])).toEqual([
      ["business-report-es-mx.csv", 2],
      ["ventas.xlsx", 5], // sale 1, the pack parent and its 2 items, sale 3
    ]);
    expect(people()[2].leftOut).toEqual([{ file: "ventas.xlsx", rows: 1 }]); // sale 4 of October
  });

  test("net sales and refund-deducted gmv are not taken from Mercado Libre alone: Amazon MX lacks refunds", () => {
    const net = kpi(people()[2], "net_sales");
    expect([net.actual, net.note]).toEqual([null, "no file gives refunds (Mercado Libre ventas) for amazon_mx"]);
    const gmv = kpi(people(config(), { refundsDeducted: true })[2], "gmv");
    expect([gmv.actual, gmv.note]).toEqual([null, "no file gives refunds (Mercado Libre ventas) for amazon_mx"]);
  });

  test("on Mercado Libre only, refunds are known: net sales and refund-deducted gmv", () => {
    const c = parseTeamConfig({
      title: "T",
      period: "2026-11",
      people: [{ name: "Eva", region: "MX", role: "ops", platforms: ["mercadolibre_mx"] }],
    });
    if (isKpiError(c)) throw new Error(c.message);
    // November: sales 1,160 + 580 + 348 = 2,088, refunds 348; (2,088 − 348) ÷ 1.16 = 1,500
    expect(kpi(people(c)[0], "net_sales").actual).toBeCloseTo(1500, 9);
    expect(kpi(people(c, { refundsDeducted: true })[0], "gmv").actual).toBeCloseTo(1500, 9);
    // not deducted: 2,088 ÷ 1.16 = 1,800
    expect(kpi(people(c)[0], "gmv").actual).toBeCloseTo(1800, 9);
  });

  test("sales defined tax-inclusive: no IVA division, 12,760 + 2,088", () => {
    const gmv = kpi(people(config(), { salesIncludeTax: true })[2], "gmv");
    expect(gmv.actual).toBeCloseTo(14848, 9);
    expect(gmv.taxRate).toBe(0);
  });

  test("a person on Mercado Libre only takes nothing from Amazon files", () => {
    const c = parseTeamConfig({
      title: "T",
      period: "2026-11",
      people: [{ name: "Dora", region: "MX", role: "ops", platforms: ["mercadolibre_mx"], skus: ["MUG-RED"] }],
    });
    if (isKpiError(c)) throw new Error(c.message);
    const dora = people(c)[0];
    // MUG-RED: only the pack (its item 2000003 is MUG-RED): 580 ÷ 1.16 = 500; sale 4 (MUG-RED) is October
    expect(kpi(dora, "gmv").actual).toBeCloseTo(500, 9);
    expect(kpi(dora, "odr").actual).toBeNull(); // account health has no Mercado Libre gate
  });
});

describe("periods and labels", () => {
  test("a quarter takes its three months: 2026-Q4 brings back October and December rows", () => {
    const ana = people(config("2026-Q4"))[0];
    // returned 1 + 2 (Dec 1) ÷ shipped 2 + 3 (111-…4 of Oct 31)
    expect(kpi(ana, "return_rate").actual).toBeCloseTo(3 / 5, 12);
    expect(ana.leftOut).toEqual([]);
  });

  test("an unlabelled report that does not say its marketplace is an error naming the file", async () => {
    const unlabelled = await read("business-report-zh-cn.csv");
    const r = actualsFromReports(config(), [unlabelled]);
    expect(isKpiError(r) && r.message).toBe(
      "business-report-zh-cn.csv: does not say its marketplace: label it, e.g. amazon_us=business-report-zh-cn.csv (--data MARKETPLACE=PATH)",
    );
  });

  test("a KPI no file covers is null with its reason, never 0", () => {
    const r = actualsFromReports(config(), []);
    if (isKpiError(r)) throw new Error(r.message);
    for (const k of r[0].kpis) expect([k.id, k.actual]).toEqual([k.id, null]);
    expect(kpi(r[0], "gmv").note).toBe(
      "no file gives sales (a business report, All Orders or Mercado Libre ventas) for the person's marketplaces",
    );
  });
});
