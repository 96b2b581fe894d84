/**
 * The phasing sheet recomputes its rounded month targets when a user edits the annual target and
 * the shares: typed with ExcelJS into the rendered file, every cached result poisoned, LibreOffice
 * recalculating on load.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SEASONALITY, phaseRounded } from "../../../src/core/phasing";
import { PHASING_LAYOUT } from "../../../src/plan/phasingPlan";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { DEMO } from "../../plan/fixtures";
import { convertWithLibreOffice, describeWithLibreOffice } from "./soffice";

const POISON = -424242;

function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}
const { annualRow, firstMonthRow } = PHASING_LAYOUT;

describeWithLibreOffice("phasingEdits.test.ts")("phasing sheet edited by hand, recalculated by LibreOffice", () => {
  let work: string;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-phasing-"));
    const planned = planTeamWorkbook(DEMO, "en-US");
    const name = sheetNames(planned.plan).get("phasing-US")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(planned.plan)) as never);
    const sheet = wb.getWorksheet(name)!;
    sheet.getCell(annualRow + 1, 2).value = 1_176_081.72;
    SEASONALITY.US.forEach((w, i) => (sheet.getCell(firstMonthRow + 1 + i, 2).value = w)); // percents, not fractions
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula, result: POISON };
      }),
    );
    const file = path.join(work, "phasing.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await convertWithLibreOffice(work, [file], "xlsx", path.join(work, "out"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(work, "out", "phasing.xlsx"));
    ws = back.getWorksheet(name)!;
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const result = (row: number, col: number): unknown => valueOf(ws.getCell(row, col));

  test("US 1,176,081.72 by the US weights: the hand-worked months, adding up to 1,176,082", () => {
    // As in test/core/phasing.test.ts: q = 11,760.82 × weight; Σ⌊q⌋ = 1,176,077, k = 5 units to
    // Oct .97, Jul .79, Jan .74, May .56, Jun .56 (Aug's .56 loses the tie, being later).
    const expected = [
      82_326, 76_445, 88_206, 88_206, 94_087, 94_087, 111_728, 94_086, 88_206, 99_967, 129_369, 129_369,
    ];
    const got = expected.map((_, i) => result(firstMonthRow + 1 + i, 4));
    expect(got).toEqual(expected);
    expect(got).toEqual(phaseRounded(1_176_081.72, SEASONALITY.US));
    expect(result(firstMonthRow + 13, 4)).toBe(1_176_082); // the total row, SUM of the months
  });

  test("quarters sum the rounded months", () => {
    // Q1 82,326 + 76,445 + 88,206; Q2 88,206 + 94,087 + 94,087; Q3 111,728 + 94,086 + 88,206;
    // Q4 99,967 + 129,369 + 129,369
    const quarters = [0, 1, 2, 3].map((q) => result(firstMonthRow + 1 + q, 7));
    expect(quarters).toEqual([246_977, 276_380, 294_020, 358_705]);
  });
});
