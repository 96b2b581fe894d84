/**
 * Annual plan → month → person (DESIGN §9): the config's annualTargets and shares, their refusals
 * (one line naming the field), the phasing sheet showing the annual target and its origin, and each
 * share's Inputs target as a formula over the phasing sheet whose cached result is the core's.
 *
 * US seasonality 2026 by hand (src/core/phasing.ts SEASONALITY.US, lifted 15% where a promo falls,
 * seasonalityWithPromos): Jan 7.0, Feb 6.5, Mar 7.5, Apr 7.5, May 8.0, Jun 8.0, Jul 9.5, Aug 8.0,
 * Sep 7.5, Oct 8.5, Nov 11.0, Dec 11.0. 2026's promos: Prime Day 23–26 June, Black Friday 27 November
 * and Cyber Monday 30 November (Thanksgiving 26 November) → Jun 8.0 × 1.15 = 9.2, Nov 11.0 × 1.15 =
 * 12.65; Σ = 100 − 8 − 11 + 9.2 + 12.65 = 102.85.
 *
 * Annual 1,200,000 × (1 + 0.2) = 1,440,000: per weight point 1,440,000 ÷ 102.85 = 14,000.97229, so
 * quotas Jan 98,006.806, Feb 91,006.320, Mar 105,007.292, Apr 105,007.292, May 112,007.778,
 * Jun 128,808.945, Jul 133,009.237, Aug 112,007.778, Sep 105,007.292, Oct 119,008.264,
 * Nov 177,112.300, Dec 154,010.695. Σ floors = 1,439,994, 6 units left → the six largest remainders
 * Jun .945, Jan .806, May .778, Aug .778, Dec .695, Feb .320 (Nov's .300 is seventh).
 * Months: 98,007 91,007 105,007 105,007 112,008 128,809 133,009 112,008 105,007 119,008 177,112 154,011.
 * Nov = 177,112; a share of 0.5 → ROUND(88,556, 0) = 88,556.
 */
import { annualValue, isPhasable, periodMonths, shareTarget } from "../../src/core/annualPlan";
import { getKpi } from "../../src/core/catalog";
import { isKpiError } from "../../src/core/types";
import { PHASING_LAYOUT } from "../../src/plan/phasingPlan";
import { INPUT_COL } from "../../src/plan/scorecardPlan";
import { resolveTeam } from "../../src/plan/team";
import { parseTeamConfig, type TeamConfig } from "../../src/plan/teamConfig";
import { planTeamWorkbook } from "../../src/plan/workbookPlan";
import type { PlanCell, SheetPlan } from "../../src/plan/types";

const NOV_2026_US = [
  98_007, 91_007, 105_007, 105_007, 112_008, 128_809, 133_009, 112_008, 105_007, 119_008, 177_112, 154_011,
];

/** Ana takes half of US GMV, Ben a quarter of it and 0.4 of the US ad tests. */
function base(): any {
  return {
    title: "Plan",
    period: "2026-11",
    annualTargets: { US: { gmv: { lastYear: 1_200_000, growth: 0.2 }, ad_tests_launched: 120 } },
    people: [
      { name: "Ana", region: "US", role: "ops", baseBonus: 1000, kpis: [{ id: "gmv", share: 0.5, actual: 88_556 }] },
      {
        name: "Ben",
        region: "US",
        role: "ads",
        kpis: [
          { id: "gmv", share: 0.25, actual: 40_000 },
          { id: "ad_tests_launched", share: 0.4, actual: 4 },
        ],
      },
    ],
  };
}

function parsed(json: unknown): TeamConfig {
  const r = parseTeamConfig(json);
  if (isKpiError(r)) throw new Error(r.message);
  return r;
}

function errorOf(json: unknown): string {
  const r = parseTeamConfig(json);
  if (!isKpiError(r)) throw new Error("expected an error");
  return r.message;
}

function cellAt(sheet: SheetPlan, row: number, col: number): PlanCell | undefined {
  for (const b of sheet.blocks) {
    const r = row - b.at.row;
    const c = col - b.at.col;
    if (r >= 0 && r < b.cells.length && c >= 0 && c < b.cells[r].length && b.cells[r][c] !== null) return b.cells[r][c];
  }
  return undefined;
}

