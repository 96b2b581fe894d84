import {
  DEFAULT_CAP,
  DEFAULT_RULES,
  DEFAULT_TIERS,
  TIER_TOLERANCE,
  attainment,
  bonus,
  gatePasses,
  payoutMultiplier,
  scorePerson,
  sortedTiers,
  trafficLight,
  weightedScore,
  type KpiLine,
  type ScoringRules,
  type Tier,
} from "../../src/core/scoring";
import { isKpiError, type KpiErrorCode, type Polarity, type Result } from "../../src/core/types";

function codeOf<T>(r: Result<T>): KpiErrorCode | "ok" {
  return isKpiError(r) ? r.code : "ok";
}

describe("attainment (DESIGN §3)", () => {
  test.each<[string, number, number, Polarity, number | null | undefined, number, string]>([
    ["higher-is-better is actual over target", 110, 100, "higher", undefined, 1.1, "110 / 100 = 1.1"],
    ["higher-is-better below target", 90, 100, "higher", undefined, 0.9, "90 / 100 = 0.9"],
    ["higher-is-better is capped when a cap is given", 150, 100, "higher", 1.2, 1.2, "150 / 100 = 1.5 → cap 1.2"],
    ["higher-is-better without a cap is not capped", 150, 100, "higher", undefined, 1.5, "150 / 100 = 1.5"],
    ["a null cap means uncapped", 150, 100, "higher", null, 1.5, "150 / 100 = 1.5"],
    ["a negative actual is floored at 0", -10, 100, "higher", undefined, 0, "−10 / 100 = −0.1 → floor 0"],
    ["lower-is-better on target scores 1", 40, 40, "lower", undefined, 1, "2 − 40 / 40 = 1"],
    ["lower-is-better under target scores above 1", 30, 40, "lower", undefined, 1.25, "2 − 30 / 40 = 1.25"],
    ["lower-is-better under target is capped", 30, 40, "lower", 1.2, 1.2, "2 − 30 / 40 = 1.25 → cap 1.2"],
    ["lower-is-better over target scores below 1", 50, 40, "lower", undefined, 0.75, "2 − 50 / 40 = 0.75"],
    ["lower-is-better at twice the target scores 0", 80, 40, "lower", undefined, 0, "2 − 80 / 40 = 0"],
    [
      "lower-is-better beyond twice the target scores 0",
      100,
      40,
      "lower",
      undefined,
      0,
      "2 − 100 / 40 = −0.5 → floor 0",
    ],
    ["lower-is-better with target 0 and actual 0 scores 1", 0, 0, "lower", undefined, 1, "t = 0, a ≤ 0 → 1"],
    ["lower-is-better with target 0 and negative actual scores 1", -1, 0, "lower", undefined, 1, "t = 0, a ≤ 0 → 1"],
    [
      "lower-is-better with target 0 and any positive actual scores 0",
      0.001,
      0,
      "lower",
      undefined,
      0,
      "t = 0, a > 0 → 0",
    ],
    ["lower-is-better with target 0 still respects the cap", 0, 0, "lower", 0.5, 0.5, "1 → cap 0.5"],
    ["an overflowing quotient is capped when capped", 1e308, 1e-308, "higher", 1.2, 1.2, "1e616 → cap 1.2"],
  ])("%s", (_name, actual, target, polarity, cap, expected, _arithmetic) => {
    expect(attainment(actual, target, polarity, cap)).toBe(expected);
  });

  test.each<[string, number, number, Polarity, number | null | undefined, KpiErrorCode]>([
    ["a higher-is-better target of 0 is invalid", 10, 0, "higher", undefined, "num"],
    ["a negative higher-is-better target is invalid", 10, -5, "higher", undefined, "num"],
    ["a negative lower-is-better target is invalid", 0.01, -0.01, "lower", undefined, "num"],
    ["a NaN actual is a value error", NaN, 100, "higher", undefined, "value"],
    ["an infinite target is a value error", 1, Infinity, "lower", undefined, "value"],
    ["a non-finite cap is a value error", 1, 1, "higher", NaN, "value"],
    ["a negative cap is out of range", 1, 1, "higher", -0.1, "num"],
    ["an unknown polarity is a value error", 1, 1, "sideways" as Polarity, undefined, "value"],
    ["an uncapped overflowing quotient is out of range", 1e308, 1e-308, "higher", undefined, "num"],
  ])("%s", (_name, actual, target, polarity, cap, code) => {
    expect(codeOf(attainment(actual, target, polarity, cap))).toBe(code);
  });
});

