/**
 * The custom functions that are not one core call per cell: SCORE (a range in, one value out),
 * PAYOUT (a tier table shared by every score) and PHASE (one target in, a row of months out).
 */
import { phase, phaseYear, SEASONALITY } from "../core/phasing";
import { payoutMultiplier, weightedScore, type Tier } from "../core/scoring";
import { isKpiError } from "../core/types";
import { isBlank, single, type CellOut } from "./args";
import { liftN, flatten, shapeOf, type Matrix } from "./broadcast";
import { cfError, fail, isCfError, settle } from "./errors";
import { messages } from "./messages";
import { P } from "./params";

/** Σ w·min(att, cap) ÷ Σ w over two ranges of the same number of cells; blank cells count as 0. */
export function scoreOf(attainments: unknown, weights: unknown, cap: unknown): CellOut {
  const a = flatten(attainments, P.attainments);
  if (isCfError(a)) return a;
  const w = flatten(weights, P.weights);
  if (isCfError(w)) return w;
  const c = P.cap.coerce(single(cap, P.cap.name));
  if (isCfError(c)) return c;
  if (a.length !== w.length) {
    const sa = shapeOf(attainments, P.attainments.name);
    const sw = shapeOf(weights, P.weights.name);
    return cfError(
      "value",
      messages().shapeMismatch(P.attainments.name, `${sa.rows}×${sa.cols}`, P.weights.name, `${sw.rows}×${sw.cols}`),
    );
  }
  return settle(weightedScore(a, w, c));
}

/**
 * The tier table from two ranges read in step (row-major). A pair of blank cells is skipped, so a
 * table range may have room for more tiers; a half-blank pair or unequal counts is #VALUE!, thrown.
 */
export function tiersOf(mins: unknown, payouts: unknown): Tier[] {
  const m = flatten(mins, P.tierMins);
  if (isCfError(m)) throw m;
  const p = flatten(payouts, P.tierPayouts);
  if (isCfError(p)) throw p;
  if (m.length !== p.length) fail("value", messages().badTiers());
  const tiers: Tier[] = [];
  for (let i = 0; i < m.length; i++) {
    const min = m[i];
    const payout = p[i];
    if (min === null && payout === null) continue;
    if (min === null || payout === null) fail("value", messages().badTiers());
    tiers.push({ min, payout });
  }
  return tiers;
}

/** Payout multiplier per score (a score range spills), with the tiers read once per call. */
export function payoutOf(score: unknown, mins: unknown, payouts: unknown): CellOut | Matrix {
  const tiers = tiersOf(mins, payouts);
  return liftN((s: number) => payoutMultiplier(s, tiers), [score], [P.score]);
}

/**
 * Monthly (or quarterly) targets: `annual` split by `seasonality` — a region code ("US", "MX") for
 * its default shape, a range of shares (any count, normalised), or blank for equal months.
 * One annual value spills a row (a column when the shares are a column); a column of annual values
 * spills one row per value. Errors of one annual value fill its row.
 */
export function phaseOf(annual: unknown, seasonality: unknown, by: unknown): Matrix {
  const byWhat = P.by.coerce(single(by, P.by.name));
  if (isCfError(byWhat)) throw byWhat;

  const shares = sharesOf(seasonality);
  const width = byWhat === "quarter" ? 4 : shares.values.length;

  const annuals = annualsOf(annual);
  const out: Matrix = [];
  for (const a of annuals) {
    const coerced = P.annual.coerce(a);
    if (isCfError(coerced)) {
      out.push(new Array<CellOut>(width).fill(coerced));
      continue;
    }
    let parts;
    if (byWhat === "quarter") {
      const y = phaseYear(coerced, shares.values);
      parts = isKpiError(y) ? y : y.quarters;
    } else {
      parts = phase(coerced, shares.values);
    }
    if (isKpiError(parts)) {
      out.push(new Array<CellOut>(width).fill(settle(parts)));
      continue;
    }
    out.push(parts.map(settle));
  }
  // One annual value with the shares in a column: the months go down, beside the shares.
  if (annuals.length === 1 && shares.column && byWhat === "month") return out[0].map((v) => [v]);
  return out;
}

/** A single annual value, or each cell of a one-column range. */
function annualsOf(annual: unknown): unknown[] {
  if (!Array.isArray(annual)) return [annual];
  const s = shapeOf(annual, P.annual.name);
  if (s.cols !== 1) fail("value", messages().notSingle(P.annual.name));
  return (annual as unknown[][]).map((row) => row[0]);
}

function sharesOf(seasonality: unknown): { values: number[]; column: boolean } {
  const equal = { values: new Array<number>(12).fill(1), column: false };
  if (isBlank(seasonality)) return equal;
  const s = shapeOf(seasonality, P.shares.name);
  if (s.rows === 1 && s.cols === 1) {
    const v = single(seasonality, P.shares.name);
    if (isBlank(v)) return equal;
    if (typeof v === "string") {
      const region = v.trim().toUpperCase();
      if (region === "US" || region === "MX") return { values: SEASONALITY[region].slice(), column: false };
      const n = P.shares.coerce(v);
      if (isCfError(n)) fail("value", messages().notOneOf(P.shares.name, v, '"US", "MX" or a range of shares'));
    }
  }
  const values = flatten(seasonality, P.shares);
  if (isCfError(values)) throw values;
  return { values, column: s.rows > 1 && s.cols === 1 };
}
