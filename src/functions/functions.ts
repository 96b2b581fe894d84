/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures:
   only inline `any[][]` declares a parameter or result that takes a range (DESIGN §7). */
/*
 * The KPI namespace of custom functions (DESIGN §4): thin wrappers over src/core. Each function only
 * names its core call and its parameters' specs; coercion, broadcasting and Excel errors live in
 * args.ts, broadcast.ts and errors.ts. The JSDoc blocks are the English metadata (functions.json);
 * zh-CN and es-MX texts are in locales.ts.
 *
 * Every numeric parameter is `any[][]`: Excel then passes a range as a matrix and a single value as
 * [[x]], and the function spills a matrix of the same size (single values broadcast; ranges of
 * different sizes are #VALUE!). An omitted optional argument arrives as null and takes its default.
 */
import * as metrics from "../core/metrics";
import { bonus as coreBonus } from "../core/scoring";
import { payoutOf, phaseOf, scoreOf } from "./aggregates";
import { liftN } from "./broadcast";
import { attainmentCell, buenFinCell, gateCell, limitCell, promoCell, statusCell } from "./cells";
import { P } from "./params";

// ---------- advertising ----------

/**
 * Return on ad spend: ad sales ÷ ad spend. Example: =KPI.ROAS(500, 125) returns 4.
 * @customfunction ROAS
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#roas
 * @param adSales Ad-attributed sales (a number or a range).
 * @param adSpend Ad spend in the same currency (a number or a range of the same size).
 * @returns Ad sales per unit of ad spend; #DIV/0! when the spend is 0.
 */
export function roas(adSales: any[][], adSpend: any[][]): any[][] {
  return liftN(metrics.roas, [adSales, adSpend], [P.adSales, P.adSpend]) as any;
}

/**
 * Advertising cost of sales: ad spend ÷ ad sales. Example: =KPI.ACOS(125, 500) returns 0.25 (25%).
 * @customfunction ACOS
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#acos
 * @param adSpend Ad spend (a number or a range).
 * @param adSales Ad-attributed sales in the same currency (a number or a range of the same size).
 * @returns A fraction; format the cell as a percentage. #DIV/0! when the ad sales are 0.
 */
export function acos(adSpend: any[][], adSales: any[][]): any[][] {
  return liftN(metrics.acos, [adSpend, adSales], [P.adSpend, P.adSales]) as any;
}

/**
 * Total ACoS: ad spend ÷ total sales (organic and ad-attributed). Example: =KPI.TACOS(125, 2500) returns 0.05.
 * @customfunction TACOS
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#tacos
 * @param adSpend Ad spend (a number or a range).
 * @param totalSales All sales of the period in the same currency (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when total sales are 0.
 */
export function tacos(adSpend: any[][], totalSales: any[][]): any[][] {
  return liftN(metrics.tacos, [adSpend, totalSales], [P.adSpend, P.totalSales]) as any;
}

/**
 * Click-through rate: clicks ÷ impressions. Example: =KPI.CTR(45, 10000) returns 0.0045.
 * @customfunction CTR
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#ctr
 * @param clicks Ad clicks (a number or a range).
 * @param impressions Ad impressions (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when there are no impressions.
 */
export function ctr(clicks: any[][], impressions: any[][]): any[][] {
  return liftN(metrics.ctr, [clicks, impressions], [P.clicks, P.impressions]) as any;
}

/**
 * Cost per click: ad spend ÷ clicks. Example: =KPI.CPC(90, 120) returns 0.75.
 * @customfunction CPC
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#cpc
 * @param adSpend Ad spend (a number or a range).
 * @param clicks Ad clicks (a number or a range of the same size).
 * @returns Spend per click in the spend's currency; #DIV/0! when there are no clicks.
 */
export function cpc(adSpend: any[][], clicks: any[][]): any[][] {
  return liftN(metrics.cpc, [adSpend, clicks], [P.adSpend, P.clicks]) as any;
}

/**
 * Conversion rate: orders ÷ sessions. Example: =KPI.CVR(30, 1200) returns 0.025.
 * @customfunction CVR
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#cvr
 * @param orders Orders (a number or a range).
 * @param sessions Sessions or visits (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when there are no sessions.
 */
