/**
 * The sheet-level layout of a plan in ExcelJS: column widths, row heights, column outline groups,
 * frozen panes and the print layout (orientation, fit to one page wide, repeated header rows, print
 * area). Shared by every ExcelJS writer so no writer forgets one.
 */
import type ExcelJS from "exceljs";
import { a1, colLetter } from "../../plan/a1";
import type { RangeRef, SheetPlan } from "../../plan/types";

/** Only what layout needs of a worksheet: both the in-memory and the streaming one have it. */
type LayoutSheet = Pick<ExcelJS.Worksheet, "name" | "getColumn" | "getRow" | "properties" | "pageSetup" | "views">;

/** "A$1:K$38": ExcelJS adds the column "$" of each corner itself. */
function absoluteRows(r: RangeRef): string {
  return `${colLetter(r.left)}$${r.top + 1}:${colLetter(r.right)}$${r.bottom + 1}`;
}

export function applySheetLayout(ws: LayoutSheet, sheet: SheetPlan): void {
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(col) + 1).width = width;
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;

  for (const group of sheet.columnGroups ?? []) {
    for (let c = group.from; c <= group.to; c++) {
      const column = ws.getColumn(c + 1);
      column.outlineLevel = 1;
      if (group.collapsed) column.hidden = true;
    }
    ws.properties.outlineLevelCol = Math.max(ws.properties.outlineLevelCol ?? 0, 1);
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: sheet.freeze.cols,
        ySplit: sheet.freeze.rows,
        topLeftCell: a1(sheet.freeze.rows, sheet.freeze.cols),
      },
    ];
  }

  const print = sheet.print;
  if (print) {
    const quotable = !ws.name.includes("'");
    Object.assign(ws.pageSetup, {
      orientation: print.orientation,
      // fitToHeight 0: as many pages tall as it takes, only the width is fitted
      ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
      // ExcelJS prefixes each corner with "$" and quotes the sheet name without doubling an apostrophe
      ...(print.area && quotable ? { printArea: absoluteRows(print.area) } : {}),
      ...(print.repeatRows && quotable
        ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
        : {}),
      horizontalCentered: false,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    } satisfies Partial<ExcelJS.PageSetup>);
  }
}
