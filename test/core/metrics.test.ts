import {
  acos,
  aov,
  cpc,
  ctr,
  cvr,
  daysOfSupply,
  growth,
  netSales,
  rate,
  roas,
  sellThrough,
  tacos,
  turnoverDays,
} from "../../src/core/metrics";
import { isKpiError, type KpiErrorCode, type Result } from "../../src/core/types";

function codeOf(r: Result<number>): KpiErrorCode | "ok" {
  return isKpiError(r) ? r.code : "ok";
}

// Every expected value below is an exact binary fraction, so `toBe` is exact; the arithmetic column
// shows how it was worked out by hand.
describe("metrics compute their documented quotient", () => {
  test.each([
    ["ROAS is ad sales divided by ad spend", () => roas(400, 100), 4, "400 / 100 = 4"],
    ["ACoS is ad spend divided by ad sales", () => acos(25, 100), 0.25, "25 / 100 = 0.25"],
    ["TACoS is ad spend divided by total sales", () => tacos(30, 600), 0.05, "30 / 600 = 0.05"],
    ["CTR is clicks divided by impressions", () => ctr(35, 1000), 0.035, "35 / 1000 = 0.035"],
    ["CPC is ad spend divided by clicks", () => cpc(150, 200), 0.75, "150 / 200 = 0.75"],
    ["CVR is orders divided by sessions", () => cvr(12, 400), 0.03, "12 / 400 = 0.03"],
    ["AOV is sales divided by orders", () => aov(2500, 50), 50, "2500 / 50 = 50"],
    ["turnover days default to a 30-day period", () => turnoverDays(6000, 3000), 60, "6000 / 3000 × 30 = 60"],
    ["turnover days use the given period", () => turnoverDays(6000, 3000, 7), 14, "6000 / 3000 × 7 = 14"],
    ["days of supply is units over daily units sold", () => daysOfSupply(900, 30), 30, "900 / 30 = 30"],
    ["sell-through is units sold over units available", () => sellThrough(80, 200), 0.4, "80 / 200 = 0.4"],
    [
      "net sales deduct refunds and divide out the tax",
      () => netSales(1300, 50, 0.25),
      1000,
      "(1300 − 50) / 1.25 = 1000",
    ],
    ["net sales default to no refunds and no tax", () => netSales(1160), 1160, "(1160 − 0) / (1 + 0) = 1160"],
    ["net sales may go negative when refunds exceed gross", () => netSales(100, 300), -200, "(100 − 300) / 1 = −200"],
    ["rate is part over whole", () => rate(3, 300), 0.01, "3 / 300 = 0.01"],
    ["growth is current over previous minus one", () => growth(150, 100), 0.5, "150 / 100 − 1 = 0.5"],
    ["a decline is negative growth", () => growth(75, 100), -0.25, "75 / 100 − 1 = −0.25"],
    ["a zero numerator gives 0", () => roas(0, 100), 0, "0 / 100 = 0"],
  ])("%s", (_name, call, expected, _arithmetic) => {
    expect(call()).toBe(expected);
  });

  test("MX net sales take IVA 16% out of the shelf price", () => {
    // 116 / 1.16 = 100 (1.16 is not a binary fraction, hence close-to)
    expect(netSales(116, 0, 0.16)).toBeCloseTo(100, 10);
  });
});

describe("metrics return KPI errors instead of throwing", () => {
  test.each([
    ["ROAS with zero ad spend is a division by zero", () => roas(100, 0), "div0"],
    ["ACoS with zero ad sales is a division by zero", () => acos(10, 0), "div0"],
    ["TACoS with zero total sales is a division by zero", () => tacos(10, 0), "div0"],
    ["CTR with zero impressions is a division by zero", () => ctr(0, 0), "div0"],
    ["CPC with zero clicks is a division by zero", () => cpc(5, 0), "div0"],
    ["CVR with zero sessions is a division by zero", () => cvr(1, 0), "div0"],
    ["AOV with zero orders is a division by zero", () => aov(10, 0), "div0"],
    ["turnover days with zero COGS is a division by zero", () => turnoverDays(10, 0), "div0"],
    ["days of supply with no sales is a division by zero", () => daysOfSupply(10, 0), "div0"],
    ["sell-through with nothing available is a division by zero", () => sellThrough(1, 0), "div0"],
    ["rate with a zero whole is a division by zero", () => rate(1, 0), "div0"],
    ["growth from zero is a division by zero", () => growth(5, 0), "div0"],
    ["negative zero is still zero as a divisor", () => roas(5, -0), "div0"],
    ["NaN input is a value error", () => roas(NaN, 1), "value"],
    ["Infinity input is a value error", () => acos(1, Infinity), "value"],
    ["-Infinity input is a value error", () => tacos(-Infinity, 1), "value"],
    ["a string slipped in from JavaScript is a value error", () => cpc("12" as unknown as number, 3), "value"],
    ["a non-finite period is a value error", () => turnoverDays(10, 5, NaN), "value"],
    ["a zero-day period is out of range", () => turnoverDays(10, 5, 0), "num"],
    ["a negative period is out of range", () => turnoverDays(10, 5, -30), "num"],
    ["a tax rate of −100% is out of range", () => netSales(100, 0, -1), "num"],
    ["a tax rate below −100% is out of range", () => netSales(100, 0, -1.5), "num"],
    ["non-finite refunds are a value error", () => netSales(100, NaN), "value"],
    ["a quotient that overflows is out of range", () => roas(1e308, 1e-308), "num"],
    ["turnover days that overflow after × days are out of range", () => turnoverDays(1e306, 1, 1000), "num"],
  ])("%s", (_name, call, code) => {
    expect(codeOf(call())).toBe(code);
  });
});
