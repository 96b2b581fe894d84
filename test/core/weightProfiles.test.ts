import { getKpi } from "../../src/core/catalog";
import { DATED_PROMOS, isIsoDate, type DatedPromo } from "../../src/core/calendar";
import { shiftWeights, templateFor, templateForPeriod, type TemplateLine } from "../../src/core/templates";
import { LANGS, REGIONS, ROLES, type Region, type Role } from "../../src/core/types";
import {
  STAGES,
  WEIGHT_PROFILES,
  activeProfiles,
  eventMonth,
  profileEventDates,
  validateWeightProfiles,
  type WeightProfile,
} from "../../src/core/weightProfiles";

/** The weighted lines of a template as { id: weight }. */
function weights(lines: readonly TemplateLine[]): Record<string, number> {
  return Object.fromEntries(lines.filter((l) => !l.gate).map((l) => [l.kpiId, l.weight]));
}

function sum(lines: readonly TemplateLine[]): number {
  return lines.filter((l) => !l.gate).reduce((s, l) => s + l.weight, 0);
}

describe("event months (dates from the promo calendar)", () => {
  test("MX warehouse: November 2026 (Buen Fin) weighs stock-up attainment 25, September the plain 15", () => {
    // September 2026 has no event: the plain template, 20 + 20 + 15 + 15 + 10 + 10 + 10 = 100.
    const sep = templateForPeriod("MX", "warehouse", { period: "2026-09" });
    expect(sep.applied).toEqual([]);
    expect(weights(sep.lines)).toEqual({
      customs_clearance_days: 20,
      in_stock_rate: 20,
      buen_fin_stock_attainment: 15,
      turnover_days: 15,
      stockout_rate: 10,
      ml_full_share: 10,
      inventory_accuracy: 10,
    });
    // Buen Fin 2026 by the rule: 1 Nov 2026 is a Sunday, so the Mondays are 2, 9, 16 → ends Mon 16,
    // starts Fri 13 (the table has no 2026 row). Shifts: turnover −5 (15 → 10), accuracy −5 (10 → 5),
    // stock-up +10 (15 → 25): 20 + 20 + 25 + 10 + 10 + 10 + 5 = 100.
    const nov = templateForPeriod("MX", "warehouse", { period: "2026-11" });
    expect(weights(nov.lines)).toEqual({
      customs_clearance_days: 20,
      in_stock_rate: 20,
      buen_fin_stock_attainment: 25,
      turnover_days: 10,
      stockout_rate: 10,
      ml_full_share: 10,
      inventory_accuracy: 5,
    });
    expect(nov.applied).toHaveLength(1);
    expect(nov.applied[0].event).toMatchObject({ event: "buen_fin", start: "2026-11-13", end: "2026-11-16" });
    expect(nov.applied[0].event?.name["en-US"]).toBe("El Buen Fin");
    expect(nov.applied[0].moved).toEqual([
      { from: "turnover_days", to: "buen_fin_stock_attainment", points: 5 },
      { from: "inventory_accuracy", to: "buen_fin_stock_attainment", points: 5 },
    ]);
  });

  test("MX ops: conversion weighs less in November (15 → 5) and Buen Fin stock-up joins with 10", () => {
    const sep = templateForPeriod("MX", "ops", { period: "2026-09" });
    // 25 + 10 + 15 + 10 + 15 + 15 + 10 = 100
    expect(weights(sep.lines)).toEqual({
      gmv: 25,
      gmv_growth: 10,
      cvr: 15,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
    });
    const nov = templateForPeriod("MX", "ops", { period: "2026-11" });
    // cvr 15 − 10 = 5; buen_fin_stock_attainment new at 10: 25 + 10 + 5 + 10 + 15 + 15 + 10 + 10 = 100
    expect(weights(nov.lines)).toEqual({
      gmv: 25,
      gmv_growth: 10,
      cvr: 5,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
      buen_fin_stock_attainment: 10,
    });
    // the new line takes the catalog's MX target (100%) and sits before the Mercado Libre gates
    const ids = nov.lines.map((l) => l.kpiId);
    expect(nov.lines.find((l) => l.kpiId === "buen_fin_stock_attainment")).toEqual({
      kpiId: "buen_fin_stock_attainment",
      weight: 10,
      target: 1,
      gate: false,
    });
    expect(ids.slice(-3)).toEqual(["ml_claims_rate", "ml_cancel_rate", "ml_delayed_rate"]);
  });

  test("US warehouse in June 2026 (Prime Day 23–26 June): peak stock-up 10 → 20; July is plain", () => {
    const june = templateForPeriod("US", "warehouse", { period: "2026-06" });
    expect(june.applied[0].event).toMatchObject({ event: "prime_day", start: "2026-06-23", end: "2026-06-26" });
    // turnover 20 − 5 = 15, accuracy 10 − 5 = 5, peak 10 + 10 = 20: 20 + 15 + 15 + 15 + 5 + 10 + 20 = 100
    expect(weights(june.lines)).toEqual({
      in_stock_rate: 20,
      stockout_rate: 15,
      turnover_days: 15,
      sell_through: 15,
      inventory_accuracy: 5,
      inbound_lead_time_days: 10,
      peak_stock_attainment: 20,
    });
    const july = templateForPeriod("US", "warehouse", { period: "2026-07" });
    expect(july.applied).toEqual([]);
    expect(weights(july.lines)).toEqual(weights(templateFor("US", "warehouse")));
  });

  test("Prime Day follows the table's year: 8–11 July in 2025, so July 2025 shifts and June 2025 does not", () => {
    expect(templateForPeriod("US", "ops", { period: "2025-07" }).applied[0].event?.start).toBe("2025-07-08");
    expect(templateForPeriod("US", "ops", { period: "2025-06" }).applied).toEqual([]);
    // US ops in the month: cvr 15 − 5 = 10, peak stock-up new at 5 (US target 100%)
    expect(weights(templateForPeriod("US", "ops", { period: "2025-07" }).lines)).toMatchObject({
      cvr: 10,
      peak_stock_attainment: 5,
    });
  });

  test("Hot Sale 2026 (25 May – 2 June) counts for May: 7 days in May against 2 in June", () => {
    const may = templateForPeriod("MX", "warehouse", { period: "2026-05" });
    expect(may.applied[0].event).toMatchObject({ event: "hot_sale", start: "2026-05-25", end: "2026-06-02" });
    // turnover 15 − 5 = 10, in-stock 20 + 5 = 25
    expect(weights(may.lines)).toMatchObject({ turnover_days: 10, in_stock_rate: 25 });
    expect(templateForPeriod("MX", "warehouse", { period: "2026-06" }).applied).toEqual([]);
  });

  test("BF/CM 2025 (Fri 28 Nov – Mon 1 Dec) counts for November: 3 days against 1", () => {
    // 1 Nov 2025 is a Saturday: Thursdays 6, 13, 20, 27 → Black Friday 28, Cyber Monday 27 + 4 = 1 Dec
    expect(profileEventDates("bfcm", "US", 2025)).toMatchObject({ start: "2025-11-28", end: "2025-12-01" });
    const nov = templateForPeriod("US", "ads", { period: "2025-11" });
    // acos 25 − 5 = 20, budget 5 + 5 = 10
    expect(weights(nov.lines)).toMatchObject({ acos: 20, ad_budget_utilization: 10 });
    expect(templateForPeriod("US", "ads", { period: "2025-12" }).applied).toEqual([]);
  });

  test("an event month on a tie is the earlier month; a one-month event is its month", () => {
    expect(eventMonth("2026-05-30", "2026-06-02")).toBe("2026-05"); // 30, 31 against 1, 2
    expect(eventMonth("2026-06-23", "2026-06-26")).toBe("2026-06");
    expect(eventMonth("2026-12-30", "2027-01-04")).toBe("2027-01"); // 2 days against 4
  });

  test("an edited promo table moves the profile: Prime Day 2026 put in July shifts July, not June", () => {
    const edited: DatedPromo[] = DATED_PROMOS.map((row) =>
      row.id === "prime_day" && row.start.startsWith("2026") ? { ...row, start: "2026-07-14", end: "2026-07-17" } : row,
    );
    expect(templateForPeriod("US", "warehouse", { period: "2026-06", promos: edited }).applied).toEqual([]);
    expect(templateForPeriod("US", "warehouse", { period: "2026-07", promos: edited }).applied[0].event?.start).toBe(
      "2026-07-14",
    );
  });

  test("a quarter or no period has no event month (the stage still applies)", () => {
    expect(activeProfiles("MX", "warehouse", { period: "2026-Q4" })).toEqual([]);
    expect(activeProfiles("MX", "warehouse", {})).toEqual([]);
    expect(activeProfiles("US", "ads", { period: "2026-Q4", stage: "launch" }).map((p) => p.profile.trigger)).toEqual([
      { kind: "stage", stage: "launch" },
    ]);
  });

  test("roles without an event profile keep their weights in the event month (MX compliance in November)", () => {
    expect(templateForPeriod("MX", "compliance", { period: "2026-11" }).lines).toEqual(templateFor("MX", "compliance"));
  });
});

