/**
 * Files that repeat each other (src/import/overlaps.ts): a later file of the same kind whose rows of
 * the period an earlier file already holds gets an `overlaps` notice; nothing is dropped from totals.
 * Reports made by hand, so every count is read off the rows below.
 */
import { importNoticeText } from "../../src/i18n/importWarnings";
import { overlapNotices, withOverlaps } from "../../src/import";
import type { ParsedReport, ReportRecord } from "../../src/import/types";

function ads(
  file: string,
  records: ReportRecord[],
  marketplace: ParsedReport["marketplace"] = "amazon_us",
): ParsedReport {
  return {
    file,
    kind: "amazon_ads_sp",
    format: "en",
    locale: "en",
    marketplace,
    rows: records.length,
    records,
    warnings: [],
    notices: [],
  };
}

const row = (n: number, date: string, campaign: string, sku = "MUG-1"): ReportRecord => ({
  row: n,
  marketplace: null,
  skus: [sku],
  campaign,
  date,
  values: { ad_spend: 10 },
});

const A = ads("a.csv", [
  row(2, "2026-11-01", "SP-Mug"),
  row(3, "2026-11-02", "SP-Mug"),
  row(4, "2026-10-31", "SP-Mug"),
]);

describe("overlapNotices", () => {
  test("the same file twice: the second repeats the first's 2 rows of November (31 Oct is not in the period)", () => {
    const B = ads("b.csv", A.records);
    expect(overlapNotices([A, B], "2026-11")).toEqual([
      [],
      [{ code: "overlaps", other: "a.csv", count: 2, example: "2026-11-01 SP-Mug MUG-1" }],
    ]);
  });

  test("a file sharing one day and campaign with an earlier one: count 1; other days, campaigns or SKUs are not repeats", () => {
    const C = ads("c.csv", [
      row(2, "2026-11-02", "SP-Mug"), // in a.csv
      row(3, "2026-11-03", "SP-Mug"), // another day
      row(4, "2026-11-01", "SP-Lid"), // another campaign
      row(5, "2026-11-01", "SP-Mug", "MUG-2"), // another SKU
    ]);
    expect(overlapNotices([A, C], "2026-11")[1]).toEqual([
      { code: "overlaps", other: "a.csv", count: 1, example: "2026-11-02 SP-Mug MUG-1" },
    ]);
  });

  test("another marketplace or another kind is no repeat; a quarter covers its three months", () => {
    const mx = ads("mx.csv", A.records, "amazon_mx");
    const business: ParsedReport = { ...ads("br.csv", A.records), kind: "amazon_business_report" };
    expect(overlapNotices([A, mx, business], "2026-11")).toEqual([[], [], []]);
    // 2026-Q4 holds 31 Oct too: all 3 rows repeat
    expect(overlapNotices([A, ads("b.csv", A.records)], "2026-Q4")[1][0]).toMatchObject({ count: 3 });
  });

  test("withOverlaps adds the notice and its English line to the later file only", () => {
    const [a, b] = withOverlaps([A, ads("b.csv", A.records)], "2026-11");
    expect(a).toBe(A);
    expect(b.warnings).toEqual([
      "2 rows of the period repeat a.csv (same date, marketplace and campaign or SKU, e.g. 2026-11-01 SP-Mug MUG-1) and are counted twice: leave one file out if they hold the same data",
    ]);
    expect(b.records).toBe(A.records); // nothing dropped
  });

  test.each([
    [
      "zh-CN",
      "本期有 2 行与 a.csv 重复（日期、站点及广告活动或 SKU 相同，例如 x），会被重复计入：若两个文件是同一份数据，请只保留一个",
    ],
    [
      "es-MX",
      "2 filas del periodo repiten a.csv (misma fecha, marketplace y campaña o SKU; p. ej., x) y se cuentan dos veces: si los dos archivos traen los mismos datos, deje fuera uno",
    ],
  ] as const)("said in %s", (lang, text) => {
    expect(importNoticeText({ code: "overlaps", other: "a.csv", count: 2, example: "x" }, lang)).toBe(text);
  });
});
