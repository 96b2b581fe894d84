/**
 * Cell values of the platforms' exports → numbers, texts and ISO dates (DESIGN §8 "Values").
 * A blank cell is missing (never 0); a cell that is written but does not parse is `invalid`, which
 * the report counts in its warnings. XLSX cells may already be numbers or dates.
 */

/** What a cell holds once read: CSV gives strings, ExcelJS numbers, dates and booleans too. */
export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { kind: "value"; value: T } | { kind: "blank" } | { kind: "invalid"; raw: string };

const BLANK = { kind: "blank" } as const;
const value = <T>(v: T): Parsed<T> => ({ kind: "value", value: v });
const invalid = (raw: string): Parsed<never> => ({ kind: "invalid", raw });

/** `="123"` (how the Ads console keeps Excel from mangling ids) is the text 123. */
const EXCEL_TEXT = /^="(.*)"$/s;

/** The text of a cell, trimmed, with an `="…"` wrapper removed; "" for blank. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  const s = String(cell).trim();
  // Only a text starting `=` can be a wrapper: most cells skip the regular expression.
  if (s.charCodeAt(0) !== 0x3d) return s;
  const m = EXCEL_TEXT.exec(s);
  return m === null ? s : m[1].trim();
}

// Currency marks as the exports write them: $ 16.22, MX$1,234.56, US$, MXN 12, 12.00 MXN, ￥.
const CURRENCY_PREFIX = /^(?:(?:US|MX|CA)\$|\$|USD|MXN|€|£|¥|￥)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:USD|MXN)$/i;
// Plain digits with an optional decimal part, or digits grouped by commas in threes.
const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number as the exports write it: "12,131", "$12,905.25", "$ 16.22", "MX$1,234.56",
 * "(108.57)" = −108.57, "-$5.00", "12.02%" = 0.1202. Commas group thousands and the point is the
 * decimal mark, as in every file of DESIGN §8 (US and Mexican number formats alike).
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (cell === null) return BLANK;
  if (typeof cell === "number") return Number.isFinite(cell) ? value(cell) : invalid(String(cell));
  if (typeof cell === "boolean" || cell instanceof Date) return invalid(String(cell));
  const raw = cellText(cell);
  if (raw === "") return BLANK;
  let s = raw.replace(/[\u2212\u2012\u2013]/g, "-");
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-")) {
    if (negative) return invalid(raw);
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
  // "$-5.00": a sign after the currency mark.
  if (s.startsWith("-") && !negative) {
    negative = true;
    s = s.slice(1).trim();
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 100;
    s = s.slice(0, -1).trim();
  }
  if (!PLAIN.test(s) && !GROUPED.test(s)) return invalid(raw);
  const n = Number(s.replace(/,/g, "")) / scale;
  if (!Number.isFinite(n)) return invalid(raw);
  return value(negative ? -n : n);
}

/**
 * The readers' number: `parseNumber` without a result object per cell. A text of plain digits with
 * an optional decimal part ("2", "59.97", most cells of a 200,000-line file) is read directly; that
 * is exactly what `parseNumber` would give it (no sign, mark, grouping or percent to strip).
 * Anything else goes through `parseNumber`; `INVALID` is a written value that does not parse.
 */
export const INVALID: unique symbol = Symbol("invalid");

export function readNumber(cell: Cell | undefined): number | undefined | typeof INVALID {
  if (cell === undefined || cell === null || cell === "") return undefined;
  if (typeof cell === "string" && isPlainDecimal(cell)) return Number(cell);
  const p = parseNumber(cell);
  return p.kind === "value" ? p.value : p.kind === "blank" ? undefined : INVALID;
}

/** Digits, optionally `.` and digits; short enough that Number() cannot overflow. */
function isPlainDecimal(s: string): boolean {
  const n = s.length;
  if (n > 20) return false;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c !== 0x2e || dot !== -1) return false;
    dot = i;
  }
  return dot !== 0 && dot !== n - 1;
}

/**
 * The readers' date: `parseDate` without a result object per cell. An ISO date or date-time
 * ("2026-11-02T10:00:00+00:00") with a four-digit year from 1000 and a day its month has is what
 * `parseDate` would make of it: its first ten characters; the rest (other formats, impossible days,
 * years before 1000) goes through `parseDate`. With `dates`, a file's rows share one string per
 * day (a 200,000-line file names a few dozen days).
 */
