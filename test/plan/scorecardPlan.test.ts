import { scorePerson } from "../../src/core/scoring";
import {
  INPUT_COL,
  SCORE_COL,
  SCORE_HELPER_COL,
  SUMMARY_COL,
  SPARE_LINES,
  SPARE_PEOPLE,
  SUMMARY_HEADER_ROW,
  TABLES,
  planScorecard,
} from "../../src/plan/scorecardPlan";
import { resolveTeam, scoreTeam } from "../../src/plan/team";
import { isFormulaCell, type FormulaCell, type PlanCell, type SheetPlan } from "../../src/plan/types";
import { DEMO, EDGE, SMALL } from "./fixtures";
import { SCORECARD_HEADERS, SUMMARY_HEADERS } from "../support/designHeaders";

function sheets(config = SMALL, lang: "en-US" | "zh-CN" | "es-MX" = "en-US") {
  const team = resolveTeam(config);
  return { team, scores: scoreTeam(team), ...planScorecard(team, scoreTeam(team), lang) };
}

function tableBody(sheet: SheetPlan, name: string): PlanCell[][] {
  const table = sheet.tables?.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const block = sheet.blocks.find((b) => b.at.row === table.range.top && b.at.col === table.range.left);
  if (!block) throw new Error(`no block at ${name}`);
  return block.cells.slice(1, table.range.bottom - table.range.top + 1);
}

const results = (rows: PlanCell[][]) => rows.map((r) => r.map((c) => (c as FormulaCell).result));

/** The helper cells right of tblScorecard, body rows only. */
function helperBody(sheet: SheetPlan): FormulaCell[][] {
  const block = sheet.blocks.find((b) => b.at.col === SCORE_HELPER_COL.polarity);
  if (!block) throw new Error("no helper block");
  return block.cells.slice(1) as FormulaCell[][];
}

