/**
 * ATTAINMENT, SCORE, PAYOUT, BONUS, GATE and STATUS against DESIGN §3, each expected value worked
 * out by hand.
 */
import { call, expectCells } from "./runtime";
import * as F from "../../src/functions/functions";

type Row = [string, (...args: any[]) => unknown, unknown[], unknown];

const TIER_MINS = [[0.8, 0.9, 1, 1.1]];
const TIER_PAYOUTS = [[0.5, 0.8, 1, 1.2]];

const rows: Row[] = [
  // ATTAINMENT: higher a/t, lower 2 − a/t, floor 0, cap if given
  ["ATTAINMENT lower: 2 − 0.12/0.1 = 2 − 1.2 = 0.8", F.attainment, [0.12, 0.1, "lower"], 0.8],
  ["ATTAINMENT polarity omitted is higher: 90/100 = 0.9", F.attainment, [90, 100], 0.9],
  ["ATTAINMENT higher: 90/100 = 0.9", F.attainment, [90, 100, "higher"], 0.9],
  ["ATTAINMENT uncapped above target: 130/100 = 1.3", F.attainment, [130, 100, "higher"], 1.3],
  ["ATTAINMENT capped: min(130/100, 1.2) = 1.2", F.attainment, [130, 100, "higher", 1.2], 1.2],
  [
    "ATTAINMENT lower beyond twice the target floors at 0: 2 − 0.25/0.1 = −0.5 → 0",
    F.attainment,
    [0.25, 0.1, "lower"],
    0,
  ],
  ["ATTAINMENT lower with target 0 and actual 0 is 1", F.attainment, [0, 0, "lower"], 1],
  ["ATTAINMENT lower with target 0 and actual above 0 is 0", F.attainment, [0.01, 0, "lower"], 0],
  ["ATTAINMENT higher with target 0 is #NUM!", F.attainment, [50, 0, "higher"], "#NUM!"],
  ["ATTAINMENT lower with a negative target is #NUM!", F.attainment, [5, -1, "lower"], "#NUM!"],
  ["ATTAINMENT a negative cap is #NUM!", F.attainment, [130, 100, "higher", -1], "#NUM!"],
  ["ATTAINMENT blank actual scores 0 (higher)", F.attainment, [null, 100, "higher"], 0],
  ["ATTAINMENT blank actual scores 0, not 2 (lower)", F.attainment, [null, 0.1, "lower"], 0],
  ["ATTAINMENT blank actual with an invalid target still shows #NUM!", F.attainment, [null, 0, "higher"], "#NUM!"],
  ["ATTAINMENT polarity is case-insensitive: 2 − 90/100 = 1.1", F.attainment, [90, 100, "LOWER"], 1.1],
  ["ATTAINMENT a KPI id gives its polarity: acos is lower, 2 − 0.3/0.25 = 0.8", F.attainment, [0.3, 0.25, "acos"], 0.8],
  ["ATTAINMENT an unknown polarity word is #VALUE!", F.attainment, [90, 100, "up"], "#VALUE!"],
  ["ATTAINMENT null polarity and cap take the defaults: 90/100 = 0.9", F.attainment, [90, 100, null, null], 0.9],
  [
    "ATTAINMENT blank polarity and cap cells take the defaults: [[0.9]]",
    F.attainment,
    [[[90]], [[100]], [[""]], [[""]]],
    [[0.9]],
  ],
  [
    "ATTAINMENT per-row polarity: 90/100 = 0.9; 2 − 0.12/0.1 = 0.8",
    F.attainment,
    [
      [[90], [0.12]],
      [[100], [0.1]],
      [["higher"], ["lower"]],
    ],
    [[0.9], [0.8]],
  ],
  [
    "ATTAINMENT a cap range against actuals: min(1.3, 1.2) = 1.2; min(1.3, 1.5) = 1.3",
    F.attainment,
    [130, 100, "higher", [[1.2, 1.5]]],
    [[1.2, 1.3]],
  ],
  // SCORE = Σ w·min(att, cap) / Σ w
  ["SCORE (60·1 + 40·0.8) / 100 = 92/100 = 0.92", F.score, [[[1, 0.8]], [[60, 40]]], 0.92],
  [
    "SCORE capped: (50·min(1.5,1.2) + 50·0.5) / 100 = (60 + 25)/100 = 0.85",
    F.score,
    [[[1.5], [0.5]], [[50], [50]], 1.2],
    0.85,
  ],
  [
    "SCORE uncapped: (50·1.5 + 50·0.5) / 100 = 1",
    F.score,
    [
      [[1.5], [0.5]],
      [[50], [50]],
    ],
    1,
  ],
  [
    "SCORE blank attainment counts 0: (50·1 + 50·0) / 100 = 0.5",
    F.score,
    [
      [[1], [null]],
      [[50], [50]],
    ],
    0.5,
  ],
  [
    "SCORE a row of attainments with a column of weights: (1·1 + 1·0.5) / 2 = 0.75",
    F.score,
    [[[1, 0.5]], [[1], [1]]],
    0.75,
  ],
  ["SCORE single values: 0.9·1 / 1 = 0.9", F.score, [0.9, 1], 0.9],
  ["SCORE weights adding up to 0 is #DIV/0!", F.score, [[[1, 1]], [[0, 0]]], "#DIV/0!"],
  ["SCORE a negative weight is #NUM!", F.score, [[[1, 1]], [[1, -1]]], "#NUM!"],
  ["SCORE text in the attainments is #VALUE!", F.score, [[[1, "n/a"]], [[1, 1]]], "#VALUE!"],
  [
    "SCORE an error cell in the attainments propagates",
    F.score,
    [[[1, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)]], [[1, 1]]],
    "#N/A",
  ],
  ["SCORE different counts of attainments and weights is #VALUE!", F.score, [[[1, 1]], [[1, 1, 1]]], "#VALUE!"],
  ["SCORE a cap that is a range is #VALUE!", F.score, [[[1, 1]], [[1, 1]], [[1.2, 1.3]]], "#VALUE!"],
  // PAYOUT: highest tier with min ≤ score (+1e-9); below the lowest 0
  [
    "PAYOUT 0.6 × 1.5 (0.8999999999999999) is on the 0.9 boundary: 0.8",
    F.payout,
    [0.6 * 1.5, TIER_MINS, TIER_PAYOUTS],
    0.8,
  ],
  ["PAYOUT below the lowest tier: 0.79 → 0", F.payout, [0.79, TIER_MINS, TIER_PAYOUTS], 0],
  ["PAYOUT on the lowest tier: 0.8 → 0.5", F.payout, [0.8, TIER_MINS, TIER_PAYOUTS], 0.5],
  ["PAYOUT between tiers: 0.95 → 0.8", F.payout, [0.95, TIER_MINS, TIER_PAYOUTS], 0.8],
  ["PAYOUT on target: 1 → 1", F.payout, [1, TIER_MINS, TIER_PAYOUTS], 1],
  ["PAYOUT above the top tier: 1.25 → 1.2", F.payout, [1.25, TIER_MINS, TIER_PAYOUTS], 1.2],
  [
    "PAYOUT a column of scores spills: 0.85 → 0.5, 1.05 → 1",
    F.payout,
    [[[0.85], [1.05]], TIER_MINS, TIER_PAYOUTS],
    [[0.5], [1]],
  ],
  ["PAYOUT tiers in any order: 0.95 → 0.8", F.payout, [0.95, [[1.1, 0.8, 1, 0.9]], [[1.2, 0.5, 1, 0.8]]], 0.8],
  [
    "PAYOUT tier tables as columns with spare blank rows: 0.95 → 0.8",
    F.payout,
    [0.95, [[0.8], [0.9], [null]], [[0.5], [0.8], [""]]],
    0.8,
  ],
  ["PAYOUT a half-blank tier row is #VALUE!", F.payout, [0.95, [[0.8], [0.9]], [[0.5], [null]]], "#VALUE!"],
  ["PAYOUT tier tables of different sizes are #VALUE!", F.payout, [0.95, [[0.8, 0.9]], [[0.5]]], "#VALUE!"],
  ["PAYOUT a negative tier payout is #NUM!", F.payout, [0.95, [[0.8, 0.9]], [[0.5, -1]]], "#NUM!"],
  ["PAYOUT text score is #VALUE!", F.payout, ["good", TIER_MINS, TIER_PAYOUTS], "#VALUE!"],
  // BONUS = base × payout
  ["BONUS 5000 × 0.8 = 4000", F.bonus, [5000, 0.8], 4000],
  ["BONUS column × scalar: 5000 × 1.2 = 6000, 3000 × 1.2 = 3600", F.bonus, [[[5000], [3000]], 1.2], [[6000], [3600]]],
  ["BONUS a negative payout is #NUM!", F.bonus, [5000, -1], "#NUM!"],
  // GATE: ≤ threshold for lower, ≥ for higher; blank fails
  ["GATE lower: 0.008 ≤ 0.01 passes", F.gate, [0.008, 0.01, "lower"], true],
  ["GATE lower on the boundary: 0.01 ≤ 0.01 passes", F.gate, [0.01, 0.01, "lower"], true],
  ["GATE lower: 0.012 > 0.01 fails", F.gate, [0.012, 0.01, "lower"], false],
  ["GATE higher: 0.96 ≥ 0.95 passes", F.gate, [0.96, 0.95, "higher"], true],
  ["GATE higher: 0.94 < 0.95 fails", F.gate, [0.94, 0.95, "higher"], false],
  ["GATE a blank actual fails", F.gate, [null, 0.01, "lower"], false],
  ["GATE a KPI id gives its polarity: odr is lower, 0.008 ≤ 0.01 passes", F.gate, [0.008, 0.01, "odr"], true],
  ["GATE a blank polarity is #VALUE! (it has no default)", F.gate, [0.008, 0.01, null], "#VALUE!"],
  ["GATE a column of actuals: 0.005 passes, 0.02 fails", F.gate, [[[0.005], [0.02]], 0.01, "lower"], [[true], [false]]],
  // STATUS: green from greenAt (1), amber from amberAt (0.9), else red
  ["STATUS 0.95 is amber (0.9 ≤ 0.95 < 1)", F.status, [0.95], "amber"],
  ["STATUS 1 is green (on the boundary)", F.status, [1], "green"],
  ["STATUS 1.3 is green", F.status, [1.3], "green"],
  ["STATUS 0.9 is amber (on the boundary)", F.status, [0.9], "amber"],
  ["STATUS 0.89 is red", F.status, [0.89], "red"],
  // 0.6 × 1.5 = 0.8999999999999999 in binary floating point; 0.9 − it ≈ 1.1e-16 < 1e-9, so it is on the boundary
  ["STATUS 0.6×1.5 is amber (within the 1e-9 tolerance of 0.9)", F.status, [0.6 * 1.5], "amber"],
  ["STATUS blank is red (counts 0)", F.status, [null], "red"],
  ["STATUS own bounds: 0.95 ≥ 0.95 is green", F.status, [0.95, 0.95, 0.8], "green"],
  ["STATUS own bounds: 0.8 ≤ 0.85 < 0.95 is amber", F.status, [0.85, 0.95, 0.8], "amber"],
  ["STATUS amberAt above greenAt is #NUM!", F.status, [0.5, 0.8, 0.9], "#NUM!"],
  ["STATUS a row spills: 1.1 green, 0.92 amber, 0.5 red", F.status, [[[1.1, 0.92, 0.5]]], [["green", "amber", "red"]]],
];

