/**
 * The History and Review planners (DESIGN §9) on the three-month chain's December
 * (test/plan/cycleFixtures.ts): headers in three languages, classic formulas only, the build's row
 * order, and cached values worked by hand.
 */
import type { Lang } from "../../src/core/types";
import { historyRowsOf, planHistory, type HistoryRow } from "../../src/plan/historyPlan";
import { REVIEW_COL, REVIEW_TABLE, TREND_COL, planReview, reviewOrder } from "../../src/plan/reviewPlan";
import { resolveTeam, scoreTeam } from "../../src/plan/team";
import { isFormulaCell, type PlanCell, type SheetPlan } from "../../src/plan/types";
import { planTeamWorkbook } from "../../src/plan/workbookPlan";
import { renderPlan } from "../../src/render/office";
import { FakeExcel } from "../render/office/fakeExcel";
import { config } from "./fixtures";
import { chainConfig } from "./cycleFixtures";

const team = (month: "2026-10" | "2026-11" | "2026-12") => resolveTeam(config(chainConfig(month)));

function history(lang: Lang): HistoryRow[] {
  const oct = team("2026-10");
  const nov = team("2026-11");
  return [...historyRowsOf(oct, scoreTeam(oct), lang), ...historyRowsOf(nov, scoreTeam(nov), lang)];
}

function review(lang: Lang): SheetPlan {
  const dec = team("2026-12");
  return planReview({ team: dec, scores: scoreTeam(dec), history: history(lang), lang });
}

const result = (c: PlanCell) => (isFormulaCell(c) ? c.result : c);

describe("tblHistory", () => {
  test("en-US headers are DESIGN §9's words; the table name stays in every language", () => {
    for (const lang of ["en-US", "zh-CN", "es-MX"] as const) {
      const sheet = planHistory(history(lang), "USD", lang);
      expect(sheet.tables?.[0].name).toBe("tblHistory");
      if (lang === "en-US")
        expect(sheet.tables?.[0].headers).toEqual(
          "Period, Person, Region, Role, KPI ID, Target, Actual, Weight, Attainment, Score, Payout, Bonus".split(", "),
        );
    }
    expect(planHistory([], "USD", "zh-CN").tables?.[0].headers.slice(0, 2)).toEqual(["考核期", "人员"]);
  });

  test("values only, a row per person × KPI of each period: Ana's October gmv worked by hand", () => {
    const sheet = planHistory(history("en-US"), "USD", "en-US");
    const rows = sheet.blocks[0].cells.slice(1);
    expect(rows.flat().some((c) => isFormulaCell(c))).toBe(false);
    expect(rows).toHaveLength(8); // 4 lines × October and November
    // gmv 90,000 / 100,000 = 0.9; score (54 + 32)/100 = 0.86 → 0.5 → 1000 × 0.5 = 500
    expect(rows[0].slice(0, 9)).toEqual(["2026-10", "Ana", "MX", "ops", "gmv", 100000, 90000, 60, 0.9]);
    expect(rows[0][9]).toBeCloseTo(0.86, 12);
    expect(rows[0].slice(10)).toEqual([0.5, 500]);
    // a gate has no attainment
    expect(rows[3][8]).toBeNull();
  });

  test("an empty history still makes a table (one blank row)", () => {
    const sheet = planHistory([], "USD", "en-US");
    expect(sheet.tables?.[0].range).toMatchObject({ top: 0, bottom: 1 });
  });
});

