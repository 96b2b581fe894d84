/**
 * A table's cells as a plan holds them, with each formula's cached result (the value the core
 * computed): what the browser host "reads back" from the workbook it last built.
 */
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
