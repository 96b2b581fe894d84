/**
 * A KPI template sheet for one region and some roles (core/templates): each KPI with its definition
 * (口径), formula text, unit, polarity, target and weight in the workbook's language, an input cell
 * for the actual and an attainment formula (DESIGN §3), plus a score per role beside the table.
 * A template is where a team lead tries targets and weights before they go into a scorecard.
 */
import { periodTemplatesFor } from "../core/templates";
import type { Stage } from "../core/weightProfiles";
import { getKpi } from "../core/catalog";
import { ROLE_INFO } from "../core/roles";
import { REGION_INFO } from "../core/regions";
import type { Lang, Platform, Region, Role } from "../core/types";
import { kpiFormulaText, translator, yesNo, type MessageKey } from "../i18n/messages";
import { a1, a1Abs, colLetter, range } from "./a1";
import {
  FMT_PERCENT,
  FMT_SCORE,
  FMT_WEIGHT,
  STYLE_INPUT,
  STYLE_LABEL,
  STYLE_NOTE,
  STYLE_TITLE,
  columnRange,
  formatRuns,
  trafficLightRules,
  unitFormat,
} from "./formats";
import { attainmentExpr, capExpr, polarityList, polarityWordsOrCodes, sheetPolarityWords } from "./formulas";
import { UNIT_KEYS } from "./kpisPlan";
import type { PlanCell, SheetPlan } from "./types";
import { templateProfileNote } from "./weightsPlan";

export function templateSheetKey(region: Region): string {
  return `template-${region}`;
}

export function templateTableName(region: Region): string {
  return `tblTemplate${region}`;
}

export const TEMPLATE_COL = {
  role: 0,
  kpiId: 1,
  kpi: 2,
  definition: 3,
  formula: 4,
  unit: 5,
  polarity: 6,
  gate: 7,
  target: 8,
  weight: 9,
  actual: 10,
  attainment: 11,
} as const;

/** Rows: 0 title, 1 note, 2 weight profile note (DESIGN §9), 3 header, 4.. KPI lines. */
export const TEMPLATE_HEADER_ROW = 3;

const HEADERS: readonly MessageKey[] = [
  "col.role",
  "col.kpiId",
  "col.kpi",
  "col.definition",
  "col.formula",
  "col.unit",
  "col.polarity",
  "col.gate",
  "col.target",
  "col.weight",
  "col.actual",
  "col.attainment",
];

/** The period and store stage a template is for (weight profiles, DESIGN §9); none: the plain weights. */
export interface TemplatePeriod {
  /** `YYYY-MM` (a quarter has no event month) */
  period?: string;
  /** default mature */
  stage?: Stage;
}