describe("gatePasses", () => {
  test.each<[string, number, number, Polarity, boolean]>([
    ["a lower-is-better gate passes under its threshold", 0.009, 0.01, "lower", true],
    ["a lower-is-better gate passes on its threshold", 0.01, 0.01, "lower", true],
    ["a lower-is-better gate fails over its threshold", 0.011, 0.01, "lower", false],
    ["a higher-is-better gate passes over its threshold", 0.96, 0.95, "higher", true],
    ["a higher-is-better gate passes on its threshold", 0.95, 0.95, "higher", true],
    ["a higher-is-better gate fails under its threshold", 0.94, 0.95, "higher", false],
    ["a NaN actual fails the gate", NaN, 0.01, "lower", false],
    ["a -Infinity actual cannot prove health", -Infinity, 0.01, "lower", false],
    ["an unknown polarity fails the gate", 0, 1, "sideways" as Polarity, false],
  ])("%s", (_name, actual, threshold, polarity, expected) => {
    expect(gatePasses(actual, threshold, polarity)).toBe(expected);
  });
});

describe("weightedScore", () => {
  test("hand example: weights 40/30/30, attainments 1.1/0.9/1.2 score 1.07 and pay 1.0", () => {
    // (40·1.1 + 30·0.9 + 30·1.2) / (40 + 30 + 30) = (44 + 27 + 36) / 100 = 1.07 → tier 1.0 → payout 1.0
    const score = weightedScore([1.1, 0.9, 1.2], [40, 30, 30]);
    expect(score).toBeCloseTo(1.07, 12);
    expect(payoutMultiplier(score as number, DEFAULT_TIERS)).toBe(1.0);
  });

  test.each<[string, number[], number[], number | null | undefined, number, string]>([
    ["equal weights average the attainments", [1, 0.5], [1, 1], undefined, 0.75, "(1 + 0.5) / 2 = 0.75"],
    [
      "the cap limits each attainment before weighting",
      [1.5, 1.0],
      [50, 50],
      1.2,
      1.1,
      "(50·1.2 + 50·1.0) / 100 = 1.1",
    ],
    ["without a cap attainments count in full", [1.5, 1.0], [50, 50], null, 1.25, "(50·1.5 + 50·1.0) / 100 = 1.25"],
    ["a zero weight leaves an attainment out", [2, 0.8], [0, 10], undefined, 0.8, "(0·2 + 10·0.8) / 10 = 0.8"],
  ])("%s", (_name, atts, weights, cap, expected, _arithmetic) => {
    expect(weightedScore(atts, weights, cap)).toBeCloseTo(expected, 12);
  });

  test.each<[string, number[], number[], number | null | undefined, KpiErrorCode]>([
    ["Σw = 0 is a division by zero", [1, 1], [0, 0], undefined, "div0"],
    ["no KPIs at all is a division by zero", [], [], undefined, "div0"],
    ["unequal lengths are a value error", [1, 1], [1], undefined, "value"],
    ["a negative weight is out of range", [1, 1], [1, -1], undefined, "num"],
    ["a NaN weight is a value error", [1], [NaN], undefined, "value"],
    ["an infinite attainment is a value error", [Infinity], [1], undefined, "value"],
    ["a negative cap is out of range", [1], [1], -1, "num"],
  ])("%s", (_name, atts, weights, cap, code) => {
    expect(codeOf(weightedScore(atts, weights, cap))).toBe(code);
  });
});

