/**
 * Promo events and statutory dates per region and year (DESIGN §2): rules where the date follows a
 * rule, the dated table in `promoTable.ts` where it is announced each year.
 *
 * Dates are ISO strings "yyyy-mm-dd" (inclusive ranges): they compare correctly as strings, survive
 * JSON and sheets, and carry no time zone. Arithmetic uses UTC Date values only, so the host's time
 * zone and daylight saving never shift a day.
 *
 * The rules are today's rules applied to every year from 1900 to 2199; they do not model history
 * (before 2006 Mexico's Feb/Mar/Nov holidays fell on fixed dates, the federal transfer of power was on
 * 1 December until 2018, Buen Fin exists since 2011, Prime Day since 2015). The MX election-day rest
 * day (LFT art. 74 fr. IX) depends on electoral law and is not generated.
 */
import { DATED_PROMOS, PROMO_NAMES, type DatedPromo } from "./promoTable";
import { ERR_NOT_FINITE } from "./metrics";
import { KpiError, frozenError, type Localized, type Region, type Result } from "./types";

export { DATED_PROMOS, PROMO_NAMES, type DatedPromo } from "./promoTable";

export interface CalendarEvent {
  id: string;
  region: Region;
  name: Localized;
  /** ISO yyyy-mm-dd, inclusive */
  start: string;
  end: string;
  kind: "promo" | "statutory" | "commercial";
  source: string;
  /** for table rows: the ISO date the source was read */
  checked?: string;
}

export interface DateRange {
  start: string;
  end: string;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export const ERR_YEAR: KpiError = frozenError("num", `year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}`);
export const ERR_MONTH: KpiError = frozenError("num", "month must be an integer from 1 to 12");
export const ERR_WEEKDAY: KpiError = frozenError("num", "weekday must be an integer from 0 (Sunday) to 6 (Saturday)");
export const ERR_NTH: KpiError = frozenError("num", "n must be 1 to 5, or -1 for the last");
export const ERR_NO_SUCH_DAY: KpiError = frozenError("num", "that month has no such weekday");
export const ERR_REGION: KpiError = frozenError("value", 'region must be "US" or "MX"');
const ERR_NOT_FINITE_DATE: KpiError = frozenError("value", "not an ISO yyyy-mm-dd date or not a finite number");
const ERR_DAYS: KpiError = frozenError("num", "days must be a whole number");

const DAY_MS = 86_400_000;

// ---------- date helpers (UTC only) ----------

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoOfUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** UTC milliseconds of a valid ISO date, or NaN. Accepts only yyyy-mm-dd that names a real day. */
function utcOfIso(date: string): number {
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return Date.UTC(y, m - 1, d);
}

/** True when `date` is an ISO yyyy-mm-dd naming a real calendar day (2025-02-29 is not). */
export function isIsoDate(date: string): boolean {
  return !Number.isNaN(utcOfIso(date));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MARCH_1900_MS = Date.UTC(1900, 2, 1);

/**
 * Excel's date serial (default 1900 date system) of an ISO yyyy-mm-dd date: "2025-11-28" → 45989.
 * Serial 1 = 1900-01-01, and Excel counts a 29 February 1900 that never was (kept from Lotus 1-2-3),
 * so from 1900-03-01 on the serial is the days since 1899-12-30, before that one less. Workbooks in
 * the 1904 date system (old Mac files) would show these dates 4 years and a day late. The input is a
 * valid ISO date (not checked: this runs per cell on dates the core produced).
 */
export function excelSerial(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const days = Math.round((ms - EXCEL_EPOCH_MS) / DAY_MS);
  return ms < MARCH_1900_MS ? days - 1 : days;
}

/**
 * The ISO yyyy-mm-dd date of an Excel date serial (1900 system), the inverse of excelSerial: 45989 →
 * "2025-11-28"; undefined past 9999-12-31 (serial 2958465) or for the 29 February 1900 that never was.
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465 || serial === 60) return undefined;
  const ms = EXCEL_EPOCH_MS + (serial < 60 ? serial + 1 : serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO date `days` days after `date` (negative: before). Invalid date → "value". */
export function addDays(date: string, days: number): Result<string> {
  const ms = utcOfIso(date);
  if (Number.isNaN(ms) || !Number.isFinite(days)) return ERR_NOT_FINITE_DATE;
  if (!Number.isInteger(days)) return ERR_DAYS;
  const out = ms + days * DAY_MS;
  const year = new Date(out).getUTCFullYear(); // NaN beyond the Date range (±8.64e15 ms)
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return ERR_YEAR;
  return isoOfUtc(out);
}

function yearError(year: number): KpiError | null {
  if (!Number.isFinite(year)) return ERR_NOT_FINITE;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return ERR_YEAR;
  return null;
}

// ---------- rules ----------

/** Unchecked core of nthWeekdayOfMonth; 0 when there is no such day. */
function nthWeekdayDay(year: number, month: number, weekday: number, n: number): number {
  const dim = daysInMonth(year, month);
  if (n === -1) {
    const lastDow = new Date(Date.UTC(year, month - 1, dim)).getUTCDay();
    return dim - ((lastDow - weekday + 7) % 7);
  }
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - firstDow + 7) % 7) + (n - 1) * 7;
  return day <= dim ? day : 0;
}

