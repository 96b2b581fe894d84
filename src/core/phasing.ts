/**
 * Phasing: an annual target split into months and quarters by seasonality (DESIGN §3):
 * month target = annual × shareₘ ÷ Σ share (`phase`), and the month targets the phasing sheet shows,
 * rounded to whole currency units by largest remainder (`phaseRounded`), in the same steps as the
 * sheet's formula so that both agree.
 */
import { DATED_PROMOS, ERR_REGION, eventsFor, eventsInMonth, type CalendarEvent, type DatedPromo } from "./calendar";
import { ERR_NOT_FINITE, ERR_OVERFLOW } from "./metrics";
import { KpiError, REGIONS, frozenError, isKpiError, type Region, type Result } from "./types";

export const ERR_NEGATIVE_SHARE: KpiError = frozenError("num", "a share must not be negative");
export const ERR_ZERO_SHARES: KpiError = frozenError("num", "the shares add up to 0");
export const ERR_TWELVE_SHARES: KpiError = frozenError("value", "a year needs 12 monthly shares");
export const ERR_UPLIFT: KpiError = frozenError("num", "the uplift must not be negative");

/**
 * Default monthly weights (percent of the year, each row sums to 100), January first. They are
 * planning defaults that describe the usual shape of a cross-border seller's year, not measured data;
 * teams replace them with their own history.
 *
 * US: Jan moderate (gift-card spending, returns), Feb the low point (short, post-holiday), spring flat,
 *   May/Jun lifted by Mother's and Father's Day, Jul by Prime Day, Aug back-to-school, Oct by
 *   Amazon's autumn Prime deal event, Nov (Black Friday / Cyber Monday) and Dec (Christmas) the peak.
 * MX: Jan held up by Día de Reyes against the "cuesta de enero", Feb the low point, May the second
 *   peak (Hot Sale + Día de las Madres on 10 May), Jun the Hot Sale tail, Jul Prime Day on Amazon MX,
 *   Nov Buen Fin, Dec the highest: Christmas, and the aguinaldo (year-end bonus) that employers must
 *   pay by 20 December (LFT art. 87) lands in shoppers' pockets.
 */
export const SEASONALITY: Readonly<Record<Region, readonly number[]>> = Object.freeze({
  //  Jan  Feb  Mar  Apr  May  Jun  Jul  Aug  Sep  Oct  Nov   Dec
  US: Object.freeze([7.0, 6.5, 7.5, 7.5, 8.0, 8.0, 9.5, 8.0, 7.5, 8.5, 11.0, 11.0]),
  MX: Object.freeze([7.0, 6.5, 7.0, 7.0, 9.5, 8.0, 8.5, 7.5, 7.5, 8.0, 11.5, 12.0]),
});

/**
 * Splits `total` in proportion to `shares` (normalised, so percent, fractions or raw history all work).
 * Negative share or Σ = 0 → "num"; non-finite → "value". The parts add up to `total` up to floating
 * point rounding (a relative 1e-15 or so), not exactly: each part is computed as the sheet does.
 */
export function phase(total: number, shares: readonly number[]): Result<number[]> {
  if (!Number.isFinite(total)) return ERR_NOT_FINITE;
  if (!Array.isArray(shares)) return ERR_NOT_FINITE;
  let sum = 0;
  for (const s of shares) {
    if (!Number.isFinite(s)) return ERR_NOT_FINITE;
    if (s < 0) return ERR_NEGATIVE_SHARE;
    sum += s;
  }
  if (sum === 0) return ERR_ZERO_SHARES;
  if (!Number.isFinite(sum)) return ERR_OVERFLOW;
  const parts = new Array<number>(shares.length);
  for (let i = 0; i < shares.length; i++) {
    const part = (total * shares[i]) / sum;
    if (!Number.isFinite(part)) return ERR_OVERFLOW;
    parts[i] = part;
  }
  return parts;
}

/**
 * Remainders are compared after rounding to this many decimals, in the core and in the sheet
 * (ROUND(…, 9)): quotas that are equal on paper (1,176,082 × 8 % in May and in August) then tie
 * exactly in both engines, whatever floating-point noise each one's product carries.
 */
export const REMAINDER_DECIMALS = 9;

/** Excel's and LibreOffice's ROUND(x, 0): halves away from zero (Math.round sends −2.5 to −2). */
export function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r; // no −0
}

function roundRemainder(r: number): number {
  const scale = 10 ** REMAINDER_DECIMALS;
  return Math.round(r * scale) / scale;
}

