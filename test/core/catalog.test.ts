import { isIsoDate } from "../../src/core/calendar";
import { KPI_CATALOG, CATALOG_SECTIONS, getKpi, platformThreshold } from "../../src/core/catalog";
import { REGION_INFO } from "../../src/core/regions";
import { LANGS, type Platform, type Polarity, type Region } from "../../src/core/types";

// DESIGN §2: the stable ids, with the polarity it gives each one, and whether it is a gate.
const STABLE_IDS: ReadonlyArray<[id: string, polarity: Polarity, gate: boolean]> = [
  ["gmv", "higher", false],
  ["net_sales", "higher", false],
  ["gmv_growth", "higher", false],
  ["listing_update_rate", "higher", false],
  ["ctr", "higher", false],
  ["cvr", "higher", false],
  ["prime_coverage", "higher", false],
  ["return_label_compliance", "higher", false],
  ["response_24h_rate", "higher", false],
  ["cfdi_issuance_rate", "higher", false],
  ["buen_fin_stock_attainment", "higher", false],
  ["sell_through", "higher", false],
  ["in_stock_rate", "higher", false],
  ["roas", "higher", false],
  ["acos", "lower", false],
  ["tacos", "lower", false],
  ["cpc", "lower", false],
  ["return_rate", "lower", false],
  ["refund_rate", "lower", false],
  ["turnover_days", "lower", false],
  ["stockout_rate", "lower", false],
  ["customs_clearance_days", "lower", false],
  ["negative_feedback_rate", "lower", false],
  ["odr", "lower", true],
  ["late_shipment_rate", "lower", true],
  ["cancel_rate", "lower", true],
  ["valid_tracking_rate", "higher", true],
  ["ml_claims_rate", "lower", true],
  ["ml_cancel_rate", "lower", true],
  ["ml_delayed_rate", "lower", true],
  ["wm_cancel_rate", "lower", true],
  ["wm_on_time_delivery_rate", "higher", true],
  ["wm_valid_tracking_rate", "higher", true],
  ["fda_registration_current", "higher", true],
  ["rfc_current", "higher", true],
  // DESIGN §9: process KPIs
  ["ad_tests_launched", "higher", false],
  ["negative_review_response_hours", "lower", false],
];

// The KPIs the custom functions compute (DESIGN §4 plus CTR, CPC, CVR, AOV).
const FUNCTION_IDS: ReadonlyArray<[id: string, fn: string]> = [
  ["roas", "ROAS"],
  ["acos", "ACOS"],
  ["tacos", "TACOS"],
  ["ctr", "CTR"],
  ["cpc", "CPC"],
  ["cvr", "CVR"],
  ["aov", "AOV"],
  ["turnover_days", "TURNOVERDAYS"],
  ["days_of_supply", "DAYSOFSUPPLY"],
  ["sell_through", "SELLTHROUGH"],
  ["net_sales", "NETSALES"],
];

// DESIGN §2 platform thresholds, written out by hand: [id, platform, value, comparator, window].
const THRESHOLDS: ReadonlyArray<[string, Platform, number, string, string]> = [
  ["odr", "amazon_us", 0.01, "<", "60 days"], // ODR < 1% (60 d)
  ["cancel_rate", "amazon_us", 0.025, "<", "7 days"], // pre-fulfilment cancel < 2.5% (7 d)
  ["late_shipment_rate", "amazon_us", 0.04, "<", "10 days"], // late shipment < 4% (10 d, first entry)
  ["valid_tracking_rate", "amazon_us", 0.95, ">", "30 days"], // valid tracking > 95% (DESIGN §2/§3: strict)
  ["on_time_delivery_rate", "amazon_us", 0.9, ">", "14 days"], // on-time delivery > 90%
  ["ml_claims_rate", "mercadolibre_mx", 0.01, "<=", "60 days (365 days under 40 sales)"], // MercadoLíder ≤ 1%
  ["ml_cancel_rate", "mercadolibre_mx", 0.005, "<=", "60 days (365 days under 40 sales)"], // ≤ 0.5%
  ["ml_delayed_rate", "mercadolibre_mx", 0.08, "<=", "60 days (365 days under 40 sales)"], // ≤ 8%
  ["wm_cancel_rate", "walmart_us", 0.02, "<=", "30 days"], // ≤ 2%
  ["wm_on_time_delivery_rate", "walmart_us", 0.9, ">=", "30 days"], // ≥ 90%
  ["wm_valid_tracking_rate", "walmart_us", 0.99, ">=", "30 days"], // ≥ 99%
  ["wm_refund_rate", "walmart_us", 0.06, "<=", "30 days"], // ≤ 6%
  ["wm_negative_feedback_rate", "walmart_us", 0.02, "<=", "60 days"], // ≤ 2%
  ["fda_registration_current", "amazon_us", 1, ">=", "continuous; renew 1 Oct–31 Dec of even years"], // 1 = yes
  ["rfc_current", "mercadolibre_mx", 1, ">=", "continuous; checked monthly"], // 1 = yes
];

