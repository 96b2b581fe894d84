/**
 * The metric functions over single values and ranges, each expected value worked out by hand.
 * Errors are written as Excel shows them ("#DIV/0!").
 */
import { call, expectCells } from "./runtime";
import * as F from "../../src/functions/functions";

type Row = [string, (...args: any[]) => unknown, unknown[], unknown];

const rows: Row[] = [
  // ROAS = adSales / adSpend
  ["ROAS 500 / 125 = 4", F.roas, [500, 125], 4],
  ["ROAS 750 / 300 = 2.5", F.roas, [750, 300], 2.5],
  ["ROAS no ad sales: 0 / 100 = 0", F.roas, [0, 100], 0],
  ["ROAS zero spend is #DIV/0!", F.roas, [500, 0], "#DIV/0!"],
  ["ROAS blank spend counts as 0, so #DIV/0!", F.roas, [500, null], "#DIV/0!"],
  ["ROAS blank sales counts as 0: 0 / 100 = 0", F.roas, [null, 100], 0],
  ["ROAS empty text counts as blank: 0 / 100 = 0", F.roas, ["", 100], 0],
  ["ROAS numeric text: '500' / '125' = 4", F.roas, ["500", "125"], 4],
  ["ROAS text with thousands: '1,500' / 300 = 5", F.roas, ["1,500", 300], 5],
  ["ROAS TRUE is 1: 1 / 1 = 1", F.roas, [true, 1], 1],
  ["ROAS FALSE spend is 0: #DIV/0!", F.roas, [10, false], "#DIV/0!"],
  ["ROAS non-numeric text is #VALUE!", F.roas, ["abc", 100], "#VALUE!"],
  ["ROAS NaN from JS is #NUM!", F.roas, [NaN, 1], "#NUM!"],
  ["ROAS 1x1 ranges give a 1x1 result: 500 / 125 = 4", F.roas, [[[500]], [[125]]], [[4]]],
  [
    "ROAS column / column: 500/125 = 4, 300/0 = #DIV/0!",
    F.roas,
    [
      [[500], [300]],
      [[125], [0]],
    ],
    [[4], ["#DIV/0!"]],
  ],
  ["ROAS column / scalar: 500/100 = 5, 300/100 = 3", F.roas, [[[500], [300]], 100], [[5], [3]]],
  ["ROAS column / 1x1 range broadcasts: 500/100 = 5, 300/100 = 3", F.roas, [[[500], [300]], [[100]]], [[5], [3]]],
  [
    "ROAS 2x2 / 2x2: 8/2 = 4, 9/3 = 3, 10/4 = 2.5, 1/8 = 0.125",
    F.roas,
    [
      [
        [8, 9],
        [10, 1],
      ],
      [
        [2, 3],
        [4, 8],
      ],
    ],
    [
      [4, 3],
      [2.5, 0.125],
    ],
  ],
  [
    "ROAS bad cell is an error in its cell only: 6/3 = 2, 'x' → #VALUE!",
    F.roas,
    [[[6, "x"]], [[3, 3]]],
    [[2, "#VALUE!"]],
  ],
  ["ROAS a row against a column is #VALUE! (shapes differ)", F.roas, [[[1, 2]], [[1], [2]]], "#VALUE!"],
  [
    "ROAS an error in a cell passes through: #N/A",
    F.roas,
    [[[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)]], 2],
    [["#N/A"]],
  ],
  // ACOS = adSpend / adSales
  ["ACOS 125 / 500 = 0.25", F.acos, [125, 500], 0.25],
  ["ACOS 50 / 400 = 0.125", F.acos, [50, 400], 0.125],
  ["ACOS no ad sales is #DIV/0!", F.acos, [10, 0], "#DIV/0!"],
  ["ACOS percent text: '25%' / 1 = 0.25", F.acos, ["25%", 1], 0.25],
  // TACOS = adSpend / totalSales
  ["TACOS 125 / 2500 = 0.05", F.tacos, [125, 2500], 0.05],
  ["TACOS 300 / 1200 = 0.25", F.tacos, [300, 1200], 0.25],
  ["TACOS no sales is #DIV/0!", F.tacos, [300, 0], "#DIV/0!"],
  // CTR = clicks / impressions
  ["CTR 45 / 10000 = 0.0045", F.ctr, [45, 10000], 0.0045],
  ["CTR 0 / 500 = 0", F.ctr, [0, 500], 0],
  ["CTR no impressions is #DIV/0!", F.ctr, [5, 0], "#DIV/0!"],
  // CPC = adSpend / clicks
  ["CPC 90 / 120 = 0.75", F.cpc, [90, 120], 0.75],
  ["CPC 100 / 40 = 2.5", F.cpc, [100, 40], 2.5],
  ["CPC no clicks is #DIV/0!", F.cpc, [100, 0], "#DIV/0!"],
  // CVR = orders / sessions
  ["CVR 30 / 1200 = 0.025", F.cvr, [30, 1200], 0.025],
  ["CVR 12 / 400 = 0.03", F.cvr, [12, 400], 0.03],
  // AOV = sales / orders
  ["AOV 2500 / 100 = 25", F.aov, [2500, 100], 25],
  ["AOV 1999.5 / 3 = 666.5", F.aov, [1999.5, 3], 666.5],
  ["AOV no orders is #DIV/0!", F.aov, [10, 0], "#DIV/0!"],
  // TURNOVERDAYS = avgInventoryValue / cogs × days
  ["TURNOVERDAYS 6000 / 3000 × 30 = 60", F.turnoverdays, [6000, 3000, 30], 60],
  ["TURNOVERDAYS days omitted is 30: 6000 / 3000 × 30 = 60", F.turnoverdays, [6000, 3000], 60],
  ["TURNOVERDAYS days null (omitted in Excel) is 30: 60", F.turnoverdays, [6000, 3000, null], 60],
  ["TURNOVERDAYS blank days cell takes the default: [[60]]", F.turnoverdays, [[[6000]], [[3000]], [[""]]], [[60]]],
  ["TURNOVERDAYS weekly: 6000 / 3000 × 7 = 14", F.turnoverdays, [6000, 3000, 7], 14],
  ["TURNOVERDAYS yearly: 4500 / 9000 × 365 = 182.5", F.turnoverdays, [4500, 9000, 365], 182.5],
  ["TURNOVERDAYS no COGS is #DIV/0!", F.turnoverdays, [6000, 0], "#DIV/0!"],
  ["TURNOVERDAYS days 0 is #NUM!", F.turnoverdays, [6000, 3000, 0], "#NUM!"],
  [
    "TURNOVERDAYS column of days: 6000/3000 × 30 = 60, × 31 = 62",
    F.turnoverdays,
    [6000, 3000, [[30], [31]]],
    [[60], [62]],
  ],
  // DAYSOFSUPPLY = unitsAvailable / avgDailyUnitsSold
  ["DAYSOFSUPPLY 900 / 30 = 30", F.daysofsupply, [900, 30], 30],
  ["DAYSOFSUPPLY 100 / 8 = 12.5", F.daysofsupply, [100, 8], 12.5],
  ["DAYSOFSUPPLY nothing sells is #DIV/0!", F.daysofsupply, [100, 0], "#DIV/0!"],
  // SELLTHROUGH = unitsSold / avgUnitsAvailable
  ["SELLTHROUGH 300 / 1200 = 0.25", F.sellthrough, [300, 1200], 0.25],
  ["SELLTHROUGH 45 / 60 = 0.75", F.sellthrough, [45, 60], 0.75],
  // NETSALES = (gross − refunds) / (1 + taxRate)
  ["NETSALES MX IVA: (1160 − 0) / 1.16 = 1000", F.netsales, [1160, 0, 0.16], 1000],
  ["NETSALES only gross: 1000 / 1 = 1000", F.netsales, [1000], 1000],
  ["NETSALES refunds: (1000 − 100) / 1 = 900", F.netsales, [1000, 100], 900],
  ["NETSALES omitted (null) refunds and tax: 1000", F.netsales, [1000, null, null], 1000],
  ["NETSALES refunds and IVA: (1276 − 116) / 1.16 = 1000", F.netsales, [1276, 116, 0.16], 1000],
  ["NETSALES tax text '16%': (1160 − 0) / 1.16 = 1000", F.netsales, [1160, 0, "16%"], 1000],
  ["NETSALES tax rate −100% is #NUM!", F.netsales, [116, 0, -1], "#NUM!"],
  // RATE = part / whole
  ["RATE 3 / 200 = 0.015", F.rate, [3, 200], 0.015],
  ["RATE 0 / 0 is #DIV/0!", F.rate, [0, 0], "#DIV/0!"],
  // GROWTH = current / previous − 1
  ["GROWTH 1200 / 1000 − 1 = 0.2", F.growth, [1200, 1000], 0.2],
  ["GROWTH 900 / 1000 − 1 = −0.1", F.growth, [900, 1000], -0.1],
  ["GROWTH from 0 is #DIV/0!", F.growth, [5, 0], "#DIV/0!"],
];

