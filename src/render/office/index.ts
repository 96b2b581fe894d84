/** The Office.js renderer: the only place Excel.* is called. */
export { renderPlan } from "./renderPlan";
export type { RenderOptions, RenderResult } from "./renderPlan";
export type { IsSetSupported } from "./requirements";
export {
  applyImport,
  readActiveSheet,
  type ImportApplyInput,
  type ImportApplyOptions,
  type ImportApplyResult,
} from "./applyImport";
export { closePeriod, type ClosePeriodInput, type ClosePeriodResult } from "./closePeriod";
export {
  activateWorksheet,
  insertFormulaInActiveCell,
  readSelectedValues,
  readSettingsPeriod,
  readTableValues,
  writeNamedSettings,
  type NamedSettingsWrite,
  type WorkbookCallOptions,
  type WorkbookCallResult,
} from "./workbookReads";
