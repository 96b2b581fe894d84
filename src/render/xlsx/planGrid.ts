import type { PlanCell, SheetPlan } from "../../plan/types";

/**
 * The plan cell at a zero-based position, undefined where no block writes one: the last block that
 * writes a cell wins, as on the sheet.
 */
export function planGrid(sheet: SheetPlan): (row: number, col: number) => PlanCell | undefined {
  const grid = new Map<number, PlanCell>();
  const COLS = 16384; // Excel's column count: row * COLS + col is a unique key
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => grid.set((block.at.row + i) * COLS + block.at.col + j, cell)),
    );
  }
  return (row, col) => grid.get(row * COLS + col);
}