describe("store stages", () => {
  test("US ads at launch: ROAS 30 → 20 and ad tests 5 → 15; growth halfway (25 and 10); mature plain", () => {
    const mature = templateForPeriod("US", "ads", { period: "2026-09" });
    expect(mature.stage).toBe("mature");
    expect(weights(mature.lines)).toEqual({
      roas: 30,
      acos: 25,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 5,
      ad_tests_launched: 5,
    });
    const launch = templateForPeriod("US", "ads", { period: "2026-09", stage: "launch" });
    // 20 + 25 + 20 + 10 + 5 + 5 + 15 = 100
    expect(weights(launch.lines)).toEqual({ ...weights(mature.lines), roas: 20, ad_tests_launched: 15 });
    expect(launch.applied.map((a) => a.profile.trigger)).toEqual([{ kind: "stage", stage: "launch" }]);
    const growth = templateForPeriod("US", "ads", { period: "2026-09", stage: "growth" });
    expect(weights(growth.lines)).toEqual({ ...weights(mature.lines), roas: 25, ad_tests_launched: 10 });
  });

  test("US ops at launch: GMV 25 → 15, GMV growth leaves (10 → 0), new listings and reviews join with 10 each", () => {
    const launch = templateForPeriod("US", "ops", { period: "2026-09", stage: "launch" });
    // 15 + 15 + 10 + 10 + 15 + 15 + 10 + 10 = 100
    expect(weights(launch.lines)).toEqual({
      gmv: 15,
      cvr: 15,
      sessions_growth: 10,
      listing_update_rate: 10,
      prime_coverage: 15,
      buybox_win_rate: 15,
      new_asin_launches: 10,
      review_rating: 10,
    });
    // the new lines take the catalog's US targets: 6 new listings, 4.4 stars
    expect(launch.lines.find((l) => l.kpiId === "new_asin_launches")?.target).toBe(6);
    expect(launch.lines.find((l) => l.kpiId === "review_rating")?.target).toBe(4.4);
  });

  test("MX cs at launch: refunds 10 → 5, negative review response 10 → 15", () => {
    expect(weights(templateForPeriod("MX", "cs", { stage: "launch" }).lines)).toMatchObject({
      refund_rate: 5,
      negative_review_response_hours: 15,
    });
  });

  test("an event month and a stage together: MX ops, November 2026, launch — event first, then stage", () => {
    const t = templateForPeriod("MX", "ops", { period: "2026-11", stage: "launch" });
    expect(t.applied.map((a) => a.profile.trigger.kind)).toEqual(["event", "stage"]);
    // event: cvr 15 → 5, Buen Fin stock-up +10; stage: gmv 25 → 15, new listings +10, gmv_growth 10 → 0,
    // reviews +10: 15 + 5 + 10 + 15 + 15 + 10 + 10 + 10 + 10 = 100
    expect(weights(t.lines)).toEqual({
      gmv: 15,
      cvr: 5,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
      buen_fin_stock_attainment: 10,
      new_asin_launches: 10,
      review_rating: 10,
    });
  });

  test("warehouse and compliance have no stage profile: launch is the plain template", () => {
    for (const region of REGIONS) {
      for (const role of ["warehouse", "compliance"] as const) {
        const t = templateForPeriod(region, role, { period: "2026-09", stage: "launch" });
        expect(t.applied).toEqual([]);
        expect(t.lines).toEqual(templateFor(region, role));
      }
    }
  });
});

