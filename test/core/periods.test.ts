import { latestPeriodBefore, periodBefore, periodSpan } from "../../src/core/periods";

describe("periodSpan: a period as its first and last month", () => {
  test.each<[string, { first: number; last: number } | undefined]>([
    ["2026-10", { first: 2026 * 12 + 9, last: 2026 * 12 + 9 }], // October is month index 9
    ["2026-01", { first: 2026 * 12, last: 2026 * 12 }],
    ["2026-Q4", { first: 2026 * 12 + 9, last: 2026 * 12 + 11 }], // October … December
    ["2026-13", undefined],
    ["2026-Q5", undefined],
    ["Nov 2026", undefined],
  ])("%s", (period, span) => {
    expect(periodSpan(period)).toEqual(span);
  });
});

describe("periodBefore: the previous workbook's period must end before this one begins", () => {
  test.each<[string, string, boolean]>([
    ["2026-10", "2026-11", true],
    ["2026-12", "2027-01", true], // across the year
    ["2026-11", "2026-11", false], // the same period
    ["2026-12", "2026-11", false], // a later one
    ["2026-Q3", "2026-10", true], // July–September before October
    ["2026-11", "2026-Q4", false], // the quarter holds November
    ["2026-Q4", "2026-12", false],
    ["2026-Q4", "2027-Q1", true],
    ["2026-10", "bad", false],
  ])("%s before %s: %s", (a, b, want) => {
    expect(periodBefore(a, b)).toBe(want);
  });
});

describe("latestPeriodBefore", () => {
  test.each<[string[], string, string | undefined]>([
    // history periods, the workbook's period → the period compared with
    [["2026-10", "2026-11"], "2026-12", "2026-11"], // the latest
    [["2026-10", "2026-11"], "2026-11", "2026-10"], // November closed inside the workbook: not itself
    [["2026-10"], "2026-10", undefined], // nothing before
    [["2026-Q3", "2026-10"], "2026-Q4", "2026-Q3"], // October is inside Q4, not before it
    [["spring", "summer"], "summer", "spring"], // periods it cannot order: any other than itself
    [["2026-10", " 2026-11 "], "2026-11", "2026-10"],
  ])("latestPeriodBefore(%j, %s) = %j", (periods, current, want) => {
    expect(latestPeriodBefore(periods, current)).toBe(want);
  });
});