export function readDate(cell: Cell | undefined, dates?: Map<number, string>): string | undefined | typeof INVALID {
  if (cell === undefined || cell === null || cell === "") return undefined;
  if (typeof cell === "string") {
    const day = isoDateNumber(cell);
    if (day !== -1) {
      let d = dates?.get(day);
      if (d === undefined) {
        d = cell.length === 10 ? cell : cell.slice(0, 10);
        dates?.set(day, d);
      }
      return d;
    }
  }
  const p = parseDate(cell);
  return p.kind === "value" ? p.value : p.kind === "blank" ? undefined : INVALID;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The digit at s[i] as a number, -1 when it is no ASCII digit. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 0x30;
  return c >= 0 && c <= 9 ? c : -1;
}

/** yyyymmdd of an ISO date prefix the fast path takes (see readDate), else -1. */
function isoDateNumber(s: string): number {
  if (s.length < 10) return -1;
  if (s.length > 10) {
    const after = s.charCodeAt(10);
    if (after !== 0x54 /* T */ && after !== 0x20) return -1;
  }
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return -1;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5);
  const m1 = digitAt(s, 6);
  const d0 = digitAt(s, 8);
  const d1 = digitAt(s, 9);
  if (y0 < 1 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1])) return -1;
  return year * 10000 + month * 100 + day;
}

const EN_MONTHS = "january february march april may june july august september october november december".split(" ");
const ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" ");

/** 1-12 for a month's full name or its abbreviation of at least 3 letters ("nov", "sept", "dic"); else undefined. */
function monthNumber(name: string, months: readonly string[]): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n === "setiembre") return 9;
  if (n.length < 3) return undefined;
  const i = months.findIndex((m) => m.startsWith(n));
  return i === -1 ? undefined : i + 1;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// 2026-11-02, 2026-11-02T10:00:00+00:00, 2026-11-02 10:00:00 PST: the date part as written.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
// Nov 01, 2026 · November 1 2026
const EN_DATE = /^([a-z]+)\.? (\d{1,2}),? (\d{4})\b/i;
// 3 de noviembre de 2026 14:05 hs. · 3 nov 2026
const ES_DATE = /^(\d{1,2})(?: de)? ([a-záéíóú]+)\.?(?: de)? (\d{4})\b/i;

/**
 * A date as the exports write it → ISO yyyy-mm-dd. ISO date-times keep the date part as written (no
 * time-zone shift: the platform already put the order in its marketplace's day). XLSX date cells
 * are read as ExcelJS gives them, a UTC instant of the serial, so the UTC fields are the date.
 */
export function parseDate(cell: Cell): Parsed<string> {
  if (cell === null) return BLANK;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return invalid(String(cell));
    const d = isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return d === undefined ? invalid(String(cell)) : value(d);
  }
  if (typeof cell !== "string") return invalid(String(cell));
  const raw = cellText(cell);
  if (raw === "") return BLANK;
  const s = raw.replace(/\s+/g, " ");
  let m = ISO.exec(s);
  if (m !== null) return orInvalid(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), raw);
  m = EN_DATE.exec(s);
  if (m !== null) {
    const month = monthNumber(m[1], EN_MONTHS);
    return orInvalid(month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[2])), raw);
  }
  m = ES_DATE.exec(s);
  if (m !== null) {
    const month = monthNumber(m[2], ES_MONTHS);
    return orInvalid(month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[1])), raw);
  }
  return invalid(raw);
}

function orInvalid(d: string | undefined, raw: string): Parsed<string> {
  return d === undefined ? invalid(raw) : value(d);
}

/** An ads `Date range` (`Nov 01, 2026 - Nov 30, 2026`): the start date decides the period. */
export function parseDateRangeStart(cell: Cell): Parsed<string> {
  if (cell === null || cell instanceof Date) return parseDate(cell);
  const raw = cellText(cell);
  if (raw === "") return BLANK;
  const start = raw.replace(/[\u2010-\u2015\u2212]/g, "-").split(/\s+-\s+|\s+to\s+/i)[0];
  const d = parseDate(start);
  return d.kind === "value" ? d : invalid(raw);
}
