import fc from "fast-check";
import * as metrics from "../../src/core/metrics";
import {
  DEFAULT_RULES,
  DEFAULT_TIERS,
  attainment,
  bonus,
  gatePasses,
  payoutMultiplier,
  scorePerson,
  sortedTiers,
  weightedScore,
  type KpiLine,
  type Tier,
} from "../../src/core/scoring";
import { isKpiError, type Polarity, type Result } from "../../src/core/types";

/** A Result that is either a KpiError or a finite number: never NaN, never ±Infinity. */
function wellFormed(r: Result<number>): boolean {
  return isKpiError(r) || Number.isFinite(r);
}

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
const optionalCap = fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null });
const polarity = fc.constantFrom<Polarity>("higher", "lower");

describe("attainment properties", () => {
  test("higher-is-better attainment never decreases as the actual rises", () => {
    fc.assert(
      fc.property(finite, finite, positive, optionalCap, (x, y, target, cap) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return (attainment(lo, target, "higher", cap) as number) <= (attainment(hi, target, "higher", cap) as number);
      }),
    );
  });

  test("lower-is-better attainment never increases as the actual rises (target 0 included)", () => {
    const targetOrZero = fc.oneof(fc.constant(0), positive);
    fc.assert(
      fc.property(finite, finite, targetOrZero, optionalCap, (x, y, target, cap) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return (attainment(lo, target, "lower", cap) as number) >= (attainment(hi, target, "lower", cap) as number);
      }),
    );
  });

  test("attainment is bounded by 0 and the cap", () => {
    fc.assert(
      fc.property(finite, fc.oneof(fc.constant(0), positive), polarity, optionalCap, (actual, target, pol, cap) => {
        const a = attainment(actual, target, pol, cap);
        if (isKpiError(a)) return pol === "higher" && target === 0; // the only invalid combination generated
        return a >= 0 && (cap === null || a <= cap) && !Object.is(a, -0);
      }),
    );
  });
});

describe("weighted score properties", () => {
  // Weights are 0 or ≥ 1e-6: a subnormal weight (5e-324) times an attainment underflows to 0, a
  // floating-point fact the sheet shares, not a scoring rule.
  const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true }));
  const kpi = fc.record({ att: fc.double({ min: 0, max: 2, noNaN: true }), w: weight });

  test("the weighted score does not depend on the order of the KPIs", () => {
    fc.assert(
      fc.property(
        fc.array(kpi, { minLength: 1, maxLength: 12 }),
        optionalCap,
        fc.infiniteStream(fc.nat()),
        (kpis, cap, seeds) => {
          fc.pre(kpis.some((k) => k.w > 0));
          // Fisher–Yates with indices drawn by fast-check, so a failure shrinks to its permutation.
          const shuffled = kpis.slice();
          const it = seeds[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const a = weightedScore(
            kpis.map((k) => k.att),
            kpis.map((k) => k.w),
            cap,
          ) as number;
          const b = weightedScore(
            shuffled.map((k) => k.att),
            shuffled.map((k) => k.w),
            cap,
          ) as number;
          // Summation order may move the last bits; far below the tier tolerance of 1e-9.
          return Math.abs(a - b) <= 1e-12;
        },
      ),
    );
  });

  test("scorePerson's score does not depend on the order of the lines", () => {
    const line = fc.record({
      target: positive,
      actual: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
      weight,
      polarity,
      gate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (raw) => {
        const lines: KpiLine[] = raw.map((l, i) => ({ id: `k${i}`, ...l }));
        const a = scorePerson(lines);
        const b = scorePerson(lines.slice().reverse());
        return Math.abs(a.score - b.score) <= 1e-12 && a.gatesPassed === b.gatesPassed;
      }),
    );
  });

  test("the weighted score lies between the smallest and largest (capped) attainment", () => {
    fc.assert(
      fc.property(fc.array(kpi, { minLength: 1, maxLength: 12 }), (kpis) => {
        fc.pre(kpis.some((k) => k.w > 0));
        const s = weightedScore(
          kpis.map((k) => k.att),
          kpis.map((k) => k.w),
        ) as number;
        const used = kpis.filter((k) => k.w > 0).map((k) => k.att);
        return s >= Math.min(...used) - 1e-12 && s <= Math.max(...used) + 1e-12;
      }),
    );
  });
});

