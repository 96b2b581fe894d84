/**
 * Scoring: attainment, weighted score, platform-health gates and the tiered payout (DESIGN §3).
 * This file is the canonical definition; the scorecard sheet's formulas and the custom functions
 * must compute exactly what these functions compute.
 *
 * `attainment`, `weightedScore`, `payoutMultiplier` and `gatePasses` back custom functions that spill
 * over ranges, so their success path allocates nothing; expected failures return preallocated,
 * frozen `KpiError` values (compare `code`, never identity).
 */
import { ERR_DIV0, ERR_NOT_FINITE, ERR_OVERFLOW } from "./metrics";
import { KpiError, frozenError, isKpiError, type Comparator, type Polarity, type Result } from "./types";

export interface Tier {
  min: number;
  payout: number;
}

function frozenTier(min: number, payout: number): Tier {
  return Object.freeze({ min, payout });
}

/** Score ≥ min earns payout; frozen because every scorecard shares these objects. */
export const DEFAULT_TIERS: readonly Tier[] = Object.freeze([
  frozenTier(0.8, 0.5),
  frozenTier(0.9, 0.8),
  frozenTier(1.0, 1.0),
  frozenTier(1.1, 1.2),
]);
export const DEFAULT_CAP = 1.2;
export const DEFAULT_GATE_FAIL_PAYOUT = 0;
/**
 * A score on a tier boundary earns that tier. Scores are sums of products of decimal fractions, so a
 * "0.9" can arrive as 0.8999999999999999 (0.6 × 1.5); comparing with this slack keeps the boundary.
 * The sheet's formulas add the same constant.
 */
export const TIER_TOLERANCE = 1e-9;

/** Traffic light of an attainment (or a score): green from GREEN_AT, amber from AMBER_AT, else red. */
export type Light = "green" | "amber" | "red";
export const GREEN_AT = 1;
export const AMBER_AT = 0.9;

/**
 * The light of an attainment, the bounds counting as reached with the tier tolerance, as the sheet's
 * Status formula compares (0.6 × 1.5 = 0.8999999999999999 is amber, not red).
 */
export function trafficLight(attainment: number, greenAt: number = GREEN_AT, amberAt: number = AMBER_AT): Light {
  if (attainment >= greenAt - TIER_TOLERANCE) return "green";
  return attainment >= amberAt - TIER_TOLERANCE ? "amber" : "red";
}

export interface ScoringRules {
  /** default attainment cap for every KPI; null = uncapped */
  cap: number | null;
  /** the most a person with a failed gate can be paid: payout = min(tier payout, gateFailPayout) */
  gateFailPayout: number;
  tiers: readonly Tier[];
}

export const DEFAULT_RULES: ScoringRules = Object.freeze({
  cap: DEFAULT_CAP,
  gateFailPayout: DEFAULT_GATE_FAIL_PAYOUT,
  tiers: DEFAULT_TIERS,
});

export const ERR_TARGET_HIGHER: KpiError = frozenError("num", "a higher-is-better target must be greater than 0");
export const ERR_TARGET_LOWER: KpiError = frozenError("num", "a lower-is-better target must not be negative");
export const ERR_POLARITY: KpiError = frozenError("value", 'polarity must be "higher" or "lower"');
export const ERR_CAP: KpiError = frozenError("num", "the cap must not be negative");
export const ERR_WEIGHTS_SHAPE: KpiError = frozenError("value", "attainments and weights differ in length");
export const ERR_NEGATIVE_WEIGHT: KpiError = frozenError("num", "a weight must not be negative");
export const ERR_TIER_NOT_FINITE: KpiError = frozenError("value", "a tier min or payout is not a finite number");
export const ERR_TIER_PAYOUT: KpiError = frozenError("num", "a tier payout must not be negative");
export const ERR_GATE_FAIL_PAYOUT: KpiError = frozenError("num", "the gate-fail payout must be a finite number ≥ 0");
export const ERR_NEGATIVE: KpiError = frozenError("num", "the value must not be negative");