export function cvr(orders: any[][], sessions: any[][]): any[][] {
  return liftN(metrics.cvr, [orders, sessions], [P.orders, P.sessions]) as any;
}

/**
 * Average order value: sales ÷ orders. Example: =KPI.AOV(2500, 100) returns 25.
 * @customfunction AOV
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#aov
 * @param sales Sales of the period (a number or a range).
 * @param orders Orders of the period (a number or a range of the same size).
 * @returns Sales per order in the sales' currency; #DIV/0! when there are no orders.
 */
export function aov(sales: any[][], orders: any[][]): any[][] {
  return liftN(metrics.aov, [sales, orders], [P.sales, P.orders]) as any;
}

// ---------- inventory ----------

/**
 * Inventory turnover in days: average inventory value ÷ COGS × days. Example: =KPI.TURNOVERDAYS(6000, 3000, 30) returns 60.
 * @customfunction TURNOVERDAYS
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#turnover_days
 * @param avgInventoryValue Average inventory value at cost (a number or a range).
 * @param cogs Cost of goods sold in the period (a number or a range of the same size).
 * @param [days] Days in the period the COGS covers; 30 if omitted.
 * @returns Days; #DIV/0! when COGS is 0, #NUM! when days is 0 or less.
 */
export function turnoverdays(avgInventoryValue: any[][], cogs: any[][], days?: any[][]): any[][] {
  return liftN(metrics.turnoverDays, [avgInventoryValue, cogs, days], [P.avgInventoryValue, P.cogs, P.days]) as any;
}

/**
 * Days of supply: units available ÷ average units sold per day. Example: =KPI.DAYSOFSUPPLY(900, 30) returns 30.
 * @customfunction DAYSOFSUPPLY
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#days_of_supply
 * @param unitsAvailable Sellable units on hand (a number or a range).
 * @param avgDailyUnitsSold Average units sold per day (a number or a range of the same size).
 * @returns Days; #DIV/0! when nothing sells.
 */
export function daysofsupply(unitsAvailable: any[][], avgDailyUnitsSold: any[][]): any[][] {
  return liftN(
    metrics.daysOfSupply,
    [unitsAvailable, avgDailyUnitsSold],
    [P.unitsAvailable, P.avgDailyUnitsSold],
  ) as any;
}

/**
 * Sell-through rate: units sold ÷ average units available. Example: =KPI.SELLTHROUGH(300, 1200) returns 0.25.
 * @customfunction SELLTHROUGH
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#sell_through
 * @param unitsSold Units sold in the period (a number or a range).
 * @param avgUnitsAvailable Average units available in the period (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when no units were available.
 */
export function sellthrough(unitsSold: any[][], avgUnitsAvailable: any[][]): any[][] {
  return liftN(metrics.sellThrough, [unitsSold, avgUnitsAvailable], [P.unitsSold, P.avgUnitsAvailable]) as any;
}

// ---------- sales ----------

/**
 * Net sales: (gross sales − refunds) ÷ (1 + tax rate). Example: =KPI.NETSALES(1160, 0, 0.16) returns 1000 (Mexican IVA).
 * @customfunction NETSALES
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#net_sales
 * @param grossSales Gross sales as the shelf shows them (a number or a range).
 * @param [refunds] Refunds to deduct; 0 if omitted.
 * @param [taxRate] Tax included in the prices, e.g. 0.16 for IVA in Mexico; 0 if omitted (US sales are tax-exclusive).
 * @returns Net sales in the same currency; #NUM! when the tax rate is −100% or less.
 */
export function netsales(grossSales: any[][], refunds?: any[][], taxRate?: any[][]): any[][] {
  return liftN(metrics.netSales, [grossSales, refunds, taxRate], [P.grossSales, P.refunds, P.taxRate]) as any;
}

/**
 * A share: part ÷ whole, for return, refund, cancellation or in-stock rates. Example: =KPI.RATE(3, 200) returns 0.015.
 * @customfunction RATE
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#rate
 * @param part The counted part, e.g. returned units (a number or a range).
 * @param whole The whole, e.g. units sold (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when the whole is 0.
 */
export function rate(part: any[][], whole: any[][]): any[][] {
  return liftN(metrics.rate, [part, whole], [P.part, P.whole]) as any;
}