// Mercado Libre green reputation levels (DESIGN §2: 1.5% / 1% / 10%), the second entry.
const ML_GREEN: ReadonlyArray<[string, number]> = [
  ["ml_claims_rate", 0.015],
  ["ml_cancel_rate", 0.01],
  ["ml_delayed_rate", 0.1],
];

const GATES = KPI_CATALOG.filter((k) => k.gate);
const WEIGHTED = KPI_CATALOG.filter((k) => !k.gate);

describe("catalog integrity", () => {
  test("holds at least 44 KPIs", () => {
    expect(KPI_CATALOG.length).toBeGreaterThanOrEqual(44);
  });

  test("every id is unique and snake_case", () => {
    const ids = KPI_CATALOG.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  test("the sections together hold exactly the catalog", () => {
    expect(CATALOG_SECTIONS.flatMap((s) => s.kpis.map((k) => k.id))).toEqual(KPI_CATALOG.map((k) => k.id));
  });

  test.each(STABLE_IDS)("stable id %s exists with polarity %s (gate: %s)", (id, polarity, gate) => {
    const kpi = getKpi(id);
    expect(kpi).toBeDefined();
    expect(kpi?.polarity).toBe(polarity);
    expect(kpi?.gate).toBe(gate);
  });

  test.each(KPI_CATALOG.map((k) => [k.id, k] as const))(
    "%s has a name and a definition in zh-CN, en-US and es-MX",
    (_id, kpi) => {
      for (const lang of LANGS) {
        expect(kpi.name[lang].trim()).not.toBe("");
        expect(kpi.definition[lang].trim()).not.toBe("");
      }
      // The three texts are translations, not copies.
      expect(new Set(LANGS.map((l) => kpi.definition[l])).size).toBe(3);
      expect(kpi.formula.trim()).not.toBe("");
    },
  );

  test.each(KPI_CATALOG.map((k) => [k.id, k] as const))(
    "%s has a usable default target for each of its regions",
    (_id, kpi) => {
      expect(kpi.regions.length).toBeGreaterThan(0);
      for (const region of kpi.regions) {
        const target = kpi.defaultTarget[region];
        expect(target).toBeDefined();
        expect(Number.isFinite(target)).toBe(true);
        // DESIGN §3: a target ≤ 0 with "higher", or < 0 with "lower", is an error.
        if (kpi.polarity === "higher") expect(target as number).toBeGreaterThan(0);
        else expect(target as number).toBeGreaterThanOrEqual(0);
        // Percent KPIs are fractions: 25% is 0.25.
        if (kpi.unit === "percent") expect(target as number).toBeLessThanOrEqual(1);
        if (kpi.unit === "flag") expect(target).toBe(1);
      }
      // No target for a region the KPI does not apply to.
      for (const region of Object.keys(kpi.defaultTarget)) expect(kpi.regions).toContain(region);
    },
  );

  test.each(KPI_CATALOG.map((k) => [k.id, k] as const))(
    "%s lists roles and only platforms of its regions",
    (_id, kpi) => {
      expect(kpi.roles.length).toBeGreaterThan(0);
      expect(kpi.platforms.length).toBeGreaterThan(0);
      const allowed = kpi.regions.flatMap((r: Region) => REGION_INFO[r].platforms);
      for (const p of kpi.platforms) expect(allowed).toContain(p);
    },
  );

  test.each(WEIGHTED.map((k) => [k.id, k] as const))(
    "weighted KPI %s has a positive default weight and no thresholds",
    (_id, kpi) => {
      expect(kpi.defaultWeight).toBeGreaterThan(0);
      expect(kpi.thresholds ?? []).toHaveLength(0);
    },
  );

  test("a per-KPI cap, where given, is at least 100%", () => {
    for (const kpi of KPI_CATALOG) if (kpi.cap !== undefined) expect(kpi.cap).toBeGreaterThanOrEqual(1);
  });
});

describe("gates", () => {
  test.each(GATES.map((k) => [k.id, k] as const))("%s has weight 0 and sourced, dated thresholds", (_id, kpi) => {
    expect(kpi.defaultWeight).toBe(0);
    expect(kpi.thresholds?.length ?? 0).toBeGreaterThan(0);
    for (const t of kpi.thresholds ?? []) {
      expect(t.source.trim()).not.toBe("");
      expect(t.url).toMatch(/^https:\/\/\S+$/);
      expect(isIsoDate(t.checked)).toBe(true);
      expect(t.window.trim()).not.toBe("");
      expect(kpi.platforms).toContain(t.platform);
      // The comparator points the same way as the polarity: a "lower" gate caps, a "higher" one floors.
      expect(kpi.polarity === "lower" ? ["<", "<="] : [">", ">="]).toContain(t.comparator);
    }
  });

  test.each(GATES.map((k) => [k.id, k] as const))(
    "%s has as default target the threshold of its region's platform",
    (_id, kpi) => {
      for (const region of kpi.regions) {
        const t = kpi.thresholds?.find((x) => REGION_INFO[region].platforms.includes(x.platform));
        expect(t).toBeDefined();
        expect(kpi.defaultTarget[region]).toBe(t?.value);
      }
    },
  );

  test.each(THRESHOLDS)("%s on %s: %s, comparator %s, window %s", (id, platform, value, comparator, window) => {
    const t = platformThreshold(id, platform);
    expect(t?.value).toBe(value);
    expect(t?.comparator).toBe(comparator);
    expect(t?.window).toBe(window);
  });

  test("late shipment is measured over both 10 and 30 days", () => {
    const windows = getKpi("late_shipment_rate")
      ?.thresholds?.filter((t) => t.platform === "amazon_us")
      .map((t) => t.window);
    expect(windows).toEqual(["10 days", "30 days"]);
  });

  test.each(ML_GREEN)("%s records the green reputation level %s as the second entry", (id, green) => {
    const entries = getKpi(id)?.thresholds ?? [];
    expect(entries[0].value).toBeLessThan(green); // MercadoLíder first: it is the binding one
    expect(entries[1].value).toBe(green);
    expect(entries[1].source).toMatch(/green/);
  });

  test("Amazon's account-health gates also hold for Amazon Mexico", () => {
    expect(platformThreshold("odr", "amazon_mx")?.value).toBe(0.01);
    expect(platformThreshold("cancel_rate", "amazon_mx")?.value).toBe(0.025);
    expect(platformThreshold("late_shipment_rate", "amazon_mx")?.value).toBe(0.04);
  });
});

describe("lookups", () => {
  test("getKpi finds a KPI by id and returns undefined for an unknown one", () => {
    expect(getKpi("roas")?.unit).toBe("ratio");
    expect(getKpi("no_such_kpi")).toBeUndefined();
  });

  test("platformThreshold without a platform gives the first entry", () => {
    expect(platformThreshold("odr")?.platform).toBe("amazon_us");
  });

  test("platformThreshold is undefined for a platform the gate does not cover, or a weighted KPI", () => {
    expect(platformThreshold("odr", "walmart_us")).toBeUndefined();
    expect(platformThreshold("gmv")).toBeUndefined();
    expect(platformThreshold("no_such_kpi")).toBeUndefined();
  });
});

describe("custom functions", () => {
  test.each(FUNCTION_IDS)("%s is computed by KPI.%s", (id, fn) => {
    expect(getKpi(id)?.fn).toBe(fn);
  });

  test("every fn id is upper-case letters only", () => {
    for (const kpi of KPI_CATALOG) if (kpi.fn !== undefined) expect(kpi.fn).toMatch(/^[A-Z]+$/);
  });
});

describe("data definitions (数据口径)", () => {
  test("ad KPIs use the 7-day Sponsored Products attribution window", () => {
    for (const id of ["roas", "acos"]) expect(getKpi(id)?.data.attributionWindowDays).toBe(7);
  });

  test("net sales is tax-exclusive and net of refunds; GMV follows the region", () => {
    expect(getKpi("net_sales")?.data).toMatchObject({ taxInclusive: false, netOfRefunds: true });
    expect(getKpi("gmv")?.data).toMatchObject({ taxInclusive: "by-region", netOfRefunds: false });
  });

  test("Mexico-only and US-only KPIs stay in their region", () => {
    for (const id of [
      "customs_clearance_days",
      "cfdi_issuance_rate",
      "buen_fin_stock_attainment",
      "cash_instalment_share",
      "rfc_current",
    ]) {
      expect(getKpi(id)?.regions).toEqual(["MX"]);
    }
    for (const id of [
      "prime_coverage",
      "return_label_compliance",
      "fda_registration_current",
      "cpc_certificate_coverage",
    ]) {
      expect(getKpi(id)?.regions).toEqual(["US"]);
    }
  });
});

describe("process KPIs (DESIGN §9)", () => {
  test("ad_tests_launched: a count for the ads role, higher is better, 4 a month in the US and 3 in MX", () => {
    expect(getKpi("ad_tests_launched")).toMatchObject({
      unit: "count",
      polarity: "higher",
      roles: ["ads"],
      defaultTarget: { US: 4, MX: 3 },
      gate: false,
    });
  });

  test("negative_review_response_hours: hours for customer service, lower is better, 24 in both regions", () => {
    const kpi = getKpi("negative_review_response_hours");
    expect(kpi).toMatchObject({ unit: "number", polarity: "lower", roles: ["cs"], defaultTarget: { US: 24, MX: 24 } });
    // the definition says which reviews count (1–2 stars) in each language
    expect(kpi?.definition["en-US"]).toContain("1–2 star");
    expect(kpi?.definition["zh-CN"]).toContain("1–2 星");
    expect(kpi?.definition["es-MX"]).toContain("1 a 2 estrellas");
  });
});