function nthWeekdayIso(year: number, month: number, weekday: number, n: number): string {
  return isoOf(year, month, nthWeekdayDay(year, month, weekday, n));
}

function shiftIso(date: string, days: number): string {
  return isoOfUtc(utcOfIso(date) + days * DAY_MS);
}

/**
 * The n-th given weekday of a month as an ISO date: e.g. (2026, 11, 1, 3) = third Monday of
 * November 2026 = "2026-11-16". weekday: 0 = Sunday … 6 = Saturday; n: 1..5, or -1 for the last.
 * A 5th weekday that the month does not have → "num".
 */
export function nthWeekdayOfMonth(year: number, month1to12: number, weekday0Sun: number, n: number): Result<string> {
  const badYear = yearError(year);
  if (badYear !== null) return badYear;
  if (!Number.isFinite(month1to12) || !Number.isFinite(weekday0Sun) || !Number.isFinite(n)) return ERR_NOT_FINITE;
  if (!Number.isInteger(month1to12) || month1to12 < 1 || month1to12 > 12) return ERR_MONTH;
  if (!Number.isInteger(weekday0Sun) || weekday0Sun < 0 || weekday0Sun > 6) return ERR_WEEKDAY;
  if (!Number.isInteger(n) || !((n >= 1 && n <= 5) || n === -1)) return ERR_NTH;
  const day = nthWeekdayDay(year, month1to12, weekday0Sun, n);
  return day === 0 ? ERR_NO_SUCH_DAY : isoOf(year, month1to12, day);
}

/** US Thanksgiving: 4th Thursday of November (5 U.S.C. § 6103). */
export function thanksgiving(year: number): Result<string> {
  return yearError(year) ?? nthWeekdayIso(year, 11, 4, 4);
}

/** Black Friday: the day after Thanksgiving. */
export function blackFriday(year: number): Result<string> {
  return yearError(year) ?? shiftIso(nthWeekdayIso(year, 11, 4, 4), 1);
}

/** Cyber Monday: the Monday after Thanksgiving (Thursday + 4 days); in some years 1 December. */
export function cyberMonday(year: number): Result<string> {
  return yearError(year) ?? shiftIso(nthWeekdayIso(year, 11, 4, 4), 4);
}

/**
 * Rule for Buen Fin: it ends on the Revolution Day rest day (3rd Monday of November, LFT art. 74
 * fr. VI) and starts on the Friday before. The organisers announce each edition and sometimes
 * deviate (2025 started on Thursday): a `buen_fin` row of the table overrides the rule for its year.
 */
