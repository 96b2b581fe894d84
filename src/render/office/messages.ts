/**
 * User-facing text of the Office renderer (errors and warnings in RenderResult), kept in one catalog so
 * the task pane can show or translate it. English for now.
 */

export const STEP_LABELS = {
  read: "reading the workbook",
  write: "writing the sheets",
  finish: "finishing",
  prepare: "preparing the sheets",
} as const;

export type Step = keyof typeof STEP_LABELS;

export const messages = {
  noExcel: () => "Excel is not available here (Excel.run is undefined).",
  invalidPlan: (detail: string) => `The workbook plan is invalid: ${detail}`,
  duplicateSheetKey: (key: string) => `two sheets have the key "${key}"`,
  unknownSheetKey: (what: string, key: string) => `${what} refers to an unknown sheet key "${key}"`,
  tableHeaders: (table: string, headers: number, cols: number) =>
    `table ${table} has ${headers} headers for ${cols} columns`,
  namedRangesUnsupported: () =>
    "This version of Excel cannot create named ranges (ExcelApi 1.4 is required); the scorecard formulas need them.",
  failed: (step: Step, sync: number | undefined, detail: string) =>
    `Could not build the workbook while ${STEP_LABELS[step]}${sync === undefined ? "" : ` (request ${sync})`}: ${detail}.`.replace(
      /\.\.$/,
      ".",
    ),
  removed: (sheets: string[]) =>
    sheets.length > 0 ? ` The sheets it had added were removed: ${sheets.join(", ")}.` : " No sheet was left behind.",
  cleanupFailed: (sheets: string[], detail: string) =>
    ` Removing the sheets it had added also failed (${detail}); please delete any of these sheets that remain: ${sheets.join(", ")}.`,
  skipped: (feature: string, version: string, count: number) =>
    `${count} ${feature} skipped: this version of Excel lacks ExcelApi ${version}.`,
  validationListUnusable: (sheet: string, address: string, why: string) =>
    `Drop-down list on ${sheet}!${address} skipped: ${why}.`,
  listHasComma: () => "an item contains a comma",
  listTooLong: () => "the list is longer than Excel's 255 characters",
  listStartsWithEquals: () => "the list would be read as a formula",
  chartSkipped: (sheet: string, title: string) =>
    `Chart "${title}" on ${sheet} skipped: this version of Excel cannot build a chart from separate ranges (ExcelApi 1.7).`,
  nonFiniteNumbers: (count: number) => `${count} cell(s) held a number that is not finite and were left empty.`,
  renamedSheet: (wanted: string, final: string) =>
    `Sheet "${wanted}" is named "${final}" (the name was taken or not allowed).`,
  renamedIdentifier: (wanted: string, final: string) =>
    `Name "${wanted}" already exists in this workbook; the new one is "${final}" and the formulas use it.`,
  extraRequests: (requests: number, syncs: number) =>
    `The workbook was larger than one Excel request allows, so it was written in ${requests} requests (${syncs} syncs).`,
};
