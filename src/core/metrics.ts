/**
 * Marketplace metrics as plain functions on numbers (DESIGN §1, §4).
 *
 * These run once per cell when a custom function spills over a range, possibly a million times in a
 * recalculation. So the success path allocates nothing: no arrays, no closures, no objects. The
 * failures return one of a few preallocated, frozen `KpiError` values; callers compare `code`, never
 * identity, and the messages are for developers (the functions layer maps codes to user text).
 * (V8 may still box a non-integer double returned through the `number | KpiError` union, as it does
 * for any double stored in the result matrix of a spill; that is the engine's, not ours to remove.)
 *
 * Every formula is the plain quotient the scorecard sheet computes (`=B2/C2`), so that a value shown
 * by a custom function and the same value computed by a sheet formula agree to the last bit.
 */
import { KpiError, frozenError, type Result } from "./types";

/** An argument is NaN, ±Infinity or not a number at all (a string slipped through from JS). */
export const ERR_NOT_FINITE: KpiError = frozenError("value", "an input is not a finite number");
/** The divisor is 0. */
export const ERR_DIV0: KpiError = frozenError("div0", "division by zero");
/** The result overflowed to ±Infinity (e.g. 1e300 / 1e-300); Excel shows #NUM! for that. */
export const ERR_OVERFLOW: KpiError = frozenError("num", "result is out of the range of a number");
/** An argument is outside its domain (e.g. days ≤ 0, tax rate ≤ −100%). */
export const ERR_DOMAIN: KpiError = frozenError("num", "an input is outside its allowed range");

/**
 * numerator / denominator with the shared checks. Not exported as API, but every metric below is a
 * thin alias so that each keeps its own documented argument order.
 */
function quotient(numerator: number, denominator: number): Result<number> {
  // Number.isFinite is false for NaN, ±Infinity and for non-numbers, which JS callers can pass.
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return ERR_NOT_FINITE;
  if (denominator === 0) return ERR_DIV0;
  const q = numerator / denominator;
  return Number.isFinite(q) ? q : ERR_OVERFLOW;
}

/** Return on ad spend: ad sales ÷ ad spend (a multiple, 4 means 4x). */
export function roas(adSales: number, adSpend: number): Result<number> {
  return quotient(adSales, adSpend);
}

/** Advertising cost of sales: ad spend ÷ ad sales (a fraction, 0.25 = 25%). */
export function acos(adSpend: number, adSales: number): Result<number> {
  return quotient(adSpend, adSales);
}

/** Total ACoS: ad spend ÷ total sales (organic + ad-attributed). */
export function tacos(adSpend: number, totalSales: number): Result<number> {
  return quotient(adSpend, totalSales);
}

/** Click-through rate: clicks ÷ impressions. */
export function ctr(clicks: number, impressions: number): Result<number> {
  return quotient(clicks, impressions);
}

/** Cost per click: ad spend ÷ clicks. */
export function cpc(adSpend: number, clicks: number): Result<number> {
  return quotient(adSpend, clicks);
}

/** Conversion rate: orders ÷ sessions. */
export function cvr(orders: number, sessions: number): Result<number> {
  return quotient(orders, sessions);
}

/** Average order value: sales ÷ orders. */
export function aov(sales: number, orders: number): Result<number> {
  return quotient(sales, orders);
}

/**
 * Inventory turnover in days: average inventory value ÷ COGS of the period × days of the period.
 * `days` is the length of the period the COGS covers (30 for a month); it must be positive.
 */
export function turnoverDays(avgInventoryValue: number, cogs: number, days: number = 30): Result<number> {
  if (!Number.isFinite(days)) return ERR_NOT_FINITE;
  const q = quotient(avgInventoryValue, cogs);
  if (typeof q !== "number") return q;
  if (days <= 0) return ERR_DOMAIN;
  const r = q * days;
  return Number.isFinite(r) ? r : ERR_OVERFLOW;
}

/** Days of supply: units available ÷ average units sold per day. */
export function daysOfSupply(unitsAvailable: number, avgDailyUnitsSold: number): Result<number> {
  return quotient(unitsAvailable, avgDailyUnitsSold);
}

/** Sell-through rate: units sold ÷ average units available. */
export function sellThrough(unitsSold: number, avgUnitsAvailable: number): Result<number> {
  return quotient(unitsSold, avgUnitsAvailable);
}

/**
 * Net sales: (gross − refunds) ÷ (1 + taxRate). For MX shelf prices that include IVA, taxRate is 0.16;
 * for US marketplace-facilitator sales (tax-exclusive) it is 0. A tax rate of −100% or below makes the
 * divisor 0 or negative, which is meaningless, hence #NUM!.
 */
export function netSales(gross: number, refunds: number = 0, taxRate: number = 0): Result<number> {
  if (!Number.isFinite(gross) || !Number.isFinite(refunds) || !Number.isFinite(taxRate)) return ERR_NOT_FINITE;
  if (taxRate <= -1) return ERR_DOMAIN;
  const r = (gross - refunds) / (1 + taxRate);
  return Number.isFinite(r) ? r : ERR_OVERFLOW;
}

/** A generic share: part ÷ whole (return rate, refund rate, in-stock rate, …). */
export function rate(part: number, whole: number): Result<number> {
  return quotient(part, whole);
}

/**
 * Growth: current ÷ previous − 1. Kept as the plain formula the sheet writes (`=B2/C2-1`) so both agree;
 * note that from a negative base the sign is not meaningful, as in any spreadsheet.
 */
export function growth(current: number, previous: number): Result<number> {
  const q = quotient(current, previous);
  if (typeof q !== "number") return q;
  return q - 1;
}
