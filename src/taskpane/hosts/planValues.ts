/**
 * A table's cells as a plan holds them, with each formula's cached result (the value the core
 * computed): what the browser host "reads back" from the workbook it last built.
 */
import { MESSAGES as SHEET_MESSAGES } from "../../i18n/messages";
import { isFormulaCell, type WorkbookPlan } from "../../plan/types";

export function planTableValues(plan: WorkbookPlan, tableName: string): unknown[][] | undefined {
  for (const sheet of plan.sheets) {
    const table = (sheet.tables ?? []).find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    if (!table) continue;
    const { top, left, bottom, right } = table.range;
    const grid: unknown[][] = [];
    for (let r = top; r <= bottom; r++) grid.push(new Array<unknown>(right - left + 1).fill(""));
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, i) => {
        const r = block.at.row + i;
        if (r < top || r > bottom) return;
        cells.forEach((cell, j) => {
          const c = block.at.col + j;
          if (c < left || c > right || cell === null) return;
          grid[r - top][c - left] = isFormulaCell(cell) ? (cell.result ?? "") : cell;
        });
      });
    }
    grid[0] = [...table.headers];
    return grid;
  }
  return undefined;
}

/** The Settings sheet's Period as the plan wrote it ("" when blank); undefined without a Settings sheet. */
export function planPeriod(plan: WorkbookPlan): string | undefined {
  // settingsPlan's SETTINGS_SHEET_KEY, spelled out: importing it would bring the planners into this chunk
  const sheet = plan.sheets.find((s) => s.key === "settings");
  if (!sheet) return undefined;
  const label = SHEET_MESSAGES[plan.lang]["label.period"];
  for (const block of sheet.blocks) {
    if (block.at.col !== 0) continue;
    const row = block.cells.find((cells) => cells[0] === label);
    if (row) return typeof row[1] === "string" ? row[1].trim() : "";
  }
  return "";
}