describe("tblReview", () => {
  test("headers: the required ones, then cause, action, owner and due date in three languages", () => {
    expect(review("en-US").tables?.[0]).toMatchObject({ name: REVIEW_TABLE });
    expect(review("en-US").tables?.[0].headers).toEqual([
      "Person",
      "KPI ID",
      "KPI",
      "Attainment",
      "Previous attainment",
      "Change",
      "Status",
      "Cause",
      "Action",
      "Owner",
      "Due date",
    ]);
    expect(review("zh-CN").tables?.[0].headers.slice(7)).toEqual(["原因", "措施", "负责人", "截止日期"]);
    expect(review("es-MX").tables?.[0].headers.slice(7)).toEqual(["Causa", "Acción", "Responsable", "Fecha límite"]);
  });

  test("off-track rows first: the failed gate, then red by attainment ascending, then amber", () => {
    // Bo odr fail; Ana cvr 0.7 and Bo acos 0.8 off track; Ana gmv 0.99 at risk
    const dec = team("2026-12");
    expect(reviewOrder(scoreTeam(dec)).map((r) => dec.people[r.person].lines[r.line].id)).toEqual([
      "odr",
      "cvr",
      "acos",
      "gmv",
    ]);
  });

  test("cached previous attainment and change, by hand: Ana cvr 0.7 against 0.8, Bo acos 0.8 against 1.2", () => {
    const body = review("en-US").blocks[1].cells.slice(1);
    const cols = (r: PlanCell[]) =>
      [REVIEW_COL.kpiId, REVIEW_COL.attainment, REVIEW_COL.previous, REVIEW_COL.change].map((c) => result(r[c]));
    expect(cols(body[0])).toEqual(["odr", "", "", ""]);
    const [id, att, prev, change] = cols(body[2]);
    expect([id, att, prev]).toEqual(["acos", 0.8, 1.2]);
    expect(change as number).toBeCloseTo(-0.4, 12); // 0.8 − 1.2
    expect(cols(body[1])[3] as number).toBeCloseTo(-0.1, 12); // 0.7 − 0.8
  });

  test("classic functions only (no LET, XLOOKUP, FILTER, SORT, dynamic arrays)", () => {
    const formulas = review("en-US")
      .blocks.flatMap((b) => b.cells.flat())
      .filter(isFormulaCell)
      .map((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas)
      expect(f).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|XMATCH|FILTER|SORT|SORTBY|UNIQUE|SEQUENCE)\(/);
  });

  test("the trend chart is a line per person over the periods", () => {
    const chart = review("en-US").charts?.[0];
    expect(chart?.kind).toBe("line");
    expect(chart?.series.map((s) => s.name)).toEqual(["Ana", "Bo"]);
    expect(chart!.categories.bottom - chart!.categories.top).toBe(2); // Oct, Nov, Dec
  });
});

describe("the history the review reads", () => {
  test("each column down to the Period column's last value, never to a row fixed at build time", () => {
    const formulas = review("en-US")
      .blocks.flatMap((b) => b.cells.flat())
      .filter(isFormulaCell)
      .map((c) => c.formula)
      .filter((f) => f.includes("{{sheet:history}}"));
    expect(formulas.length).toBe(4 + 2 * 2); // previous attainment of 4 lines; Oct and Nov × Ana, Bo
    for (const f of formulas) {
      // every history reference is a column from row 2 to INDEX(column, last row of Period)
      const refs = f.match(/\{\{sheet:history\}\}![^,)]*/g) ?? [];
      for (const ref of refs)
        expect(ref).toMatch(/^\{\{sheet:history\}\}!(\$[A-L]\$2:INDEX\(|\$[A-L]:\$[A-L]$|\$A:\$A$)/);
      expect(f).not.toMatch(/\{\{sheet:history\}\}!\$[A-L]\$(?!2:)\d+/);
      expect(f).toMatch(
        /INDEX\(\{\{sheet:history\}\}!\$([IJ]):\$\1,MAX\(2,COUNTA\(\{\{sheet:history\}\}!\$A:\$A\)\)\)/,
      );
    }
  });

  test("a November workbook whose history holds October and November compares with October", () => {
    const nov = team("2026-11");
    const sheet = planReview({ team: nov, scores: scoreTeam(nov), history: history("en-US"), lang: "en-US" });
    expect(sheet.blocks[0].cells[1][1]).toBe("2026-10");
    // Ana gmv: 105,000 / 100,000 = 1.05 now; October 90,000 / 100,000 = 0.9 → +0.15
    const gmv = sheet.blocks[1].cells.slice(1).find((r) => result(r[REVIEW_COL.kpiId]) === "gmv")!;
    expect(result(gmv[REVIEW_COL.previous])).toBe(0.9);
    expect(result(gmv[REVIEW_COL.change]) as number).toBeCloseTo(0.15, 12);
    // the trend shows November once, from the summary: Oct, Nov
    const trend = sheet.blocks.find((b) => b.at.col === TREND_COL)!;
    expect(trend.cells.map((r) => r[0])).toEqual(["Period", "2026-10", "2026-11"]);
  });
});

test("the Office renderer writes the workbook with history in 3 syncs", async () => {
  const plan = planTeamWorkbook(config(chainConfig("2026-12")), "zh-CN", { history: { rows: history("zh-CN") } }).plan;
  const fake = new FakeExcel({});
  const r = await renderPlan(plan, { run: fake.run, isSetSupported: () => true });
  expect(r.ok).toBe(true);
  expect(fake.syncCount).toBe(3);
  expect(fake.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["tblReview", "tblHistory"]));
});
