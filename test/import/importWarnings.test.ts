/**
 * Import notices (what a file could not give) and their texts in the three languages: each expected
 * text is written out by hand; the en-US ones are the `warnings` lines `import` prints.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../src/core/types";
import { importNoticeText } from "../../src/i18n/importWarnings";
import { importReport } from "../../src/import";
import type { ImportNotice, ParsedReport } from "../../src/import/types";

async function read(name: string, bytes?: Uint8Array): Promise<ParsedReport> {
  const r = await importReport({ name, bytes: bytes ?? readFileSync(path.join(__dirname, "fixtures", name)) });
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

describe("importNoticeText", () => {
  test.each<[string, ImportNotice, Lang, string]>([
    // invalid_values: one value, then several (plural verb and noun)
    [
      "one bad value",
      { code: "invalid_values", column: "Units Ordered", count: 1, example: "N/A" },
      "en-US",
      '1 value in `Units Ordered` did not parse (e.g. "N/A") and counts as missing',
    ],
    [
      "one bad value",
      { code: "invalid_values", column: "Units Ordered", count: 1, example: "N/A" },
      "zh-CN",
      "`Units Ordered` 列有 1 个值无法解析（例如“N/A”），按缺失处理",
    ],
    [
      "one bad value",
      { code: "invalid_values", column: "Units Ordered", count: 1, example: "N/A" },
      "es-MX",
      '1 valor en `Units Ordered` no se pudo leer (p. ej., "N/A") y cuenta como faltante',
    ],
    [
      "three bad values",
      { code: "invalid_values", column: "item-price", count: 3, example: "abc" },
      "en-US",
      '3 values in `item-price` did not parse (e.g. "abc") and count as missing',
    ],
    [
      "three bad values",
      { code: "invalid_values", column: "item-price", count: 3, example: "abc" },
      "zh-CN",
      "`item-price` 列有 3 个值无法解析（例如“abc”），按缺失处理",
    ],
    [
      "three bad values",
      { code: "invalid_values", column: "item-price", count: 3, example: "abc" },
      "es-MX",
      '3 valores en `item-price` no se pudieron leer (p. ej., "abc") y cuentan como faltantes',
    ],
    // left_out: one row of one channel; several rows of two channels, one of them blank; currencies
    [
      "one row of a sales channel",
      { code: "left_out", cause: "sales_channel", count: 1, values: ["Non-Amazon"] },
      "en-US",
      "1 row of sales channel Non-Amazon left out",
    ],
    [
      "one row of a sales channel",
      { code: "left_out", cause: "sales_channel", count: 1, values: ["Non-Amazon"] },
      "zh-CN",
      "有 1 行销售渠道为 Non-Amazon，已排除",
    ],
    [
      "one row of a sales channel",
      { code: "left_out", cause: "sales_channel", count: 1, values: ["Non-Amazon"] },
      "es-MX",
      "Se dejó fuera 1 fila del canal de venta Non-Amazon",
    ],
    [
      "five rows of two channels, one blank",
      { code: "left_out", cause: "sales_channel", count: 5, values: ["Non-Amazon", ""] },
      "en-US",
      "5 rows of sales channel Non-Amazon, (blank) left out",
    ],
    [
      "five rows of two channels, one blank",
      { code: "left_out", cause: "sales_channel", count: 5, values: ["Non-Amazon", ""] },
      "zh-CN",
      "有 5 行销售渠道为 Non-Amazon、（空白），已排除",
    ],
    [
      "five rows of two channels, one blank",
      { code: "left_out", cause: "sales_channel", count: 5, values: ["Non-Amazon", ""] },
      "es-MX",
      "Se dejaron fuera 5 filas de los canales de venta Non-Amazon, (en blanco)",
    ],
    [
      "two rows of one currency",
      { code: "left_out", cause: "currency", count: 2, values: ["EUR"] },
      "en-US",
      "2 rows of currency EUR left out",
    ],
    [
      "two rows of one currency",
      { code: "left_out", cause: "currency", count: 2, values: ["EUR"] },
      "zh-CN",
      "有 2 行货币为 EUR，已排除",
    ],
    [
      "two rows of one currency",
      { code: "left_out", cause: "currency", count: 2, values: ["EUR"] },
      "es-MX",
      "Se dejaron fuera 2 filas con la moneda EUR",
    ],
    [
      "three rows of two currencies",
      { code: "left_out", cause: "currency", count: 3, values: ["EUR", "GBP"] },
      "es-MX",
      "Se dejaron fuera 3 filas con las monedas EUR, GBP",
    ],
    // account health
    ["one bad rate", { code: "invalid_rates", count: 1 }, "en-US", "1 rate did not parse and count as missing"],
    ["one bad rate", { code: "invalid_rates", count: 1 }, "zh-CN", "有 1 个比率无法解析，按缺失处理"],
    ["one bad rate", { code: "invalid_rates", count: 1 }, "es-MX", "1 tasa no se pudo leer y cuenta como faltante"],
    ["two bad rates", { code: "invalid_rates", count: 2 }, "en-US", "2 rates did not parse and count as missing"],
    ["two bad rates", { code: "invalid_rates", count: 2 }, "zh-CN", "有 2 个比率无法解析，按缺失处理"],
    [
      "two bad rates",
      { code: "invalid_rates", count: 2 },
      "es-MX",
      "2 tasas no se pudieron leer y cuentan como faltantes",
    ],
    [
      "one marketplace not ours",
      { code: "unknown_marketplaces", count: 1, ids: ["A2EUQ1WTGCTBG2"] },
      "en-US",
      "1 marketplace not ours left out: A2EUQ1WTGCTBG2",
    ],
    [
      "one marketplace not ours",
      { code: "unknown_marketplaces", count: 1, ids: ["A2EUQ1WTGCTBG2"] },
      "zh-CN",
      "有 1 个不属于本团队的站点已排除：A2EUQ1WTGCTBG2",
    ],
    [
      "one marketplace not ours",
      { code: "unknown_marketplaces", count: 1, ids: ["A2EUQ1WTGCTBG2"] },
      "es-MX",
      "Se dejó fuera 1 marketplace que no es del equipo: A2EUQ1WTGCTBG2",
    ],
    [
      "two entries, one without an id",
      { code: "unknown_marketplaces", count: 2, ids: ["A1F83G8C2ARO7P", ""] },
      "en-US",
      "2 marketplaces not ours left out: A1F83G8C2ARO7P, (none)",
    ],
    [
      "two entries, one without an id",
      { code: "unknown_marketplaces", count: 2, ids: ["A1F83G8C2ARO7P", ""] },
      "zh-CN",
      "有 2 个不属于本团队的站点已排除：A1F83G8C2ARO7P、（无）",
    ],
    [
      "two entries, one without an id",
      { code: "unknown_marketplaces", count: 2, ids: ["A1F83G8C2ARO7P", ""] },
      "es-MX",
      "Se dejaron fuera 2 marketplaces que no son del equipo: A1F83G8C2ARO7P, (ninguno)",
    ],
  ])("%s (%j) in %s", (_, notice, lang, expected) => {
    expect(importNoticeText(notice, lang)).toBe(expected);
  });
});

describe("a report's notices", () => {
  test("All Orders: the Non-Amazon row, as a notice and as its English warning", async () => {
    const report = await read("all-orders.txt");
    expect(report.notices).toEqual([{ code: "left_out", cause: "sales_channel", count: 1, values: ["Non-Amazon"] }]);
    expect(report.warnings).toEqual(["1 row of sales channel Non-Amazon left out"]);
  });

  test("business report: the N/A in Units Ordered", async () => {
    const report = await read("business-report-en-us.csv");
    expect(report.notices).toEqual([{ code: "invalid_values", column: "Units Ordered", count: 1, example: "N/A" }]);
  });

  test("account health: the marketplace that is not the team's", async () => {
    const report = await read("account-health.json");
    expect(report.notices).toEqual([{ code: "unknown_marketplaces", count: 1, ids: ["A2EUQ1WTGCTBG2"] }]);
    expect(report.warnings).toEqual(["1 marketplace not ours left out: A2EUQ1WTGCTBG2"]);
  });

  test("account health: a rate that does not parse and an entry without a marketplace id", async () => {
    const json = {
      performanceMetrics: [
        { marketplaceId: "ATVPDKIKX0DER", lateShipmentRate: { rate: "n/a" }, validTrackingRate: { rate: 0.99 } },
        { lateShipmentRate: { rate: 0.01 } },
      ],
    };
    const report = await read("health.json", Buffer.from(JSON.stringify(json), "utf8"));
    expect(report.notices).toEqual([
      { code: "invalid_rates", count: 1 },
      { code: "unknown_marketplaces", count: 1, ids: [""] },
    ]);
    expect(report.warnings).toEqual([
      "1 rate did not parse and count as missing",
      "1 marketplace not ours left out: (none)",
    ]);
  });

  test("values that do not parse per column, in the order met, then the rows left out; three channels shown", async () => {
    const header = "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tsku\tquantity\tcurrency\titem-price";
    const lines = [
      header,
      "1\t2026-11-02\tShipped\tAmazon.com\tMUG\t1\tUSD\tabc", // item-price "abc"
      "2\tsoon\tShipped\tAmazon.com\tMUG\t1\tUSD\t--", // purchase-date "soon", item-price "--"
      "3\t2026-11-02\tShipped\tNon-Amazon\tMUG\t1\tUSD\t5.00",
      "4\t2026-11-02\tShipped\tWalmart\tMUG\t1\tUSD\t5.00",
      "5\t2026-11-02\tShipped\t\tMUG\t1\tUSD\t5.00",
      "6\t2026-11-02\tShipped\tEbay\tMUG\t1\tUSD\t5.00",
    ];
    const report = await read("orders.txt", Buffer.from(lines.join("\n"), "utf8"));
    expect(report.notices).toEqual([
      { code: "invalid_values", column: "item-price", count: 2, example: "abc" },
      { code: "invalid_values", column: "purchase-date", count: 1, example: "soon" },
      // four rows, four channels: the first three are named
      { code: "left_out", cause: "sales_channel", count: 4, values: ["Non-Amazon", "Walmart", ""] },
    ]);
    expect(report.warnings).toEqual([
      '2 values in `item-price` did not parse (e.g. "abc") and count as missing',
      '1 value in `purchase-date` did not parse (e.g. "soon") and counts as missing',
      "4 rows of sales channel Non-Amazon, Walmart, (blank) left out",
    ]);
  });
});
