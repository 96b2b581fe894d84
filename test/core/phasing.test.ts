import fc from "fast-check";
import {
  SEASONALITY,
  phase,
  phaseRounded,
  phaseYear,
  roundHalfAway,
  seasonalityWithPromos,
  type PhasedYear,
} from "../../src/core/phasing";
import { isKpiError, type KpiErrorCode, type Region, type Result } from "../../src/core/types";

function codeOf<T>(r: Result<T>): KpiErrorCode | "ok" {
  return isKpiError(r) ? r.code : "ok";
}

function ok<T>(r: Result<T>): T {
  if (isKpiError(r)) throw new Error(`unexpected ${r.code}: ${r.message}`);
  return r;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("phase", () => {
  test.each<[string, number, number[], number[], string]>([
    ["equal shares split evenly", 1200, [1, 1, 1, 1], [300, 300, 300, 300], "1200 × 1/4 = 300"],
    ["percent shares", 1000, [50, 30, 20], [500, 300, 200], "1000 × 50/100, × 30/100, × 20/100"],
    ["fraction shares", 100, [0.5, 0.25, 0.25], [50, 25, 25], "100 × 0.5/1, × 0.25/1"],
    ["shares are normalised", 90, [2, 1], [60, 30], "90 × 2/3 = 60, 90 × 1/3 = 30"],
    ["a zero share gets nothing", 500, [0, 1], [0, 500], "500 × 0/1, 500 × 1/1"],
    ["a negative total is split the same way", -100, [3, 1], [-75, -25], "−100 × 3/4, × 1/4"],
  ])("%s", (_name, total, shares, expected, _arithmetic) => {
    expect(phase(total, shares)).toEqual(expected);
  });

  test.each<[string, number, number[], KpiErrorCode]>([
    ["a negative share is out of range", 100, [1, -1, 2], "num"],
    ["shares summing to 0 are out of range", 100, [0, 0, 0], "num"],
    ["no shares are out of range", 100, [], "num"],
    ["a NaN share is a value error", 100, [1, NaN], "value"],
    ["an infinite total is a value error", Infinity, [1, 1], "value"],
  ])("%s", (_name, total, shares, code) => {
    expect(codeOf(phase(total, shares))).toBe(code);
  });
});

describe("phaseRounded (largest remainder, whole units)", () => {
  // Rule: T = ROUND(total, 0); quota q = T × share ÷ Σ; each part ⌊q⌋; the k = T − Σ⌊q⌋ units left go
  // one each to the largest remainders, a tie to the earlier part.
  test.each<[string, number, number[], number[], string]>([
    [
      "100 over three equal shares",
      100,
      [1, 1, 1],
      [34, 33, 33],
      "q = 33.33 each; ⌊⌋ = 33 × 3 = 99, k = 1, tie → first",
    ],
    ["10 over three equal shares", 10, [1, 1, 1], [4, 3, 3], "q = 3.33 each; Σ⌊⌋ = 9, k = 1 → first"],
    ["200 over three equal shares", 200, [1, 1, 1], [67, 67, 66], "q = 66.67 each; Σ⌊⌋ = 198, k = 2 → first two"],
    [
      "3 over five equal shares: ties go to the earliest parts, not spread",
      3,
      [1, 1, 1, 1, 1],
      [1, 1, 1, 0, 0],
      "q = 0.6 each; Σ⌊⌋ = 0, k = 3 → first three (cumulative rounding would give 1, 0, 1, 0, 1)",
    ],
    [
      "the largest remainder wins over an earlier smaller one",
      10,
      [1, 2, 4],
      [1, 3, 6],
      "q = 10/7, 20/7, 40/7 = 1.43, 2.86, 5.71; Σ⌊⌋ = 1 + 2 + 5 = 8, k = 2 → .86 and .71",
    ],
    ["exact quotas stay as they are", 1200, [1, 1, 1, 1], [300, 300, 300, 300], "1200 / 4 = 300, k = 0"],
    ["the total is rounded to whole units first", 99.5, [1, 1], [50, 50], "ROUND(99.5) = 100 → 50, 50"],
    ["a total of cents rounds down", 100.49, [1, 1, 1], [34, 33, 33], "ROUND(100.49) = 100 → as 100"],
    ["a zero share gets nothing", 7, [0, 1, 1], [0, 4, 3], "q = 0, 3.5, 3.5; Σ⌊⌋ = 6, k = 1, tie → second"],
    [
      "a negative total floors too",
      -100,
      [1, 1, 1],
      [-33, -33, -34],
      "q = −33.33 each; ⌊⌋ = −34, Σ = −102, k = 2, remainders 0.67 tie → first two get +1",
    ],
    ["a zero total gives zeros (no −0)", -0.4, [1, 2], [0, 0], "ROUND(−0.4) = 0"],
  ])("%s", (_name, total, shares, expected, _arithmetic) => {
    const r = ok(phaseRounded(total, shares));
    expect(r).toEqual(expected);
    r.forEach((x) => expect(Object.is(x, -0)).toBe(false));
  });

  test("US 1,176,081.72 (12 × 98,006.81) splits 1,176,082 exactly, worked by hand", () => {
    // T = ROUND(1,176,081.72) = 1,176,082; SEASONALITY US (Σ 100) → q = 11,760.82 × weight:
    // Jan 7 → 82,325.74   Feb 6.5 → 76,445.33   Mar 7.5 → 88,206.15   Apr 7.5 → 88,206.15
    // May 8 → 94,086.56   Jun 8 → 94,086.56     Jul 9.5 → 111,727.79  Aug 8 → 94,086.56
    // Sep 7.5 → 88,206.15 Oct 8.5 → 99,966.97   Nov 11 → 129,369.02   Dec 11 → 129,369.02
    // Σ⌊q⌋ = 1,176,077, so k = 5: Oct .97, Jul .79, Jan .74, then May and Jun .56 (Aug's .56 ties
    // with them and loses, being later).
    const r = ok(phaseRounded(1_176_081.72, SEASONALITY.US));
    expect(r).toEqual([
      82_326, 76_445, 88_206, 88_206, 94_087, 94_087, 111_728, 94_086, 88_206, 99_967, 129_369, 129_369,
    ]);
    expect(sum(r)).toBe(1_176_082);
  });

  test("parts are whole, within one unit above the floor of their quota, and add up to ROUND(total)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 12,
        }),
        (total, shares) => {
          fc.pre(sum(shares) > 0);
          const r = ok(phaseRounded(total, shares));
          const t = roundHalfAway(total);
          const exact = ok(phase(t, shares));
          return (
            r.every(Number.isInteger) &&
            r.reduce((a, b) => a + b, 0) === t &&
            r.every((x, i) => x - exact[i] > -1 - 1e-6 * Math.max(1, Math.abs(t)) && x - exact[i] < 1 + 1e-6)
          );
        },
      ),
    );
  });

  test.each<[string, number, number]>([
    ["2.5 rounds up", 2.5, 3],
    ["−2.5 rounds away from zero, as ROUND does", -2.5, -3],
    ["2.4999 rounds down", 2.4999, 2],
    ["−0.2 gives 0, not −0", -0.2, 0],
  ])("roundHalfAway: %s", (_name, x, expected) => {
    expect(Object.is(roundHalfAway(x), expected)).toBe(true);
  });

  test.each<[string, number, number[], KpiErrorCode]>([
    ["a negative share is out of range", 100, [1, -1, 2], "num"],
    ["shares summing to 0 are out of range", 100, [0, 0], "num"],
    ["a NaN total is a value error", NaN, [1, 1], "value"],
    ["a total beyond 2^53 is out of range", 2 ** 54, [1, 1], "num"],
  ])("%s", (_name, total, shares, code) => {
    expect(codeOf(phaseRounded(total, shares))).toBe(code);
  });
});