describe("weights still sum to 100", () => {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const cases: [Region, Role, string, (typeof STAGES)[number]][] = [];
  for (const region of REGIONS)
    for (const role of ROLES) for (const m of months) for (const s of STAGES) cases.push([region, role, m, s]);

  test("in every region × role × month of 2026 × stage (2 × 6 × 12 × 3 = 432 templates)", () => {
    expect(cases).toHaveLength(432);
    for (const [region, role, period, stage] of cases) {
      const t = templateForPeriod(region, role, { period, stage });
      const where = `${region} ${role} ${period} ${stage}`;
      expect({ where, sum: sum(t.lines) }).toEqual({ where, sum: 100 });
      // no weighted line at 0 or below, each KPI once, gates still at 0
      for (const l of t.lines)
        expect({ where, id: l.kpiId, ok: l.gate ? l.weight === 0 : l.weight > 0 }).toMatchObject({ ok: true });
      expect(new Set(t.lines.map((l) => l.kpiId)).size).toBe(t.lines.length);
    }
  });

  test("rebalancing moves at most the from-line's weight: 50 points asked of cvr (15) move 15 and cvr leaves", () => {
    const base = templateFor("US", "ops");
    const { lines, moved } = shiftWeights(base, [{ from: "cvr", to: "gmv", points: 50 }], "US");
    expect(moved).toEqual([{ from: "cvr", to: "gmv", points: 15 }]);
    // gmv 25 + 15 = 40; cvr gone; 40 + 10 + 10 + 10 + 15 + 15 = 100
    expect(weights(lines)).toEqual({
      gmv: 40,
      gmv_growth: 10,
      sessions_growth: 10,
      listing_update_rate: 10,
      prime_coverage: 15,
      buybox_win_rate: 15,
    });
    expect(sum(lines)).toBe(100);
  });

  test("a shift from a KPI the template lacks, or to a gate or a KPI of the other region, moves nothing", () => {
    const base = templateFor("US", "ops");
    const { lines, moved } = shiftWeights(
      base,
      [
        { from: "roas", to: "gmv", points: 5 }, // roas is not in US ops
        { from: "gmv", to: "odr", points: 5 }, // a gate carries no weight
        { from: "gmv", to: "cfdi_issuance_rate", points: 5 }, // MX only: no US target
      ],
      "US",
    );
    expect(moved).toEqual([]);
    expect(lines).toEqual(base);
  });
});

