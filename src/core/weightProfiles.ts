/**
 * Weight profiles (DESIGN §9): dated, editable shifts of template weights per region × role for an
 * event month (Buen Fin and Hot Sale in MX, Prime Day and Black Friday–Cyber Monday in the US) or a
 * store stage (`launch | growth | mature`). Data, not code: each row says what moves, why, where the
 * reasoning comes from and when it was last checked.
 *
 * A shift moves whole points from one KPI to another, so a template's weights still add up to exactly
 * what they did (100); templates.ts applies the shifts. The event dates come from the promo calendar
 * (calendar.ts, promoTable.ts), never from this file: when Amazon announces next year's Prime Day,
 * the promo table's new row moves the profile with it.
 */
import { SOURCES_CHECKED } from "./catalog/common";
import { getKpi } from "./catalog";
import { DATED_PROMOS, eventsFor, isIsoDate, type DatedPromo } from "./calendar";
import { PROMO_NAMES } from "./promoTable";
import { KpiError, REGIONS, ROLES, isKpiError, type Localized, type Region, type Role } from "./types";

/** A store's stage (person field `stage`); `mature` is the plain template. */
export type Stage = "launch" | "growth" | "mature";
export const STAGES: readonly Stage[] = ["launch", "growth", "mature"];
export const DEFAULT_STAGE: Stage = "mature";

/** The promo events a profile can follow; their dates come from the calendar. */
export type ProfileEvent = "buen_fin" | "hot_sale" | "prime_day" | "bfcm";
export const PROFILE_EVENTS: readonly ProfileEvent[] = ["buen_fin", "hot_sale", "prime_day", "bfcm"];

export const PROFILE_EVENT_NAMES: Readonly<Record<ProfileEvent, Localized>> = {
  buen_fin: PROMO_NAMES.buen_fin,
  hot_sale: PROMO_NAMES.hot_sale,
  prime_day: PROMO_NAMES.prime_day,
  bfcm: {
    "zh-CN": "黑五网一（黑色星期五至网络星期一）",
    "en-US": "Black Friday–Cyber Monday",
    "es-MX": "Black Friday–Cyber Monday",
  },
};

/** What makes a profile apply: the month of an event, or a store stage other than mature. */
export type ProfileTrigger = { kind: "event"; event: ProfileEvent } | { kind: "stage"; stage: Stage };

/** `points` whole weight points move from KPI `from` to KPI `to`. */
export interface WeightShift {
  from: string;
  to: string;
  points: number;
}

export interface WeightProfile {
  trigger: ProfileTrigger;
  region: Region;
  role: Role;
  shifts: readonly WeightShift[];
  /** why the weights move, in the three languages */
  reason: Localized;
  /** where the reasoning comes from, human-readable */
  source: string;
  /** ISO date the row was last checked */
  checked: string;
}

/** An event's dates in one year, as the calendar gives them. */
export interface ProfileEventDates {
  event: ProfileEvent;
  name: Localized;
  /** ISO yyyy-mm-dd, inclusive */
  start: string;
  end: string;
  /** the calendar's source for the dates */
  source: string;
}

/** A profile chosen for a period and stage; `event` holds the dates when an event month chose it. */
export interface ActiveProfile {
  profile: WeightProfile;
  event?: ProfileEventDates;
}

const SRC_EVENT =
  "DESIGN §9 (seed: “Buen Fin 期间 KPI 应侧重备货达成率而非日常转化”); event dates from the promo calendar (calendar.ts, promoTable.ts)";
const SRC_STAGE = "DESIGN §9 (seed: process KPIs beside results, “只考核结果不考核过程”); team practice, review yearly";

const ADS_EVENT_REASON: Localized = {
  "zh-CN": "大促期间竞价上调，ACoS 短期升高属预期；侧重按计划执行大促预算。",
  "en-US":
    "Bids go up during the event, so a higher ACoS is expected for the month; weigh spending the event budget as planned instead.",
  "es-MX":
    "Durante el evento las pujas suben y un ACoS más alto es de esperarse en el mes; pesa más ejercer el presupuesto del evento según el plan.",
};
const ADS_EVENT_SHIFTS: readonly WeightShift[] = [{ from: "acos", to: "ad_budget_utilization", points: 5 }];