describe("SEASONALITY", () => {
  test.each<[Region]>([["US"], ["MX"]])("%s has 12 non-negative weights summing to 100", (region) => {
    expect(SEASONALITY[region]).toHaveLength(12);
    expect(SEASONALITY[region].every((w) => w >= 0)).toBe(true);
    expect(sum(SEASONALITY[region])).toBeCloseTo(100, 12);
  });

  test("November and December are each region's two largest months", () => {
    for (const region of ["US", "MX"] as const) {
      const s = SEASONALITY[region];
      const others = Math.max(...s.slice(0, 10));
      expect(Math.min(s[10], s[11])).toBeGreaterThan(others);
    }
  });
});

describe("phaseYear", () => {
  test("US 1,000,000: months by SEASONALITY, quarters as sums of months", () => {
    // SEASONALITY US (sum 100): 7, 6.5, 7.5, 7.5, 8, 8, 9.5, 8, 7.5, 8.5, 11, 11 → × 10,000
    const r = ok(phaseYear(1_000_000, "US"));
    expect(r.months).toEqual([
      70_000, 65_000, 75_000, 75_000, 80_000, 80_000, 95_000, 80_000, 75_000, 85_000, 110_000, 110_000,
    ]);
    // Q1 70+65+75 = 210k, Q2 75+80+80 = 235k, Q3 95+80+75 = 250k, Q4 85+110+110 = 305k
    expect(r.quarters).toEqual([210_000, 235_000, 250_000, 305_000]);
  });

  test("MX 1,000,000: May (Hot Sale, Madres) and Nov–Dec (Buen Fin, Christmas) carry the year", () => {
    // SEASONALITY MX: 7, 6.5, 7, 7, 9.5, 8, 8.5, 7.5, 7.5, 8, 11.5, 12 → × 10,000
    const r = ok(phaseYear(1_000_000, "MX"));
    expect(r.months).toEqual([
      70_000, 65_000, 70_000, 70_000, 95_000, 80_000, 85_000, 75_000, 75_000, 80_000, 115_000, 120_000,
    ]);
    // Q1 70+65+70 = 205k, Q2 70+95+80 = 245k, Q3 85+75+75 = 235k, Q4 80+115+120 = 315k
    expect(r.quarters).toEqual([205_000, 245_000, 235_000, 315_000]);
  });

  test("12 equal shares give equal months and quarters", () => {
    // 1200 / 12 = 100 a month, 300 a quarter
    const r = ok(phaseYear(1200, new Array(12).fill(1)));
    expect(r.months).toEqual(new Array(12).fill(100));
    expect(r.quarters).toEqual([300, 300, 300, 300]);
  });

  test("month targets sum to the annual target within 1e-9 for an uneven target and uneven shares", () => {
    const annual = 1_234_567.89;
    const r = ok(phaseYear(annual, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]));
    expect(Math.abs(sum(r.months) - annual)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(sum(r.quarters) - annual)).toBeLessThanOrEqual(1e-9);
  });

  test("month targets sum to the annual target (relative 1e-9) for any target and shares", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        // Shares are 0 or ≥ 1e-6: subnormal shares (< 2.2e-308) lose precision in annual × share.
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true })), {
          minLength: 12,
          maxLength: 12,
        }),
        (annual, shares) => {
          fc.pre(sum(shares) > 0);
          const r = ok(phaseYear(annual, shares));
          const tol = 1e-9 * Math.max(1, Math.abs(annual));
          const quartersAreMonthSums = r.quarters.every(
            (q, i) => q === r.months[3 * i] + r.months[3 * i + 1] + r.months[3 * i + 2],
          );
          return Math.abs(sum(r.months) - annual) <= tol && quartersAreMonthSums;
        },
      ),
    );
  });

  test.each<[string, () => Result<unknown>, KpiErrorCode]>([
    ["11 shares are a value error", () => phaseYear(100, new Array(11).fill(1)), "value"],
    ["an unknown region is a value error", () => phaseYear(100, "EU" as Region), "value"],
    ["a NaN annual target is a value error", () => phaseYear(NaN, "US"), "value"],
    ["12 zero shares are out of range", () => phaseYear(100, new Array(12).fill(0)), "num"],
  ])("%s", (_name, call, code) => {
    expect(codeOf(call())).toBe(code);
  });
});

