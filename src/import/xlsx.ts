/**
 * XLSX bytes → sheets of cells with ExcelJS (DESIGN §7: already a dependency; the task pane loads
 * this module lazily). Each sheet is handed to recognition in workbook order.
 */
import ExcelJS from "exceljs";
import type { Cell } from "./values";

export interface SheetRows {
  name: string;
  rows: Cell[][];
}

/** The value a person sees in the cell: formula results, rich text joined, hyperlinks' text. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null || typeof r === "object") return r instanceof Date ? r : null;
      return r;
    }
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetRows[]> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types want a Node Buffer; it accepts any ArrayBuffer view at run time.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SheetRows[] = [];
  workbook.eachSheet((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}