test.each(rows)("%s", (_name, fn, args, expected) => {
  expectCells(call(fn, ...args), expected);
});

test("a huge quotient that overflows is #NUM!, never Infinity (1e300 / 1e-300)", () => {
  expectCells(call(F.roas, 1e300, 1e-300), "#NUM!");
});

test("the #VALUE! of bad text names the argument and quotes the text", () => {
  const r = call(F.roas, 10, "ten") as { message?: string };
  expect(r.message).toContain("adSpend");
  expect(r.message).toContain('"ten"');
});

test("the #VALUE! of mismatched ranges names both arguments and their sizes", () => {
  const r = call(F.acos, [[1], [2], [3]], [[1], [2]]) as { code: string; message?: string };
  expect(r.code).toBe("#VALUE!");
  expect(r.message).toContain("adSpend is 3×1");
  expect(r.message).toContain("adSales is 2×1");
});

test("mismatched ranges are thrown as a CustomFunctions.Error, not returned", () => {
  expect(() => F.roas([[1, 2]], [[1], [2]])).toThrow(CustomFunctions.Error as unknown as ErrorConstructor);
});

test("a ragged or empty range is a top-level #VALUE!", () => {
  expectCells(call(F.roas, [[1, 2], [3]], 1), "#VALUE!");
  expectCells(call(F.roas, [], 1), "#VALUE!");
  expectCells(call(F.roas, [[]], 1), "#VALUE!");
});

test("a text scalar broadcast over a range fills every cell with its #VALUE!", () => {
  expectCells(call(F.roas, [[1], [2]], "x"), [["#VALUE!"], ["#VALUE!"]]);
});