export function planTemplate(
  region: Region,
  roles: readonly Role[],
  lang: Lang,
  platforms?: readonly Platform[],
  when: TemplatePeriod = {},
): SheetPlan {
  const t = translator(lang);
  const headers = HEADERS.map((k) => t(k));
  const top = TEMPLATE_HEADER_ROW;
  const rows: PlanCell[][] = [headers];
  const valueFormats: string[] = [];
  const roleSpans: { role: Role; name: string }[] = [];
  const currency = REGION_INFO[region].currency;
  // the polarity cells show the sheet's word; a person may type the word or the code
  const words = sheetPolarityWords(lang);
  const is = polarityWordsOrCodes(words);
  const templates = periodTemplatesFor(region, roles, { ...when, platforms });
  const profiled: { roleName: string; applied: (typeof templates)[number]["applied"] }[] = [];
  for (const tpl of templates) {
    const roleName = ROLE_INFO[tpl.role].name[lang];
    roleSpans.push({ role: tpl.role, name: roleName });
    profiled.push({ roleName, applied: tpl.applied });
    for (const line of tpl.lines) {
      const def = getKpi(line.kpiId);
      if (def === undefined) continue;
      const row = top + rows.length; // zero-based sheet row of this line
      const n = row + 1;
      const c = (col: number) => `${colLetter(col)}${n}`;
      const cap = def.cap !== undefined ? capExpr(`${def.cap}`) : capExpr(null);
      rows.push([
        roleName,
        def.id,
        def.name[lang],
        def.definition[lang],
        kpiFormulaText(def.id, def.formula, lang),
        t(UNIT_KEYS[def.unit]),
        words[def.polarity],
        yesNo(lang, def.gate),
        line.target,
        line.weight,
        null,
        // blank until an actual is typed: a template of targets is not a page of red 0% attainments
        {
          formula: `IF(${c(TEMPLATE_COL.actual)}="","",${attainmentExpr(c(TEMPLATE_COL.polarity), c(TEMPLATE_COL.target), c(TEMPLATE_COL.actual), cap, is)})`,
          result: "",
        },
      ]);
      valueFormats.push(unitFormat(def.unit, currency));
    }
  }
  const nLines = rows.length - 1;
  const bottom = top + Math.max(nLines, 1);
  if (nLines === 0) rows.push(headers.map(() => null));

  // Score per role, beside the table: Σ weight × attainment ÷ Σ weight over that role's rows.
  const colRange = (col: number) => `${a1Abs(top + 1, col)}:${a1Abs(bottom, col)}`;
  const roleCol = colRange(TEMPLATE_COL.role);
  const weightCol = colRange(TEMPLATE_COL.weight);
  const attCol = colRange(TEMPLATE_COL.attainment);
  const scoreLeft = HEADERS.length + 1;
  const scoreRows: PlanCell[][] = [[t("col.role"), t("col.score")]];
  roleSpans.forEach(({ name }, i) => {
    const me = `(${roleCol}=${a1(top + 1 + i, scoreLeft)})`;
    const sumW = `SUMPRODUCT(${me}*${weightCol})`;
    // attainment as its own argument: SUMPRODUCT counts a blank ("") attainment as 0 where a product would fail
    scoreRows.push([name, { formula: `IF(${sumW}=0,0,SUMPRODUCT(${me}*${weightCol},${attCol})/${sumW})`, result: 0 }]);
  });

  const title = `${t("sheet.template")} — ${REGION_INFO[region].name[lang]} (${region}): ${roleSpans.map((r) => r.name).join(", ")}`;
  return {
    key: templateSheetKey(region),
    name: `${t("sheet.template")} ${region}`,
    blocks: [
      {
        at: { row: 0, col: 0 },
        cells: [[title], [t("label.templateNote")], [templateProfileNote(when.period, profiled, lang)]],
      },
      { at: { row: top, col: 0 }, cells: rows },
      { at: { row: top, col: scoreLeft }, cells: scoreRows },
    ],
    tables: [
      {
        name: templateTableName(region),
        range: range(top, 0, bottom, HEADERS.length - 1),
        headers,
        style: "TableStyleMedium2",
      },
    ],
    styles: [
      { range: range(0, 0, 0, 0), style: STYLE_TITLE },
      { range: range(1, 0, 2, 0), style: STYLE_NOTE },
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.actual), style: STYLE_INPUT },
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.target), style: STYLE_INPUT },
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.weight), style: STYLE_INPUT },
      { range: range(top + 1, TEMPLATE_COL.definition, bottom, TEMPLATE_COL.definition), style: { wrap: true } },
      { range: range(top, scoreLeft, top, scoreLeft + 1), style: STYLE_LABEL },
    ],
    numberFormats: [
      ...formatRuns(valueFormats, top + 1, TEMPLATE_COL.target, TEMPLATE_COL.target),
      ...formatRuns(valueFormats, top + 1, TEMPLATE_COL.actual, TEMPLATE_COL.actual),
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.weight), format: FMT_WEIGHT },
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.attainment), format: FMT_PERCENT },
      { range: columnRange(top + 1, top + roleSpans.length, scoreLeft + 1), format: FMT_SCORE },
    ],
    validations: [{ range: columnRange(top + 1, bottom, TEMPLATE_COL.polarity), list: polarityList(lang) }],
    conditionalFormats: [
      { range: columnRange(top + 1, bottom, TEMPLATE_COL.attainment), rules: trafficLightRules() },
      { range: columnRange(top + 1, top + Math.max(roleSpans.length, 1), scoreLeft + 1), rules: trafficLightRules() },
    ],
    columnWidths: {
      0: 16,
      1: 26,
      2: 32,
      3: 60,
      4: 32,
      5: 12,
      6: 9,
      7: 7,
      8: 14,
      9: 8,
      10: 14,
      11: 12,
      [scoreLeft]: 16,
      [scoreLeft + 1]: 10,
    },
    freeze: { rows: top + 1, cols: 3 },
  };
}
