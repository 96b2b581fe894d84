import {
  changeRows,
  comparePeriodBefore,
  orderedPeriods,
  parseHistoryGrid,
  parseSummaryScores,
  scoreTrends,
  sparkline,
  type HistoryEntry,
} from "../../../src/taskpane/review/historyTrend";
import type { ReviewRow } from "../../../src/taskpane/review/rankOffTrack";
import { SUMMARY_HEADERS } from "../../support/designHeaders";

// DESIGN §9's words for tblHistory, written out from the design reference
const HISTORY_EN = [
  "Period",
  "Person",
  "Region",
  "Role",
  "KPI ID",
  "Target",
  "Actual",
  "Weight",
  "Attainment",
  "Score",
  "Payout",
  "Bonus",
];

const h = (
  period: string,
  person: string,
  kpiId: string,
  attainment: number | null,
  score: number | null,
): HistoryEntry => ({ period, person, kpiId, attainment, score });

const now = (person: string, kpiId: string, attainment: number | null): ReviewRow => ({
  person,
  kpiId,
  attainment,
  status: "onTrack",
});

describe("parseHistoryGrid", () => {
  test("reads tblHistory by its headers; blanks and text are null; the empty body row is skipped", () => {
    const parsed = parseHistoryGrid([
      HISTORY_EN,
      ["2026-10", "Ana", "US", "Ads", "gmv", 100000, 90000, 40, 0.9, 0.85, 0.8, 800],
      ["2026-10", "Ana", "US", "Ads", "odr", 0.01, 0.005, 0, "", 0.85, 0.8, 800],
      ["", "", "", "", "", "", "", "", "", "", "", ""],
    ]);
    expect(parsed).toEqual({
      ok: true,
      rows: [h("2026-10", "Ana", "gmv", 0.9, 0.85), h("2026-10", "Ana", "odr", null, 0.85)],
    });
  });

  test("headers in Chinese (the workbook's language need not be the pane's)", () => {
    const parsed = parseHistoryGrid([
      ["考核期", "人员", "区域", "岗位", "KPI编号", "目标", "实际", "权重", "达成率", "得分", "奖金系数", "奖金"],
      ["2026-09", "Luis", "MX", "客服", "return_rate", 0.05, 0.06, 20, 0.8, 0.7, 0.5, 300],
    ]);
    expect(parsed).toEqual({ ok: true, rows: [h("2026-09", "Luis", "return_rate", 0.8, 0.7)] });
  });

  test("a table without a Period column is not a history", () => {
    expect(parseHistoryGrid([["Person", "KPI ID", "Attainment", "Score"]])).toEqual({ ok: false });
  });
});

describe("parseSummaryScores", () => {
  test("each person's score; spare rows without a person are left out; a blank score is null", () => {
    expect(
      parseSummaryScores([
        SUMMARY_HEADERS,
        ["Ana", "US", "ads", 0.95, "ok", 1, 1000],
        ["Ben", "US", "ads", "", "ok", 0, 0],
        ["", "", "", "", "", "", ""],
      ]),
    ).toEqual([
      { person: "Ana", score: 0.95 },
      { person: "Ben", score: null },
    ]);
  });
});

describe("orderedPeriods", () => {
  test("by months: 2026-Q3 before 2026-10 even when appended after it", () => {
    expect(orderedPeriods([h("2026-10", "Ana", "gmv", 1, 1), h("2026-Q3", "Ana", "gmv", 1, 1)])).toEqual([
      "2026-Q3",
      "2026-10",
    ]);
  });
  test("a period that is not YYYY-MM keeps the append order", () => {
    expect(orderedPeriods([h("Oct", "Ana", "gmv", 1, 1), h("2026-09", "Ana", "gmv", 1, 1)])).toEqual([
      "Oct",
      "2026-09",
    ]);
  });
});

describe("comparePeriodBefore", () => {
  test.each([
    // history periods (oldest first), the workbook's period → the period compared with
    [["2026-10", "2026-11"], "2026-11", "2026-10"], // November closed inside the workbook: not itself
    [["2026-10", "2026-11"], "2026-12", "2026-11"], // the latest, before December
    [["2026-10", "2026-11"], undefined, "2026-11"], // the workbook's period not known: the latest
    [["2026-11"], "2026-11", undefined], // nothing before
    [["2026-Q3", "2026-10"], "2026-Q4", "2026-Q3"], // October is inside Q4, not before it
    [["spring", "summer"], "Summer", "spring"], // periods without months: any other than itself (case ignored)
  ])("%j, workbook %s → %s", (periods, workbook, want) => {
    expect(comparePeriodBefore(periods, workbook)).toBe(want);
  });

  test("history October + November, workbook November: Ana gmv 1.05 now against October's 0.9 → +0.15", () => {
    const history = [h("2026-10", "Ana", "gmv", 0.9, 0.85), h("2026-11", "Ana", "gmv", 1.05, 0.95)];
    const period = comparePeriodBefore(orderedPeriods(history), "2026-11");
    const [row] = changeRows([now("Ana", "gmv", 1.05)], history, period);
    expect(period).toBe("2026-10");
    expect(row.previous).toBe(0.9);
    expect(row.change).toBeCloseTo(0.15, 12);
  });
});

