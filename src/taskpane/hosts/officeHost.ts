/**
 * The host inside Excel: every call goes to src/render/office (renderPlan and the small reads and
 * writes of workbookReads), the only code that touches Excel.*.
 */
import {
  activateWorksheet,
  applyImport,
  closePeriod,
  readActiveSheet,
  insertFormulaInActiveCell,
  readSelectedValues,
  readSettingsPeriod,
  readTableValues,
  renderPlan,
  writeNamedSettings,
  type WorkbookCallOptions,
  type WorkbookCallResult,
} from "../../render/office";
import { namedSettingsWrite } from "../settings/applySettings";
import type { HostResult, WorkbookHost } from "./WorkbookHost";

function toHost<T>(result: WorkbookCallResult<T>): HostResult<T> {
  if (result.ok) return result;
  const code = result.code === "noExcel" ? "notInExcel" : result.code;
  return { ok: false, code, detail: result.detail, count: result.count };
}

export function createOfficeHost(options: WorkbookCallOptions = {}): WorkbookHost {
  return {
    kind: "office",
    async buildPlan(plan, onProgress) {
      const result = await renderPlan(plan, { onProgress, run: options.run, isSetSupported: options.isSetSupported });
      if (!result.ok) return { ok: false, code: "failed", detail: [result.error, ...result.warnings].join(" ") };
      return {
        ok: true,
        value: {
          sheetNames: Object.fromEntries(result.sheetNames),
          identifiers: Object.fromEntries(result.identifiers),
          warnings: result.warnings,
        },
      };
    },
    readTeam: async (tableName = "tblPeople") => toHost(await readTableValues(tableName, options)),
    readScorecard: async (tableName = "tblScorecard") => toHost(await readTableValues(tableName, options)),
    readSelection: async () => toHost(await readSelectedValues(options)),
    insertFormula: async (formula) => toHost(await insertFormulaInActiveCell(formula, options)),
    activateSheet: async (name) => toHost(await activateWorksheet(name, options)),
    writeSettings: async (settings, names, lang) =>
      toHost(await writeNamedSettings(namedSettingsWrite(settings, names, lang), options)),
    async applyImport(request, onProgress) {
      const { reports, actuals, config, lang, inputsTable } = request;
      const result = await applyImport(
        { reports, actuals, period: config.period, lang, inputsTable },
        { onProgress, run: options.run, isSetSupported: options.isSetSupported },
      );
      if (!result.ok) {
        const code = result.code === "noExcel" ? "notInExcel" : result.code;
        return { ok: false, code, detail: [result.error, ...result.warnings].join(" ") };
      }
      const { sheetNames, dataRows, imported, kept, cleared, warnings } = result;
      return { ok: true, value: { sheetNames, dataRows, imported, kept, cleared, warnings } };
    },
    readActiveSheet: async () => toHost(await readActiveSheet(options)),
    readPeriod: async (settingsSheet) => toHost(await readSettingsPeriod(settingsSheet, options)),
    async closePeriod(identifiers, settingsSheet) {
      const result = await closePeriod({ tables: identifiers, settingsSheet }, { run: options.run });
      if (result.ok) {
        const { period, appended, cleared } = result;
        return { ok: true, value: { closed: true, period, appended, cleared } };
      }
      switch (result.code) {
        case "noPeriod":
        case "alreadyClosed":
        case "laterClosed":
          return { ok: true, value: { closed: false, reason: result.code, period: result.period } };
        case "noExcel":
          return { ok: false, code: "notInExcel" };
        default: {
          const restored = result.restored === false ? " (the workbook may be half-written)" : "";
          return { ok: false, code: result.code, detail: `${result.detail ?? ""}${restored}` };
        }
      }
    },
  };
}
