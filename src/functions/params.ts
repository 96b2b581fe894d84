/**
 * How each custom-function parameter is read, one spec per parameter name (the name Excel shows and
 * the messages quote). Built once at load; the broadcast loops use them per cell.
 */
import { AMBER_AT, GREEN_AT } from "../core/scoring";
import { gateRule, num, numOrNull, oneOf, optNum, polarity, text, year } from "./args";
import { PARTS, REGION_ARGS } from "./cells";

export const P = {
  // ads
  adSales: num("adSales"),
  adSpend: num("adSpend"),
  totalSales: num("totalSales"),
  clicks: num("clicks"),
  impressions: num("impressions"),
  orders: num("orders"),
  sessions: num("sessions"),
  sales: num("sales"),
  // inventory
  avgInventoryValue: num("avgInventoryValue"),
  cogs: num("cogs"),
  days: optNum("days", 30),
  unitsAvailable: num("unitsAvailable"),
  avgDailyUnitsSold: num("avgDailyUnitsSold"),
  unitsSold: num("unitsSold"),
  avgUnitsAvailable: num("avgUnitsAvailable"),
  // sales
  grossSales: num("grossSales"),
  refunds: optNum("refunds", 0),
  taxRate: optNum("taxRate", 0),
  part: num("part"),
  whole: num("whole"),
  current: num("current"),
  previous: num("previous"),
  // scoring
  actual: numOrNull("actual"), // blank = not reported (scores 0, fails a gate)
  target: num("target"),
  threshold: num("threshold"),
  polarity: polarity("polarity", "higher"),
  gatePolarity: gateRule("rule"),
  cap: numOrNull("cap"), // blank = no cap
  attainment: num("attainment"),
  attainments: num("attainments"),
  weights: num("weights"),
  greenAt: optNum("greenAt", GREEN_AT),
  amberAt: optNum("amberAt", AMBER_AT),
  score: num("score"),
  tierMins: numOrNull("tierMins"),
  tierPayouts: numOrNull("tierPayouts"),
  baseBonus: num("baseBonus"),
  payout: num("payout"),
  // catalog, calendar, phasing
  kpiId: text("kpiId"),
  platform: text("platform"),
  annual: num("annual"),
  shares: num("seasonality"),
  by: oneOf("by", ["month", "quarter"] as const, "month"),
  year: year("year"),
  which: oneOf("which", PARTS, "start"),
  eventId: text("eventId"),
  region: oneOf("region", REGION_ARGS, "any"),
} as const;
