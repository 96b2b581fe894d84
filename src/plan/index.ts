/** The plan layer's public surface: pure planners from config to WorkbookPlan. */
export * from "./types";
export * from "./sheetRefs";
export { parseTeamConfig, type TeamConfig, type PersonConfig, type KpiConfig } from "./teamConfig";
export { resolveTeam, scoreTeam, type Team, type TeamMember, type TeamLine, type MemberScore } from "./team";
export { planSettings, NAMES, SETTINGS_SHEET_KEY, type SettingsInput, type PlannedSheet } from "./settingsPlan";
export {
  planScorecard,
  statusKey,
  TABLES,
  SHEET_KEYS,
  SCORE_COL,
  SCORE_HELPER_COL,
  SUMMARY_COL,
  INPUT_COL,
  SUMMARY_HEADER_ROW,
} from "./scorecardPlan";
export { planTemplate, templateSheetKey, templateTableName } from "./templatePlan";
export { planPhasing, phasingSheetKey, phasingTableName, monthShares } from "./phasingPlan";
export { planCalendar, calendarEvents, CALENDAR_SHEET_KEY } from "./calendarPlan";
export { planKpis, KPIS_SHEET_KEY } from "./kpisPlan";
export {
  planWorkbook,
  planTeamWorkbook,
  planTemplateWorkbook,
  yearOfPeriod,
  type WorkbookOptions,
  type PlannedWorkbook,
} from "./workbookPlan";
export {
  planDataSheets,
  withImportedActuals,
  actualCells,
  isTypedActual,
  readsDataSheet,
  importedActual,
  actualsOnScorecard,
  DATA_SHEET_KEY,
  IMPORTS_SHEET_KEY,
  DATA_TABLES,
  DATA_HEADER_ROW,
  DATA_COL,
  IMPORTS_COL,
  type DataSheets,
  type DataSheetOptions,
  type InputsActualRow,
  type ActualCellPlan,
  type ActualSourceKind,
  type ImportedTeam,
} from "./dataPlan";
