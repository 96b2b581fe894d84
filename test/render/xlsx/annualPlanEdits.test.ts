/**
 * Annual plan → month → person (DESIGN §9) recomputed by LibreOffice: growth and a person's share are
 * edited with ExcelJS in the rendered workbook, every cached result poisoned, and LibreOffice
 * recalculates the annual target, the month targets, the people's Inputs targets and their
 * attainment, payout and bonus on the scorecard and summary.
 *
 * Before the edit (test/plan/annualTargets.test.ts): 1,200,000 × 1.2 = 1,440,000, Nov 2026 177,112;
 * Ana 0.5 → 88,556, Ben 0.25 → 44,278.
 *
 * After growth 0.2 → 0.25: annual 1,200,000 × 1.25 = 1,500,000. US 2026 weights (Jun 9.2 and Nov
 * 12.65 lifted by Prime Day and BF/CM, Σ 102.85): per point 1,500,000 ÷ 102.85 = 14,584.34614;
 * quotas Jan 102,090.423, Feb 94,798.250, Mar 109,382.596, Apr 109,382.596, May 116,674.769,
 * Jun 134,175.984, Jul 138,551.288, Aug 116,674.769, Sep 109,382.596, Oct 123,966.942,
 * Nov 184,491.979, Dec 160,427.807. Σ floors = 1,499,992, 8 units left → Jun .984, Nov .979,
 * Oct .942, Dec .807, May .769, Aug .769, Mar .596, Apr .596 (Sep's equal .596 is later).
 * Nov = 184,492.
 *   Ana (share 0.5, actual 88,556): target ROUND(92,246, 0) = 92,246; attainment 88,556 / 92,246 =
 *     0.9599983 (92,246 × 0.96 = 88,556.16); one KPI, so score 0.9599983 → tier 0.9 pays 0.8;
 *     bonus 1,000 × 0.8 = 800.
 *   Ben (share edited 0.25 → 0.3, actual 40,000): target ROUND(0.3 × 184,492 = 55,347.6, 0) = 55,348;
 *     attainment 40,000 / 55,348 = 0.7227000 → below the 0.8 tier, payout 0, bonus 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { PHASING_LAYOUT } from "../../../src/plan/phasingPlan";
import { INPUT_COL, SCORE_COL, SUMMARY_COL, SUMMARY_HEADER_ROW } from "../../../src/plan/scorecardPlan";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";
import { convertWithLibreOffice, describeWithLibreOffice } from "./soffice";

const POISON = -424242;

function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

const PLAN = config({
  title: "Annual plan",
  period: "2026-11",
  annualTargets: { US: { gmv: { lastYear: 1_200_000, growth: 0.2 } } },
  people: [
    { name: "Ana", region: "US", role: "ops", baseBonus: 1000, kpis: [{ id: "gmv", share: 0.5, actual: 88_556 }] },
    { name: "Ben", region: "US", role: "ops", baseBonus: 500, kpis: [{ id: "gmv", share: 0.25, actual: 40_000 }] },
  ],
});

const { annualRow, firstMonthRow, growthRow, growthCol, sharesHeaderRow, sharesCol } = PHASING_LAYOUT;

describeWithLibreOffice("annualPlanEdits.test.ts")("annual plan edited by hand, recalculated by LibreOffice", () => {
  let work: string;
  let book: ExcelJS.Workbook;
  let names: Map<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-annual-"));
    const planned = planTeamWorkbook(PLAN, "en-US");
    names = sheetNames(planned.plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(planned.plan)) as never);
    const phasing = wb.getWorksheet(names.get("phasing-US")!)!;
    phasing.getCell(growthRow + 1, growthCol + 1).value = 0.25; // G3: growth 20% → 25%
    phasing.getCell(sharesHeaderRow + 3, sharesCol + 1).value = 0.3; // G13: Ben's share 0.25 → 0.3
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula, result: POISON };
        }),
      ),
    );
    const file = path.join(work, "annual.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await convertWithLibreOffice(work, [file], "xlsx", path.join(work, "out"));
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(work, "out", "annual.xlsx"));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A cell's recalculated value by sheet key and zero-based row and column. */
  const result = (key: string, row: number, col: number): unknown =>
    valueOf(book.getWorksheet(names.get(key)!)!.getCell(row + 1, col + 1));

  test("the annual target follows growth: 1,200,000 × 1.25 = 1,500,000; Nov = 184,492", () => {
    expect(result("phasing-US", annualRow, 1)).toBe(1_500_000);
    expect(result("phasing-US", firstMonthRow + 10, 3)).toBe(184_492);
    expect(result("phasing-US", firstMonthRow + 12, 3)).toBe(1_500_000); // total row: the months add up
  });

  test("the Inputs targets follow: Ana ROUND(0.5 × 184,492) = 92,246, Ben ROUND(0.3 × 184,492) = 55,348", () => {
    expect(result("inputs", 1, INPUT_COL.target)).toBe(92_246);
    expect(result("inputs", 2, INPUT_COL.target)).toBe(55_348);
  });

  test("attainment, payout and bonus follow the new targets", () => {
    expect(result("scorecard", 1, SCORE_COL.target)).toBe(92_246);
    expect(result("scorecard", 1, SCORE_COL.attainment) as number).toBeCloseTo(88_556 / 92_246, 12); // 0.9599983
    expect(result("scorecard", 2, SCORE_COL.attainment) as number).toBeCloseTo(40_000 / 55_348, 12); // 0.7227000
    const row = (i: number) => SUMMARY_HEADER_ROW + 1 + i;
    expect(result("summary", row(0), SUMMARY_COL.score) as number).toBeCloseTo(0.9599983, 6);
    expect(result("summary", row(0), SUMMARY_COL.payout)).toBe(0.8);
    expect(result("summary", row(0), SUMMARY_COL.bonus)).toBe(800);
    expect(result("summary", row(1), SUMMARY_COL.payout)).toBe(0);
    expect(result("summary", row(1), SUMMARY_COL.bonus)).toBe(0);
  });
});
