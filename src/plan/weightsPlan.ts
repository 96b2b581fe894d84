/**
 * The Weights sheet (DESIGN §9): the weight profiles of the team's regions as an editable dated table
 * (tblWeightProfiles), a row per shift, with the event's dates in the workbook's year, the reason, the
 * source and the checked date; and the texts that say which profile made a template's weights and why
 * (the template sheet's note line, the People sheet's column).
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
import { excelDateSerial, range } from "./a1";
import { FMT_DATE, FMT_INTEGER, STYLE_NOTE, STYLE_PROMO, STYLE_TITLE, columnRange } from "./formats";
import type { PlanCell, SheetPlan, StyledRange } from "./types";

export const WEIGHTS_SHEET_KEY = "weights";
export const WEIGHTS_TABLE = "tblWeightProfiles";
/** Rows: 0 title, 1 note, 3 header, 4.. a row per shift. */
export const WEIGHTS_HEADER_ROW = 3;

export const WEIGHTS_COL = {
  appliesIn: 0,
  region: 1,
  role: 2,
  from: 3,
  to: 4,
  points: 5,
  start: 6,
  end: 7,
  reason: 8,
  source: 9,
  checked: 10,
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
  ];
  const roleWord = (role: Role) => t(ROLE_KEYS[role]);
  for (const p of options.profiles ?? WEIGHT_PROFILES) {
    if (!regions.includes(p.region)) continue;
    const dates =
      p.trigger.kind === "event" ? profileEventDates(p.trigger.event, p.region, year, options.promos) : undefined;
    const inPeriod = dates !== undefined && eventMonth(dates.start, dates.end) === options.period;
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
  return {
    key: WEIGHTS_SHEET_KEY,
    name: t("sheet.weights"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: [[t("label.weightsTitle")], [t("label.weightsNote")]] },
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
    numberFormats: [
      { range: columnRange(top + 1, bottom, WEIGHTS_COL.points), format: FMT_INTEGER },
      { range: range(top + 1, WEIGHTS_COL.start, bottom, WEIGHTS_COL.end), format: FMT_DATE },
    ],
    styles,
    columnWidths: { 0: 30, 1: 8, 2: 12, 3: 26, 4: 30, 5: 8, 6: 12, 7: 12, 8: 60, 9: 40, 10: 12 },
    freeze: { rows: top + 1, cols: 1 },
  };
}