test.each(rows)("%s", (_name, fn, args, expected) => {
  expectCells(call(fn, ...args), expected);
});

test("SCORE returns a single value even for ranges (it does not spill)", () => {
  const r = F.score([[1, 0.8]], [[60, 40]]);
  expect(Array.isArray(r)).toBe(false);
});

test("PAYOUT's tier problems are thrown as CustomFunctions.Error", () => {
  expect(() => F.payout([[0.9]], [[0.8, 0.9]], [[0.5]])).toThrow();
  try {
    F.payout([[0.9]], [[0.8, 0.9]], [[0.5]]);
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
  }
});

test("ATTAINMENT's unknown polarity message names the argument", () => {
  const r = call(F.attainment, 1, 1, "up") as { message?: string };
  expect(r.message).toContain("polarity");
  expect(r.message).toContain('"up"');
});

describe("KPI.GATE rules (issue 8)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { gate } = require("../../src/functions/functions");
  test.each<[number | null, number, string, boolean]>([
    [0.01, 0.01, "odr", false], // Amazon ODR < 1%
    [0.0099, 0.01, "odr", true],
    [0.04, 0.04, "late_shipment_rate", false], // < 4%
    [0.9, 0.9, ">", false],
    [0.9, 0.9, ">=", true],
    [0.01, 0.01, "ml_claims_rate", true], // ≤ 1%
    [0.02, 0.02, "wm_cancel_rate", true], // ≤ 2%
    [0.9, 0.9, "wm_on_time_delivery_rate", true], // ≥ 90%
    [0.01, 0.01, "lower", true], // polarity = inclusive
    [null, 0.01, "<=", false], // no actual fails
  ])("GATE(%s, %s, %s) = %s", (actual, threshold, rule, expected) => {
    expect(gate([[actual]], [[threshold]], [[rule]])).toEqual([[expected]]);
  });
});