function buenFinRule(year: number): DateRange {
  const end = nthWeekdayIso(year, 11, 1, 3);
  return { start: shiftIso(end, -3), end };
}

/** Buen Fin of a year: the table row for that year if any, else the rule (see buenFinRule). */
export function buenFin(year: number, table: readonly DatedPromo[] = DATED_PROMOS): Result<DateRange> {
  const badYear = yearError(year);
  if (badYear !== null) return badYear;
  const badTable = tableError(table);
  if (badTable !== null) return badTable;
  const row = tableRowFor(table, "buen_fin", "MX", year);
  return row !== undefined ? { start: row.start, end: row.end } : buenFinRule(year);
}

// ---------- the dated table ----------

/** The last row of `table` with this id, region and start year (later rows win, like an edit). */
function tableRowFor(table: readonly DatedPromo[], id: string, region: Region, year: number): DatedPromo | undefined {
  let found: DatedPromo | undefined;
  for (const row of table) {
    if (row.id === id && row.regions.includes(region) && Number(row.start.slice(0, 4)) === year) found = row;
  }
  return found;
}

/**
 * Checks an (edited) promo table: ids non-empty, regions US/MX, names in all three languages, real
 * ISO dates with start ≤ end inside the supported years, a checked date. Returns the first problem as
 * a "value" error naming the row, or null.
 */
export function validatePromoTable(table: readonly DatedPromo[]): KpiError | null {
  if (!Array.isArray(table)) return new KpiError("value", "the promo table must be a list of rows");
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    const where = `promo table row ${i + 1}${row && typeof row.id === "string" ? ` (${row.id})` : ""}`;
    if (row === null || typeof row !== "object") return new KpiError("value", `${where}: not a row`);
    if (typeof row.id !== "string" || row.id === "") return new KpiError("value", `${where}: id is empty`);
    if (!Array.isArray(row.regions) || row.regions.length === 0 || !row.regions.every(isRegion)) {
      return new KpiError("value", `${where}: regions must be a non-empty list of "US"/"MX"`);
    }
    if (
      row.name === null ||
      typeof row.name !== "object" ||
      !["zh-CN", "en-US", "es-MX"].every((l) => typeof (row.name as Record<string, unknown>)[l] === "string")
    ) {
      return new KpiError("value", `${where}: name needs zh-CN, en-US and es-MX`);
    }
    const s = utcOfIso(row.start);
    const e = utcOfIso(row.end);
    if (Number.isNaN(s) || Number.isNaN(e))
      return new KpiError("value", `${where}: start/end must be yyyy-mm-dd dates`);
    if (s > e) return new KpiError("value", `${where}: start is after end`);
    const y = Number(row.start.slice(0, 4));
    if (y < MIN_YEAR || y > MAX_YEAR) return new KpiError("value", `${where}: year outside ${MIN_YEAR}..${MAX_YEAR}`);
    if (typeof row.source !== "string" || row.source === "") return new KpiError("value", `${where}: source is empty`);
    if (!isIsoDate(row.checked)) return new KpiError("value", `${where}: checked must be a yyyy-mm-dd date`);
  }
  return null;
}

/** Not yet validated; the frozen default table cannot change, so it is validated once. */
let defaultTableError: KpiError | null | undefined;

/** validatePromoTable, with the frozen DATED_PROMOS checked only on first use (per-cell callers). */
function tableError(table: readonly DatedPromo[]): KpiError | null {
  if (table !== DATED_PROMOS) return validatePromoTable(table);
  if (defaultTableError === undefined) defaultTableError = validatePromoTable(DATED_PROMOS);
  return defaultTableError;
}

function isRegion(r: unknown): r is Region {
  return r === "US" || r === "MX";
}

// ---------- names ----------

