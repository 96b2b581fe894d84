/**
 * The Weights sheet (DESIGN §9): the weight profiles of the team's regions as an editable dated table
 * (tblWeightProfiles), a row per shift, with the event's dates in the workbook's year, the month or
 * stage the row applies to, the reason, the source and the checked date; and the texts that say which
 * profile made a template's weights and why (the template sheet's note line, the People sheet's column).
 *
 * The table is live: a template person's Inputs weight is a formula over it (`weightFormula`), so an
 * edited row's points or KPIs, moved event dates, or another period on the Settings sheet move the
 * weights. An event row applies in the month of its dates' midpoint (the month holding most of its
 * days, as core `eventMonth` decides, the earlier on a tie); a stage row to the people of that stage.
 * The formula can change the weight of a line the person has, not give them a line: a shift to a KPI
 * a person lacks lowers the from-line only, and the score, which divides by the weights' sum, rescales.
 */
import type { DatedPromo } from "../core/calendar";
import type { AppliedProfile } from "../core/templates";
import type { Lang, Region, Role } from "../core/types";
import {
  WEIGHT_PROFILES,
  eventMonth,
  profileEventDates,
  type ProfileTrigger,
  type Stage,
  type WeightProfile,
  type WeightShift,
  PROFILE_EVENT_NAMES,
} from "../core/weightProfiles";
import { ROLE_KEYS, translator, type MessageKey } from "../i18n/messages";
import { a1, excelDateSerial, range } from "./a1";
import { BAD, FMT_DATE, FMT_INTEGER, STYLE_LABEL, STYLE_NOTE, STYLE_PROMO, STYLE_TITLE, columnRange } from "./formats";
import { KPI_IDS_NAME } from "./kpisPlan";
import { NAMES } from "./settingsPlan";
import type { NamedRangePlan, PlanCell, SheetPlan, StyledRange } from "./types";

export const WEIGHTS_SHEET_KEY = "weights";
export const WEIGHTS_TABLE = "tblWeightProfiles";
/** Rows: 0 title, 1 note, 2 the period the table is read for, 3 header, 4.. a row per shift. */
export const WEIGHTS_HEADER_ROW = 3;
/** Row and column of the period cell: the Settings period as `YYYY-MM`, whatever Excel made of it. */
export const WEIGHTS_PERIOD_CELL = { row: 2, col: 1 } as const;
/** Rows below the table that the names still cover, for shifts a user adds. */
export const WEIGHTS_SPARE_ROWS = 50;

/** The workbook names the Inputs weight formulas read the table through. */
export const WEIGHT_NAMES = {
  period: "kpi_wp_period",
  key: "kpi_wp_key",
  region: "kpi_wp_region",
  role: "kpi_wp_role",
  from: "kpi_wp_from",
  to: "kpi_wp_to",
  points: "kpi_wp_points",
} as const;

export const WEIGHTS_COL = {
  appliesIn: 0,
  region: 1,
  role: 2,
  from: 3,
  to: 4,
  points: 5,
  start: 6,
  end: 7,
  key: 8,
  reason: 9,
  source: 10,
  checked: 11,
} as const;

const HEADERS: readonly MessageKey[] = [
  "col.appliesIn",
  "col.region",
  "col.role",
  "col.fromKpi",
  "col.toKpi",
  "col.points",
  "col.start",
  "col.end",
  "col.appliesKey",
  "col.reason",
  "col.source",
  "col.checked",
];

export const STAGE_KEYS: Readonly<Record<Stage, MessageKey>> = {
  launch: "stage.launch",
  growth: "stage.growth",
  mature: "stage.mature",
};

/** The sheet's word for a stage ("launch", "新店期", "lanzamiento"). */
export function stageWord(stage: Stage, lang: Lang): string {
  return translator(lang)(STAGE_KEYS[stage]);
}

function colon(lang: Lang): string {
  return lang === "zh-CN" ? "：" : ": ";
}

/** "El Buen Fin — event month" / "Store stage: launch", as the Applies-in column shows it. */
export function triggerText(trigger: ProfileTrigger, lang: Lang): string {
  const t = translator(lang);
  return trigger.kind === "event"
    ? `${PROFILE_EVENT_NAMES[trigger.event][lang]} — ${t("profile.eventMonth")}`
    : `${t("profile.stage")}${colon(lang)}${stageWord(trigger.stage, lang)}`;
}

/** "cvr −10 → buen_fin_stock_attainment +10, …" (KPI ids, as the KPI ID columns show them). */
export function movesText(moved: readonly WeightShift[]): string {
  return moved.map((m) => `${m.from} −${m.points} → ${m.to} +${m.points}`).join(", ");
}

/**
 * One applied profile and why: "El Buen Fin 2026-11-13 – 2026-11-16: cvr −10 → … — <reason>", or
 * "Store stage launch: roas −10 → ad_tests_launched +10 — <reason>".
 */