/**
 * Growth: current ÷ previous − 1. Example: =KPI.GROWTH(1200, 1000) returns 0.2 (20%).
 * @customfunction GROWTH
 * @helpurl https://cross-border-kpi.example.com/docs/kpis.md#gmv_growth
 * @param current Value of this period (a number or a range).
 * @param previous Value of the period compared with (a number or a range of the same size).
 * @returns A fraction; #DIV/0! when the previous value is 0.
 */
export function growth(current: any[][], previous: any[][]): any[][] {
  return liftN(metrics.growth, [current, previous], [P.current, P.previous]) as any;
}

// ---------- scoring ----------

/**
 * Attainment of a KPI: actual ÷ target when higher is better, 2 − actual ÷ target when lower is better; never below 0, capped if a cap is given. A blank actual scores 0. Example: =KPI.ATTAINMENT(0.12, 0.1, "lower") returns 0.8.
 * @customfunction ATTAINMENT
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#attainment
 * @param actual The actual value (a number or a range); blank means not reported and scores 0.
 * @param target The target (a number or a range of the same size).
 * @param [polarity] "higher" (default) or "lower" is better, or a KPI id such as "acos" to use its polarity.
 * @param [cap] Highest attainment counted, e.g. 1.2; no cap if omitted.
 * @returns Attainment as a fraction (1 = on target); #NUM! for a target the polarity does not allow.
 */
export function attainment(actual: any[][], target: any[][], polarity?: any[][], cap?: any[][]): any[][] {
  return liftN(attainmentCell, [actual, target, polarity, cap], [P.actual, P.target, P.polarity, P.cap]) as any;
}

/**
 * Weighted score: Σ weight × min(attainment, cap) ÷ Σ weight. Example: =KPI.SCORE({1,0.8}, {60,40}) returns 0.92.
 * @customfunction SCORE
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#score
 * @param attainments Attainments of the weighted KPIs (a range; blank cells count as 0).
 * @param weights Their weights, as many cells as the attainments (percent or any scale).
 * @param [cap] Highest attainment counted; no cap if omitted.
 * @returns The score (1 = on target); #DIV/0! when the weights add up to 0.
 */
export function score(attainments: any[][], weights: any[][], cap?: any[][]): any {
  return scoreOf(attainments, weights, cap);
}

/**
 * Payout multiplier: the highest tier whose minimum the score reaches; 0 below the lowest tier. Example: =KPI.PAYOUT(0.9, {0.8,0.9,1,1.1}, {0.5,0.8,1,1.2}) returns 0.8.
 * @customfunction PAYOUT
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#payout
 * @param score The score (a number or a range).
 * @param tierMins Minimum score of each tier (a range).
 * @param tierPayouts Payout multiplier of each tier, in step with tierMins.
 * @returns The multiplier of the bonus; a score on a tier boundary earns that tier.
 */
export function payout(score: any[][], tierMins: any[][], tierPayouts: any[][]): any[][] {
  return payoutOf(score, tierMins, tierPayouts) as any;
}

/**
 * Bonus: base bonus × payout multiplier. Example: =KPI.BONUS(5000, 0.8) returns 4000.
 * @customfunction BONUS
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#bonus
 * @param baseBonus The bonus at 100% payout (a number or a range).
 * @param payout The payout multiplier, e.g. from KPI.PAYOUT (a number or a range of the same size).
 * @returns The bonus in the base bonus's currency; #NUM! for a negative input.
 */
export function bonus(baseBonus: any[][], payout: any[][]): any[][] {
  return liftN(coreBonus, [baseBonus, payout], [P.baseBonus, P.payout]) as any;
}

/**
 * Platform-health gate: TRUE when the actual is on the right side of the threshold by the rule: "<", "<=", ">", ">=" exactly; "lower"/"higher" inclusive (≤ / ≥); a gate KPI id takes its platform's rule (Amazon strict < / >, Mercado Libre and Walmart inclusive ≤ / ≥). A blank actual fails. Example: =KPI.GATE(0.01, 0.01, "odr") returns FALSE (ODR must be under 1%).
 * @customfunction GATE
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#gate
 * @param actual The measured rate (a number or a range); blank means not reported and fails.
 * @param threshold The platform's limit, e.g. KPI.LIMIT("odr", "amazon_us").
 * @param rule "<", "<=", ">", ">=", "lower" (≤), "higher" (≥), or the gate's KPI id such as "odr" (its platform's rule).
 * @returns TRUE if the gate passes, FALSE if not.
 */
