/**
 * The task pane's small Office.js calls besides renderPlan: read a table, the selection or a
 * scorecard back; put a formula into the active cell; activate a sheet; write the Settings sheet's
 * named cells. Each is one `Excel.run` with one or two `context.sync()` calls, and reports expected
 * failures (no Excel, a table or sheet that is not there) as values instead of throwing.
 */
import { describeError, excelRun } from "./excelRun";
import { officeIsSetSupported, type IsSetSupported } from "./requirements";
import { SETTINGS_PERIOD_RANGE, settingsPeriod, settingsSheetName } from "./settingsPeriod";

export interface WorkbookCallOptions {
  /** `Excel.run`, or a fake in tests. */
  run?: typeof Excel.run;
  /** `Office.context.requirements.isSetSupported`, or a fake in tests. */
  isSetSupported?: IsSetSupported;
}

export type WorkbookCallResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: "noExcel" | "notFound" | "tierCount" | "failed"; detail?: string; count?: number };

/** Values for the Settings sheet's named cells, by workbook name (e.g. "kpi_cap"). */
export interface NamedSettingsWrite {
  /** one value per named cell; null writes a blank cell */
  cells: Readonly<Record<string, string | number | boolean | null>>;
  /** a ladder of tiers written down two named columns of equal height, when given */
  tiers?: { minName: string; payoutName: string; rows: readonly { min: number; payout: number }[] };
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : undefined;
}

async function call<T>(
  options: WorkbookCallOptions,
  body: (context: Excel.RequestContext) => Promise<WorkbookCallResult<T>>,
): Promise<WorkbookCallResult<T>> {
  const run = excelRun(options);
  if (!run) return { ok: false, code: "noExcel" };
  try {
    return await run(body);
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") return { ok: false, code: "notFound", detail: describeError(error) };
    return { ok: false, code: "failed", detail: describeError(error) };
  }
}

/** Header row and body of a table, as computed values. Two syncs: does it exist, then its values. */
export function readTableValues(
  tableName: string,
  options: WorkbookCallOptions = {},
): Promise<WorkbookCallResult<unknown[][]>> {
  return call(options, async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    await context.sync();
    if (table.isNullObject) return { ok: false, code: "notFound", detail: tableName };
    const range = table.getRange();
    range.load("values");
    await context.sync();
    return { ok: true, value: range.values };
  });
}

/** Values of the selected range. One sync. */
export function readSelectedValues(options: WorkbookCallOptions = {}): Promise<WorkbookCallResult<unknown[][]>> {
  return call(options, async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("values");
    await context.sync();
    return { ok: true, value: range.values };
  });
}

/**
 * Writes a formula into the active cell (the top-left cell of the selection where the host predates
 * ExcelApi 1.7's getActiveCell) and returns the cell's address. One sync.
 */
export function insertFormulaInActiveCell(
  formula: string,
  options: WorkbookCallOptions = {},
): Promise<WorkbookCallResult<string>> {
  return call(options, async (context) => {
    const supports = options.isSetSupported ?? officeIsSetSupported;
    const cell = supports("ExcelApi", "1.7")
      ? context.workbook.getActiveCell()
      : context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return { ok: true, value: cell.address };
  });
}

/** Activates a sheet by name. One sync; a missing sheet is `notFound`. */
export function activateWorksheet(name: string, options: WorkbookCallOptions = {}): Promise<WorkbookCallResult<void>> {
  return call(options, async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
    return { ok: true, value: undefined };
  });
}

/** Rows of an A1 address such as "Settings!$A$20:$A$23" or "'My sheet'!$B$5" (4 and 1). */
export function rowCountOfAddress(address: string): number | undefined {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/i.exec(ref);
  if (!m) return undefined;
  const top = Number(m[1]);
  const bottom = m[2] === undefined ? top : Number(m[2]);
  return Math.abs(bottom - top) + 1;
}

/**
 * Writes the Settings sheet's named cells. Two syncs: look the names up (with the tier columns'
 * addresses), then write. Nothing is written unless every check passes: when none of the names
 * exists the workbook has no Settings sheet (`notFound`); when the tier columns are not as tall as
 * the tiers given, `tierCount` carries the workbook's count (the tier table cannot grow in place
 * without shifting the tables below it). Names that are absent are skipped.
 */
export function writeNamedSettings(
  write: NamedSettingsWrite,
  options: WorkbookCallOptions = {},
): Promise<WorkbookCallResult<void>> {
  return call(options, async (context) => {
    const names = context.workbook.names;
    const cells = Object.entries(write.cells).map(([name, value]) => ({
      item: names.getItemOrNullObject(name),
      value,
    }));
    const tiers = write.tiers;
    const tierItems = tiers
      ? [names.getItemOrNullObject(tiers.minName), names.getItemOrNullObject(tiers.payoutName)]
      : [];
    for (const item of tierItems) item.load("value");
    await context.sync();

    const present = cells.filter((c) => !c.item.isNullObject);
    const tiersPresent = tierItems.length > 0 && tierItems.every((item) => !item.isNullObject);
    if (present.length === 0 && !tiersPresent) return { ok: false, code: "notFound", detail: "Settings" };
    if (tiers && tiersPresent) {
      const heights = tierItems.map((item) => rowCountOfAddress(String(item.value)));
      if (heights.some((h) => h !== tiers.rows.length)) {
        return { ok: false, code: "tierCount", count: heights[0] ?? 0, detail: String(tierItems[0].value) };
      }
    }
    for (const { item, value } of present) item.getRange().values = [[value === null ? "" : value]];
    if (tiers && tiersPresent) {
      tierItems[0].getRange().values = tiers.rows.map((t) => [t.min]);
      tierItems[1].getRange().values = tiers.rows.map((t) => [t.payout]);
    }
    await context.sync();
    return { ok: true, value: undefined };
  });
}

/**
 * The period the workbook was built for: the Settings sheet's Period row (its label in any of our
 * languages, in A1:B12 where settingsPlan writes it), as text; "" when the row is blank or missing.
 * `settingsSheet` as the last build named it, else the sheet named Settings in one of our languages
 * (`notFound` when there is none). Two syncs: the sheets' names, then the cells.
 */
export function readSettingsPeriod(
  settingsSheet?: string,
  options: WorkbookCallOptions = {},
): Promise<WorkbookCallResult<string>> {
  return call(options, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = settingsSheetName(
      sheets.items.map((s) => s.name),
      settingsSheet,
    );
    if (name === undefined) return { ok: false, code: "notFound", detail: settingsSheet ?? "Settings" };
    const cells = sheets.getItem(name).getRange(SETTINGS_PERIOD_RANGE).load("values");
    await context.sync();
    return { ok: true, value: settingsPeriod(cells.values) };
  });
}
