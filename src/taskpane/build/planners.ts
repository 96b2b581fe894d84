/**
 * The plans the views build, with the pane's settings applied. A chunk of its own, loaded when the
 * person first builds: the planners (and the sheet texts of src/i18n) are not needed to show a view.
 */
import type { Lang, Platform, Region, Role } from "../../core/types";
import { isKpiError } from "../../core/types";
import type { Stage } from "../../core/weightProfiles";
import { SHEET_KEYS } from "../../plan/scorecardPlan";
import { parseTeamConfig } from "../../plan/teamConfig";
import { templateSheetKey } from "../../plan/templatePlan";
import type { WorkbookPlan } from "../../plan/types";
import { planTemplateWorkbook, planWorkbook } from "../../plan/workbookPlan";
import type { PersonRow } from "../scorecard/teamRows";
import { teamConfigFor } from "../scorecard/teamRows";
import { applySettingsToPlan } from "../settings/applySettings";
import { toWorkbookSettings, type PaneSettings } from "../settings/settings";

export interface PlannedBuild {
  plan: WorkbookPlan;
  /** the plan key of the sheet to offer once built */
  focus: string;
}

export function templateBuild(
  region: Region,
  roles: readonly Role[],
  lang: Lang,
  settings: PaneSettings,
  platforms?: readonly Platform[],
  weights: { period?: string; stage?: Stage } = {},
): PlannedBuild {
  const plan = applySettingsToPlan(
    planTemplateWorkbook(region, roles, lang, { platforms, period: weights.period, stage: weights.stage }),
    toWorkbookSettings(settings),
  );
  return { plan, focus: templateSheetKey(region) };
}

/** The scorecard workbook, or the core validator's one-line message (`people[1].name: duplicate …`). */
export function teamBuild(
  title: string,
  period: string,
  people: readonly PersonRow[],
  lang: Lang,
  settings: PaneSettings,
): PlannedBuild | { problem: string } {
  const config = parseTeamConfig(teamConfigFor(title, period, people, settings));
  if (isKpiError(config)) return { problem: config.message };
  return {
    plan: applySettingsToPlan(planWorkbook(config, lang), toWorkbookSettings(settings)),
    focus: SHEET_KEYS.summary,
  };
}
