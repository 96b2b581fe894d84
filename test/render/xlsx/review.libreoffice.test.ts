/**
 * The Review sheet's formulas computed by LibreOffice (DESIGN §6, §9): December of the three-month
 * chain (test/plan/cycleFixtures.ts) with October's and November's history typed out by hand, every
 * cached result POISONED, LibreOffice recalculating on load. Previous attainment, change and the
 * trend block can then only come out right if the formulas compute them.
 *
 * Then a typed edit: Bo's December acos actual set to 0.25 in the Inputs; LibreOffice recomputes the
 * scorecard, the review's attainment and change, and the trend's December score.
 *
 * And rows appended to tblHistory after the build, as the task pane's "close the period" does (here
 * with ExcelJS, the table's ref growing with them), far below the rows the build wrote: the review
 * reads them.
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

/** Rows appended after the build: 150 of Cy (no scorecard line), then Bo acos in November, 1.0, score 0.9. */
const APPENDED: (string | number)[][] = [
  ...Array.from({ length: 150 }, () => ["2026-11", "Cy", "US", "ads", "acos", 0.25, 0.5, 100, 0, 0, 0, 0]),
  ["2026-11", "Bo", "US", "ads", "acos", 0.25, 0.25, 100, 1, 0.9, 0.5, 1000],
];

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
    // the same workbook with APPENDED rows appended to tblHistory below its 8 rows (A1 rows 2–9):
    // 150 of a person not on the scorecard, then one more November row of Bo's acos
    const wbAppended = new ExcelJS.Workbook();
    await wbAppended.xlsx.load(bytes as never);
    // (ExcelJS's Table.addRow needs the rows of a table it built; a loaded one has only its model)
    const history = wbAppended.getWorksheet(names.get("history")!)!;
    APPENDED.forEach((row, i) => row.forEach((v, j) => (history.getCell(10 + i, 1 + j).value = v)));
    const table = history.getTable("tblHistory") as unknown as { model: { tableRef: string; autoFilterRef: string } };
    expect(table.model.tableRef).toBe("A1:L9");
    table.model.tableRef = table.model.autoFilterRef = `A1:L${9 + APPENDED.length}`;
    writeFileSync(path.join(work, "appended.xlsx"), Buffer.from(await wbAppended.xlsx.writeBuffer()));
    await convertWithLibreOffice(
      work,
      [path.join(work, "dec.xlsx"), path.join(work, "edited.xlsx"), path.join(work, "appended.xlsx")],
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

  test("a row appended to tblHistory below the built rows is read: Bo's November acos averages in", async () => {
    // the appended row is A1 row 10 + 150 = 160, far past the 8 built rows
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(path.join(work, "appended.xlsx")) as never);
    const model = back.getWorksheet(names.get("history")!)!.getTable("tblHistory") as unknown as {
      model: { tableRef: string };
    };
    expect(model.model.tableRef).toBe("A1:L160");
    const { at } = await review("appended.xlsx");
    // Bo acos in November: rows 1.2 (built) and 1.0 (appended) → 1.1; December 0.8 → change −0.3.
    // Ana's lines are as before: Cy's rows match no one on the scorecard.
    expectRows(
      [1, 2, 3].map((i) => line(at, i)),
      [
        ["Ana", "cvr", 0.7, 0.8, -0.1, "off track"],
        ["Bo", "acos", 0.8, 1.1, -0.3, "off track"],
        ["Ana", "gmv", 0.99, 1.05, -0.06, "at risk"],
      ],
    );
    // the trend's November: Ana 0.95 (her two rows); Bo (1.2 + 1.2 + 0.9)/3 = 1.1
    const top = REVIEW_LAYOUT.headerRow + 1;
    expectRows([[0, 1, 2].map((c) => at(top + 2, TREND_COL + 1 + c))], [["2026-11", 0.95, 1.1]]);
  });
});
