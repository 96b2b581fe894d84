/**
 * Gates by the platform's own comparator and the gate-fail payout cap (DESIGN §3, issue 8).
 * Every expectation is worked out by hand from the rule written beside it.
 */
import { platformThreshold } from "../../src/core/catalog";
import { DEFAULT_RULES, gatePasses, lineGatePasses, scorePerson, type KpiLine } from "../../src/core/scoring";
import { gateComparator, templateFor } from "../../src/core/templates";
import type { Comparator, Platform, Polarity } from "../../src/core/types";

/** The catalog threshold of a gate on a platform, as the scorecard would judge it. */
function judge(id: string, platform: Platform, actual: number): boolean {
  const t = platformThreshold(id, platform);
  if (t === undefined) throw new Error(`no threshold ${id} ${platform}`);
  return gatePasses(actual, t.value, t.comparator);
}

describe("gatePasses with a comparator", () => {
  test.each<[string, number, number, Comparator | Polarity, boolean]>([
    ["< fails on the threshold", 0.01, 0.01, "<", false],
    ["< passes just under", 0.0099, 0.01, "<", true],
    ["<= passes on the threshold", 0.01, 0.01, "<=", true],
    ["> fails on the threshold", 0.9, 0.9, ">", false],
    [">= passes on the threshold", 0.9, 0.9, ">=", true],
    ["> passes just over", 0.9001, 0.9, ">", true],
    ["lower means <=: passes on the threshold", 0.01, 0.01, "lower", true],
    ["higher means >=: passes on the threshold", 0.9, 0.9, "higher", true],
    ["an unknown rule fails", 0, 1, "=" as Comparator, false],
  ])("%s", (_name, actual, threshold, rule, expected) => {
    expect(gatePasses(actual, threshold, rule)).toBe(expected);
  });
});

describe("catalog thresholds at the exact threshold", () => {
  test.each<[string, Platform, number, boolean]>([
    ["odr", "amazon_us", 0.01, false], // ODR < 1%: 1% is not under
    ["odr", "amazon_us", 0.0099, true],
    ["late_shipment_rate", "amazon_us", 0.04, false], // < 4%
    ["cancel_rate", "amazon_us", 0.025, false], // < 2.5%
    ["on_time_delivery_rate", "amazon_us", 0.9, false], // > 90%
    ["valid_tracking_rate", "amazon_us", 0.95, false], // > 95%
    ["ml_claims_rate", "mercadolibre_mx", 0.01, true], // ≤ 1%
    ["wm_cancel_rate", "walmart_us", 0.02, true], // ≤ 2%
    ["wm_on_time_delivery_rate", "walmart_us", 0.9, true], // ≥ 90%
    ["wm_valid_tracking_rate", "walmart_us", 0.99, true], // ≥ 99%
  ])("%s on %s at %s passes: %s", (id, platform, actual, expected) => {
    expect(judge(id, platform, actual)).toBe(expected);
  });

  test("on-time delivery 0.90 fails with > and passes with >=", () => {
    expect(gatePasses(0.9, 0.9, ">")).toBe(false);
    expect(gatePasses(0.9, 0.9, ">=")).toBe(true);
  });

  test("a gate with no actual fails, whatever the comparator", () => {
    for (const c of ["<", "<=", ">", ">="] as const) {
      expect(lineGatePasses(null, 0.01, c)).toBe(false);
      expect(lineGatePasses(undefined, 0.01, c)).toBe(false);
    }
  });
});

describe("gateComparator and templates", () => {
  test("the comparator of the threshold the template's target comes from", () => {
    expect(gateComparator("odr", "US")).toBe("<");
    expect(gateComparator("wm_cancel_rate", "US")).toBe("<=");
    expect(gateComparator("ml_claims_rate", "MX")).toBe("<=");
    expect(gateComparator("odr", "MX", ["amazon_mx"])).toBe("<");
    expect(gateComparator("gmv", "US")).toBeUndefined();
  });

  test("template gate lines carry the comparator, weighted lines none", () => {
    const lines = templateFor("US", "ops");
    const odr = lines.find((l) => l.kpiId === "odr");
    const wm = lines.find((l) => l.kpiId === "wm_cancel_rate");
    expect(odr).toMatchObject({ target: 0.01, comparator: "<", gate: true });
    expect(wm).toMatchObject({ target: 0.02, comparator: "<=", gate: true });
    expect(lines.find((l) => l.kpiId === "gmv")?.comparator).toBeUndefined();
  });
});

describe("scorePerson: comparator on the line, payout capped by a failed gate", () => {
  const w = (target: number, actual: number | null): KpiLine => ({
    id: "gmv",
    target,
    actual,
    weight: 1,
    polarity: "higher",
    gate: false,
  });
  const odr = (actual: number | null, comparator?: Comparator): KpiLine => ({
    id: "odr",
    target: 0.01,
    actual,
    weight: 0,
    polarity: "lower",
    gate: true,
    ...(comparator === undefined ? {} : { comparator }),
  });

  test("ODR 1% on the line's '<' fails; without a comparator the polarity's '<=' passes", () => {
    expect(scorePerson([w(100, 100), odr(0.01, "<")]).gatesPassed).toBe(false);
    expect(scorePerson([w(100, 100), odr(0.01)]).gatesPassed).toBe(true);
  });

  test("no data: score 0 pays 0 even with gateFailPayout 0.25", () => {
    // gmv missing → att 0 → score 0, below tier 0.8 → tier payout 0; ODR missing → gate fails;
    // min(0, 0.25) = 0
    const r = scorePerson([w(100, null), odr(null, "<")], { ...DEFAULT_RULES, gateFailPayout: 0.25 });
    expect(r.score).toBe(0);
    expect(r.gatesPassed).toBe(false);
    expect(r.payout).toBe(0);
  });

  test("score 0.95 (tier 0.8) with a failed gate and gateFailPayout 0.25 pays 0.25", () => {
    // 95/100 = 0.95 → tier 0.9 → 0.8; ODR 1.2% fails; min(0.8, 0.25) = 0.25
    const r = scorePerson([w(100, 95), odr(0.012, "<")], { ...DEFAULT_RULES, gateFailPayout: 0.25 });
    expect(r.score).toBe(0.95);
    expect(r.payout).toBe(0.25);
  });

  test("score 0.85 (tier 0.5) with a failed gate and gateFailPayout 0.6 pays 0.5", () => {
    // 85/100 = 0.85 → tier 0.8 → 0.5; ODR 1% fails "<"; min(0.5, 0.6) = 0.5
    const r = scorePerson([w(100, 85), odr(0.01, "<")], { ...DEFAULT_RULES, gateFailPayout: 0.6 });
    expect(r.score).toBe(0.85);
    expect(r.payout).toBe(0.5);
  });
});