describe("payoutMultiplier", () => {
  test("a score of 0.6 × 1.5 (0.8999999999999999 in floating point) earns the 0.9 tier", () => {
    const score = 0.6 * 1.5;
    expect(score).toBeLessThan(0.9); // the floating-point fact the tolerance is for
    expect(payoutMultiplier(score, DEFAULT_TIERS)).toBe(0.8);
  });

  test.each<[string, number, number]>([
    ["below the lowest tier pays 0", 0.79, 0],
    ["a score of 0 pays 0", 0, 0],
    ["a negative score pays 0", -1, 0],
    ["exactly the lowest tier pays its payout", 0.8, 0.5],
    ["between tiers pays the lower tier", 0.85, 0.5],
    ["exactly 0.9 pays 0.8", 0.9, 0.8],
    ["within the tolerance under a boundary earns the tier", 0.9 - TIER_TOLERANCE / 10, 0.8],
    ["further under a boundary than the tolerance does not", 0.9 - TIER_TOLERANCE * 10, 0.5],
    ["exactly 1.0 pays 1.0", 1.0, 1.0],
    ["1.05 pays 1.0", 1.05, 1.0],
    ["exactly 1.1 pays 1.2", 1.1, 1.2],
    ["above the top tier pays the top payout", 1.5, 1.2],
  ])("default tiers: %s", (_name, score, expected) => {
    expect(payoutMultiplier(score, DEFAULT_TIERS)).toBe(expected);
  });

  test("tiers in any order are looked up as if sorted by min", () => {
    const shuffled: Tier[] = [
      { min: 1.1, payout: 1.2 },
      { min: 0.8, payout: 0.5 },
      { min: 1.0, payout: 1.0 },
      { min: 0.9, payout: 0.8 },
    ];
    // highest min ≤ 0.95 is 0.9 → 0.8
    expect(payoutMultiplier(0.95, shuffled)).toBe(0.8);
  });

  test("with two tiers of the same min the later row wins", () => {
    expect(
      payoutMultiplier(1, [
        { min: 1, payout: 1.0 },
        { min: 1, payout: 1.1 },
      ]),
    ).toBe(1.1);
  });

  test("no tiers pays 0", () => {
    expect(payoutMultiplier(2, [])).toBe(0);
  });

  test.each<[string, number, Tier[], KpiErrorCode]>([
    ["a NaN tier min is a value error", 1, [{ min: NaN, payout: 1 }], "value"],
    ["an infinite tier payout is a value error", 1, [{ min: 1, payout: Infinity }], "value"],
    [
      "an invalid tier after the match is still caught",
      0.85,
      [
        { min: 0.8, payout: 0.5 },
        { min: 2, payout: NaN },
      ],
      "value",
    ],
    ["a negative tier payout is out of range", 1, [{ min: 1, payout: -0.5 }], "num"],
    ["a NaN score is a value error", NaN, DEFAULT_TIERS.slice(), "value"],
  ])("%s", (_name, score, tiers, code) => {
    expect(codeOf(payoutMultiplier(score, tiers))).toBe(code);
  });

  test("sortedTiers returns a sorted copy and validates", () => {
    expect(
      sortedTiers([
        { min: 1, payout: 1 },
        { min: 0.8, payout: 0.5 },
      ]),
    ).toEqual([
      { min: 0.8, payout: 0.5 },
      { min: 1, payout: 1 },
    ]);
    expect(codeOf(sortedTiers([{ min: Infinity, payout: 1 }]))).toBe("value");
  });
});