export function appliedProfileText(applied: AppliedProfile, lang: Lang): string {
  const t = translator(lang);
  const { profile, event } = applied;
  const head =
    event !== undefined
      ? `${event.name[lang]} ${event.start} – ${event.end}`
      : profile.trigger.kind === "stage"
        ? `${t("profile.stage")} ${stageWord(profile.trigger.stage, lang)}`
        : triggerText(profile.trigger, lang);
  // the reason's closing full stop is left out: more text follows it on the same line
  return `${head}${colon(lang)}${movesText(applied.moved)} — ${profile.reason[lang].replace(/[.。]$/, "")}`;
}

/** The profiles behind one person's or role's weights; `undefined` = the config's own KPIs. */
export function profilesText(applied: readonly AppliedProfile[] | undefined, lang: Lang): string {
  const t = translator(lang);
  if (applied === undefined) return t("profile.own");
  if (applied.length === 0) return t("profile.none");
  return applied.map((a) => appliedProfileText(a, lang)).join(" + ");
}

/** "Weights for 2026-11: " (or "Weights: " without a period) in the sheet's language. */
export function profileNotePrefix(period: string | undefined, lang: Lang): string {
  const t = translator(lang);
  return period === undefined ? t("profile.noteNoPeriod") : t("profile.noteFor").replace("{period}", period);
}

/** The template sheet's note line: per role, the profiles that made its weights and why. */
export function templateProfileNote(
  period: string | undefined,
  roles: readonly { roleName: string; applied: readonly AppliedProfile[] }[],
  lang: Lang,
): string {
  const parts = roles.map((r) => `${r.roleName}${colon(lang)}${profilesText(r.applied, lang)}`);
  // reasons hold commas and semicolons of their own: roles are set apart by a middle dot
  return `${profileNotePrefix(period, lang)}${parts.join(" · ")}`;
}

/**
 * The month an event row applies in, from its Start and End cells: the midpoint's month, as text
 * `YYYY-MM`. For a run of days over two months the midpoint lies in the month holding more of them,
 * and on a tie (an even split) the half-day midpoint falls on the earlier month's last day, as core
 * `eventMonth` rules. YEAR/MONTH, not TEXT: TEXT's format codes follow the reader's locale.
 */
function eventMonthFormula(row: number): string {
  const start = a1(row, WEIGHTS_COL.start);
  const end = a1(row, WEIGHTS_COL.end);
  const mid = `(${start}+${end})/2`;
  return `IF(COUNT(${start}:${end})=2,YEAR(${mid})&"-"&RIGHT("0"&MONTH(${mid}),2),"")`;
}

/** The Settings period as `YYYY-MM` text: typed into Excel, "2026-11" may have become a date. */
const PERIOD_KEY_FORMULA =
  `IF(ISNUMBER(${NAMES.period}),YEAR(${NAMES.period})&"-"&RIGHT("0"&MONTH(${NAMES.period}),2),` +
  `TRIM(${NAMES.period}))`;

/**
 * The names over the Weights sheet's columns (down to WEIGHTS_SPARE_ROWS past the table, for rows a
 * user adds) and its period cell, for the workbook's name list.
 */
export function weightNamedRanges(sheet: SheetPlan): (NamedRangePlan & { sheetKey: string })[] {
  const table = sheet.tables?.find((x) => x.name === WEIGHTS_TABLE);
  if (table === undefined) return [];
  const top = table.range.top + 1;
  const bottom = table.range.bottom + WEIGHTS_SPARE_ROWS;
  const column = (name: string, col: number) => ({ name, range: range(top, col, bottom, col), sheetKey: sheet.key });
  const { row, col } = WEIGHTS_PERIOD_CELL;
  return [
    { name: WEIGHT_NAMES.period, range: range(row, col, row, col), sheetKey: sheet.key },
    column(WEIGHT_NAMES.key, WEIGHTS_COL.key),
    column(WEIGHT_NAMES.region, WEIGHTS_COL.region),
    column(WEIGHT_NAMES.role, WEIGHTS_COL.role),
    column(WEIGHT_NAMES.from, WEIGHTS_COL.from),
    column(WEIGHT_NAMES.to, WEIGHTS_COL.to),
    column(WEIGHT_NAMES.points, WEIGHTS_COL.points),
  ];
}

/**
 * A template person's Inputs weight (row `row`, zero-based, of the Inputs sheet; region, role and KPI
 * id in the columns given; `stage` an expression for the person's stage word, read from tblPeople):
 * the template's weight before any profile, plus the points the Weights rows of this month and of the
 * person's stage move to the KPI, less those they move from it, never below 0. With the tables as
 * built, it is the weight the core gave the line.
 */