/** A tier that is not a finite {min, payout} with payout ≥ 0: its error; else null. */
function tierError(t: Tier): KpiError | null {
  if (t === null || typeof t !== "object" || !Number.isFinite(t.min) || !Number.isFinite(t.payout)) {
    return ERR_TIER_NOT_FINITE;
  }
  return t.payout < 0 ? ERR_TIER_PAYOUT : null;
}

/** null/undefined = no cap; otherwise a finite number ≥ 0. Returns the error, or null when valid. */
function capError(cap: number | null | undefined): KpiError | null {
  if (cap === null || cap === undefined) return null;
  if (!Number.isFinite(cap)) return ERR_NOT_FINITE;
  return cap < 0 ? ERR_CAP : null;
}

/**
 * Attainment of one KPI (DESIGN §3).
 * higher: actual ÷ target (target must be > 0).
 * lower:  2 − actual ÷ target, so hitting the target is 1 and twice the target or worse is 0
 *         (target must be ≥ 0; with target 0: 1 when actual ≤ 0, else 0).
 * Then floored at 0 and, when a cap is given (not null/undefined), capped at it.
 */
export function attainment(actual: number, target: number, polarity: Polarity, cap?: number | null): Result<number> {
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return ERR_NOT_FINITE;
  const badCap = capError(cap);
  if (badCap !== null) return badCap;
  let a: number;
  if (polarity === "higher") {
    if (target <= 0) return ERR_TARGET_HIGHER;
    a = actual / target;
  } else if (polarity === "lower") {
    if (target < 0) return ERR_TARGET_LOWER;
    a = target === 0 ? (actual <= 0 ? 1 : 0) : 2 - actual / target;
  } else {
    return ERR_POLARITY;
  }
  // `!(a > 0)` also turns −0 into +0, and −Infinity (2 − huge) into 0.
  if (!(a > 0)) a = 0;
  if (cap !== null && cap !== undefined && a > cap) a = cap;
  // Only an uncapped higher-is-better quotient can overflow here (1e300 / 1e-300).
  return a === Infinity ? ERR_OVERFLOW : a;
}

/**
 * The comparator a gate rule stands for: a comparator as given; a polarity as its inclusive
 * comparator (lower → "<=", higher → ">="), for callers that know no platform rule; else null.
 */
export function ruleComparator(rule: Comparator | Polarity): Comparator | null {
  switch (rule) {
    case "<":
    case "<=":
    case ">":
    case ">=":
      return rule;
    case "lower":
      return "<=";
    case "higher":
      return ">=";
    default:
      return null;
  }
}

/**
 * A platform-health gate passes when the actual is on the right side of its threshold by the
 * platform's own rule (DESIGN §3): a comparator applies exactly (Amazon's "<" / ">" are strict,
 * Mercado Libre's and Walmart's "<=" / ">=" inclusive); a polarity means the inclusive comparator
 * (lower → "<=", higher → ">="). Bad input (non-finite, unknown rule) cannot prove health: it fails.
 */
export function gatePasses(actual: number, threshold: number, rule: Comparator | Polarity): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(threshold)) return false;
  switch (ruleComparator(rule)) {
    case "<":
      return actual < threshold;
    case "<=":
      return actual <= threshold;
    case ">":
      return actual > threshold;
    case ">=":
      return actual >= threshold;
    default:
      return false;
  }
}

/**
 * Attainment of one scorecard line (DESIGN §3): a missing actual (null/undefined) scores 0, so an
 * incomplete scorecard never looks better (a blank is not 0: 2 − 0/target would be the best score of
 * a lower-is-better KPI), but the target and cap are still checked, so a broken line shows either way.
 */
export function lineAttainment(
  actual: number | null | undefined,
  target: number,
  polarity: Polarity,
  cap?: number | null,
): Result<number> {
  const missing = actual === null || actual === undefined;
  const r = attainment(missing ? 0 : actual, target, polarity, cap);
  return missing && !isKpiError(r) ? 0 : r;
}

