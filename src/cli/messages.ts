/**
 * What the kpi-scorecard command prints: usage and one-line errors. English only (a terminal tool;
 * the workbook itself is localized through src/i18n).
 */
import { LANGS, REGIONS, ROLES, type Lang } from "../core/types";
import { STAGES } from "../core/weightProfiles";

export const USAGE = `kpi-scorecard — KPI scorecards for cross-border teams as Excel workbooks (.xlsx)

Usage:
  kpi-scorecard demo     --out FILE.xlsx [--lang LANG]
  kpi-scorecard build    --config TEAM.json --out FILE.xlsx [--lang LANG] [--json]
                         [--data [MARKETPLACE=]PATH]... [--previous LAST.xlsx]
  kpi-scorecard template --region REGION --role ROLE[,ROLE...] --out FILE.xlsx [--lang LANG]
                         [--period YYYY-MM] [--stage STAGE]
  kpi-scorecard kpis     [--region REGION] [--role ROLE] [--lang LANG] [--json]
  kpi-scorecard import   [MARKETPLACE=]FILE... [--lang LANG] [--json]
  kpi-scorecard --help

Commands:
  demo       a sample US + MX team with every sheet (summary, scorecard, inputs, templates,
             phasing, calendar, KPI definitions, settings); prints each person's score,
             payout and bonus
  build      the workbook of a team config; --json prints the scores computed by the core
             instead of the table: {"people":[{"name","region","role","score","gatesPassed",
             "payout","bonus","kpis":[{"id","target","actual","weight","attainment",
             "missing","gate","passed"}]}]}; with --data, actuals come from the report
             files (a folder: every file in it; an "actual" in the config wins) and each KPI
             says its "source": "import" | "config" | null
  template   KPI templates of one region for one or more roles; with --period and --stage
             the weights of that month's promo event and the store stage (DESIGN §9)
  kpis       the KPI ids a config can use (name, unit, polarity, gate, platforms, roles)
             and the region, role and platform ids; --json for a machine-readable list
  import     reads the platforms' own exports as downloaded (Amazon business report, Sponsored
             Products report, All Orders, FBA returns, account health JSON; Mercado Libre
             ventas XLSX), recognised by their headers, and prints per file its kind,
             marketplace, rows, metric totals and warnings; a file that does not say its
             marketplace (business report, returns) takes a label: amazon_mx=br.csv;
             --json prints {"reports":[{"file","kind","marketplace","locale","rows",
             "totals","warnings"}]}

Options:
  --out FILE       where to write the .xlsx (folders are created; written only on success);
                   an existing file keeps its permissions, a symlink is written through;
                   - writes the workbook to stdout (the table then goes to stderr)
  --config FILE    team config (JSON): {"title","period","currency"?,"cap"?,"gateFailPayout"?,
                   "tiers"?:[{"min","payout"}],"salesIncludeTax"?,"refundsDeducted"?,
                   "people":[{"name","region","role","baseBonus"?,"platforms"?,"skus"?,
                   "campaigns"?,"stage"?,"kpis"?:[{"id","target"?,"actual"?,"weight"?,"cap"?}]}]}
                   a person without "kpis" gets the template of region x role, with the
                   gates of the "platforms" listed (default: every platform of the region)
  --data PATH      (build, repeatable) a report file or a folder of them, as for import;
                   label a file that does not say its marketplace: --data amazon_mx=br.csv
  --previous FILE  (build) last period's workbook, read only: its History is carried and
                   its results (cached values of tblScorecard and tblSummary) appended; adds
                   the Review sheet (change against that period, trend chart) and the History
                   sheet; a workbook of the same or a later period is refused
  --lang LANG      sheet language: ${LANGS.join(" | ")} (default zh-CN)
  --region REGION  ${REGIONS.join(" | ")}
  --role ROLES     comma-separated: ${ROLES.join(", ")}
  --period MONTH   (template) YYYY-MM: weights shift in an event month (Buen Fin, Hot Sale,
                   Prime Day, BF/CM); the note under the title says which and why
  --stage STAGE    (template) ${STAGES.join(" | ")} (default mature); people: "stage" in the config
  --json           (build) print the core's result as JSON on stdout; (kpis) the list as JSON;
                   (import) the reports as JSON
  -h, --help       this text

Exit codes: 0 done, 2 bad arguments or bad config (one line on stderr, no file written),
1 anything else (e.g. the file could not be written).
`;

export const PROGRAM = "kpi-scorecard";

export function errorLine(message: string): string {
  return `${PROGRAM}: ${message}\n`;
}

export const HINT = `run "${PROGRAM} --help" for usage`;

/** Words of the console output that src/i18n has no key for. */
export interface CliWords {
  id: string;
  name: string;
  unit: string;
  polarity: string;
  gate: string;
  platforms: string;
  roles: string;
  regions: string;
  yes: string;
  gatesFailed: string;
}

const CLI_WORDS: Readonly<Record<Lang, CliWords>> = {
  "en-US": {
    id: "KPI ID",
    name: "KPI",
    unit: "Unit",
    polarity: "Polarity",
    gate: "Gate",
    platforms: "Platforms",
    roles: "Roles",
    regions: "Regions",
    yes: "gate",
    gatesFailed: "FAIL",
  },
  "zh-CN": {
    id: "KPI 编号",
    name: "KPI",
    unit: "单位",
    polarity: "方向",
    gate: "门槛",
    platforms: "平台",
    roles: "岗位",
    regions: "区域",
    yes: "门槛",
    gatesFailed: "未通过",
  },
  "es-MX": {
    id: "ID de KPI",
    name: "KPI",
    unit: "Unidad",
    polarity: "Polaridad",
    gate: "Umbral",
    platforms: "Plataformas",
    roles: "Roles",
    regions: "Regiones",
    yes: "umbral",
    gatesFailed: "REPROBADO",
  },
};

export function cliWords(lang: Lang): CliWords {
  return CLI_WORDS[lang];
}

/** Words of `import`'s table (report kinds and metrics stay ids: they are the --json vocabulary). */
export interface ImportWords {
  kind: string;
  marketplace: string;
  locale: string;
  rows: string;
  sheet: string;
  metric: string;
  total: string;
  warnings: string;
  none: string;
  unlabelled: string;
}

const IMPORT_WORDS: Readonly<Record<Lang, ImportWords>> = {
  "en-US": {
    kind: "Kind",
    marketplace: "Marketplace",
    locale: "Header language",
    rows: "Rows",
    sheet: "Sheet",
    metric: "Metric",
    total: "Total",
    warnings: "Warnings",
    none: "none",
    unlabelled: "not in the file (label it: MARKETPLACE=FILE)",
  },
  "zh-CN": {
    kind: "报表类型",
    marketplace: "站点",
    locale: "表头语言",
    rows: "行数",
    sheet: "工作表",
    metric: "指标",
    total: "合计",
    warnings: "警告",
    none: "无",
    unlabelled: "文件中未注明（请标注：站点=文件）",
  },
  "es-MX": {
    kind: "Tipo",
    marketplace: "Marketplace",
    locale: "Idioma del encabezado",
    rows: "Filas",
    sheet: "Hoja",
    metric: "Métrica",
    total: "Total",
    warnings: "Advertencias",
    none: "ninguna",
    unlabelled: "no viene en el archivo (etiquételo: MARKETPLACE=ARCHIVO)",
  },
};

export function importWords(lang: Lang): ImportWords {
  return IMPORT_WORDS[lang];
}