describe("the profile table", () => {
  test("the default table validates", () => {
    expect(validateWeightProfiles(WEIGHT_PROFILES)).toBeNull();
  });

  test.each(WEIGHT_PROFILES.map((p, i) => [i + 1, p] as const))(
    "row %s: its KPIs are weighted, of its region and role, the from-KPI in the plain template",
    (_row, p) => {
      const plain = templateFor(p.region, p.role).map((l) => l.kpiId);
      for (const s of p.shifts) {
        expect(plain).toContain(s.from);
        for (const id of [s.from, s.to]) {
          const kpi = getKpi(id);
          expect(kpi?.gate).toBe(false);
          expect(kpi?.roles).toContain(p.role);
          expect(kpi?.defaultTarget[p.region]).toBeDefined();
        }
      }
      // a reason in three different languages, a source and a checked date
      for (const lang of LANGS) expect(p.reason[lang].trim()).not.toBe("");
      expect(new Set(LANGS.map((l) => p.reason[l])).size).toBe(3);
      expect(p.source.trim()).not.toBe("");
      expect(isIsoDate(p.checked)).toBe(true);
    },
  );

  test("the seed's Buen Fin line is the reason of the MX ops row", () => {
    const row = WEIGHT_PROFILES.find(
      (p) => p.region === "MX" && p.role === "ops" && p.trigger.kind === "event" && p.trigger.event === "buen_fin",
    );
    expect(row?.reason["zh-CN"]).toContain("Buen Fin 期间 KPI 应侧重备货达成率而非日常转化");
  });

  test.each([
    ["a shift of 0 points", { points: 0 }, "weight profile row 1: points must be a whole number from 1 to 100"],
    ["half a point", { points: 2.5 }, "weight profile row 1: points must be a whole number from 1 to 100"],
    ["a gate as target", { to: "odr" }, 'weight profile row 1: "odr" is not a weighted KPI'],
    ["an unknown KPI", { from: "rosa" }, 'weight profile row 1: "rosa" is not a weighted KPI'],
    ["a US-only KPI in MX", { to: "prime_coverage" }, 'weight profile row 1: "prime_coverage" has no target in MX'],
  ])("an edited row with %s is refused, naming the row", (_name, change, message) => {
    const first = WEIGHT_PROFILES[0];
    const edited: WeightProfile[] = [{ ...first, shifts: [{ ...first.shifts[0], ...change }] }];
    expect(validateWeightProfiles(edited)?.message).toBe(message);
  });
});