describe("scorePerson", () => {
  const w = (
    id: string,
    target: number,
    actual: number | null,
    weight: number,
    polarity: Polarity = "higher",
  ): KpiLine => ({
    id,
    target,
    actual,
    weight,
    polarity,
    gate: false,
  });
  const g = (id: string, threshold: number, actual: number | null, polarity: Polarity = "lower"): KpiLine => ({
    id,
    target: threshold,
    actual,
    weight: 0,
    polarity,
    gate: true,
  });

  test("hand example through actuals: 40/30/30 at 110%/90%/120% scores 1.07 and pays 1.0", () => {
    // attainments 110/100 = 1.1, 90/100 = 0.9, 120/100 = 1.2 (at the default cap 1.2)
    // (44 + 27 + 36) / 100 = 1.07 → tier 1.0
    const r = scorePerson([w("gmv", 100, 110, 40), w("cvr", 100, 90, 30), w("ctr", 100, 120, 30)]);
    expect(r.score).toBeCloseTo(1.07, 12);
    expect(r.gatesPassed).toBe(true);
    expect(r.payout).toBe(1.0);
    expect(r.error).toBeNull();
    expect(r.kpis.map((k) => k.passed)).toEqual([null, null, null]);
  });

  test("a failed gate zeroes the payout however good the score", () => {
    // gmv 110/100 = 1.1 → tier 1.2; ODR 1.2% > 1% threshold → gate fails → gateFailPayout 0
    const r = scorePerson([w("gmv", 100, 110, 1), g("odr", 0.01, 0.012)]);
    expect(r.score).toBe(1.1);
    expect(r.gatesPassed).toBe(false);
    expect(r.kpis[1].passed).toBe(false);
    expect(r.payout).toBe(0);
  });

  test("a failed gate pays the configured gate-fail payout", () => {
    const rules: ScoringRules = { ...DEFAULT_RULES, gateFailPayout: 0.5 };
    expect(scorePerson([w("gmv", 100, 110, 1), g("odr", 0.01, 0.012)], rules).payout).toBe(0.5);
  });

  test("a passing gate leaves the tier payout", () => {
    // ODR 0.5% ≤ 1% passes; 1.1 → 1.2
    const r = scorePerson([w("gmv", 100, 110, 1), g("odr", 0.01, 0.005)]);
    expect(r.gatesPassed).toBe(true);
    expect(r.kpis[1].passed).toBe(true);
    expect(r.payout).toBe(1.2);
  });

  test("a gate's weight is ignored", () => {
    const gate = { ...g("odr", 0.01, 0.005), weight: 1000 };
    // only gmv counts: 1.1 / 1 = 1.1
    expect(scorePerson([w("gmv", 100, 110, 1), gate]).score).toBe(1.1);
  });

  test("a missing actual scores 0 and is flagged", () => {
    // (50·100/100 + 50·0) / 100 = 0.5 → below 0.8 → payout 0
    const r = scorePerson([w("gmv", 100, 100, 50), w("cvr", 0.03, null, 50)]);
    expect(r.kpis[1]).toMatchObject({ missing: true, attainment: 0, error: null, passed: null });
    expect(r.score).toBe(0.5);
    expect(r.payout).toBe(0);
  });

  test("a gate with a missing actual fails", () => {
    const r = scorePerson([w("gmv", 100, 110, 1), g("odr", 0.01, null)]);
    expect(r.kpis[1]).toMatchObject({ missing: true, passed: false });
    expect(r.gatesPassed).toBe(false);
    expect(r.payout).toBe(0);
  });

  test("an invalid target sets the error, scores 0, keeps its weight and does not crash", () => {
    // gmv target 0 (higher) is invalid → att 0; (50·0 + 50·1) / 100 = 0.5
    const r = scorePerson([w("gmv", 0, 10, 50), w("cvr", 100, 100, 50)]);
    expect(r.kpis[0].error?.code).toBe("num");
    expect(r.kpis[0].attainment).toBe(0);
    expect(r.score).toBe(0.5);
  });

  test("an invalid target is flagged even when the actual is missing", () => {
    const r = scorePerson([w("acos", -0.2, null, 100, "lower")]);
    expect(r.kpis[0]).toMatchObject({ missing: true, attainment: 0 });
    expect(r.kpis[0].error?.code).toBe("num");
  });

  test("a gate with an invalid threshold fails", () => {
    const r = scorePerson([w("gmv", 100, 110, 1), g("valid_tracking_rate", -1, 0.99, "higher")]);
    expect(r.kpis[1].error?.code).toBe("num");
    expect(r.gatesPassed).toBe(false);
  });

  test("the default cap 1.2 applies to every line", () => {
    // 150/100 = 1.5 → 1.2 (DEFAULT_CAP); lower 30/40: 2 − 0.75 = 1.25 → 1.2
    const r = scorePerson([w("gmv", 100, 150, 50), w("acos", 40, 30, 50, "lower")]);
    expect(DEFAULT_CAP).toBe(1.2);
    expect(r.kpis.map((k) => k.attainment)).toEqual([1.2, 1.2]);
  });

  test("a capped KPI: a per-line cap overrides the rules' cap", () => {
    // line cap 1.5: 150/100 = 1.5 kept; the other line keeps the default 1.2
    const r = scorePerson([{ ...w("gmv", 100, 150, 50), cap: 1.5 }, w("net_sales", 100, 150, 50)]);
    expect(r.kpis.map((k) => k.attainment)).toEqual([1.5, 1.2]);
    // (50·1.5 + 50·1.2) / 100 = 1.35 → tier 1.1 → 1.2
    expect(r.score).toBeCloseTo(1.35, 12);
    expect(r.payout).toBe(1.2);
  });

  test("a null per-line cap inherits the rules' cap", () => {
    expect(scorePerson([{ ...w("gmv", 100, 150, 1), cap: null }]).kpis[0].attainment).toBe(1.2);
  });

  test("rules without a cap leave attainments uncapped", () => {
    const r = scorePerson([w("gmv", 100, 150, 1)], { ...DEFAULT_RULES, cap: null });
    expect(r.kpis[0].attainment).toBe(1.5);
  });

  test("Σw = 0 scores 0 instead of dividing by zero", () => {
    const r = scorePerson([w("gmv", 100, 110, 0), g("odr", 0.01, 0.005)]);
    expect(r.score).toBe(0);
    expect(r.payout).toBe(0);
    expect(r.error).toBeNull();
  });

  test("no lines at all score 0 with gates vacuously passed", () => {
    expect(scorePerson([])).toMatchObject({ score: 0, gatesPassed: true, payout: 0, kpis: [] });
  });

  test("a negative weight is flagged and left out of the score", () => {
    // only gmv counts: 100·1.0 / 100 = 1.0
    const r = scorePerson([w("gmv", 100, 100, 100), w("cvr", 100, 50, -10)]);
    expect(r.kpis[1].error?.code).toBe("num");
    expect(r.score).toBe(1);
  });

  test("a score at 0.6 × 1.5 earns the 0.9 tier in scorePerson too", () => {
    // actual 0.6 × 1.5 = 0.8999999999999999, target 1 → score 0.8999999999999999 → tier 0.9 → 0.8
    const r = scorePerson([w("gmv", 1, 0.6 * 1.5, 1)]);
    expect(r.score).toBeLessThan(0.9);
    expect(r.payout).toBe(0.8);
  });

  test.each<[string, Partial<ScoringRules>]>([
    ["invalid tiers", { tiers: [{ min: NaN, payout: 1 }] }],
    ["a negative gate-fail payout", { gateFailPayout: -1 }],
    ["a non-finite cap", { cap: Infinity }],
  ])("%s in the rules pay 0 and set the person's error", (_name, patch) => {
    const r = scorePerson([w("gmv", 100, 110, 1)], { ...DEFAULT_RULES, ...patch });
    expect(r.payout).toBe(0);
    expect(r.error).not.toBeNull();
  });

  test("the input lines are copied into the result unchanged", () => {
    const line = w("gmv", 100, 110, 40);
    const r = scorePerson([line]);
    expect(r.kpis[0]).toMatchObject(line);
    expect(line).not.toHaveProperty("attainment");
  });
});

