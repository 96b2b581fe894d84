/**
 * What the task pane needs from the workbook, injected so the views render and test without Excel
 * (DESIGN §1). Two implementations: officeHost (Office.js, through src/render/office only) and
 * browserHost (outside Excel: the workbook is built with the xlsx renderer and downloaded).
 *
 * Failures are values, not exceptions: a view shows `code` in the pane's language and `detail`
 * (the host's own words, e.g. an Office error message) after it.
 */
import type { Lang } from "../../core/types";
import type { PersonActuals } from "../../import/actuals";
import type { ParsedReport } from "../../import/types";
import type { TeamConfig } from "../../plan/teamConfig";
import type { WorkbookPlan } from "../../plan/types";

/** A rectangle of cell values as Excel hands them over (numbers, text, booleans; "" for blank). */
export type CellGrid = unknown[][];

export type HostErrorCode =
  /** the feature needs Excel and the page runs in a plain browser */
  | "notInExcel"
  /** the table, sheet or named cell asked for is not in the workbook */
  | "notFound"
  /** the workbook's tier table has a different number of rows than the settings */
  | "tierCount"
  /** anything else; `detail` says what */
  | "failed";

export type HostResult<T> =
  { ok: true; value: T } | { ok: false; code: HostErrorCode; detail?: string; count?: number };

export type ProgressListener = (done: number, total: number, label: string) => void;

export interface BuildOutcome {
  /** plan sheet key → the sheet's final name in the workbook (or file) */
  sheetNames: Record<string, string>;
  /** plan table/name identifier → final identifier (differs when the workbook already had it) */
  identifiers: Record<string, string>;
  warnings: string[];
  /** set by the browser host: the name of the downloaded file */
  fileName?: string;
}

/** The Settings sheet's named cells the pane writes; absent fields are left as they are. */
export interface WorkbookSettings {
  currency?: "USD" | "MXN";
  taxInclusive?: boolean;
  ivaRate?: number;
  refundsDeducted?: boolean;
  attributionDays?: number;
  /** null = no cap */
  cap?: number | null;
  gateFailPayout?: number;
  tiers?: readonly { min: number; payout: number }[];
}

/** Report import (DESIGN §8): the Data view's recognised reports and the actuals computed from them. */
export interface ImportRequest {
  reports: readonly ParsedReport[];
  /** the validated team the actuals are for (people, period, data definitions) */
  config: TeamConfig;
  /** actualsFromReports(config, reports, …) */
  actuals: readonly PersonActuals[];
  lang: Lang;
  /** the Inputs table, when a build renamed it */
  inputsTable?: string;
  /** browser host: the pane's settings, applied to the rebuilt workbook as to any build */
  settings?: WorkbookSettings;
}

export interface ImportOutcome {
  sheetNames: { data: string; imports: string };
  /** person × KPI rows of the Data sheet */
  dataRows: number;
  /** Inputs actuals now a formula over Data / a person's own, kept / blanked (their data is gone) */
  imported: number;
  kept: number;
  cleared: number;
  warnings: string[];
  /** browser host: the downloaded file */
  fileName?: string;
}

/** "Close the period" (DESIGN §9): closed, or refused before anything was written. */
export type ClosePeriodOutcome =
  | { closed: true; period: string; appended: number; cleared: number }
  | { closed: false; reason: "noPeriod" | "alreadyClosed" | "laterClosed"; period?: string };

/** A report pasted into the active sheet: its name and the cells as shown. */
export interface SheetText {
  name: string;
  rows: string[][];
}

export interface WorkbookHost {
  readonly kind: "office" | "browser";
  /** Applies a plan: new sheets in Excel, or an .xlsx download outside it. */
  buildPlan(plan: WorkbookPlan, onProgress?: ProgressListener): Promise<HostResult<BuildOutcome>>;
  /** Header row + rows of the people table (`tblPeople` unless renamed); notFound when absent. */
  readTeam(tableName?: string): Promise<HostResult<CellGrid>>;
  /** Values of the selected range. */
  readSelection(): Promise<HostResult<CellGrid>>;
  /** Header row + rows of the scorecard table (`tblScorecard` unless renamed), computed values. */
  readScorecard(tableName?: string): Promise<HostResult<CellGrid>>;
  /** Writes a formula (with its leading "=") into the active cell; returns the cell's address. */
  insertFormula(formula: string): Promise<HostResult<string>>;
  /**
   * Writes settings into the workbook's named cells. `names` maps our names (kpi_cap, …) to the
   * workbook's when a build had to rename them.
   */
  writeSettings(
    settings: WorkbookSettings,
    names?: Readonly<Record<string, string>>,
    lang?: Lang,
  ): Promise<HostResult<void>>;
  activateSheet(name: string): Promise<HostResult<void>>;
  /** Replaces the Data and Imports sheets and the imported Inputs actuals (Excel), or rebuilds the download. */
  applyImport(request: ImportRequest, onProgress?: ProgressListener): Promise<HostResult<ImportOutcome>>;
  /** The used range of the active sheet, as text (a report pasted there). */
  readActiveSheet(): Promise<HostResult<SheetText>>;
  /**
   * The period the workbook was built for (its Settings sheet's Period, "" when blank); Excel: the
   * open workbook, `settingsSheet` as the last build named it; browser: the last plan built here.
   */
  readPeriod(settingsSheet?: string): Promise<HostResult<string>>;
  /**
   * Appends the workbook's results to tblHistory and clears the typed Inputs actuals (Excel only; the
   * pane asks first). `identifiers` and `settingsSheet` as the last build named them.
   */
  closePeriod(
    identifiers?: Readonly<Record<string, string>>,
    settingsSheet?: string,
  ): Promise<HostResult<ClosePeriodOutcome>>;
}

/**
 * A host whose implementation loads on first use: the Office renderer and the xlsx writer stay out of
 * the first JavaScript the page runs, so the pane paints before they arrive.
 */
export function lazyHost(kind: WorkbookHost["kind"], load: () => Promise<WorkbookHost>): WorkbookHost {
  let loading: Promise<WorkbookHost> | undefined;
  const host = () => (loading ??= load());
  return {
    kind,
    buildPlan: async (plan, onProgress) => (await host()).buildPlan(plan, onProgress),
    readTeam: async (tableName) => (await host()).readTeam(tableName),
    readSelection: async () => (await host()).readSelection(),
    readScorecard: async (tableName) => (await host()).readScorecard(tableName),
    insertFormula: async (formula) => (await host()).insertFormula(formula),
    writeSettings: async (settings, names, lang) => (await host()).writeSettings(settings, names, lang),
    activateSheet: async (name) => (await host()).activateSheet(name),
    applyImport: async (request, onProgress) => (await host()).applyImport(request, onProgress),
    readActiveSheet: async () => (await host()).readActiveSheet(),
    readPeriod: async (settingsSheet) => (await host()).readPeriod(settingsSheet),
    closePeriod: async (identifiers, settingsSheet) => (await host()).closePeriod(identifiers, settingsSheet),
  };
}