/**
 * A gate of one scorecard line: a missing actual fails, since health must be shown, not assumed.
 * `rule` is the threshold's comparator, or a polarity (its inclusive comparator).
 */
export function lineGatePasses(
  actual: number | null | undefined,
  threshold: number,
  rule: Comparator | Polarity,
): boolean {
  return actual !== null && actual !== undefined && gatePasses(actual, threshold, rule);
}

/**
 * Σ wᵢ·min(attᵢ, cap) ÷ Σ wᵢ (the custom function SCORE). Weights must be ≥ 0; Σ w = 0 is a
 * division by zero here (#DIV/0! in the sheet). `scorePerson`, by contrast, scores such a person 0.
 */
export function weightedScore(
  attainments: readonly number[],
  weights: readonly number[],
  cap?: number | null,
): Result<number> {
  if (attainments.length !== weights.length) return ERR_WEIGHTS_SHAPE;
  const badCap = capError(cap);
  if (badCap !== null) return badCap;
  const capped = cap !== null && cap !== undefined;
  let sum = 0;
  let sumW = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = attainments[i];
    const w = weights[i];
    if (!Number.isFinite(a) || !Number.isFinite(w)) return ERR_NOT_FINITE;
    if (w < 0) return ERR_NEGATIVE_WEIGHT;
    sum += w * (capped && a > (cap as number) ? (cap as number) : a);
    sumW += w;
  }
  if (sumW === 0) return ERR_DIV0;
  const score = sum / sumW;
  return Number.isFinite(score) ? score : ERR_OVERFLOW;
}

/**
 * Payout multiplier: the highest tier whose min ≤ score (with TIER_TOLERANCE); below the lowest tier 0.
 * Tiers may come in any order. A single pass that keeps the largest qualifying min is what sorting by
 * min and looking up would give (on equal mins the later row wins, as after a stable sort), without
 * allocating a sorted copy per call. Every tier is validated, including those after the match.
 */
export function payoutMultiplier(score: number, tiers: readonly Tier[]): Result<number> {
  if (!Number.isFinite(score)) return ERR_NOT_FINITE;
  let bestMin = -Infinity;
  let payout = 0;
  const limit = score + TIER_TOLERANCE;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    const bad = tierError(t);
    if (bad !== null) return bad;
    if (t.min <= limit && t.min >= bestMin) {
      bestMin = t.min;
      payout = t.payout;
    }
  }
  return payout;
}

/**
 * The tiers validated and sorted by min (stable), as a new array: for the sheet, whose lookup formula
 * needs ascending mins, and for display. Same validation as `payoutMultiplier`.
 */
export function sortedTiers(tiers: readonly Tier[]): Result<Tier[]> {
  const copy: Tier[] = [];
  for (const t of tiers) {
    const bad = tierError(t);
    if (bad !== null) return bad;
    copy.push({ min: t.min, payout: t.payout });
  }
  return copy.sort((a, b) => a.min - b.min); // Array.prototype.sort is stable since ES2019
}

export interface KpiLine {
  id: string;
  target: number;
  /** null (or absent) = not reported yet */
  actual: number | null;
  weight: number;
  polarity: Polarity;
  gate: boolean;
  /** per-KPI cap; null/undefined = use the rules' cap (blank optional inputs arrive as null) */
  cap?: number | null;
  /** gates: the threshold's comparator; absent = the polarity's inclusive one ("<=" / ">=") */
  comparator?: Comparator;
}

export interface ScoredKpi extends KpiLine {
  attainment: number;
  missing: boolean;
  /** gates: passed or not; weighted KPIs: null */
  passed: boolean | null;
  error: KpiError | null;
}

export interface PersonScore {
  kpis: ScoredKpi[];
  score: number;
  gatesPassed: boolean;
  payout: number;
  /**
   * Added to the contract: set when the rules themselves are invalid (tiers, cap, gate-fail payout)
   * or the weights overflow; then payout is 0. Errors of single KPIs sit on their ScoredKpi.
   */
  error?: KpiError | null;
}