describe("bonus", () => {
  test.each<[string, number, number, number, string]>([
    ["bonus is base times payout", 10000, 0.5, 5000, "10000 × 0.5"],
    ["a full payout pays the base", 8000, 1, 8000, "8000 × 1"],
    ["a zero payout pays nothing", 8000, 0, 0, "8000 × 0"],
  ])("%s", (_name, base, payout, expected, _arithmetic) => {
    expect(bonus(base, payout)).toBe(expected);
  });

  test("an above-target payout raises the bonus", () => {
    expect(bonus(5000, 1.2)).toBeCloseTo(6000, 9); // 5000 × 1.2
  });

  test.each<[string, number, number, KpiErrorCode]>([
    ["a NaN base is a value error", NaN, 1, "value"],
    ["an infinite payout is a value error", 1000, Infinity, "value"],
    ["a negative base is out of range", -1000, 1, "num"],
  ])("%s", (_name, base, payout, code) => {
    expect(codeOf(bonus(base, payout))).toBe(code);
  });
});

describe("trafficLight", () => {
  test.each([
    [1, "green"], // exactly the green bound
    [0.99, "amber"], // 0.99 < 1, ≥ 0.9
    [0.6 * 1.5, "amber"], // 0.8999999999999999 reaches 0.9 within the 1e-9 tolerance
    [0.8999, "red"], // 0.9 − 0.8999 = 1e-4, far beyond the tolerance
    [1.3, "green"],
  ])("attainment %p is %p with the default bounds 1 and 0.9", (att, light) => {
    expect(trafficLight(att)).toBe(light);
  });

  test("custom bounds: 0.85 with green at 0.95 and amber at 0.8 is amber", () => {
    expect(trafficLight(0.85, 0.95, 0.8)).toBe("amber");
  });
});
