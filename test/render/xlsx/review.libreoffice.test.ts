/**
 * The Review sheet's formulas computed by LibreOffice (DESIGN §6, §9): December of the three-month
 * chain (test/plan/cycleFixtures.ts) with October's and November's history typed out by hand, every
 * cached result POISONED, LibreOffice recalculating on load. Previous attainment, change and the
 * trend block can then only come out right if the formulas compute them.
 *
 * Then a typed edit: Bo's December acos actual set to 0.25 in the Inputs; LibreOffice recomputes the
 * scorecard, the review's attainment and change, and the trend's December score.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cachedValues, type CachedValues } from "../../../src/cli/cachedValues";
import type { HistoryRow } from "../../../src/plan/historyPlan";
import { REVIEW_COL, REVIEW_LAYOUT, TREND_COL } from "../../../src/plan/reviewPlan";
import { INPUT_COL } from "../../../src/plan/scorecardPlan";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";
import { LINES, TOTALS, chainConfig, type Month } from "../../plan/cycleFixtures";
import { convertWithLibreOffice, describeWithLibreOffice, poisoned } from "./soffice";

/** A month's history rows typed out from the hand-worked lines and totals. */
function historyOf(month: Month): HistoryRow[] {
  return LINES[month].map(([person, kpiId, target, actual, weight, attainment]) => {
    const [score, payout, bonus] = TOTALS[month][person as "Ana" | "Bo"];
    return {
      period: month,
      person,
      region: person === "Ana" ? "MX" : "US",
      role: person === "Ana" ? "ops" : "ads",
      kpiId,
      target,
      actual,
      weight,
      attainment,
      score,
      payout,
      bonus,
    };
  });
}

describeWithLibreOffice("review.libreoffice.test.ts")("the review recomputed by LibreOffice", () => {
  let work: string;
  let names: Map<string, string>;
  let review: (file: string) => Promise<{ at: (row: number, col: number) => unknown }>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-review-"));
    const planned = planTeamWorkbook(config(chainConfig("2026-12")), "en-US", {
      history: { rows: [...historyOf("2026-10"), ...historyOf("2026-11")] },
    });
    names = sheetNames(planned.plan);
    const bytes = await renderXlsx(poisoned(planned.plan));
    writeFileSync(path.join(work, "dec.xlsx"), bytes);
    // the same workbook with Bo's acos actual typed over: 0.25 (Inputs row 4: header, Ana ×2, Bo's acos)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    wb.getWorksheet(names.get("inputs")!)!.getCell(4, INPUT_COL.actual + 1).value = 0.25;
    writeFileSync(path.join(work, "edited.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    await convertWithLibreOffice(
      work,
      [path.join(work, "dec.xlsx"), path.join(work, "edited.xlsx")],
      "xlsx",
      path.join(work, "out"),
    );
    review = async (file) => {
      const back = readFileSync(path.join(work, "out", file));
      const sheet = names.get("review")!;
      const cached: CachedValues = (await cachedValues(back, [sheet])).get(sheet)!;
      const wbBack = new ExcelJS.Workbook();
      await wbBack.xlsx.load(back as never);
      const ws = wbBack.getWorksheet(sheet)!;
      return {
        at: (row, col) => {
          const address = ws.getCell(row, col).address;
          return cached.has(address) ? cached.get(address) : ws.getCell(row, col).value;
        },
      };
    };
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const first = REVIEW_LAYOUT.headerRow + 2; // A1 row of the first review line
  const line = (at: (r: number, c: number) => unknown, i: number) =>
    [
      REVIEW_COL.person,
      REVIEW_COL.kpiId,
      REVIEW_COL.attainment,
      REVIEW_COL.previous,
      REVIEW_COL.change,
      REVIEW_COL.status,
    ].map((c) => at(first + i, c + 1));

  function expectRows(got: unknown[][], want: unknown[][]): void {
    got.forEach((row, i) =>
      row.forEach((v, j) => {
        const w = want[i][j];
        if (typeof w === "number") expect([i, j, typeof v]).toEqual([i, j, "number"]);
        if (typeof w === "number") expect(v as number).toBeCloseTo(w, 12);
        else expect([i, j, v]).toEqual([i, j, w]);
      }),
    );
  }

  test("previous attainment and change against November, as worked by hand", async () => {
    const { at } = await review("dec.xlsx");
    expectRows(
      [0, 1, 2, 3].map((i) => line(at, i)),
      [
        ["Bo", "odr", "", "", "", "fail"], // no actual: the gate fails; no attainment to compare
        ["Ana", "cvr", 0.7, 0.8, -0.1, "off track"], // 0.07/0.10 = 0.7; November 0.8 → −0.1
        ["Bo", "acos", 0.8, 1.2, -0.4, "off track"], // 2 − 0.30/0.25 = 0.8; November 1.2 → −0.4
        ["Ana", "gmv", 0.99, 1.05, -0.06, "at risk"], // 99,000/100,000; November 1.05 → −0.06
      ],
    );
  });

  test("the trend block: October and November from the history, December from the summary", async () => {
    const { at } = await review("dec.xlsx");
    const top = REVIEW_LAYOUT.headerRow + 1;
    const block = [1, 2, 3].map((r) => [0, 1, 2].map((c) => at(top + r, TREND_COL + 1 + c)));
    expectRows(block, [
      ["2026-10", 0.86, 1],
      ["2026-11", 0.95, 1.2],
      ["2026-12", 0.874, 0.8], // (60·0.99 + 40·0.7)/100; Bo 0.8
    ]);
  });

  test("an actual typed afterwards: the change follows, the row stays where the build put it", async () => {
    const { at } = await review("edited.xlsx");
    // Bo's acos 0.25 → 2 − 1 = 1 (on track); November 1.2 → change −0.2; still the third row
    expectRows([line(at, 2)], [["Bo", "acos", 1, 1.2, -0.2, "on track"]]);
    // Bo's December score is now 1 (one weighted KPI)
    expect(at(REVIEW_LAYOUT.headerRow + 4, TREND_COL + 3) as number).toBeCloseTo(1, 12);
  });
});