describe("payout properties", () => {
  /** Tiers whose payout rises with min (as a bonus plan should), handed over in a random order. */
  const risingTiers = fc
    .array(
      fc.record({ min: fc.double({ min: -1, max: 3, noNaN: true }), step: fc.double({ min: 0, max: 1, noNaN: true }) }),
      {
        maxLength: 6,
      },
    )
    .chain((raw) => {
      const sorted = raw.slice().sort((a, b) => a.min - b.min);
      let payout = 0;
      const tiers: Tier[] = sorted.map((r) => ({ min: r.min, payout: (payout += r.step) }));
      return fc.shuffledSubarray(tiers, { minLength: tiers.length, maxLength: tiers.length });
    });

  test("payout never decreases as the score rises (default tiers)", () => {
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return (payoutMultiplier(lo, DEFAULT_TIERS) as number) <= (payoutMultiplier(hi, DEFAULT_TIERS) as number);
      }),
    );
  });

  test("payout never decreases as the score rises (rising tiers in any order)", () => {
    fc.assert(
      fc.property(risingTiers, finite, finite, (tiers, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return (payoutMultiplier(lo, tiers) as number) <= (payoutMultiplier(hi, tiers) as number);
      }),
    );
  });

  test("the payout is always one of the tier payouts, or 0", () => {
    fc.assert(
      fc.property(risingTiers, finite, (tiers, score) => {
        const p = payoutMultiplier(score, tiers) as number;
        return p === 0 || tiers.some((t) => t.payout === p);
      }),
    );
  });

  test("looking up unsorted tiers equals looking up the sorted ones", () => {
    fc.assert(
      fc.property(risingTiers, finite, (tiers, score) => {
        return payoutMultiplier(score, tiers) === payoutMultiplier(score, sortedTiers(tiers) as Tier[]);
      }),
    );
  });
});

describe("fuzz: nothing throws, nothing returns NaN or Infinity", () => {
  const anyDouble = fc.double(); // includes NaN, ±Infinity, −0, subnormals, extremes

  test("no metric throws on arbitrary doubles", () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, anyDouble, (a, b, c) =>
        [
          metrics.roas(a, b),
          metrics.acos(a, b),
          metrics.tacos(a, b),
          metrics.ctr(a, b),
          metrics.cpc(a, b),
          metrics.cvr(a, b),
          metrics.aov(a, b),
          metrics.turnoverDays(a, b, c),
          metrics.daysOfSupply(a, b),
          metrics.sellThrough(a, b),
          metrics.netSales(a, b, c),
          metrics.rate(a, b),
          metrics.growth(a, b),
        ].every(wellFormed),
      ),
    );
  });

  test("no scoring function throws on arbitrary doubles", () => {
    const anyCap = fc.oneof(anyDouble, fc.constant(null), fc.constant(undefined));
    const anyPolarity = fc.constantFrom<Polarity>("higher", "lower", "x" as Polarity);
    fc.assert(
      fc.property(anyDouble, anyDouble, anyPolarity, anyCap, (a, b, pol, cap) => {
        const g = gatePasses(a, b, pol);
        return (
          wellFormed(attainment(a, b, pol, cap)) &&
          typeof g === "boolean" &&
          wellFormed(bonus(a, b)) &&
          wellFormed(payoutMultiplier(a, DEFAULT_TIERS))
        );
      }),
    );
  });

  test("weightedScore and payoutMultiplier take arbitrary arrays of doubles", () => {
    fc.assert(
      fc.property(
        fc.array(anyDouble, { maxLength: 8 }),
        fc.array(anyDouble, { maxLength: 8 }),
        fc.array(fc.record({ min: anyDouble, payout: anyDouble }), { maxLength: 5 }),
        anyDouble,
        (atts, ws, tiers, x) =>
          wellFormed(weightedScore(atts, ws, x)) &&
          wellFormed(
            weightedScore(
              atts,
              atts.map(() => x),
            ),
          ) &&
          wellFormed(payoutMultiplier(x, tiers)),
      ),
    );
  });

  test("scorePerson takes arbitrary lines and rules and returns finite numbers", () => {
    const line = fc.record({
      id: fc.string(),
      target: anyDouble,
      actual: fc.option(anyDouble, { nil: null }),
      weight: anyDouble,
      polarity: fc.constantFrom<Polarity>("higher", "lower", "x" as Polarity),
      gate: fc.boolean(),
      cap: fc.option(anyDouble, { nil: undefined }),
    });
    const rules = fc.record({
      cap: fc.option(anyDouble, { nil: null }),
      gateFailPayout: anyDouble,
      tiers: fc.oneof(
        fc.constant(DEFAULT_TIERS),
        fc.array(fc.record({ min: anyDouble, payout: anyDouble }), { maxLength: 4 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.option(rules, { nil: undefined }), (lines, r) => {
        const s = scorePerson(lines, r ?? DEFAULT_RULES);
        return (
          Number.isFinite(s.score) &&
          Number.isFinite(s.payout) &&
          s.payout >= 0 &&
          s.kpis.length === lines.length &&
          s.kpis.every((k) => Number.isFinite(k.attainment) && k.attainment >= 0)
        );
      }),
    );
  });
});
