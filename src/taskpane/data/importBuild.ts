/**
 * Outside Excel there is no workbook to patch: report import plans the team's workbook again with
 * the imports, exactly as `kpi-scorecard build --data` does (planTeamWorkbook with `imports`), and
 * the browser host downloads it. Loaded on demand with the planners.
 */
import { DATA_SHEET_KEY } from "../../plan/dataPlan";
import type { WorkbookPlan } from "../../plan/types";
import { planTeamWorkbook } from "../../plan/workbookPlan";
import type { ImportOutcome, ImportRequest } from "../hosts/WorkbookHost";
import { applySettingsToPlan } from "../settings/applySettings";

export function importPlan(
  request: ImportRequest,
  /** the title of the workbook last built here, so the download replaces that file */
  title?: string,
): { plan: WorkbookPlan; counts: Pick<ImportOutcome, "dataRows" | "imported" | "kept" | "cleared"> } {
  const config = title === undefined ? request.config : { ...request.config, title };
  const { plan, sources = [] } = planTeamWorkbook(config, request.lang, {
    imports: { reports: request.reports, actuals: request.actuals },
  });
  const all = sources.flat();
  const data = plan.sheets.find((s) => s.key === DATA_SHEET_KEY);
  return {
    plan: request.settings === undefined ? plan : applySettingsToPlan(plan, request.settings),
    counts: {
      dataRows: data === undefined ? 0 : data.blocks[1].cells.slice(1).filter((r) => r[0] !== null).length,
      imported: all.filter((s) => s === "import").length,
      kept: all.filter((s) => s === "config").length,
      cleared: 0,
    },
  };
}