/** Names of the rule-based events; table rows carry their own. */
export const EVENT_NAMES = {
  new_year: { "zh-CN": "元旦", "en-US": "New Year's Day", "es-MX": "Año Nuevo" },
  constitution_day: { "zh-CN": "墨西哥宪法日", "en-US": "Constitution Day", "es-MX": "Día de la Constitución" },
  benito_juarez_day: {
    "zh-CN": "贝尼托·华雷斯诞辰纪念日",
    "en-US": "Benito Juárez's Birthday",
    "es-MX": "Natalicio de Benito Juárez",
  },
  labor_day: { "zh-CN": "劳动节", "en-US": "Labor Day (Mexico)", "es-MX": "Día del Trabajo" },
  independence_day: {
    "zh-CN": "墨西哥独立日",
    "en-US": "Independence Day (Mexico)",
    "es-MX": "Día de la Independencia",
  },
  transfer_of_power: {
    "zh-CN": "联邦行政权交接日",
    "en-US": "Transfer of Federal Executive Power",
    "es-MX": "Transmisión del Poder Ejecutivo Federal",
  },
  revolution_day: { "zh-CN": "墨西哥革命纪念日", "en-US": "Revolution Day", "es-MX": "Día de la Revolución" },
  christmas: { "zh-CN": "圣诞节", "en-US": "Christmas Day", "es-MX": "Navidad" },
  dia_de_reyes: { "zh-CN": "三王节", "en-US": "Three Kings' Day", "es-MX": "Día de Reyes" },
  dia_de_las_madres: { "zh-CN": "墨西哥母亲节", "en-US": "Mother's Day (Mexico)", "es-MX": "Día de las Madres" },
  mothers_day: { "zh-CN": "美国母亲节", "en-US": "Mother's Day", "es-MX": "Día de las Madres (EE. UU.)" },
  thanksgiving: { "zh-CN": "感恩节", "en-US": "Thanksgiving Day", "es-MX": "Día de Acción de Gracias" },
  black_friday: { "zh-CN": "黑色星期五", "en-US": "Black Friday", "es-MX": "Black Friday" },
  cyber_monday: { "zh-CN": "网络星期一", "en-US": "Cyber Monday", "es-MX": "Cyber Monday" },
  buen_fin: PROMO_NAMES.buen_fin,
} as const satisfies Record<string, Localized>;

type EventId = keyof typeof EVENT_NAMES;

const SRC_LFT = "Ley Federal del Trabajo, art. 74";
const SRC_US_HOLIDAY = "5 U.S.C. § 6103 (US federal holidays)";

function ruleEvent(
  id: EventId,
  region: Region,
  start: string,
  end: string,
  kind: CalendarEvent["kind"],
  source: string,
): CalendarEvent {
  return { id, region, name: EVENT_NAMES[id], start, end, kind, source };
}

function day(id: EventId, region: Region, date: string, kind: CalendarEvent["kind"], source: string): CalendarEvent {
  return ruleEvent(id, region, date, date, kind, source);
}