/** US Prime Day and BF/CM share their shifts: both are a stock-up against an FBA/WFS inbound cut-off. */
const US_PEAK_WAREHOUSE_SHIFTS: readonly WeightShift[] = [
  { from: "turnover_days", to: "peak_stock_attainment", points: 5 },
  { from: "inventory_accuracy", to: "peak_stock_attainment", points: 5 },
];
const US_PEAK_OPS_SHIFTS: readonly WeightShift[] = [{ from: "cvr", to: "peak_stock_attainment", points: 5 }];

function usPeakWarehouseReason(zh: string, en: string, es: string): Localized {
  return {
    "zh-CN": `${zh}月：KPI 侧重在 FBA/WFS 入仓截止日前备货到位；为大促主动备货，周转天数短期上升属预期，盘点准确率让出 5 分。`,
    "en-US": `${en} month: weigh having stock sellable at FBA/WFS by the inbound cut-off; turnover days rise on purpose while stock is built, and the cycle count gives up 5 points.`,
    "es-MX": `Mes de ${es}: pesa más tener el inventario disponible en FBA/WFS al corte de recepción; los días de inventario suben a propósito mientras se abastece, y la exactitud de inventario cede 5 puntos.`,
  };
}

function usPeakOpsReason(zh: string, en: string, es: string): Localized {
  return {
    "zh-CN": `${zh}期间转化率随秒杀和折扣大幅波动；运营侧重大促备货按计划到位。`,
    "en-US": `Conversion swings with the ${en} deals; ops weighs the event's stock-up arriving as planned.`,
    "es-MX": `La conversión oscila con las ofertas de ${es}; operaciones pesa más que el abasto del evento llegue según el plan.`,
  };
}

function event(e: ProfileEvent): ProfileTrigger {
  return { kind: "event", event: e };
}

function stage(s: Stage): ProfileTrigger {
  return { kind: "stage", stage: s };
}