describe("tblScorecard and tblSummary (DESIGN §5)", () => {
  test("en-US headers are exactly the DESIGN's words", () => {
    const { scorecard, summary } = sheets();
    expect(scorecard.tables?.[0]).toMatchObject({ name: "tblScorecard" });
    expect(scorecard.tables?.[0].headers).toEqual([...SCORECARD_HEADERS]);
    expect(summary.tables?.[0].headers).toEqual([...SUMMARY_HEADERS]);
    // the header row written into the cells is the same text
    expect(scorecard.blocks[0].cells[0]).toEqual(scorecard.tables?.[0].headers);
  });

  test("zh-CN and es-MX headers come from the catalog", () => {
    expect(sheets(SMALL, "zh-CN").summary.tables?.[0].headers).toEqual([
      "人员",
      "区域",
      "岗位",
      "得分",
      "健康门槛",
      "奖金系数",
      "奖金",
    ]);
    expect(sheets(SMALL, "es-MX").scorecard.tables?.[0].headers[8]).toBe("Cumplimiento");
  });

  test("every cell of both tables is a formula", () => {
    const { scorecard, summary } = sheets(DEMO);
    for (const row of [...tableBody(scorecard, TABLES.scorecard), ...tableBody(summary, TABLES.summary)]) {
      expect(row.every(isFormulaCell)).toBe(true);
    }
  });

  test("a scorecard row reads the same row of the inputs", () => {
    const { scorecard } = sheets();
    const row3 = tableBody(scorecard, TABLES.scorecard)[1] as FormulaCell[]; // A1 row 3
    expect(row3[SCORE_COL.person].formula).toBe('{{sheet:inputs}}!$A3&""');
    expect(row3[SCORE_COL.actual].formula).toBe('IF(ISNUMBER({{sheet:inputs}}!$J3),{{sheet:inputs}}!$J3,"")');
    expect(row3[SCORE_COL.weight].formula).toBe("IF(N3,0,N({{sheet:inputs}}!$K3))");
    expect(row3[SCORE_COL.weighted].formula).toBe("H3*N(I3)"); // a gate weighs 0 and shows no attainment ("")
    // the cap in effect (row cap, else kpi_cap, else none) is the helper O3 of the same row
    expect(helperBody(scorecard)[1][SCORE_HELPER_COL.cap - SCORE_HELPER_COL.polarity].formula).toBe(
      "IF(ISNUMBER({{sheet:inputs}}!$L3),{{sheet:inputs}}!$L3,IF(ISNUMBER(kpi_cap),kpi_cap,1E+307))",
    );
    expect(row3[SCORE_COL.attainment].formula).toBe(
      // P3 holds the polarity read once as a code: 1 higher, 2 lower, 0 a target that cannot be scored
      'IF(N3,"",IF(AND(P3,ISNUMBER(G3)),MAX(0,MIN(O3,IF(P3=1,G3/F3,IF(F3=0,IF(G3<=0,1,0),2-G3/F3)))),0))',
    );
  });

  test("helper columns right of the table, past an empty column, read polarity, gate, cap and target validity once", () => {
    const { scorecard } = sheets();
    const table = scorecard.tables![0];
    expect(table.range.right).toBe(SCORE_COL.status);
    expect(SCORE_HELPER_COL.polarity).toBe(table.range.right + 2); // column L stays empty
    const block = scorecard.blocks.find((b) => b.at.col === SCORE_HELPER_COL.polarity)!;
    expect(block.at.row).toBe(table.range.top);
    expect(block.cells).toHaveLength(table.range.bottom - table.range.top + 1); // a helper row per table row
    expect(block.cells[0]).toEqual([
      "Polarity",
      "Gate",
      "Cap in effect",
      "Scored as (1 higher, 2 lower, 0 invalid target)",
      "Rule",
    ]);
    const gap = table.range.right + 1;
    for (const b of scorecard.blocks)
      for (const r of b.cells) expect(b.at.col > gap || b.at.col + r.length - 1 < gap).toBe(true);
    const row3 = (block.cells[2] as FormulaCell[]).map((c) => c.formula);
    expect(row3).toEqual([
      '{{sheet:inputs}}!$F3&""',
      // the Gate column shows yes/no; TRUE (typed, or an older workbook) counts too
      'OR({{sheet:inputs}}!$G3={TRUE,"yes"})',
      "IF(ISNUMBER({{sheet:inputs}}!$L3),{{sheet:inputs}}!$L3,IF(ISNUMBER(kpi_cap),kpi_cap,1E+307))",
      // 1 for higher with a number target > 0, 2 for lower with one ≥ 0, else 0
      'ISNUMBER(F3)*((M3="higher")*(F3>0)+2*(M3="lower")*(F3>=0))',
      // the typed rule (column I); Status reads a blank one as the polarity's inclusive comparator
      '{{sheet:inputs}}!$I3&""',
    ]);
  });

  test("only the plain copies and the helpers name the inputs sheet; a row's formulas stay short", () => {
    const { scorecard } = sheets(DEMO);
    const row = tableBody(scorecard, TABLES.scorecard)[0] as FormulaCell[];
    for (const c of [SCORE_COL.attainment, SCORE_COL.weighted, SCORE_COL.status])
      expect(row[c].formula).not.toContain("{{sheet:");
    // was ~450 characters each with the inputs references written out
    expect(row[SCORE_COL.attainment].formula.length).toBeLessThan(130);
    // the gate's four comparators and the blank-row check made it longer; still far from ~450
    expect(row[SCORE_COL.status].formula.length).toBeLessThan(320);
  });

  test("the summary matches people by exact name with SUMPRODUCT, and pays by LOOKUP with the 1E-9 tolerance", () => {
    const { summary } = sheets();
    const row = tableBody(summary, TABLES.summary)[0] as FormulaCell[];
    const n = SUMMARY_HEADER_ROW + 2; // A1 row of the first person
    // 5 lines + 100 blank lines for rows typed later: scorecard rows 2..106
    const last = 6 + SPARE_LINES;
    const blank = `IF({{sheet:people}}!$A$2="","",`;
    expect(row[SUMMARY_COL.score].formula).toBe(
      `${blank}IF(SUMPRODUCT(({{sheet:scorecard}}!$A$2:$A$${last}=A${n})*{{sheet:scorecard}}!$H$2:$H$${last})=0,0,` +
        `SUMPRODUCT(({{sheet:scorecard}}!$A$2:$A$${last}=A${n})*{{sheet:scorecard}}!$J$2:$J$${last})/SUMPRODUCT(({{sheet:scorecard}}!$A$2:$A$${last}=A${n})*{{sheet:scorecard}}!$H$2:$H$${last})))`,
    );
    const tier = `IFERROR(LOOKUP(D${n}+1E-9,kpi_tier_min,kpi_tier_payout),0)`;
    // a failed gate pays the lesser of the tier and the gate-fail payout
    expect(row[SUMMARY_COL.payout].formula).toBe(`${blank}IF(E${n}="fail",MIN(kpi_gate_fail_payout,${tier}),${tier}))`);
    expect(row[SUMMARY_COL.bonus].formula).toBe(
      `${blank}IF(ISNUMBER({{sheet:people}}!$D$2),{{sheet:people}}!$D$2,0)*F${n})`,
    );
  });

  test("status words are literal strings in the workbook's language", () => {
    const zh = tableBody(sheets(SMALL, "zh-CN").scorecard, TABLES.scorecard)[0] as FormulaCell[];
    expect(zh[SCORE_COL.status].formula).toContain('"达标"');
    expect(zh[SCORE_COL.status].formula).toContain('"未通过"');
    expect(zh[SCORE_COL.status].formula).not.toContain('"on track"');
  });
});

