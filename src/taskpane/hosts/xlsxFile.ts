/**
 * The .xlsx bytes of a plan in the browser. Loaded on demand as its own chunk (`import()` in
 * browserHost): ExcelJS is large, and only a download outside Excel needs it. ExcelJS's package
 * "browser" field points webpack at its prebuilt browser bundle.
 */
import { buildWorkbook } from "../../render/xlsx/renderXlsx";
import type { WorkbookPlan } from "../../plan/types";

export async function planToXlsx(
  plan: WorkbookPlan,
): Promise<{ bytes: Uint8Array; sheetNames: Record<string, string> }> {
  const wb = buildWorkbook(plan);
  const data = await wb.xlsx.writeBuffer();
  const sheetNames: Record<string, string> = {};
  plan.sheets.forEach((sheet, i) => (sheetNames[sheet.key] = wb.worksheets[i]?.name ?? sheet.name));
  return { bytes: new Uint8Array(data as ArrayBuffer), sheetNames };
}