export function weightFormula(
  base: number,
  stage: string,
  row: number,
  cols: { region: number; role: number; kpiId: number },
): string {
  const region = `$${a1(row, cols.region)}`;
  const role = `$${a1(row, cols.role)}`;
  const kpi = `$${a1(row, cols.kpiId)}`;
  const n = WEIGHT_NAMES;
  return (
    `MAX(0,${base}+SUMPRODUCT((${n.region}=${region})*(${n.role}=${role})*((${n.key}=${n.period})+(${n.key}=${stage}))` +
    `*((${n.to}=${kpi})-(${n.from}=${kpi}))*${n.points}))`
  );
}

export interface WeightsSheetOptions {
  /** the team's period: the rows of its event month are highlighted */
  period?: string;
  profiles?: readonly WeightProfile[];
  promos?: readonly DatedPromo[];
}

/** The profiles of the regions, in table order, a row per shift, with the event's dates in `year`. */
export function planWeights(
  regions: readonly Region[],
  year: number,
  lang: Lang,
  options: WeightsSheetOptions = {},
): SheetPlan {
  const t = translator(lang);
  const headers = HEADERS.map((k) => t(k));
  const top = WEIGHTS_HEADER_ROW;
  const rows: PlanCell[][] = [headers];
  const styles: StyledRange[] = [
    { range: range(0, 0, 0, 0), style: STYLE_TITLE },
    { range: range(1, 0, 1, 0), style: STYLE_NOTE },
    { range: range(WEIGHTS_PERIOD_CELL.row, 0, WEIGHTS_PERIOD_CELL.row, 0), style: STYLE_LABEL },
  ];
  const roleWord = (role: Role) => t(ROLE_KEYS[role]);
  for (const p of options.profiles ?? WEIGHT_PROFILES) {
    if (!regions.includes(p.region)) continue;
    const dates =
      p.trigger.kind === "event" ? profileEventDates(p.trigger.event, p.region, year, options.promos) : undefined;
    const month = dates === undefined ? undefined : eventMonth(dates.start, dates.end);
    const inPeriod = month !== undefined && month === options.period;
    for (const s of p.shifts) {
      const row = top + rows.length;
      rows.push([
        triggerText(p.trigger, lang),
        p.region,
        roleWord(p.role),
        s.from,
        s.to,
        s.points,
        dates ? excelDateSerial(dates.start) : null,
        dates ? excelDateSerial(dates.end) : null,
        p.trigger.kind === "stage"
          ? stageWord(p.trigger.stage, lang)
          : { formula: eventMonthFormula(row), result: month ?? "" },
        p.reason[lang],
        p.source,
        p.checked,
      ]);
      if (inPeriod) styles.push({ range: range(row, 0, row, headers.length - 1), style: STYLE_PROMO });
    }
  }
  // A table needs at least one body row.
  if (rows.length === 1) rows.push(headers.map(() => null));
  const bottom = top + rows.length - 1;
  styles.push({ range: columnRange(top + 1, bottom, WEIGHTS_COL.reason), style: { wrap: true } });
  // centred: left-aligned text right after the right-aligned End date read as one "2026-11-162026-11"
  styles.push({ range: columnRange(top + 1, bottom, WEIGHTS_COL.key), style: { align: "center" } });
  return {
    key: WEIGHTS_SHEET_KEY,
    name: t("sheet.weights"),
    blocks: [
      {
        at: { row: 0, col: 0 },
        cells: [
          [t("label.weightsTitle")],
          [t("label.weightsNote")],
          [t("label.weightsPeriod"), { formula: PERIOD_KEY_FORMULA, result: options.period ?? "" }],
        ],
      },
      { at: { row: top, col: 0 }, cells: rows },
    ],
    tables: [
      {
        name: WEIGHTS_TABLE,
        range: range(top, 0, bottom, headers.length - 1),
        headers,
        style: "TableStyleLight9",
      },
    ],
    // a From or To KPI that is not a KPI ID of the catalog moves nothing: shown red, on added rows too
    // (matched exactly with SUMPRODUCT: COUNTIF would read * and ? in a typed id as patterns)
    conditionalFormats: [WEIGHTS_COL.from, WEIGHTS_COL.to].map((col) => {
      const first = a1(top + 1, col);
      return {
        range: columnRange(top + 1, bottom + WEIGHTS_SPARE_ROWS, col),
        rules: [
          { kind: "formula", formula: `AND(${first}<>"",SUMPRODUCT(--(${KPI_IDS_NAME}=${first}))=0)`, style: BAD },
        ],
      };
    }),
    numberFormats: [
      { range: columnRange(top + 1, bottom, WEIGHTS_COL.points), format: FMT_INTEGER },
      { range: range(top + 1, WEIGHTS_COL.start, bottom, WEIGHTS_COL.end), format: FMT_DATE },
    ],
    styles,
    columnWidths: { 0: 30, 1: 8, 2: 12, 3: 26, 4: 30, 5: 8, 6: 12, 7: 12, 8: 12, 9: 60, 10: 40, 11: 12 },
    freeze: { rows: top + 1, cols: 1 },
  };
}
