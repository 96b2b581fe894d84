/**
 * Assembles whole workbooks from the sheet planners: the team workbook (scorecard, summary, inputs,
 * templates, phasing, calendar, KPI definitions, settings) and the template-only workbook.
 */
import { REGION_INFO } from "../core/regions";
import { DEFAULT_RULES } from "../core/scoring";
import type { Lang, Platform, Region, Role } from "../core/types";
import { REGIONS } from "../core/types";
import { planCalendar } from "./calendarPlan";
import { kpiIdsNamedRange, planKpis } from "./kpisPlan";
import { layOutWorkbook } from "./layout";
import { planTeamPhasing, shareTargetFormulas } from "./annualTargetsPlan";
import { planScorecard } from "./scorecardPlan";
import { planSettings } from "./settingsPlan";
import { resolveTeam, scoreTeam, type MemberScore, type Team } from "./team";
import type { TeamConfig } from "./teamConfig";
import { planTemplate } from "./templatePlan";
import { DEFAULT_STAGE, type Stage } from "../core/weightProfiles";
import { planWeights, weightNamedRanges } from "./weightsPlan";
import type { WorkbookPlan } from "./types";
import type { ParsedReport } from "../import/types";
import type { PersonActuals } from "../import/actuals";
import { withImportedActuals, type ActualSourceKind } from "./dataPlan";
import { planHistory, type HistoryRow } from "./historyPlan";
import { planReview } from "./reviewPlan";

export interface WorkbookOptions {
  /** the year of the calendar, phasing and tax rates; default: the first 4-digit year in `period`, else `fallbackYear` */
  year?: number;
  /** used when neither `year` nor the period names one; default the current UTC year */
  fallbackYear?: number;
  /** template workbooks: the marketplaces sold on (gates of other platforms are left out); default all */
  platforms?: readonly Platform[];
  /** template workbooks: the period `YYYY-MM` and store stage whose weight profiles apply (DESIGN §9) */
  period?: string;
  stage?: Stage;
  /**
   * Team workbooks: report files imported (DESIGN §8) and the actuals computed from them
   * (actualsFromReports, one per person of the config): adds the Data and Imports sheets.
   */
  imports?: { reports: readonly ParsedReport[]; actuals: readonly PersonActuals[] };
  /**
   * Team workbooks (DESIGN §9): every row of tblHistory, the previous workbook's carried rows and its
   * results appended (src/cli/previous.ts): adds the Review and History sheets. `comparePeriod`: the
   * period the review compares with (default the history's latest).
   */
  history?: { rows: readonly HistoryRow[]; comparePeriod?: string };
}

/** "2025-11", "FY2026 Q1", "2025年11月" → 2025/2026; no year → undefined. */
export function yearOfPeriod(period: string): number | undefined {
  const m = /(?:^|\D)((?:19|20|21)\d\d)(?!\d)/.exec(period);
  return m ? Number(m[1]) : undefined;
}

function regionsOf(team: Team): Region[] {
  return REGIONS.filter((r) => team.people.some((p) => p.region === r));
}

/** The template sheet's stage: the one every person of the region shares, else mature (the plain weights). */
function stageIn(team: Team, region: Region): Stage {
  const stages = new Set(team.people.filter((p) => p.region === region).map((p) => p.stage ?? DEFAULT_STAGE));
  return stages.size === 1 ? [...stages][0] : DEFAULT_STAGE;
}

function rolesIn(team: Team, region: Region): Role[] {
  const roles: Role[] = [];
  for (const p of team.people) if (p.region === region && !roles.includes(p.role)) roles.push(p.role);
  return roles;
}

export interface PlannedWorkbook {
  plan: WorkbookPlan;
  team: Team;
  scores: MemberScore[];
  /** with `imports`: per person and line, where the actual came from */
  sources?: ActualSourceKind[][];
}

/** The team workbook of a validated config, with the team and core scores it was planned from. */
export function planTeamWorkbook(config: TeamConfig, lang: Lang, options: WorkbookOptions = {}): PlannedWorkbook {
  const resolved = resolveTeam(config, options.year);
  const imported =
    options.imports === undefined
      ? undefined
      : withImportedActuals(resolved, options.imports.reports, options.imports.actuals, lang);
  const team = imported?.team ?? resolved;
  const scores = scoreTeam(team);
  const year = options.year ?? yearOfPeriod(team.period) ?? options.fallbackYear ?? new Date().getUTCFullYear();
  const regions = regionsOf(team);
  const sc = planScorecard(team, scores, lang, {
    ...(imported ? { actualFormulas: imported.formulas } : {}),
    targetFormulas: shareTargetFormulas(team),
  });
  const settings = planSettings(
    {
      title: team.title,
      period: team.period,
      currency: team.currency,
      rules: team.rules,
      regions,
      year,
      salesIncludeTax: config.salesIncludeTax,
      refundsDeducted: config.refundsDeducted,
    },
    lang,
  );
  const history = options.history;
  const weights = planWeights(regions, year, lang, { period: team.period });
  const kpis = planKpis(lang);
  const plan: WorkbookPlan = layOutWorkbook({
    title: team.title,
    lang,
    sheets: [
      sc.summary,
      ...(history
        ? [
            planReview({
              team,
              scores,
              history: history.rows,
              ...(history.comparePeriod === undefined ? {} : { comparePeriod: history.comparePeriod }),
              lang,
            }),
          ]
        : []),
      sc.scorecard,
      sc.inputs,
      sc.people,
      ...(history ? [planHistory(history.rows, team.currency, lang)] : []),
      ...(imported ? [imported.sheets.data, imported.sheets.imports] : []),
      ...regions.map((r) =>
        planTemplate(r, rolesIn(team, r), lang, undefined, { period: team.period, stage: stageIn(team, r) }),
      ),
      weights,
      ...planTeamPhasing(team, regions, year, lang),
      planCalendar(regions, year, lang),
      kpis,
      settings.sheet,
    ],
    namedRanges: [...settings.namedRanges, ...weightNamedRanges(weights), kpiIdsNamedRange(kpis)],
  });
  return imported ? { plan, team, scores, sources: imported.sources } : { plan, team, scores };
}

/** planTeamWorkbook without the by-products: the WorkbookPlan of a validated config. */
export function planWorkbook(config: TeamConfig, lang: Lang, options: WorkbookOptions = {}): WorkbookPlan {
  return planTeamWorkbook(config, lang, options).plan;
}

/** A workbook with one region's KPI templates for some roles, the KPI definitions and the settings they use. */
export function planTemplateWorkbook(
  region: Region,
  roles: readonly Role[],
  lang: Lang,
  options: WorkbookOptions = {},
): WorkbookPlan {
  const fromPeriod = options.period === undefined ? undefined : yearOfPeriod(options.period);
  const year = options.year ?? fromPeriod ?? options.fallbackYear ?? new Date().getUTCFullYear();
  const template = planTemplate(region, roles, lang, options.platforms, {
    period: options.period,
    stage: options.stage,
  });
  const title = String(template.blocks[0].cells[0][0]);
  const settings = planSettings(
    {
      title,
      period: options.period ?? String(year),
      currency: REGION_INFO[region].currency,
      rules: DEFAULT_RULES,
      regions: [region],
      year,
    },
    lang,
  );
  return layOutWorkbook({
    title,
    lang,
    sheets: [template, planKpis(lang), settings.sheet],
    namedRanges: settings.namedRanges,
  });
}
