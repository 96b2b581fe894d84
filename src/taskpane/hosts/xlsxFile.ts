/**
 * The .xlsx bytes of a plan in the browser. Loaded on demand as its own chunk (`import()` in
 * browserHost): ExcelJS is large, and only a download outside Excel needs it. ExcelJS's package
 * "browser" field points webpack at its prebuilt browser bundle.
 */
import { renderXlsxBytes, sheetNames as finalSheetNames } from "../../render/xlsx/renderXlsx";
import type { WorkbookPlan } from "../../plan/types";

/** The same file the CLI writes, native charts included. */
export async function planToXlsx(
  plan: WorkbookPlan,
): Promise<{ bytes: Uint8Array; sheetNames: Record<string, string> }> {
  const bytes = await renderXlsxBytes(plan);
  return { bytes, sheetNames: Object.fromEntries(finalSheetNames(plan)) };
}
