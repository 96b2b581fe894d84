import { NAMES } from "../../src/plan/settingsPlan";
import { isFormulaCell, type WorkbookPlan } from "../../src/plan/types";
import { planWorkbook } from "../../src/plan/workbookPlan";
import { config } from "./fixtures";

function named(plan: WorkbookPlan, name: string): unknown {
  const n = plan.namedRanges.find((r) => r.name === name)!;
  const sheet = plan.sheets.find((s) => s.key === n.sheetKey)!;
  for (const b of [...sheet.blocks].reverse()) {
    const cell = b.cells[n.range.top - b.at.row]?.[n.range.left - b.at.col];
    if (cell !== undefined) return isFormulaCell(cell) ? cell.result : cell;
  }
  return undefined;
}

const team = (extra: object) =>
  config({ title: "T", period: "2026-11", people: [{ name: "Ana", region: "MX", role: "ops" }], ...extra });

describe("the Settings sheet shows the config's data definitions (DESIGN §5)", () => {
  it("defaults: sales net of tax, GMV as ordered (no / 否 / no)", () => {
    expect(named(planWorkbook(team({}), "en-US"), NAMES.taxInclusive)).toBe("no");
    expect(named(planWorkbook(team({}), "zh-CN"), NAMES.refundsDeducted)).toBe("否");
  });

  it("salesIncludeTax and refundsDeducted true show yes in the sheet's language", () => {
    const plan = planWorkbook(team({ salesIncludeTax: true, refundsDeducted: true }), "es-MX");
    expect(named(plan, NAMES.taxInclusive)).toBe("sí");
    expect(named(plan, NAMES.refundsDeducted)).toBe("sí");
  });
});