describe("seasonalityWithPromos", () => {
  // Rule: months holding a promo day get × (1 + uplift), then all rescale to sum 100.
  const expectShares = (actual: number[], weights: number[]) => {
    const total = sum(weights);
    expect(actual).toHaveLength(12);
    actual.forEach((a, i) => expect(a).toBeCloseTo((weights[i] / total) * 100, 10));
  };

  test("uplift 0 returns the base shape", () => {
    expectShares(ok(seasonalityWithPromos("US", 2025, 0)), [...SEASONALITY.US]);
  });

  test("US 2025: July (Prime Day), November (Black Friday) and December (Cyber Monday 1 Dec) are raised", () => {
    // Jul 9.5 × 1.15 = 10.925, Nov 11 × 1.15 = 12.65, Dec 11 × 1.15 = 12.65; sum = 100 − 31.5 + 36.225 = 104.725
    const w = [7.0, 6.5, 7.5, 7.5, 8.0, 8.0, 10.925, 8.0, 7.5, 8.5, 12.65, 12.65];
    expect(sum(w)).toBeCloseTo(104.725, 10);
    expectShares(ok(seasonalityWithPromos("US", 2025)), w);
  });

  test("US 2026: Prime Day in June raises June, not July; Cyber Monday stays in November", () => {
    // Jun 8 × 1.15 = 9.2, Nov 11 × 1.15 = 12.65; sum = 100 − 19 + 21.85 = 102.85
    const w = [7.0, 6.5, 7.5, 7.5, 8.0, 9.2, 9.5, 8.0, 7.5, 8.5, 12.65, 11.0];
    expect(sum(w)).toBeCloseTo(102.85, 10);
    expectShares(ok(seasonalityWithPromos("US", 2026)), w);
  });

  test("MX 2025: Hot Sale (26 May – 3 June) raises May and June, Buen Fin raises November", () => {
    // May 9.5 × 1.15 = 10.925, Jun 8 × 1.15 = 9.2, Nov 11.5 × 1.15 = 13.225; sum = 100 − 29 + 33.35 = 104.35
    const w = [7.0, 6.5, 7.0, 7.0, 10.925, 9.2, 8.5, 7.5, 7.5, 8.0, 13.225, 12.0];
    expect(sum(w)).toBeCloseTo(104.35, 10);
    expectShares(ok(seasonalityWithPromos("MX", 2025)), w);
  });

  test("MX 2024: Hot Sale entirely in May leaves June at its base weight", () => {
    // May 9.5 × 1.2 = 11.4, Nov 11.5 × 1.2 = 13.8; sum = 100 − 21 + 25.2 = 104.2 (uplift 20%)
    const w = [7.0, 6.5, 7.0, 7.0, 11.4, 8.0, 8.5, 7.5, 7.5, 8.0, 13.8, 12.0];
    expect(sum(w)).toBeCloseTo(104.2, 10);
    expectShares(ok(seasonalityWithPromos("MX", 2024, 0.2)), w);
  });

  test("the result sums to 100 and phases a year", () => {
    const shares = ok(seasonalityWithPromos("MX", 2026));
    expect(sum(shares)).toBeCloseTo(100, 10);
    expect(sum(ok(phaseYear(500_000, shares)).months)).toBeCloseTo(500_000, 6);
  });

  test.each<[string, () => Result<unknown>, KpiErrorCode]>([
    ["a negative uplift is out of range", () => seasonalityWithPromos("US", 2025, -0.1), "num"],
    ["a NaN uplift is a value error", () => seasonalityWithPromos("US", 2025, NaN), "value"],
    ["a year outside 1900..2199 is out of range", () => seasonalityWithPromos("MX", 1800), "num"],
    ["an unknown region is a value error", () => seasonalityWithPromos("EU" as Region, 2025), "value"],
    ["an uplift that overflows is out of range", () => seasonalityWithPromos("US", 2025, Number.MAX_VALUE), "num"],
  ])("%s", (_name, call, code) => {
    expect(codeOf(call())).toBe(code);
  });

  test("no phasing function throws on arbitrary doubles", () => {
    fc.assert(
      fc.property(fc.double(), fc.array(fc.double(), { maxLength: 13 }), fc.double(), (x, shares, y) => {
        const finite = (a: unknown, length?: number): boolean =>
          Array.isArray(a) && (length === undefined || a.length === length) && a.every(Number.isFinite);
        const arrays: Result<number[]>[] = [
          phase(x, shares),
          phaseRounded(x, shares),
          seasonalityWithPromos("MX", y, x),
        ];
        const years: Result<PhasedYear>[] = [phaseYear(x, shares), phaseYear(x, "US")];
        return (
          arrays.every((r) => isKpiError(r) || finite(r)) &&
          years.every((r) => isKpiError(r) || (finite(r.months, 12) && finite(r.quarters, 4)))
        );
      }),
    );
  });
});
