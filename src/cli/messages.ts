/**
 * What the kpi-scorecard command prints: usage and one-line errors. English only (a terminal tool;
 * the workbook itself is localized through src/i18n).
 */
import { LANGS, REGIONS, ROLES } from "../core/types";

export const USAGE = `kpi-scorecard — KPI scorecards for cross-border teams as Excel workbooks (.xlsx)

Usage:
  kpi-scorecard demo     --out FILE.xlsx [--lang LANG]
  kpi-scorecard build    --config TEAM.json --out FILE.xlsx [--lang LANG] [--json]
  kpi-scorecard template --region REGION --role ROLE[,ROLE...] --out FILE.xlsx [--lang LANG]
  kpi-scorecard --help

Commands:
  demo       a sample US + MX team with every sheet (summary, scorecard, inputs, templates,
             phasing, calendar, KPI definitions, settings); prints each person's score,
             payout and bonus
  build      the workbook of a team config; --json prints the scores computed by the core
             instead of the table: {"people":[{"name","region","role","score","gatesPassed",
             "payout","bonus","kpis":[{"id","target","actual","weight","attainment",
             "missing","gate","passed"}]}]}
  template   KPI templates of one region for one or more roles

Options:
  --out FILE       where to write the .xlsx (folders are created; written only on success)
  --config FILE    team config (JSON): {"title","period","currency"?,"cap"?,"gateFailPayout"?,
                   "tiers"?:[{"min","payout"}],"people":[{"name","region","role","baseBonus"?,
                   "platforms"?,"kpis"?:[{"id","target"?,"actual"?,"weight"?,"cap"?}]}]}
                   a person without "kpis" gets the template of region x role, with the
                   gates of the "platforms" listed (default: every platform of the region)
  --lang LANG      sheet language: ${LANGS.join(" | ")} (default zh-CN)
  --region REGION  ${REGIONS.join(" | ")}
  --role ROLES     comma-separated: ${ROLES.join(", ")}
  --json           (build) print the core's result as JSON on stdout
  -h, --help       this text

Exit codes: 0 done, 2 bad arguments or bad config (one line on stderr, no file written),
1 anything else (e.g. the file could not be written).
`;

export const PROGRAM = "kpi-scorecard";

export function errorLine(message: string): string {
  return `${PROGRAM}: ${message}\n`;
}

export const HINT = `run "${PROGRAM} --help" for usage`;
