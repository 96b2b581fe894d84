/**
 * The layout a plan gives a sheet beyond its cells: row heights for wrapped text, collapsed column
 * groups (the scorecard's helpers) and the print layout. Each is queued, never synced, so a render
 * keeps its sync count; each is guarded by the ExcelApi version that brought it.
 */
import type { SheetPlan } from "../../plan/types";
import { columnLetters, rangeAddress } from "./a1";
import { command, sheetOf, type BuildOptions, type Command } from "./commands";
import { messages } from "./messages";
import { API } from "./requirements";

/** Consecutive rows of the same height, as one "5:9" address each: one command per run. */
function heightRuns(heights: Record<number, number>): { address: string; points: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { address: string; points: number }[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const same = i < rows.length && rows[i] === rows[i - 1] + 1 && heights[rows[i]] === heights[rows[start]];
    if (same) continue;
    runs.push({ address: `${rows[start] + 1}:${rows[i - 1] + 1}`, points: heights[rows[start]] });
    start = i;
  }
  return runs;
}

export function pageCommands(key: string, sheet: SheetPlan, options: BuildOptions): Command[] {
  const commands: Command[] = [];
  const { supports, warn } = options;

  const heights = heightRuns(sheet.rowHeights ?? {});
  if (heights.length > 0 && !supports("rowHeight"))
    warn(messages.skipped("row height(s)", API.rowHeight, heights.length));
  else
    for (const { address, points } of heights)
      commands.push(
        command(address.length + 8, (target) => {
          sheetOf(target, key).getRange(address).format.rowHeight = points;
        }),
      );

  for (const group of sheet.columnGroups ?? []) {
    const address = `${columnLetters(group.from)}:${columnLetters(group.to)}`;
    if (supports("outline")) {
      commands.push(
        command(address.length + 16, (target) => {
          const range = sheetOf(target, key).getRange(address);
          range.group("ByColumns");
          if (group.collapsed) range.hideGroupDetails("ByColumns");
        }),
      );
    } else if (group.collapsed && supports("hideColumns")) {
      // no outline before ExcelApi 1.10: hidden columns at least keep the helpers off screen and paper
      commands.push(
        command(address.length + 8, (target) => {
          sheetOf(target, key).getRange(address).columnHidden = true;
        }),
      );
    } else if (group.collapsed) warn(messages.skipped("hidden column group(s)", API.hideColumns, 1));
  }

  const print = sheet.print;
  if (print) {
    if (!supports("pageLayout")) warn(messages.skipped("print layout(s)", API.pageLayout, 1));
    else {
      const area = print.area ? rangeAddress(print.area) : undefined;
      const titles = print.repeatRows ? `$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}` : undefined;
      commands.push(
        command(64 + (area?.length ?? 0) + (titles?.length ?? 0), (target) => {
          const layout = sheetOf(target, key).pageLayout;
          layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
          // one page wide; the height is left to the rows (verticalFitToPages unset)
          if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
          if (area) layout.setPrintArea(area);
          if (titles) layout.setPrintTitleRows(titles);
        }),
      );
    }
  }
  return commands;
}