function rulesError(rules: ScoringRules): KpiError | null {
  const badCap = capError(rules.cap);
  if (badCap !== null) return badCap;
  if (!Number.isFinite(rules.gateFailPayout) || rules.gateFailPayout < 0) return ERR_GATE_FAIL_PAYOUT;
  // Validate the tiers once here; any score would do, 0 is as good as another.
  const probe = payoutMultiplier(0, rules.tiers);
  return isKpiError(probe) ? probe : null;
}

/**
 * Scores one person's KPI lines (DESIGN §3):
 * - a missing actual scores 0 and is flagged, so an incomplete scorecard never looks better;
 * - an invalid target (or non-finite number, bad cap) sets `error`, scores 0 and keeps its weight;
 * - a gate carries no weight; it passes when its actual is on the right side of its target (the
 *   platform threshold) by the line's comparator (absent: the polarity's inclusive one). A missing
 *   actual or an error fails the gate: health must be shown, not assumed;
 * - score = Σ w·att ÷ Σ w over weighted lines, 0 when Σ w = 0; a line with an unusable weight
 *   (non-finite or negative) is flagged and left out of both sums;
 * - payout: the tier lookup; with any failed gate at most rules.gateFailPayout, i.e.
 *   min(tier payout, gateFailPayout), so failing a gate never pays more than passing it and a person
 *   with no data (score 0, below every tier) gets 0 whatever the gate-fail payout.
 * Never throws; attainments in `kpis` already carry the cap (per-line cap, else rules.cap).
 */
export function scorePerson(lines: readonly KpiLine[], rules: ScoringRules = DEFAULT_RULES): PersonScore {
  const kpis: ScoredKpi[] = [];
  let sumW = 0;
  let sumWA = 0;
  let gatesPassed = true;
  for (const line of lines) {
    const cap = line.cap ?? rules.cap;
    const missing = line.actual === null || line.actual === undefined;
    let att = 0;
    let error: KpiError | null = null;
    const r = lineAttainment(line.actual, line.target, line.polarity, cap);
    if (isKpiError(r)) error = r;
    else att = r;

    let passed: boolean | null = null;
    if (line.gate) {
      passed = error === null && lineGatePasses(line.actual, line.target, line.comparator ?? line.polarity);
      if (!passed) gatesPassed = false;
    } else if (!Number.isFinite(line.weight)) {
      error = error ?? ERR_NOT_FINITE;
    } else if (line.weight < 0) {
      error = error ?? ERR_NEGATIVE_WEIGHT;
    } else {
      sumW += line.weight;
      sumWA += line.weight * att;
    }
    // Named fields, not a spread: callers pass richer line objects (with their KPI definitions), and
    // copying those by spread was most of the time of scoring a 500-person team.
    kpis.push({
      id: line.id,
      target: line.target,
      actual: line.actual,
      weight: line.weight,
      polarity: line.polarity,
      gate: line.gate,
      cap: line.cap,
      comparator: line.comparator,
      attainment: att,
      missing,
      passed,
      error,
    });
  }

  let error = rulesError(rules);
  let score = sumW > 0 ? sumWA / sumW : 0;
  if (!Number.isFinite(score)) {
    score = 0;
    error = error ?? ERR_OVERFLOW;
  }
  let payout = 0;
  if (error === null) {
    payout = payoutMultiplier(score, rules.tiers) as number; // tiers validated in rulesError
    if (!gatesPassed) payout = Math.min(payout, rules.gateFailPayout);
  }
  return { kpis, score, gatesPassed, payout, error };
}

/**
 * Bonus = base bonus × payout multiplier. Returns a Result (the contract said `number`) so that bad
 * input is an error like everywhere in the core, not NaN: non-finite → "value", negative → "num".
 */
export function bonus(baseBonus: number, payout: number): Result<number> {
  if (!Number.isFinite(baseBonus) || !Number.isFinite(payout)) return ERR_NOT_FINITE;
  if (baseBonus < 0 || payout < 0) return ERR_NEGATIVE;
  const b = baseBonus * payout;
  return Number.isFinite(b) ? b : ERR_OVERFLOW;
}