export function gate(actual: any[][], threshold: any[][], rule: any[][]): any[][] {
  return liftN(gateCell, [actual, threshold, rule], [P.actual, P.threshold, P.gatePolarity]) as any;
}

/**
 * Traffic light of an attainment: "green" from greenAt, "amber" from amberAt, else "red". Example: =KPI.STATUS(0.95) returns "amber".
 * @customfunction STATUS
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#status
 * @param attainment The attainment (a number or a range).
 * @param [greenAt] Attainment that counts as on track; 1 if omitted.
 * @param [amberAt] Attainment that counts as at risk; 0.9 if omitted.
 * @returns "green", "amber" or "red" (the same words in every language, for conditional formats).
 */
export function status(attainment: any[][], greenAt?: any[][], amberAt?: any[][]): any[][] {
  return liftN(statusCell, [attainment, greenAt, amberAt], [P.attainment, P.greenAt, P.amberAt]) as any;
}

// ---------- catalog, phasing, calendar ----------

/**
 * Platform threshold of a health KPI from the catalog. Example: =KPI.LIMIT("odr", "amazon_us") returns 0.01.
 * @customfunction LIMIT
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#limit
 * @param kpiId KPI id, e.g. "odr", "late_shipment_rate", "ml_claims_rate", "wm_cancel_rate".
 * @param [platform] Platform id: "amazon_us", "amazon_mx", "mercadolibre_mx", "walmart_us"; the KPI's first platform if omitted.
 * @returns The threshold as a fraction; #N/A when the KPI has none on that platform.
 */
export function limit(kpiId: any[][], platform?: any[][]): any[][] {
  return liftN(limitCell, [kpiId, platform], [P.kpiId, P.platform]) as any;
}

/**
 * Splits an annual target into months (or quarters) by seasonality and spills them. Example: =KPI.PHASE(1200000, "MX") spills 12 monthly targets.
 * @customfunction PHASE
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#phase
 * @param annual The annual target (a number, or a column of targets for one row each).
 * @param [seasonality] "US" or "MX" for the default season shape, or a range of monthly shares; equal months if omitted.
 * @param [by] "month" (default) or "quarter".
 * @returns A row of 12 months (or 4 quarters), January first, adding up to the annual target.
 */
export function phase(annual: any[][], seasonality?: any[][], by?: any[][]): any[][] {
  return phaseOf(annual, seasonality, by);
}

/**
 * Date of El Buen Fin in Mexico for a year (it ends on the Revolution Day Monday). Example: =KPI.BUENFIN(2025) returns the date 2025-11-13.
 * @customfunction BUENFIN
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#buenfin
 * @param year The year (a number or a range).
 * @param [which] "start" (default) or "end".
 * @returns An Excel date; format the cell as a date.
 */
export function buenfin(year: any[][], which?: any[][]): any[][] {
  return liftN(buenFinCell, [year, which], [P.year, P.which]) as any;
}

/**
 * Date of a promotion or holiday in a year: "prime_day", "hot_sale", "buen_fin", "black_friday", "cyber_monday", "dia_de_las_madres", "christmas", … Example: =KPI.PROMO("prime_day", 2025) returns the date 2025-07-08.
 * @customfunction PROMO
 * @helpurl https://cross-border-kpi.example.com/docs/functions.md#promo
 * @param eventId Event id, e.g. "prime_day" or "hot_sale".
 * @param year The year (a number or a range).
 * @param [which] "start" (default) or "end".
 * @param [region] "US", "MX", or "any" (default: US first, then MX).
 * @returns An Excel date; #N/A when that event has no date for the year.
 */
export function promo(eventId: any[][], year: any[][], which?: any[][], region?: any[][]): any[][] {
  return liftN(promoCell, [eventId, year, which, region], [P.eventId, P.year, P.which, P.region]) as any;
}
