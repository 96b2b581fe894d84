/**
 * LIMIT, PHASE, BUENFIN and PROMO: catalog thresholds (DESIGN §2), phasing (DESIGN §3) and calendar
 * dates as Excel date serials, each worked out by hand.
 *
 * Serials: 2024-01-01 = 45292, 2025-01-01 = 45292 + 366 = 45658, 2026-01-01 = 45658 + 365 = 46023;
 * a date's serial = serial of 1 January + (day of the year − 1).
 */
import { call, expectCells } from "./runtime";
import * as F from "../../src/functions/functions";
import { isoToSerial } from "../../src/functions/dates";

type Row = [string, (...args: any[]) => unknown, unknown[], unknown];

const twelve = (v: number): number[] => new Array<number>(12).fill(v);

const rows: Row[] = [
  // LIMIT
  ["LIMIT Amazon US ODR < 1%: 0.01", F.limit, ["odr", "amazon_us"], 0.01],
  ["LIMIT is case-insensitive: 0.01", F.limit, ["ODR", "Amazon_US"], 0.01],
  ["LIMIT without a platform takes the KPI's first: ODR 0.01", F.limit, ["odr"], 0.01],
  ["LIMIT Amazon late shipment < 4%: 0.04", F.limit, ["late_shipment_rate", "amazon_us"], 0.04],
  ["LIMIT Amazon pre-fulfilment cancel < 2.5%: 0.025", F.limit, ["cancel_rate", "amazon_mx"], 0.025],
  ["LIMIT MercadoLíder claims ≤ 1%: 0.01", F.limit, ["ml_claims_rate", "mercadolibre_mx"], 0.01],
  ["LIMIT Walmart cancellation ≤ 2%: 0.02", F.limit, ["wm_cancel_rate", "walmart_us"], 0.02],
  ["LIMIT Walmart valid tracking ≥ 99%: 0.99", F.limit, ["wm_valid_tracking_rate", "walmart_us"], 0.99],
  ["LIMIT an unknown KPI is #N/A", F.limit, ["nope", "amazon_us"], "#N/A"],
  ["LIMIT a KPI without that platform is #N/A", F.limit, ["odr", "walmart_us"], "#N/A"],
  ["LIMIT a KPI without thresholds is #N/A", F.limit, ["roas"], "#N/A"],
  ["LIMIT a column of ids: ODR 0.01, Walmart cancel 0.02", F.limit, [[["odr"], ["wm_cancel_rate"]]], [[0.01], [0.02]]],
  // PHASE
  ["PHASE equal months: 1200 / 12 = 100 each", F.phase, [1200], [twelve(100)]],
  [
    "PHASE MX shape: 1,200,000 × share% (7, 6.5, 7, 7, 9.5, 8, 8.5, 7.5, 7.5, 8, 11.5, 12)",
    F.phase,
    [1200000, "MX"],
    [[84000, 78000, 84000, 84000, 114000, 96000, 102000, 90000, 90000, 96000, 138000, 144000]],
  ],
  [
    "PHASE US quarters: 1000 × (7+6.5+7.5, 7.5+8+8, 9.5+8+7.5, 8.5+11+11)% = 210, 235, 250, 305",
    F.phase,
    [1000, "us", "quarter"],
    [[210, 235, 250, 305]],
  ],
  ["PHASE own shares in a row: 100 × 1/4 = 25, 100 × 3/4 = 75", F.phase, [100, [[1, 3]]], [[25, 75]]],
  ["PHASE own shares in a column spill down: 25, 75", F.phase, [100, [[1], [3]]], [[25], [75]]],
  [
    "PHASE a column of annual targets: a row each, 1200/12 = 100 and 2400/12 = 200",
    F.phase,
    [[[1200], [2400]]],
    [twelve(100), twelve(200)],
  ],
  ["PHASE shares adding up to 0 are #NUM!", F.phase, [100, [[0, 0]]], [["#NUM!", "#NUM!"]]],
  ["PHASE a negative share is #NUM!", F.phase, [100, [[1, -1]]], [["#NUM!", "#NUM!"]]],
  [
    "PHASE quarters need 12 shares: #VALUE!",
    F.phase,
    [100, [[1, 2, 3]], "quarter"],
    [["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"]],
  ],
  ["PHASE an unknown region is #VALUE!", F.phase, [100, "EU"], "#VALUE!"],
  ["PHASE an unknown period is #VALUE!", F.phase, [100, "MX", "week"], "#VALUE!"],
  ["PHASE a row of annual targets is #VALUE!", F.phase, [[[1, 2]]], "#VALUE!"],
  ["PHASE text as the annual target fills its row with #VALUE!", F.phase, ["abc"], [new Array(12).fill("#VALUE!")]],
  // BUENFIN: the dated table for 2024/2025, the rule (Friday .. 3rd Monday of November) after
  ["BUENFIN 2024 starts 2024-11-15: 45292 + 319 = 45611", F.buenfin, [2024], 45611],
  ["BUENFIN 2024 ends 2024-11-18: 45611 + 3 = 45614", F.buenfin, [2024, "end"], 45614],
  ["BUENFIN 2025 starts on Thursday 2025-11-13: 45658 + 316 = 45974", F.buenfin, [2025], 45974],
  ["BUENFIN 2025 ends 2025-11-17: 45974 + 4 = 45978", F.buenfin, [2025, "END"], 45978],
  ["BUENFIN 2026 by the rule starts Friday 2026-11-13: 46023 + 316 = 46339", F.buenfin, [2026], 46339],
  ["BUENFIN 2026 ends on the 3rd Monday, 2026-11-16: 46342", F.buenfin, [2026, "end"], 46342],
  ["BUENFIN a fractional year is truncated like DATE: 2025.7 → 2025", F.buenfin, [2025.7], 45974],
  ["BUENFIN a column of years spills: 2024, 2025", F.buenfin, [[[2024], [2025]]], [[45611], [45974]]],
  ["BUENFIN a year the calendar does not cover is #NUM!", F.buenfin, [1899], "#NUM!"],
  ["BUENFIN text year is #VALUE!", F.buenfin, ["next year"], "#VALUE!"],
  ["BUENFIN blank year is #VALUE!", F.buenfin, [null], "#VALUE!"],
  ["BUENFIN an unknown part is #VALUE!", F.buenfin, [2025, "middle"], "#VALUE!"],
  // PROMO
  ["PROMO Prime Day 2025 starts 2025-07-08: 45658 + 188 = 45846", F.promo, ["prime_day", 2025], 45846],
  ["PROMO Prime Day 2025 ends 2025-07-11: 45849", F.promo, ["prime_day", 2025, "end"], 45849],
  ["PROMO Hot Sale 2025 starts 2025-05-26: 45658 + 145 = 45803", F.promo, ["hot_sale", 2025], 45803],
  ["PROMO Hot Sale 2025 ends 2025-06-03: 45658 + 153 = 45811", F.promo, ["hot_sale", 2025, "end"], 45811],
  [
    "PROMO Black Friday 2025 is 2025-11-28 (4th Thursday is the 27th): 45658 + 331 = 45989",
    F.promo,
    ["black_friday", 2025],
    45989,
  ],
  ["PROMO Cyber Monday 2025 is 2025-12-01: 45989 + 3 = 45992", F.promo, ["cyber_monday", 2025], 45992],
  [
    "PROMO Día de las Madres 2026 is 2026-05-10: 46023 + 129 = 46152",
    F.promo,
    ["dia_de_las_madres", 2026, "start", "MX"],
    46152,
  ],
  ["PROMO Christmas 2025 in any region: 2025-12-25 = 45658 + 358 = 46016", F.promo, ["christmas", 2025], 46016],
  ["PROMO Buen Fin by id in MX: 2025-11-13 = 45974", F.promo, ["buen_fin", 2025, null, "mx"], 45974],
  ["PROMO Hot Sale is not a US event: #N/A", F.promo, ["hot_sale", 2025, "start", "US"], "#N/A"],
  ["PROMO an unknown event is #N/A", F.promo, ["singles_day", 2025], "#N/A"],
  ["PROMO an unknown region is #VALUE!", F.promo, ["prime_day", 2025, "start", "EU"], "#VALUE!"],
];

test.each(rows)("%s", (_name, fn, args, expected) => {
  expectCells(call(fn, ...args), expected);
});

test.each([
  ["1900-01-01 is serial 1 (Excel's first day)", "1900-01-01", 1],
  ["1900-02-28 is serial 59", "1900-02-28", 59],
  ["1900-03-01 is serial 61 (Excel counts a 29 Feb 1900 as 60)", "1900-03-01", 61],
  ["2024-01-01 is serial 45292", "2024-01-01", 45292],
  ["2025-11-13 is serial 45974", "2025-11-13", 45974],
])("isoToSerial: %s", (_name, iso, serial) => {
  expect(isoToSerial(iso)).toBe(serial);
});