describe("cached results are the core's numbers", () => {
  test("SMALL, worked out by hand", () => {
    const { scorecard, summary } = sheets();
    const body = results(tableBody(scorecard, TABLES.scorecard));
    // the 100 blank lines below compute blanks and zero weights
    expect(body.slice(-SPARE_LINES)).toEqual(new Array(SPARE_LINES).fill(["", "", "", "", "", "", "", 0, 0, 0, ""]));
    expect(body.slice(0, -SPARE_LINES)).toEqual([
      // roas 5/4 = 1.25 → cap 1.2; weighted 30 × 1.2 = 36
      ["Ana", "US", "ads", "roas", "Return on ad spend (ROAS)", 4, 5, 30, 1.2, 36, "on track"],
      // acos 2 − 0.2/0.25 = 2 − 0.8 = 1.2 (at the cap); weighted 25 × 1.2 = 30
      [
        "Ana",
        "US",
        "ads",
        "acos",
        expect.any(String),
        0.25,
        0.2,
        25,
        expect.closeTo(1.2, 12),
        expect.closeTo(30, 12),
        "on track",
      ],
      // ctr not reported: 0, missing
      ["Ana", "US", "ads", "ctr", expect.any(String), 0.004, "", 10, 0, 0, "missing"],
      ["Ben", "MX", "cs", "response_24h_rate", expect.any(String), 0.9, 0.9, 25, 1, 25, "on track"],
      // gate: 0.02 > 0.01 fails (rule <=); weight 0; no attainment shown for a gate
      ["Ben", "MX", "cs", "ml_claims_rate", expect.any(String), 0.01, 0.02, 0, "", 0, "fail"],
    ]);
    // helpers: polarity, gate, cap in effect (no row caps here: kpi_cap 1.2), scored as (every
    // target valid: 1 higher, 2 lower) and the rule: none for weighted KPIs, Mercado Libre's "<=" for the gate
    expect(results(helperBody(scorecard)).slice(0, -SPARE_LINES)).toEqual([
      ["higher", false, 1.2, 1, ""],
      ["lower", false, 1.2, 2, ""],
      ["higher", false, 1.2, 1, ""],
      ["higher", false, 1.2, 1, ""],
      ["lower", true, 1.2, 2, "<="],
    ]);
    expect(results(tableBody(summary, TABLES.summary)).slice(0, -SPARE_PEOPLE)).toEqual([
      // (36 + 30 + 0) / (30 + 25 + 10) = 66/65; tier 1.0 → 1.0; 1000 × 1.0
      ["Ana", "US", "ads", expect.closeTo(66 / 65, 12), "pass", 1, 1000],
      // 25/25 = 1, but the failed gate pays gateFailPayout 0
      ["Ben", "MX", "cs", 1, "fail", 0, 0],
    ]);
  });

  test("DEMO: every row equals scorePerson on the person's lines", () => {
    const { team, scorecard, summary } = sheets(DEMO);
    const body = results(tableBody(scorecard, TABLES.scorecard));
    const sums = results(tableBody(summary, TABLES.summary));
    let row = 0;
    team.people.forEach((p, i) => {
      const s = scorePerson(p.lines, team.rules);
      s.kpis.forEach((k) => {
        const r = body[row++];
        expect(r[SCORE_COL.kpiId]).toBe(k.id);
        expect(r[SCORE_COL.attainment]).toBe(k.gate ? "" : k.attainment);
      });
      expect(sums[i][SUMMARY_COL.score]).toBe(s.score);
      expect(sums[i][SUMMARY_COL.payout]).toBe(s.payout);
    });
    expect(row).toBe(body.length - SPARE_LINES);
  });

  test("DEMO: status words worked out by hand (green ≥ 1, amber ≥ 0.9, else red; gates pass/fail)", () => {
    const { scorecard } = sheets(DEMO);
    const body = results(tableBody(scorecard, TABLES.scorecard));
    const status = (person: string, kpiId: string) =>
      body.find((r) => r[SCORE_COL.person] === person && r[SCORE_COL.kpiId] === kpiId)?.[SCORE_COL.status];
    // roas, higher: 4.6 / 4 = 1.15 ≥ 1
    expect(status("李娜 Li Na", "roas")).toBe("on track");
    // acos, lower: 2 − 0.6 / 0.25 = 2 − 2.4 = −0.4, floored at 0 < 0.9
    expect(status("李娜 Li Na", "acos")).toBe("off track");
    // cvr, higher: 0.055 / 0.06 = 0.9167, between 0.9 and 1
    expect(status("María López", "cvr")).toBe("at risk");
    // cash_instalment_share, higher: 0.3 / 0.35 = 0.857 < 0.9
    expect(status("María López", "cash_instalment_share")).toBe("off track");
    // return_rate, lower: 2 − 0.066 / 0.06 = 2 − 1.1 = 0.9 (0.8999999999999999 in binary), amber by the tolerance
    expect(status("Sofía Ramírez", "return_rate")).toBe("at risk");
    // turnover_days: no actual
    expect(status("Carlos Hernández", "turnover_days")).toBe("missing");
    // odr gate, lower, threshold 0.01: 0.006 ≤ 0.01 passes, 0.012 > 0.01 fails
    expect(status("李娜 Li Na", "odr")).toBe("pass");
    expect(status("Emily Chen", "odr")).toBe("fail");
  });

  test("DEMO holds a score on a tier boundary that floating point puts just below it", () => {
    const { scores } = sheets(DEMO);
    const sofia = scores.find((s) => s.member.name === "Sofía Ramírez")!;
    // (50·(2 − 0.066/0.06) + 50·(2 − 0.0165/0.015))/100 is 0.9 on paper, 0.8999999999999999 in binary
    expect(sofia.score.score).toBeLessThan(0.9);
    expect(sofia.score.score).toBeCloseTo(0.9, 12);
    expect(sofia.score.payout).toBe(0.8); // the 0.9 tier, thanks to the 1e-9 tolerance
  });

  test("the cached cap in effect: the row's cap, else the config's, else none (1E+307)", () => {
    const demo = sheets(DEMO);
    const gmv = tableBody(demo.scorecard, TABLES.scorecard).findIndex(
      (r) =>
        (r[SCORE_COL.person] as FormulaCell).result === "María López" &&
        (r[SCORE_COL.kpiId] as FormulaCell).result === "gmv",
    );
    expect(helperBody(demo.scorecard)[gmv][SCORE_HELPER_COL.cap - SCORE_HELPER_COL.polarity].result).toBe(1.5);
    const edge = sheets(EDGE); // cap: null
    const caps = helperBody(edge.scorecard).map((r) => r[SCORE_HELPER_COL.cap - SCORE_HELPER_COL.polarity].result);
    expect(caps).toContain(1e307);
    expect(caps).toContain(1.3); // Li Wei's cvr carries its own cap
  });

  test("EDGE, worked out by hand", () => {
    const { summary } = sheets(EDGE);
    const r = results(tableBody(summary, TABLES.summary)).slice(0, -SPARE_PEOPLE);
    expect(r.map((x) => [x[0], x[3], x[4], x[5], x[6]])).toEqual([
      ["=SUM(1,2)", 1.6, "pass", 2, 200],
      ["Li*", expect.closeTo(0.9, 12), "pass", 0.3, 60],
      ["Li Wei", 1.3, "pass", 1, 300],
      // no actual at all: score 0 earns no tier, and a failed gate pays min(0, 0.25) = 0
      ["<O'Brien>", 0, "fail", 0, 0],
      // ODR exactly 1% fails Amazon's strict "under 1%": the failed gate caps 0.3 at 0.25 (no base bonus)
      ["+52 Ana ~?", 0.5, "fail", 0.25, 0],
    ]);
  });
});

describe("inputs and people", () => {
  test("inputs hold the resolved lines as plain values, gates weighing 0", () => {
    const { inputs } = sheets();
    const rows = tableBody(inputs, TABLES.inputs);
    expect(rows[4]).toEqual([
      "Ben",
      "MX",
      "cs",
      "ml_claims_rate",
      expect.any(String),
      "lower",
      "yes", // the gate flag as the sheet's word
      0.01,
      "<=", // Mercado Libre's rule, beside the threshold
      0.02,
      0,
      null,
    ]);
    expect(rows[2][INPUT_COL.actual]).toBeNull(); // missing stays blank
  });

  test("names that look like formulas stay plain strings", () => {
    const { people, inputs } = sheets(EDGE);
    const names = tableBody(people, TABLES.people)
      .map((r) => r[0])
      .slice(0, -SPARE_PEOPLE);
    expect(names).toEqual(["=SUM(1,2)", "Li*", "Li Wei", "<O'Brien>", "+52 Ana ~?"]);
    expect(
      tableBody(inputs, TABLES.inputs)
        .slice(0, -SPARE_LINES)
        .every((r) => typeof r[0] === "string"),
    ).toBe(true);
  });
});