describe("core: annual plan arithmetic", () => {
  test("last year 1,200,000 × (1 + 0.2) = 1,440,000; a number is itself", () => {
    expect(annualValue({ lastYear: 1_200_000, growth: 0.2 })).toBe(1_440_000);
    expect(annualValue(1_440_000)).toBe(1_440_000);
  });

  test.each<[string, number[]]>([
    ["2026-11", [10]],
    ["2026-01", [0]],
    ["2026-Q1", [0, 1, 2]],
    ["2026-Q4", [9, 10, 11]],
    ["FY2026", []],
  ])("period %s covers months %j (0 = January)", (period, months) => {
    expect(periodMonths(period)).toEqual(months);
  });

  test.each<[string, number, number[], number]>([
    // 0.5 × 177,112 = 88,556
    ["half of November", 0.5, [10], 88_556],
    // 0.25 × 177,112 = 44,278
    ["a quarter of November", 0.25, [10], 44_278],
    // Q4 = 119,008 + 177,112 + 154,011 = 450,131; × 0.5 = 225,065.5 → half away from zero 225,066
    ["half of Q4, rounded half away", 0.5, [9, 10, 11], 225_066],
    // 0.3 × 177,112 = 53,133.6 → 53,134
    ["0.3 of November", 0.3, [10], 53_134],
  ])("%s", (_name, share, months, expected) => {
    expect(shareTarget(share, NOV_2026_US, months)).toBe(expected);
  });

  test("totals can be phased, rates, averages and gates cannot", () => {
    const phasable = (id: string) => isPhasable(getKpi(id)!);
    expect(["gmv", "net_sales", "ad_tests_launched", "new_asin_launches"].map(phasable)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["acos", "cvr", "roas", "aov", "cpc", "odr", "turnover_days"].map(phasable)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("config: annualTargets and share", () => {
  test("a number or last year × growth per region and KPI, and shares, are accepted", () => {
    const c = parsed(base());
    expect(c.annualTargets).toEqual({ US: { gmv: { lastYear: 1_200_000, growth: 0.2 }, ad_tests_launched: 120 } });
    expect(c.people[0].kpis?.[0]).toEqual({ id: "gmv", share: 0.5, actual: 88_556 });
  });

  test("shares adding up to exactly 1 (0.5 + 0.25 + 0.25) are accepted", () => {
    const c = base();
    c.people.push({ name: "Caro", region: "US", role: "ops", kpis: [{ id: "gmv", share: 0.25 }] });
    expect(isKpiError(parseTeamConfig(c))).toBe(false);
  });

  test.each<[string, (c: any) => void, string]>([
    [
      "annual not a number",
      (c) => (c.annualTargets.US.gmv = "1,440,000"),
      'annualTargets.US.gmv: must be a number (got "1,440,000")',
    ],
    [
      "annual not positive",
      (c) => (c.annualTargets.US.gmv = 0),
      "annualTargets.US.gmv: must be a positive number (got 0)",
    ],
    [
      "last year negative",
      (c) => (c.annualTargets.US.gmv.lastYear = -5),
      "annualTargets.US.gmv.lastYear: must be a positive number (got -5)",
    ],
    ["growth missing", (c) => delete c.annualTargets.US.gmv.growth, "annualTargets.US.gmv.growth: is required"],
    [
      "growth of -100%",
      (c) => (c.annualTargets.US.gmv.growth = -1),
      "annualTargets.US.gmv.growth: must be more than -1 (-100%) (got -1)",
    ],
    [
      "a typo in the growth object",
      (c) => (c.annualTargets.US.gmv = { lastYear: 1, grwoth: 0.2 }),
      "annualTargets.US.gmv.grwoth: unknown field (expected one of lastYear, growth)",
    ],
    [
      "unknown region",
      (c) => (c.annualTargets.BR = { gmv: 1 }),
      "annualTargets.BR: unknown region (expected one of US, MX)",
    ],
    [
      "unknown KPI",
      (c) => (c.annualTargets.US.gvm = 1),
      'annualTargets.US.gvm: unknown KPI "gvm" (did you mean "gmv"?)',
    ],
    [
      "a ratio KPI",
      (c) => (c.annualTargets.US.acos = 0.25),
      'annualTargets.US.acos: "acos" is a rate or an average (percent), not a total: only currency and count totals can be split by month',
    ],
    [
      "an average in currency",
      (c) => (c.annualTargets.US.aov = 35),
      'annualTargets.US.aov: "aov" is a rate or an average (currency), not a total: only currency and count totals can be split by month',
    ],
    [
      "share above 1",
      (c) => (c.people[0].kpis[0].share = 1.5),
      "people[0].kpis[0].share: must be more than 0 and at most 1 (got 1.5)",
    ],
    [
      "share 0 (a target of 0 cannot be attained)",
      (c) => (c.people[0].kpis[0].share = 0),
      "people[0].kpis[0].share: must be more than 0 and at most 1 (got 0)",
    ],
    [
      "share as text",
      (c) => (c.people[0].kpis[0].share = "50%"),
      'people[0].kpis[0].share: must be a number (got "50%")',
    ],
    [
      "share and target together (refused: which one pays is a guess)",
      (c) => (c.people[0].kpis[0].target = 90_000),
      "people[0].kpis[0].share: cannot be given with target: the target is the share of annualTargets.US.gmv",
    ],
    [
      "share without an annual target",
      (c) => delete c.annualTargets.US.gmv,
      "people[0].kpis[0].share: needs an annual target to take a share of: annualTargets.US.gmv",
    ],
    [
      "shares of one KPI in a region above 1 (0.5 + 0.25 + 0.3 = 1.05)",
      (c) => c.people.push({ name: "Caro", region: "US", role: "ops", kpis: [{ id: "gmv", share: 0.3 }] }),
      "annualTargets.US.gmv: the people's shares add up to 1.05, more than 1 (people[0] 0.5, people[1] 0.25, people[2] 0.3)",
    ],
  ])("%s: one line naming the field", (_name, mutate, message) => {
    const c = base();
    mutate(c);
    const m = errorOf(c);
    expect(m).toBe(message);
    expect(m).not.toMatch(/\n/);
  });
});

describe("team: a share's target is the core's number", () => {
  test("Ana 0.5 of Nov 2026 US (177,112) = 88,556; Ben 0.25 = 44,278; Ben 0.4 of 120 ad tests", () => {
    const team = resolveTeam(parsed(base()));
    expect(team.people[0].lines[0]).toMatchObject({ id: "gmv", target: 88_556, share: 0.5 });
    expect(team.people[1].lines[0]).toMatchObject({ id: "gmv", target: 44_278, share: 0.25 });
    // 120 ad tests by the same weights: per point 120 ÷ 102.85 = 1.166748; quotas Jan 8.167, Feb 7.584,
    // Mar 8.751, Apr 8.751, May 9.334, Jun 10.734, Jul 11.084, Aug 9.334, Sep 8.751, Oct 9.917,
    // Nov 14.759, Dec 12.834; Σ floors 113, 7 units to Oct .917, Dec .834, Nov .759, Mar/Apr/Sep .751,
    // Jun .734 → Nov 15; 0.4 × 15 = 6.
    expect(team.people[1].lines[1].target).toBe(6);
  });

  test("a quarter period sums its three months: half of Q4 = ROUND(0.5 × 450,131, 0) = 225,066", () => {
    const c = base();
    c.period = "2026-Q4";
    const team = resolveTeam(parsed(c));
    expect(team.people[0].lines[0].target).toBe(225_066);
  });
});

describe("workbook: phasing sheet and Inputs formulas", () => {
  const planned = planTeamWorkbook(parsed(base()), "en-US");
  const sheet = (key: string) => planned.plan.sheets.find((s) => s.key === key)!;
  const { annualRow, firstMonthRow, lastYearRow, growthRow, growthCol, sharesHeaderRow, sharesCol } = PHASING_LAYOUT;

  test("the annual target is last year × (1 + growth) as a formula over both numbers, shown with its origin", () => {
    const ph = sheet("phasing-US");
    expect(cellAt(ph, annualRow, 1)).toEqual({ formula: "G2*(1+G3)", result: 1_440_000 });
    expect(cellAt(ph, annualRow, 2)).toBe("= last year × (1 + growth)");
    expect(cellAt(ph, lastYearRow, growthCol - 1)).toBe("Last year");
    expect(cellAt(ph, lastYearRow, growthCol)).toBe(1_200_000);
    expect(cellAt(ph, growthRow, growthCol - 1)).toBe("Growth");
    expect(cellAt(ph, growthRow, growthCol)).toBe(0.2);
  });

  test("months are labelled Jan … Dec in column A and cache the hand-worked month targets", () => {
    const ph = sheet("phasing-US");
    const labels = Array.from({ length: 12 }, (_, m) => cellAt(ph, firstMonthRow + m, 0));
    expect(labels).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
    const months = Array.from(
      { length: 12 },
      (_, m) => (cellAt(ph, firstMonthRow + m, 3) as { result: number }).result,
    );
    expect(months).toEqual(NOV_2026_US);
  });

  test("the people's shares are visible inputs on the phasing sheet, in team order", () => {
    const ph = sheet("phasing-US");
    expect(cellAt(ph, sharesHeaderRow, sharesCol - 1)).toBe("Person");
    expect(cellAt(ph, sharesHeaderRow, sharesCol)).toBe("Share");
    expect([cellAt(ph, sharesHeaderRow + 1, sharesCol - 1), cellAt(ph, sharesHeaderRow + 1, sharesCol)]).toEqual([
      "Ana",
      0.5,
    ]);
    expect([cellAt(ph, sharesHeaderRow + 2, sharesCol - 1), cellAt(ph, sharesHeaderRow + 2, sharesCol)]).toEqual([
      "Ben",
      0.25,
    ]);
  });

  test("a given annual target says so; another KPI gets its own phasing sheet", () => {
    const ads = sheet("phasing-US-ad_tests_launched");
    expect(cellAt(ads, annualRow, 1)).toBe(120);
    expect(cellAt(ads, annualRow, 2)).toBe("given in the config");
    expect(ads.tables?.[0].name).toBe("tblPhasingUS_ad_tests_launched");
  });

  test("each share's Inputs target is ROUND(share × Nov's month target, 0) over the phasing sheet, cached as the core", () => {
    const inputs = sheet("inputs");
    const rows = inputs.blocks[0].cells;
    // Inputs row 2 (Ana's gmv): share G12 (first share row), Nov = row 5 + 10 → D16 (A1)
    expect(rows[1][INPUT_COL.target]).toEqual({
      formula: "ROUND({{sheet:phasing-US}}!$G$12*{{sheet:phasing-US}}!$D$16,0)",
      result: 88_556,
    });
    expect(rows[2][INPUT_COL.target]).toEqual({
      formula: "ROUND({{sheet:phasing-US}}!$G$13*{{sheet:phasing-US}}!$D$16,0)",
      result: 44_278,
    });
    const adTests = rows[3][INPUT_COL.target] as { formula: string; result: number };
    expect(adTests.formula).toBe(
      "ROUND({{sheet:phasing-US-ad_tests_launched}}!$G$12*{{sheet:phasing-US-ad_tests_launched}}!$D$16,0)",
    );
    expect(adTests.result).toBe(planned.team.people[1].lines[1].target);
  });

  test("a quarter's target sums the quarter's three month rows", () => {
    const c = base();
    c.period = "2026-Q4";
    const inputs = planTeamWorkbook(parsed(c), "en-US").plan.sheets.find((s) => s.key === "inputs")!;
    // Oct, Nov, Dec = rows 5 + 9 … 5 + 11 (zero-based) → D15:D17
    expect(inputs.blocks[0].cells[1][INPUT_COL.target]).toEqual({
      formula: "ROUND({{sheet:phasing-US}}!$G$12*SUM({{sheet:phasing-US}}!$D$15:$D$17),0)",
      result: 225_066,
    });
  });

  test("Ana's attainment 88,556 / 88,556 = 1 and her score come from that target", () => {
    expect(planned.scores[0].score.kpis[0].attainment).toBe(1);
    expect(planned.scores[0].score.payout).toBe(1);
  });
});