/**
 * `phase` rounded to whole currency units by largest remainder (DESIGN §3: "month targets are rounded
 * to whole currency units (largest remainder, so the months still add up to the annual target)").
 *
 * Whole units can only add up to a whole total, so the total is first rounded to whole units
 * (half away from zero, as ROUND(total, 0)): an annual target of 1,176,081.72 is split as 1,176,082.
 * Then, with quota qᵢ = T × shareᵢ ÷ Σ share:
 *   1. every part gets ⌊qᵢ⌋ (floor, also for a negative total);
 *   2. the k = T − Σ⌊qᵢ⌋ units left over (0 ≤ k < number of parts) go one each to the k parts with
 *      the largest remainders qᵢ − ⌊qᵢ⌋ (rounded to REMAINDER_DECIMALS); on a tie the earlier part
 *      (the earlier month) comes first.
 * So every part is ⌊qᵢ⌋ or ⌊qᵢ⌋ + 1 and the parts add up to T exactly. Example: 100 over three
 * equal shares → 34, 33, 33.
 *
 * The phasing sheet computes each month with the same steps in one classic formula
 * (INT, MOD, ROUND, SUMPRODUCT; see phasingPlan), so its values equal these.
 * Errors as `phase`; a total beyond ±2⁵³ (where whole units are no longer exact) is "num".
 */
export function phaseRounded(total: number, shares: readonly number[]): Result<number[]> {
  if (!Number.isFinite(total)) return ERR_NOT_FINITE;
  const whole = roundHalfAway(total);
  if (!Number.isSafeInteger(whole)) return ERR_OVERFLOW;
  const quotas = phase(whole, shares);
  if (isKpiError(quotas)) return quotas;
  const floors = quotas.map((q) => Math.floor(q));
  const remainders = quotas.map((q, i) => roundRemainder(q - floors[i]));
  let left = whole;
  for (const f of floors) left -= f;
  const parts = new Array<number>(quotas.length);
  for (let i = 0; i < quotas.length; i++) {
    // rank = how many parts come before part i: a larger remainder, or an equal one earlier
    let rank = 0;
    for (let j = 0; j < quotas.length; j++) {
      if (remainders[j] > remainders[i] || (remainders[j] === remainders[i] && j < i)) rank++;
    }
    const part = floors[i] + (rank < left ? 1 : 0);
    parts[i] = part === 0 ? 0 : part; // no −0
  }
  return parts;
}

export interface PhasedYear {
  /** 12 month targets, January first */
  months: number[];
  /** 4 quarter targets, each the sum of its three months */
  quarters: number[];
}

/** Annual target → months and quarters, by a region's SEASONALITY or by 12 given shares. */
export function phaseYear(annual: number, regionOrShares: Region | readonly number[]): Result<PhasedYear> {
  let shares: readonly number[];
  if (typeof regionOrShares === "string") {
    if (!REGIONS.includes(regionOrShares)) return ERR_REGION;
    shares = SEASONALITY[regionOrShares];
  } else {
    if (!Array.isArray(regionOrShares)) return ERR_TWELVE_SHARES;
    shares = regionOrShares;
  }
  if (shares.length !== 12) return ERR_TWELVE_SHARES;
  const months = phase(annual, shares);
  if (isKpiError(months)) return months;
  const quarters = [0, 1, 2, 3].map((q) => months[3 * q] + months[3 * q + 1] + months[3 * q + 2]);
  return { months, quarters };
}

/**
 * A region's SEASONALITY adjusted to where that year's promotions actually fall.
 *
 * Rule: every month that holds at least one day of a "promo" event of the region in that year
 * (eventsFor: Prime Day, Black Friday, Cyber Monday; Hot Sale, Buen Fin; any table row) has its weight
 * multiplied by (1 + uplift) — once, however many promos it holds; then all twelve weights are
 * rescaled to sum to 100 again. An event that spans two months (Hot Sale 26 May – 3 June) lifts both.
 *
 * The base shape already expects the usual promo months; the uplift follows the calendar of the
 * actual year (Prime Day in June 2026 instead of July, Cyber Monday on 1 December 2025, Hot Sale
 * 2024 entirely in May), which is why the default is a modest 15%. uplift 0 returns the base shape.
 */
export function seasonalityWithPromos(
  region: Region,
  year: number,
  uplift: number = 0.15,
  table: readonly DatedPromo[] = DATED_PROMOS,
): Result<number[]> {
  if (!Number.isFinite(uplift)) return ERR_NOT_FINITE;
  if (uplift < 0) return ERR_UPLIFT;
  const events = eventsFor(region, year, table);
  if (isKpiError(events)) return events;
  const base = SEASONALITY[region];
  const weights = base.slice();
  for (let m = 1; m <= 12; m++) {
    const inMonth = eventsInMonth(events, year, m) as readonly CalendarEvent[]; // year checked by eventsFor
    if (inMonth.some((e) => e.kind === "promo")) weights[m - 1] *= 1 + uplift;
  }
  let sum = 0;
  for (const w of weights) sum += w;
  if (!Number.isFinite(sum)) return ERR_OVERFLOW;
  return weights.map((w) => (w / sum) * 100);
}