describe("changeRows", () => {
  const history = [
    h("2026-09", "Ana", "gmv", 0.7, 0.75),
    h("2026-10", "Ana", "gmv", 0.9, 0.85),
    h("2026-10", "ana", "ACOS", 1.1, 0.85),
    h("2026-10", "Ana", "odr", null, 0.85),
  ];

  test("Ana gmv 0.9 in 2026-10, 1.05 now → +0.15 (15.0 points)", () => {
    const [row] = changeRows([now("Ana", "gmv", 1.05)], history, "2026-10");
    expect(row.previous).toBe(0.9);
    expect(row.change).toBeCloseTo(0.15, 12);
  });

  test("person and KPI id match ignoring case: acos 1.1 → 0.99 is −0.11", () => {
    const [row] = changeRows([now("Ana", "acos", 0.99)], history, "2026-10");
    expect(row.previous).toBe(1.1);
    expect(row.change).toBeCloseTo(-0.11, 12);
  });

  test("two rows of one person × KPI in the period average: (0.8 + 0.6) / 2 = 0.7; 1.0 now → +0.3", () => {
    const [row] = changeRows(
      [now("Ben", "cvr", 1)],
      [h("2026-10", "Ben", "cvr", 0.8, 1), h("2026-10", "Ben", "cvr", 0.6, 1)],
      "2026-10",
    );
    expect(row.previous).toBeCloseTo(0.7, 12);
    expect(row.change).toBeCloseTo(0.3, 12);
  });

  test("no change where either side is blank: a gate's history row, a missing actual, a new KPI, no history", () => {
    const rows = changeRows(
      [now("Ana", "odr", 1), now("Ana", "gmv", null), now("Ana", "ctr", 0.5)],
      history,
      "2026-10",
    );
    expect(rows.map((r) => [r.previous, r.change])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(changeRows([now("Ana", "gmv", 1.05)], [], undefined)[0]).toMatchObject({ previous: null, change: null });
  });
});

describe("sparkline", () => {
  test.each([
    // (v − min) / (max − min) × 7, rounded: 0, 3.5 → 4, 7
    [[0.5, 0.75, 1], "▁▅█"],
    // 0, (0.85 − 0.75) / 0.2 × 7 = 3.5 → 4, 7
    [[0.75, 0.85, 0.95], "▁▅█"],
    // falling: 7, 0
    [[1.2, 0.6], "█▁"],
    [[0.8, 0.8], "▄▄"],
    [[], ""],
  ])("%j → %s", (values, expected) => {
    expect(sparkline(values)).toBe(expected);
  });
});

describe("scoreTrends", () => {
  test("per person: the history's periods oldest first, then now from the summary; a person only in the history comes last", () => {
    const trends = scoreTrends(
      [
        h("2026-10", "Ana", "gmv", 0.9, 0.85),
        h("2026-10", "Ana", "acos", 1.1, 0.85),
        h("2026-09", "Ana", "gmv", 0.7, 0.75),
        h("2026-09", "Zoe", "gmv", 0.7, 0.6),
        h("2026-10", "Ben", "cvr", 0.9, null),
      ],
      [
        { person: "Ana", score: 0.95 },
        { person: "Ben", score: 1.1 },
      ],
    );
    expect(trends).toEqual([
      {
        person: "Ana",
        points: [
          { period: "2026-09", score: 0.75 },
          // two KPI rows carry the same score: their mean is the score
          { period: "2026-10", score: 0.85 },
          { period: null, score: 0.95 },
        ],
        spark: "▁▅█",
      },
      // Ben's 2026-10 score is blank: a gap, not a 0
      { person: "Ben", points: [{ period: null, score: 1.1 }], spark: "▄" },
      { person: "Zoe", points: [{ period: "2026-09", score: 0.6 }], spark: "▄" },
    ]);
  });

  test("the workbook's period already in the history shows once, as now: Ana 85% → now 95%", () => {
    const trends = scoreTrends(
      [h("2026-10", "Ana", "gmv", 0.9, 0.85), h("2026-11", "Ana", "gmv", 1.05, 0.95)],
      [{ person: "Ana", score: 0.95 }],
      ["Ana"],
      "2026-11",
    );
    expect(trends).toEqual([
      {
        person: "Ana",
        points: [
          { period: "2026-10", score: 0.85 },
          { period: null, score: 0.95 },
        ],
        spark: "▁█",
      },
    ]);
  });
});