const ROWS: WeightProfile[] = [
  // ---------- MX: El Buen Fin (November) ----------
  {
    trigger: event("buen_fin"),
    region: "MX",
    role: "warehouse",
    shifts: [
      { from: "turnover_days", to: "buen_fin_stock_attainment", points: 5 },
      { from: "inventory_accuracy", to: "buen_fin_stock_attainment", points: 5 },
    ],
    reason: {
      "zh-CN":
        "Buen Fin 月：KPI 侧重备货达成率而非日常指标；为大促主动备货，周转天数短期上升属预期，盘点准确率让出 5 分。",
      "en-US":
        "Buen Fin month: weigh stock-up attainment over the everyday measures; turnover days rise on purpose while stock is built, and the cycle count gives up 5 points.",
      "es-MX":
        "Mes de El Buen Fin: pesa más el cumplimiento de abasto que los indicadores del día a día; los días de inventario suben a propósito mientras se abastece, y la exactitud de inventario cede 5 puntos.",
    },
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("buen_fin"),
    region: "MX",
    role: "ops",
    shifts: [{ from: "cvr", to: "buen_fin_stock_attainment", points: 10 }],
    reason: {
      "zh-CN":
        "Buen Fin 期间 KPI 应侧重备货达成率而非日常转化：转化率随折扣大幅波动，运营能把握的是活动商品按计划备货到位。",
      "en-US":
        "During Buen Fin KPIs should stress stock-up attainment rather than everyday conversion: conversion swings with the discounts, and what ops controls is having the event's products stocked as planned.",
      "es-MX":
        "Durante El Buen Fin los KPI deben centrarse en el cumplimiento de abasto y no en la conversión diaria: la conversión oscila con los descuentos, y lo que operaciones controla es tener abastecidos los productos del evento según el plan.",
    },
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("buen_fin"),
    region: "MX",
    role: "ads",
    shifts: ADS_EVENT_SHIFTS,
    reason: ADS_EVENT_REASON,
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  // ---------- MX: Hot Sale (late May, announced by AMVO) ----------
  {
    trigger: event("hot_sale"),
    region: "MX",
    role: "warehouse",
    shifts: [{ from: "turnover_days", to: "in_stock_rate", points: 5 }],
    reason: {
      "zh-CN": "Hot Sale 月：为九天大促提前备货，周转天数短期上升属预期；侧重活动期间不断货。",
      "en-US":
        "Hot Sale month: stock is built ahead of the nine-day event, so turnover days rise on purpose; weigh staying in stock through the event.",
      "es-MX":
        "Mes de Hot Sale: el inventario se arma antes de los nueve días del evento, así que los días de inventario suben a propósito; pesa más no quedarse sin existencias durante el evento.",
    },
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("hot_sale"),
    region: "MX",
    role: "ops",
    shifts: [{ from: "cvr", to: "listing_update_rate", points: 5 }],
    reason: {
      "zh-CN": "Hot Sale 期间转化率随折扣波动；侧重活动 Listing（价格、标题、图片）按计划上线。",
      "en-US":
        "Conversion swings with the Hot Sale discounts; weigh getting the event's listings (price, title, images) live as planned.",
      "es-MX":
        "La conversión oscila con los descuentos de Hot Sale; pesa más tener las publicaciones del evento (precio, título, imágenes) listas según el plan.",
    },
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("hot_sale"),
    region: "MX",
    role: "ads",
    shifts: ADS_EVENT_SHIFTS,
    reason: ADS_EVENT_REASON,
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  // ---------- US: Prime Day (announced by Amazon) ----------
  {
    trigger: event("prime_day"),
    region: "US",
    role: "warehouse",
    shifts: US_PEAK_WAREHOUSE_SHIFTS,
    reason: usPeakWarehouseReason("Prime Day ", "Prime Day", "Prime Day"),
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("prime_day"),
    region: "US",
    role: "ops",
    shifts: US_PEAK_OPS_SHIFTS,
    reason: usPeakOpsReason("Prime Day ", "Prime Day", "Prime Day"),
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("prime_day"),
    region: "US",
    role: "ads",
    shifts: ADS_EVENT_SHIFTS,
    reason: ADS_EVENT_REASON,
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  // ---------- US: Black Friday–Cyber Monday (November) ----------
  {
    trigger: event("bfcm"),
    region: "US",
    role: "warehouse",
    shifts: US_PEAK_WAREHOUSE_SHIFTS,
    reason: usPeakWarehouseReason("黑五网一", "Black Friday–Cyber Monday", "Black Friday–Cyber Monday"),
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("bfcm"),
    region: "US",
    role: "ops",
    shifts: US_PEAK_OPS_SHIFTS,
    reason: usPeakOpsReason("黑五网一", "Black Friday–Cyber Monday", "Black Friday–Cyber Monday"),
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  {
    trigger: event("bfcm"),
    region: "US",
    role: "ads",
    shifts: ADS_EVENT_SHIFTS,
    reason: ADS_EVENT_REASON,
    source: SRC_EVENT,
    checked: SOURCES_CHECKED,
  },
  // ---------- store stages (both regions) ----------
  ...REGIONS.flatMap((region): WeightProfile[] => [
    {
      trigger: stage("launch"),
      region,
      role: "ops",
      shifts: [
        { from: "gmv", to: "new_asin_launches", points: 10 },
        // growth against a last year the store did not have measures nothing: all of it moves
        { from: "gmv_growth", to: "review_rating", points: 10 },
      ],
      reason: {
        "zh-CN": "新店期：GMV 基数小、去年无同期可比，少看结果、多看过程：新品上线数和商品评价。",
        "en-US":
          "Launch: GMV is small and there is no last year to grow from, so results weigh less and the process more: listings live and product reviews.",
        "es-MX":
          "Lanzamiento: el GMV es pequeño y no hay año anterior contra el cual crecer; pesan menos los resultados y más el proceso: publicaciones activas y reseñas de productos.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("growth"),
      region,
      role: "ops",
      shifts: [{ from: "gmv", to: "new_asin_launches", points: 5 }],
      reason: {
        "zh-CN": "成长期：商品线仍在扩充，新品上线数保留 5 分。",
        "en-US": "Growth: the catalogue is still being built out, so new listings keep 5 points.",
        "es-MX": "Crecimiento: el catálogo aún se está ampliando, así que las publicaciones nuevas conservan 5 puntos.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("launch"),
      region,
      role: "ads",
      shifts: [{ from: "roas", to: "ad_tests_launched", points: 10 }],
      reason: {
        "zh-CN": "新店期：没有历史数据，ROAS 尚不稳定；多看广告测试（关键词、定向、素材）的上线数量。",
        "en-US":
          "Launch: with no history ROAS is not yet stable; weigh the ad tests (keywords, targeting, creative) that find what works.",
        "es-MX":
          "Lanzamiento: sin historial el ROAS aún no es estable; pesan más las pruebas publicitarias (palabras clave, segmentación, creatividad) que encuentran lo que funciona.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("growth"),
      region,
      role: "ads",
      shifts: [{ from: "roas", to: "ad_tests_launched", points: 5 }],
      reason: {
        "zh-CN": "成长期：仍在扩大投放范围，广告测试多保留 5 分。",
        "en-US": "Growth: advertising is still widening its reach, so ad tests keep 5 more points.",
        "es-MX": "Crecimiento: la publicidad aún amplía su alcance, así que las pruebas conservan 5 puntos más.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("launch"),
      region,
      role: "cs",
      shifts: [{ from: "refund_rate", to: "negative_review_response_hours", points: 5 }],
      reason: {
        "zh-CN": "新店期：评价少，每条差评对星级影响大；侧重尽快回应 1–2 星评价。",
        "en-US":
          "Launch: with few reviews each bad one moves the star rating a lot; weigh answering 1–2 star reviews fast.",
        "es-MX":
          "Lanzamiento: con pocas reseñas cada una negativa mueve mucho la calificación; pesa más responder rápido a las reseñas de 1 a 2 estrellas.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("launch"),
      region,
      role: "manager",
      shifts: [{ from: "gmv", to: "new_asin_launches", points: 10 }],
      reason: {
        "zh-CN": "新店期：GMV 基数小，少看结果；多看新品上线进度。",
        "en-US": "Launch: GMV is small, so the result weighs less and getting listings live more.",
        "es-MX": "Lanzamiento: el GMV es pequeño; pesa menos el resultado y más tener las publicaciones activas.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
    {
      trigger: stage("growth"),
      region,
      role: "manager",
      shifts: [{ from: "gmv", to: "new_asin_launches", points: 5 }],
      reason: {
        "zh-CN": "成长期：商品线仍在扩充，新品上线数保留 5 分。",
        "en-US": "Growth: the catalogue is still being built out, so new listings keep 5 points.",
        "es-MX": "Crecimiento: el catálogo aún se está ampliando, así que las publicaciones nuevas conservan 5 puntos.",
      },
      source: SRC_STAGE,
      checked: SOURCES_CHECKED,
    },
  ]),
];

/** Frozen: edit the rows above, or pass your own table to `activeProfiles` / `templateForPeriod`. */
export const WEIGHT_PROFILES: readonly WeightProfile[] = Object.freeze(ROWS.map((row) => Object.freeze(row)));

/** "launch" | "growth" | "mature" */
export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

const PERIOD_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A `YYYY-MM` period as [year, month]; a quarter or anything else → undefined (no event month). */
export function periodMonth(period: string | undefined): [number, number] | undefined {
  const m = period === undefined ? null : PERIOD_MONTH.exec(period);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The `YYYY-MM` an event counts for: the month holding most of its days, the earlier month on a tie.
 * Hot Sale 2026 (25 May – 2 June) is a May event (7 days to 2); BF/CM 2025 (28 Nov – 1 Dec) a November one.
 */
export function eventMonth(start: string, end: string): string {
  const counts = new Map<string, number>();
  const last = Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, Number(end.slice(8, 10)));
  let ms = Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  for (; ms <= last; ms += 86_400_000) {
    const key = new Date(ms).toISOString().slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = start.slice(0, 7);
  let bestDays = 0;
  // Map keeps insertion order (earliest month first), so a tie keeps the earlier month.
  for (const [key, days] of counts) {
    if (days > bestDays) {
      best = key;
      bestDays = days;
    }
  }
  return best;
}

/**
 * An event's dates in a region and year from the calendar: Buen Fin (rule or table row), Hot Sale and
 * Prime Day (table rows), BF/CM from Black Friday to Cyber Monday. Undefined when the calendar has no
 * such event there that year (e.g. a Prime Day not announced yet).
 */
export function profileEventDates(
  e: ProfileEvent,
  region: Region,
  year: number,
  promos: readonly DatedPromo[] = DATED_PROMOS,
): ProfileEventDates | undefined {
  const events = eventsFor(region, year, promos);
  if (isKpiError(events)) return undefined;
  const name = PROFILE_EVENT_NAMES[e];
  if (e === "bfcm") {
    const bf = events.find((x) => x.id === "black_friday");
    const cm = events.find((x) => x.id === "cyber_monday");
    if (bf === undefined || cm === undefined) return undefined;
    return { event: e, name, start: bf.start, end: cm.end, source: `${bf.source}; ${cm.source}` };
  }
  const found = events.find((x) => x.id === e);
  return found ? { event: e, name, start: found.start, end: found.end, source: found.source } : undefined;
}

export interface ProfileQuery {
  /** `YYYY-MM`; absent or a quarter: no event profile */
  period?: string;
  /** default `mature` (no stage profile) */
  stage?: Stage;
  profiles?: readonly WeightProfile[];
  promos?: readonly DatedPromo[];
}

function sameTrigger(a: ProfileTrigger, b: ProfileTrigger): boolean {
  return a.kind === "event" && b.kind === "event"
    ? a.event === b.event
    : a.kind === "stage" && b.kind === "stage" && a.stage === b.stage;
}

/** The last row for a trigger, region and role (a later row wins, like an edit). */
function rowFor(
  table: readonly WeightProfile[],
  trigger: ProfileTrigger,
  region: Region,
  role: Role,
): WeightProfile | undefined {
  let found: WeightProfile | undefined;
  for (const row of table)
    if (row.region === region && row.role === role && sameTrigger(row.trigger, trigger)) found = row;
  return found;
}

/**
 * The profiles that apply to region × role in a period and stage, in the order they are applied:
 * at most one event profile (the event of that month that starts first, should an edited calendar
 * put two in one month), then the stage's. An event counts for the month holding most of its days.
 */
export function activeProfiles(region: Region, role: Role, query: ProfileQuery = {}): ActiveProfile[] {
  const table = query.profiles ?? WEIGHT_PROFILES;
  const out: ActiveProfile[] = [];
  const ym = periodMonth(query.period);
  if (ym !== undefined) {
    const [year, month] = ym;
    const wanted = `${year}-${String(month).padStart(2, "0")}`;
    let best: ActiveProfile | undefined;
    for (const e of PROFILE_EVENTS) {
      const profile = rowFor(table, event(e), region, role);
      if (profile === undefined) continue;
      // an event that starts late in December may count for January
      for (const y of [year - 1, year]) {
        const dates = profileEventDates(e, region, y, query.promos);
        if (dates === undefined || eventMonth(dates.start, dates.end) !== wanted) continue;
        if (best?.event === undefined || dates.start < best.event.start) best = { profile, event: dates };
      }
    }
    if (best !== undefined) out.push(best);
  }
  const s = query.stage ?? DEFAULT_STAGE;
  if (s !== DEFAULT_STAGE) {
    const profile = rowFor(table, stage(s), region, role);
    if (profile !== undefined) out.push({ profile });
  }
  return out;
}

/**
 * Checks an (edited) profile table: region, role and trigger known; at least one shift, each between
 * two different weighted catalog KPIs with a default target in the region, whole points 1..100; a
 * reason in the three languages, a source and a checked date. The first problem as a "value" error
 * naming the row, or null.
 */
export function validateWeightProfiles(table: readonly WeightProfile[]): KpiError | null {
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    const where = `weight profile row ${i + 1}`;
    if (!REGIONS.includes(row.region)) return new KpiError("value", `${where}: region must be US or MX`);
    if (!ROLES.includes(row.role)) return new KpiError("value", `${where}: unknown role`);
    const t = row.trigger;
    const knownTrigger =
      t.kind === "event"
        ? PROFILE_EVENTS.includes(t.event)
        : t.kind === "stage" && t.stage !== DEFAULT_STAGE && isStage(t.stage);
    if (!knownTrigger) return new KpiError("value", `${where}: trigger must be an event or the stage launch or growth`);
    if (row.shifts.length === 0) return new KpiError("value", `${where}: no shifts`);
    for (const s of row.shifts) {
      for (const id of [s.from, s.to]) {
        const kpi = getKpi(id);
        if (kpi === undefined || kpi.gate) return new KpiError("value", `${where}: "${id}" is not a weighted KPI`);
        if (kpi.defaultTarget[row.region] === undefined) {
          return new KpiError("value", `${where}: "${id}" has no target in ${row.region}`);
        }
      }
      if (s.from === s.to) return new KpiError("value", `${where}: a shift moves points from "${s.from}" to itself`);
      if (!Number.isInteger(s.points) || s.points < 1 || s.points > 100) {
        return new KpiError("value", `${where}: points must be a whole number from 1 to 100`);
      }
    }
    if (
      !(["zh-CN", "en-US", "es-MX"] as const).every((l) => typeof row.reason[l] === "string" && row.reason[l] !== "")
    ) {
      return new KpiError("value", `${where}: reason needs zh-CN, en-US and es-MX`);
    }
    if (row.source.trim() === "") return new KpiError("value", `${where}: source is empty`);
    if (!isIsoDate(row.checked)) return new KpiError("value", `${where}: checked must be a yyyy-mm-dd date`);
  }
  return null;
}
