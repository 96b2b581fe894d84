import {
  PLATFORM_NAMES,
  REGION_INFO,
  getRegion,
  includedTaxRate,
  taxSettingsOn,
  withholdingRates,
} from "../../src/core/regions";
import { isKpiError, LANGS, REGIONS, type Platform, type Region } from "../../src/core/types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// [region, has RFC, date, IVA withheld, ISR withheld] — DESIGN §2 and the dated settings.
const WITHHOLDING: ReadonlyArray<[Region, boolean, string, number, number]> = [
  ["MX", true, "2026-03-01", 0.08, 0.025], // 2026 with RFC: IVA 8%, ISR 2.5%
  ["MX", false, "2026-03-01", 0.16, 0.2], // 2026 without RFC: IVA 16%, ISR 20%
  ["MX", true, "2026-01-01", 0.08, 0.025], // first day of the 2026 rates
  ["MX", true, "2025-12-31", 0.08, 0.01], // last day of the 1% ISR
  ["MX", false, "2025-06-30", 0.16, 0.2],
  ["US", true, "2026-03-01", 0, 0], // no platform withholding in the US
  ["US", false, "2026-03-01", 0, 0],
];

// Worked examples on a MXN 11,600 shelf price (IVA included) in 2026:
// net = 11,600 ÷ 1.16 = 10,000; with RFC IVA withheld = 8% × 10,000 = 800, ISR = 2.5% × 10,000 = 250;
// without RFC IVA = 16% × 10,000 = 1,600, ISR = 20% × 10,000 = 2,000.
const WORKED: ReadonlyArray<[boolean, number, number]> = [
  [true, 800, 250],
  [false, 1600, 2000],
];

describe("IVA (Mexico) and US sales tax", () => {
  test("MX shelf prices include IVA at 16%", () => {
    expect(includedTaxRate("MX", "2026-03-01")).toBe(0.16);
    expect(REGION_INFO.MX.salesTaxInclusive).toBe(true);
  });

  test("net of a 116 gross is 100: 116 ÷ (1 + 0.16) = 100", () => {
    const rate = includedTaxRate("MX", "2026-03-01");
    expect(116 / (1 + rate)).toBeCloseTo(100, 10);
  });

  test("US marketplace sales are tax-exclusive: no tax to strip", () => {
    expect(includedTaxRate("US", "2026-03-01")).toBe(0);
    expect(REGION_INFO.US.salesTaxInclusive).toBe(false);
    expect(taxSettingsOn("US", "2026-03-01").map((s) => s.kind)).toEqual(["sales_tax_facilitator"]);
  });
});

describe("platform withholding by RFC status", () => {
  test.each(WITHHOLDING)("%s, RFC %s, on %s: IVA %s and ISR %s", (region, hasRfc, date, vat, income) => {
    expect(withholdingRates(region, hasRfc, date)).toEqual({ vat, income });
  });

  test.each(WORKED)("MXN 11,600 sale in 2026, RFC %s: IVA %s and ISR %s withheld", (hasRfc, vatAmount, isrAmount) => {
    const rates = withholdingRates("MX", hasRfc, "2026-06-15");
    if (isKpiError(rates)) throw new Error(rates.message);
    const net = 11600 / (1 + includedTaxRate("MX", "2026-06-15"));
    expect(rates.vat * net).toBeCloseTo(vatAmount, 6);
    expect(rates.income * net).toBeCloseTo(isrAmount, 6);
  });

  test("before the platform regime (2020-06-01) there is no setting: an error, not a silent 0", () => {
    const result = withholdingRates("MX", true, "2019-12-31");
    expect(isKpiError(result)).toBe(true);
    if (isKpiError(result)) expect(result.code).toBe("na");
  });

  test("payouts to a foreign bank account have the whole IVA withheld from 2026", () => {
    const foreign = taxSettingsOn("MX", "2026-03-01").find((s) => s.appliesTo === "foreign-payout");
    expect(foreign?.rate).toBe(0.16);
    expect(taxSettingsOn("MX", "2025-12-31").find((s) => s.appliesTo === "foreign-payout")).toBeUndefined();
  });
});

describe("tax settings are dated, sourced data", () => {
  const all = REGIONS.flatMap((r) => REGION_INFO[r].taxSettings.map((s) => [r, s.id, s] as const));

  test.each(all)("%s %s has a validity window, a source, an https url and a checked date", (_r, _id, s) => {
    expect(s.validFrom).toMatch(ISO_DATE);
    if (s.validTo !== undefined) {
      expect(s.validTo).toMatch(ISO_DATE);
      expect(s.validTo >= s.validFrom).toBe(true);
    }
    expect(s.source.trim()).not.toBe("");
    expect(s.url).toMatch(/^https:\/\//);
    expect(s.checked).toMatch(ISO_DATE);
    expect(s.rate).toBeGreaterThanOrEqual(0);
    expect(s.rate).toBeLessThan(1);
    for (const lang of LANGS) expect(s.note[lang].trim()).not.toBe("");
  });

  test("no two settings of the same kind and scope are in force on the same day", () => {
    for (const region of REGIONS) {
      const settings = REGION_INFO[region].taxSettings;
      for (const a of settings) {
        for (const b of settings) {
          if (a === b || a.kind !== b.kind || a.appliesTo !== b.appliesTo) continue;
          const aEnd = a.validTo ?? "9999-12-31";
          const bEnd = b.validTo ?? "9999-12-31";
          expect(a.validFrom > bEnd || b.validFrom > aEnd).toBe(true);
        }
      }
    }
  });
});

describe("regions and platforms", () => {
  test("getRegion returns the region's info: currency and platforms", () => {
    expect(getRegion("US")).toBe(REGION_INFO.US);
    expect(getRegion("US").currency).toBe("USD");
    expect(getRegion("MX").currency).toBe("MXN");
    expect(getRegion("MX").platforms).toEqual(["amazon_mx", "mercadolibre_mx"]);
  });

  test("each platform belongs to exactly one region and has a name in every language", () => {
    const platforms = Object.keys(PLATFORM_NAMES) as Platform[];
    const owned = REGIONS.flatMap((r) => REGION_INFO[r].platforms);
    expect([...owned].sort()).toEqual([...platforms].sort());
    for (const p of platforms) for (const lang of LANGS) expect(PLATFORM_NAMES[p][lang].trim()).not.toBe("");
  });
});
