/**
 * Each report kind and variant of DESIGN §8, read from fixtures written from the verified headers
 * (test/import/fixtures) or built here with ExcelJS. Every expected total is worked out by hand in
 * the comment beside it, from the fixture's rows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { importReport, reportJson, type ReportInput } from "../../src/import";
import type { ParsedReport } from "../../src/import/types";
import type { Platform } from "../../src/core/types";
import { mercadoLibreVentas, xlsx } from "./ventasFixture";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

async function read(name: string, marketplace?: Platform, bytes?: Uint8Array): Promise<ParsedReport> {
  const input: ReportInput = { name, bytes: bytes ?? fixture(name) };
  if (marketplace) input.marketplace = marketplace;
  const r = await importReport(input);
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

async function refused(name: string, bytes?: Uint8Array, marketplace?: Platform): Promise<string> {
  const input: ReportInput = { name, bytes: bytes ?? fixture(name) };
  if (marketplace) input.marketplace = marketplace;
  const r = await importReport(input);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.problem.message;
}

function expectTotals(actual: unknown, expected: Record<string, number>): void {
  const a = actual as Record<string, number>;
  expect(Object.keys(a).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect([k, a[k]]).toEqual([k, expect.closeTo(v, 9)]);
}

describe("amazon_business_report", () => {
  test("en-US: BOM, CRLF, B2B twins placed before their totals never count, quoted thousands, $ and `$ `, an N/A", async () => {
    const r = reportJson(await read("business-report-en-us.csv"));
    expect(r).toMatchObject({ kind: "amazon_business_report", locale: "en", marketplace: null, rows: 3 });
    expectTotals(r.totals, {
      sessions: 14631, // 12,131 + 2,000 + 500 (the B2B column holds 1,000 + 0 + 5 and must not count)
      page_views: 23800, // 20,000 + 3,100 + 700
      units: 1354, // 1,204 + 150; the third row's "N/A" is missing, not 0
      sales: 14571.47, // 12,905.25 + 1,650.00 + 16.22
      orders: 1302, // 1,150 + 140 + 12
    });
    expect(r.warnings).toEqual(['1 value in `Units Ordered` did not parse (e.g. "N/A") and counts as missing']);
  });

  test("UK/CA: en dashes, `Units ordered`, lower-case and trailing-space headers, £", async () => {
    const r = reportJson(await read("business-report-en-gb.csv"));
    expect(r).toMatchObject({ locale: "en", rows: 2 });
    expectTotals(r.totals, {
      sessions: 150, // 100 + 50 (Sessions – Total – B2B 40 + 0 left alone)
      page_views: 240, // 180 + 60
      units: 12, // 9 + 3
      sales: 135.5, // 90.00 + 45.50
      orders: 11, // 8 + 3
    });
  });

  test("es-MX: Spanish headers, MX$ amounts", async () => {
    const r = reportJson(await read("business-report-es-mx.csv", "amazon_mx"));
    expect(r).toMatchObject({ locale: "es", marketplace: "amazon_mx", rows: 2 });
    expectTotals(r.totals, {
      sessions: 1800, // 1,500 + 300
      page_views: 2900, // 2,400 + 500
      units: 46, // 40 + 6
      sales: 12760, // 11,600.00 + 1,160.00
      orders: 44, // 38 + 6
    });
  });

  test("zh-CN: full-width brackets, trailing spaces, US$ amounts", async () => {
    const r = reportJson(await read("business-report-zh-cn.csv"));
    expect(r).toMatchObject({ locale: "zh", rows: 2 });
    expectTotals(r.totals, {
      sessions: 1000, // 800 + 200
      page_views: 1500, // 1,200 + 300
      units: 40, // 30 + 10
      sales: 1250.5, // 1,000.50 + 250.00
      orders: 38, // 28 + 10
    });
  });

  test("the same report as a tab-separated .txt reads the same", async () => {
    const csv = fixture("business-report-es-mx.csv").toString("utf8");
    // Re-delimit: every "," between quoted cells becomes a tab; amounts keep their thousands commas.
    const tsv = csv.replace(/","/g, '"\t"');
    const r = reportJson(await read("br.txt", "amazon_mx", Buffer.from(tsv, "utf8")));
    expectTotals(r.totals, { sessions: 1800, page_views: 2900, units: 46, sales: 12760, orders: 44 });
  });

  test("a file whose only sales column is the B2B twin is refused, naming the column", async () => {
    expect(await refused("bad-business-report-b2b-only.csv")).toBe(
      "looks like an Amazon business report but has no `Ordered Product Sales`",
    );
  });
});

describe("amazon_ads_sp", () => {
  test("legacy console: semicolons, trailing-space headers, Currency USD → amazon_us", async () => {
    const report = await read("ads-sp-legacy.csv");
    const r = reportJson(report);
    expect(r).toMatchObject({ kind: "amazon_ads_sp", marketplace: "amazon_us", rows: 3, warnings: [] });
    expectTotals(r.totals, {
      ad_impressions: 16000, // 12,000 + 3,000 + 1,000 (no period filter in the file totals)
      ad_clicks: 310, // 240 + 60 + 10
      ad_spend: 245, // 180 + 60 + 5
      ad_sales: 1050, // 900 + 150 + 0
      ad_orders: 35, // 30 + 5 + 0
    });
    expect(report.records.map((x) => [x.date, x.campaign, x.skus])).toEqual([
      ["2026-11-01", "SP-Mug-Auto", ["MUG-BLUE"]],
      ["2026-11-01", "SP-Mug-Exact", ["MUG-RED"]],
      ["2026-10-01", "SP-Lid-Auto", ["LID-01"]],
    ]);
  });

  test('2026 console: Budget currency MXN → amazon_mx, Date range, ="…" ids, MX$, a "--"', async () => {
    const report = await read("ads-sp-2026.csv");
    const r = reportJson(report);
    expect(r).toMatchObject({ marketplace: "amazon_mx", rows: 2 });
    expectTotals(r.totals, {
      ad_impressions: 10000, // 8,000 + 2,000
      ad_clicks: 200, // 160 + 40
      ad_spend: 1600, // 1,200.00 + 400.00
      ad_sales: 7600, // 6,000.00 + 1,600.00
      ad_orders: 20, // 20; the second row's "--" is missing
    });
    expect(r.warnings).toEqual(['1 value in `Purchases` did not parse (e.g. "--") and counts as missing']);
    expect(report.records.map((x) => x.date)).toEqual(["2026-11-01", "2026-11-01"]);
  });

  test("API v3 column names, downloaded as a JSON list; no currency, so the label says it", async () => {
    const r = reportJson(await read("ads-sp-api-v3.json", "amazon_us"));
    expect(r).toMatchObject({ kind: "amazon_ads_sp", marketplace: "amazon_us", rows: 2 });
    expectTotals(r.totals, {
      ad_impressions: 1200, // 500 + 700
      ad_clicks: 14, // 5 + 9
      ad_spend: 7.25, // 2.50 + 4.75
      ad_sales: 20, // 20 + 0
      ad_orders: 1, // 1 + 0
    });
  });

  test("2026 console as XLSX: numbers as cells, a title row above the header", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Sponsored Products");
      ws.addRow(["Sponsored Products advertised product report"]);
      ws.addRow([
        "Budget currency",
        "Date range",
        "Campaign name",
        "Advertised product SKU",
        "Impressions",
        "Clicks",
        "Total cost",
        "Purchases",
        "Sales",
      ]);
      ws.addRow(["USD", "Nov 01, 2026 - Nov 30, 2026", "SP-Mug-Auto", "MUG-BLUE", 12000, 240, 180, 30, 900]);
      ws.addRow(["USD", "Nov 01, 2026 - Nov 30, 2026", "SP-Mug-Exact", "MUG-RED", 3000, 60, 60.5, 5, 150.25]);
    });
    const r = reportJson(await read("ads.xlsx", undefined, bytes));
    expect(r).toMatchObject({ marketplace: "amazon_us", rows: 2 });
    // 12,000 + 3,000; 240 + 60; 180 + 60.50; 900 + 150.25; 30 + 5
    expectTotals(r.totals, {
      ad_impressions: 15000,
      ad_clicks: 300,
      ad_spend: 240.5,
      ad_sales: 1050.25,
      ad_orders: 35,
    });
  });

  test("a currency that is not USD or MXN is left out and warned about", async () => {
    const text =
      "Budget currency,Campaign name,Impressions,Clicks,Total cost,Sales\nCAD,X,100,1,1.00,5.00\nUSD,Y,10,2,3.00,4.00\n";
    const r = reportJson(await read("ads-cad.csv", undefined, Buffer.from(text)));
    expect(r.rows).toBe(2);
    expectTotals(r.totals, { ad_impressions: 10, ad_clicks: 2, ad_spend: 3, ad_sales: 4 }); // the USD row only
    expect(r.warnings).toEqual(["1 row of currency CAD left out"]);
  });

  test("a USD file labelled amazon_mx is refused: the file says otherwise", async () => {
    expect(await refused("ads-sp-legacy.csv", undefined, "amazon_mx")).toBe(
      "is labelled amazon_mx, but row 2 is amazon_us",
    );
  });
});

describe("amazon_all_orders", () => {
  test("TSV: distinct orders, cancelled ids, Non-Amazon left out, blank item-price missing", async () => {
    const report = await read("all-orders.txt");
    const r = reportJson(report);
    expect(r).toMatchObject({ kind: "amazon_all_orders", marketplace: "amazon_us", rows: 6 });
    expectTotals(r.totals, {
      orders: 3, // ids 111-…1 (two lines, once), 111-…2, 111-…4; 111-…3 is cancelled, 111-…5 Non-Amazon
      cancelled_orders: 1, // 111-…3
      units: 7, // 2 + 1 + 1 + 3 (the cancelled line adds 0)
      sales: 59.95, // 21.98 + 5.00 + 32.97; the pending line's blank price is missing
      shipped_units: 6, // Shipped lines: 2 + 1 + 3
    });
    expect(r.warnings).toEqual(["1 row of sales channel Non-Amazon left out"]);
    // The written date part decides: 23:30 on Nov 30 at −08:00 is Dec 1 in UTC, still November here.
    expect(report.records.map((x) => x.date)).toEqual([
      "2026-11-02",
      "2026-11-02",
      "2026-11-30",
      "2026-11-05",
      "2026-10-31",
    ]);
  });

  test("a unified account's file with Amazon.com and Amazon.com.mx totals per marketplace", async () => {
    const text = [
      "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tsku\tquantity\tcurrency\titem-price",
      "111-1\t2026-11-01T00:00:00+00:00\tShipped\tAmazon.com\tA\t1\tUSD\t10.00",
      "702-1\t2026-11-01T00:00:00+00:00\tShipped\tAmazon.com.mx\tA\t2\tMXN\t232.00",
      "702-2\t2026-11-02T00:00:00+00:00\tCancelled\tAmazon.com.mx\tA\t1\tMXN\t",
    ].join("\n");
    const r = reportJson(await read("unified.txt", undefined, Buffer.from(text)));
    expect(r.marketplace).toBeNull();
    const totals = r.totals as Record<string, Record<string, number>>;
    expectTotals(totals.amazon_us, { orders: 1, cancelled_orders: 0, units: 1, sales: 10, shipped_units: 1 });
    // MX: 702-1 ships 2 units for 232.00; 702-2 is cancelled
    expectTotals(totals.amazon_mx, { orders: 1, cancelled_orders: 1, units: 2, sales: 232, shipped_units: 2 });
  });
});

describe("encodings", () => {
  test("a Windows-1252 flat file (older Seller Central) reads as text; UTF-16 with BOM too", async () => {
    const text =
      "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tproduct-name\tsku\tquantity\titem-price\n" +
      "702-1\t2026-11-01T00:00:00-06:00\tShipped\tAmazon.com.mx\tTaza pequeña\tMUG-S\t2\t$ 232.00\n";
    const latin1 = Buffer.from(text, "latin1"); // ñ is the single byte 0xF1: not UTF-8
    const r = reportJson(await read("latin1.txt", undefined, latin1));
    expectTotals(r.totals, { orders: 1, cancelled_orders: 0, units: 2, sales: 232, shipped_units: 2 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(reportJson(await read("utf16.txt", undefined, utf16)).totals).toEqual(r.totals);
  });
});

describe("amazon_fba_returns", () => {
  test("CRLF CSV: Σ quantity; no marketplace in the file", async () => {
    const r = reportJson(await read("fba-returns.csv"));
    expect(r).toMatchObject({ kind: "amazon_fba_returns", marketplace: null, rows: 3 });
    expectTotals(r.totals, { returned_units: 4 }); // 1 + 1 + 2
  });
});

describe("amazon_account_health", () => {
  test("per marketplace: ODR the worse of afn and mfn; both cancel-rate spellings; unknown marketplace warned", async () => {
    const r = reportJson(await read("account-health.json"));
    expect(r).toMatchObject({ kind: "amazon_account_health", rows: 3 });
    expect(r.totals).toEqual({
      // max(afn 0.002, mfn 0.004)
      amazon_us: {
        odr: 0.004,
        late_shipment_rate: 0.01,
        cancel_rate: 0.005,
        valid_tracking_rate: 0.99,
        on_time_delivery_rate: 0.97,
      },
      // afn 0.011 only; cancel rate under Amazon's example name prefulfillmentCancelRate
      amazon_mx: {
        odr: 0.011,
        late_shipment_rate: 0.03,
        cancel_rate: 0.02,
        valid_tracking_rate: 0.96,
        on_time_delivery_rate: 0.91,
      },
    });
    expect(r.warnings).toEqual(["1 marketplace not ours left out: A2EUQ1WTGCTBG2"]);
  });
});

describe("mercadolibre_ventas", () => {
  test("XLSX sheet Ventas MX: title rows, header on row 6, repeated headers, pack rows", async () => {
    const report = await read("ventas.xlsx", undefined, await mercadoLibreVentas());
    const r = reportJson(report);
    expect(report.sheet).toBe("Ventas MX");
    expect(r).toMatchObject({ kind: "mercadolibre_ventas", marketplace: "mercadolibre_mx", locale: "es" });
    expect(r.rows).toBe(6); // sales 1, 2 (parent + 2 items), 3, 4; the blank row not counted
    expectTotals(r.totals, {
      orders: 4, // rows that carry money: sale 1, the pack parent, sale 3, sale 4 (items carry none)
      units: 7, // 2 + (1 + 2, the pack's items; the parent's 3 left out) + 1 + 1; never the 99/77 of the later Unidades
      sales: 2204, // 1,160 + 580 + 348 + 116
      refunds: 348, // −(−348)
      fees: 278.4, // −(−174 − 87 + 0 − 17.40)
      net_total: 1487.6, // 896 + 493 + 0 + 98.60
      ad_sales: 1276, // Sí: 1,160 + 116
    });
    const pack = report.records.find((x) => x.row === 8);
    expect(pack?.skus).toEqual(["MUG-RED", "LID-01"]); // the parent is scoped by its items' SKUs
    expect(report.records.map((x) => x.date)).toEqual([
      "2026-11-03",
      "2026-11-10",
      "2026-11-10", // items take their pack's date
      "2026-11-10",
      "2026-11-15",
      "2026-10-28",
    ]);
  });

  test("without the (MXN) suffix and with `# Venta`", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventas MX");
      ws.addRow(["# Venta", "Fecha de venta", "Estado", "Unidades", "Ingresos por productos", "Total"]);
      ws.addRow(["1", "2 de noviembre de 2026 10:00 hs.", "Entregado", 1, 100, 80]);
      ws.addRow(["2", "4 de noviembre de 2026 10:00 hs.", "Entregado", 3, 300, 240]);
    });
    const r = reportJson(await read("ventas-short.xlsx", undefined, bytes));
    expectTotals(r.totals, { orders: 2, units: 4, sales: 400, net_total: 320 }); // 1 + 3; 100 + 300; 80 + 240
  });

  test("an XLSX with no report on any sheet says which sheet came closest", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("Notas").addRow(["hola"]);
      wb.addWorksheet("Ventas MX").addRow(["# de venta", "Fecha de venta", "Estado", "Unidades"]);
    });
    expect(await refused("ventas-bad.xlsx", bytes)).toBe(
      'sheet "Ventas MX" looks like a Mercado Libre ventas report but has no `Ingresos por productos (MXN)`, `Total (MXN)`',
    );
  });

  test("a Mercado Libre file cannot be labelled an Amazon marketplace", async () => {
    expect(await refused("ventas.xlsx", await mercadoLibreVentas(), "amazon_mx")).toBe(
      "is labelled amazon_mx, but a Mercado Libre ventas report belongs to mercadolibre_mx",
    );
  });
});

describe("files that are no report", () => {
  test.each<[string, string]>([
    [
      "bad-not-a-report.csv",
      "no known report header in the first 20 rows (expected the columns of a business report, Sponsored Products report, All Orders, FBA returns or Mercado Libre ventas export)",
    ],
    ["bad-binary.bin", "cannot be read: not a text (CSV/TSV), XLSX or JSON file"],
    [
      "bad-unknown.json",
      "no known report: JSON without `performanceMetrics` (expected an Amazon seller performance report)",
    ],
  ])("%s", async (name, message) => {
    expect(await refused(name)).toBe(message);
  });

  test("a header below the first 20 rows is not found", async () => {
    const text = "x\n".repeat(20) + "return-date,sku,quantity,detailed-disposition\n2026-11-01,A,1,SELLABLE\n";
    expect(await refused("late.csv", Buffer.from(text))).toMatch(/^no known report header in the first 20 rows/);
  });

  test("a broken zip is refused as unreadable XLSX", async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await refused("broken.xlsx", bytes)).toMatch(/^cannot be read as XLSX/);
  });
});