/** Rule-based events of a valid year (no table rows yet). */
function ruleEvents(region: Region, year: number): CalendarEvent[] {
  if (region === "MX") {
    const events: CalendarEvent[] = [
      day("new_year", "MX", isoOf(year, 1, 1), "statutory", `${SRC_LFT} fr. I`),
      day(
        "constitution_day",
        "MX",
        nthWeekdayIso(year, 2, 1, 1),
        "statutory",
        `${SRC_LFT} fr. II (1st Monday of February)`,
      ),
      day(
        "benito_juarez_day",
        "MX",
        nthWeekdayIso(year, 3, 1, 3),
        "statutory",
        `${SRC_LFT} fr. III (3rd Monday of March)`,
      ),
      day("labor_day", "MX", isoOf(year, 5, 1), "statutory", `${SRC_LFT} fr. IV`),
      day("independence_day", "MX", isoOf(year, 9, 16), "statutory", `${SRC_LFT} fr. V`),
      day(
        "revolution_day",
        "MX",
        nthWeekdayIso(year, 11, 1, 3),
        "statutory",
        `${SRC_LFT} fr. VI (3rd Monday of November)`,
      ),
      day("christmas", "MX", isoOf(year, 12, 25), "statutory", `${SRC_LFT} fr. VIII`),
      day("dia_de_reyes", "MX", isoOf(year, 1, 6), "commercial", "Mexican custom, fixed date (not a rest day)"),
      day("dia_de_las_madres", "MX", isoOf(year, 5, 10), "commercial", "Mexican custom, fixed date (not a rest day)"),
    ];
    // The President takes office on 1 October every six years since the 2014 constitutional reform (first 2024).
    if (year >= 2024 && (year - 2024) % 6 === 0) {
      events.push(
        day(
          "transfer_of_power",
          "MX",
          isoOf(year, 10, 1),
          "statutory",
          `${SRC_LFT} fr. VII (every six years, from 2024)`,
        ),
      );
    }
    const bf = buenFinRule(year);
    events.push(
      ruleEvent(
        "buen_fin",
        "MX",
        bf.start,
        bf.end,
        "promo",
        "Rule: Friday before to the Revolution Day Monday (3rd Monday of November)",
      ),
    );
    return events;
  }
  const thanks = nthWeekdayIso(year, 11, 4, 4);
  return [
    day("mothers_day", "US", nthWeekdayIso(year, 5, 0, 2), "commercial", "36 U.S.C. § 117 (2nd Sunday of May)"),
    day("thanksgiving", "US", thanks, "statutory", `${SRC_US_HOLIDAY}: 4th Thursday of November`),
    day("black_friday", "US", shiftIso(thanks, 1), "promo", "Retail convention: the day after Thanksgiving"),
    day("cyber_monday", "US", shiftIso(thanks, 4), "promo", "Retail convention: the Monday after Thanksgiving"),
    day("christmas", "US", isoOf(year, 12, 25), "statutory", `${SRC_US_HOLIDAY}: December 25`),
  ];
}

function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every event of a region in a year, sorted by start (then end, then id). Rule-based events first;
 * then each table row for that region whose start falls in the year is added, and a row with the
 * same id as a rule event replaces it (that is how a `buen_fin` row overrides the rule). A replaced
 * event keeps its kind; any other row is a "promo".
 */
export function eventsFor(
  region: Region,
  year: number,
  table: readonly DatedPromo[] = DATED_PROMOS,
): Result<CalendarEvent[]> {
  const badYear = yearError(year);
  if (badYear !== null) return badYear;
  if (!isRegion(region)) return ERR_REGION;
  const badTable = tableError(table);
  if (badTable !== null) return badTable;

  let events = ruleEvents(region, year);
  const seen = new Set<string>();
  // Walk the table backwards so that, for duplicate ids, the last row wins (as in tableRowFor).
  for (let i = table.length - 1; i >= 0; i--) {
    const row = table[i];
    if (!row.regions.includes(region) || Number(row.start.slice(0, 4)) !== year) continue;
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const replaced = events.find((e) => e.id === row.id);
    events = events.filter((e) => e.id !== row.id);
    events.push({
      id: row.id,
      region,
      name: row.name,
      start: row.start,
      end: row.end,
      kind: replaced ? replaced.kind : "promo",
      source: row.source,
      checked: row.checked,
    });
  }
  return events.sort(compareEvents);
}

/** The events that overlap the given month (at least one of their days falls in it). */
export function eventsInMonth(events: readonly CalendarEvent[], year: number, month: number): Result<CalendarEvent[]> {
  const badYear = yearError(year);
  if (badYear !== null) return badYear;
  if (!Number.isFinite(month)) return ERR_NOT_FINITE;
  if (!Number.isInteger(month) || month < 1 || month > 12) return ERR_MONTH;
  const first = isoOf(year, month, 1);
  const last = isoOf(year, month, daysInMonth(year, month));
  return events.filter((e) => e.start <= last && e.end >= first);
}
