/**
 * Header normalisation and cell values of DESIGN §8, one row per variant the platforms write.
 */
import { normalizeHeader } from "../../src/import/normalize";
import { matchesPattern } from "../../src/import/patterns";
import {
  cellText,
  INVALID,
  parseDate,
  parseDateRangeStart,
  parseNumber,
  readDate,
  readNumber,
} from "../../src/import/values";

describe("normalizeHeader", () => {
  test.each<[string, string, string]>([
    ["BOM stripped", "\uFEFF(Parent) ASIN", "(parent) asin"],
    ["trailing spaces trimmed (legacy ads)", "7 Day Total Sales ", "7 day total sales"],
    ["inner whitespace collapsed, tab and no-break space too", "Sessions \t-\u00A0 Total", "sessions - total"],
    ["en dash (UK/CA) is a hyphen", "Sessions – Total", "sessions - total"],
    ["em dash, minus sign, horizontal bar", "a — b − c ― d", "a - b - c - d"],
    ["full-width brackets (zh-CN)", "（父）ASIN", "(父)asin"],
    ["full-width colon", "Sesiones：total", "sesiones:total"],
    ["case folded (UK `Units ordered`)", "Units ordered", "units ordered"],
  ])("%s", (_, header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  test("a B2B twin stays a different header from its total", () => {
    expect(normalizeHeader("Sessions – Total – B2B")).toBe("sessions - total - b2b");
    expect(normalizeHeader("Sessions – Total – B2B")).not.toBe(normalizeHeader("Sessions - Total"));
  });
});

describe("parseNumber", () => {
  test.each<[string, string | number, number]>([
    ["quoted thousands", "12,131", 12131],
    ["dollar amount with thousands", "$12,905.25", 12905.25],
    ["dollar, space, amount", "$ 16.22", 16.22],
    ["Mexican pesos", "MX$1,234.56", 1234.56],
    ["US$ (zh-CN console)", "US$1,000.50", 1000.5],
    ["negative in brackets", "(108.57)", -108.57],
    ["negative currency in brackets", "($1,108.57)", -1108.57],
    ["minus before the currency", "-$5.00", -5],
    ["minus after the currency", "$-5.00", -5],
    ["percent string is a fraction: 12.02 / 100", "12.02%", 0.1202],
    ["an XLSX number cell", 348, 348],
    ['a number in ="…"', '="123"', 123],
    ["plain decimal", "0.75", 0.75],
  ])("%s: %p", (_, cell, expected) => {
    const p = parseNumber(cell);
    expect(p.kind).toBe("value");
    expect(p.kind === "value" && p.value).toBeCloseTo(expected, 12);
  });

  test.each<[string, string | null]>([
    ["empty text", ""],
    ["spaces only", "   "],
    ["null cell (XLSX blank)", null],
  ])("a blank cell is missing, never 0: %s", (_, cell) => {
    expect(parseNumber(cell)).toEqual({ kind: "blank" });
  });

  test.each(["N/A", "--", "abc", "1.2.3", "12,34", "1,2345"])("%p does not parse (counted, missing)", (cell) => {
    expect(parseNumber(cell)).toEqual({ kind: "invalid", raw: cell });
  });
});

describe("cellText", () => {
  test('="…" is the text inside (Ads console ids)', () => {
    expect(cellText('="00123456789"')).toBe("00123456789");
  });
  test("trims", () => expect(cellText("  MUG-BLUE ")).toBe("MUG-BLUE"));
});

describe("parseDate", () => {
  test.each<[string, string | Date, string]>([
    ["Mercado Libre Spanish date-time", "3 de noviembre de 2026 14:05 hs.", "2026-11-03"],
    ["Spanish, two-digit day", "28 de octubre de 2026 10:00 hs.", "2026-10-28"],
    ["Spanish, setiembre", "1 de setiembre de 2026", "2026-09-01"],
    ["ISO with offset: the date part decides, no shift to UTC", "2026-11-30T23:30:00-08:00", "2026-11-30"],
    ["ISO late UTC", "2026-10-31T22:00:00+00:00", "2026-10-31"],
    ["plain ISO date", "2026-11-01", "2026-11-01"],
    ["ads console `Nov 01, 2026`", "Nov 01, 2026", "2026-11-01"],
    ["full English month", "November 9, 2026", "2026-11-09"],
    ["XLSX date cell (UTC instant of the serial)", new Date(Date.UTC(2026, 10, 3)), "2026-11-03"],
  ])("%s", (_, cell, expected) => {
    expect(parseDate(cell)).toEqual({ kind: "value", value: expected });
  });

  test.each(["2026-02-30", "32 de enero de 2026", "Foo 01, 2026", "next week"])("%p is not a date", (cell) => {
    expect(parseDate(cell).kind).toBe("invalid");
  });

  test("an ads Date range is in the period of its start date", () => {
    expect(parseDateRangeStart("Nov 01, 2026 - Nov 30, 2026")).toEqual({ kind: "value", value: "2026-11-01" });
    expect(parseDateRangeStart("Oct 25, 2026 – Nov 30, 2026")).toEqual({ kind: "value", value: "2026-10-25" });
  });
});

describe("the readers' fast paths give what the general parsers give", () => {
  test.each<[string, string | number | null | undefined, number | undefined | typeof INVALID]>([
    ["plain integer", "2", 2],
    ["plain decimal", "59.97", 59.97],
    ["leading zeros", "007", 7],
    ["no digit before the point (general path)", ".5", 0.5],
    ["a point with no digit after it does not parse", "5.", INVALID],
    ["exponent does not parse", "1e3", INVALID],
    ["spaces around (general path)", " 12 ", 12],
    ["thousands (general path)", "12,131", 12131],
    ["dollar amount (general path)", "$16.22", 16.22],
    ["blank text", "", undefined],
    ["spaces only", "  ", undefined],
    ["null cell", null, undefined],
    ["a cell past the end of a short row", undefined, undefined],
    ["an XLSX number", 348, 348],
    ["N/A", "N/A", INVALID],
  ])("readNumber: %s (%p)", (_, cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  test.each<[string, string | Date | null, string | undefined | typeof INVALID]>([
    ["ISO date-time", "2026-11-02T10:00:00+00:00", "2026-11-02"],
    ["ISO date", "2026-11-02", "2026-11-02"],
    ["date and time with a space", "2026-11-30 23:59:59 PST", "2026-11-30"],
    ["31 in a month of 31 days", "2026-12-31T00:00:00Z", "2026-12-31"],
    ["31 in November is no date", "2026-11-31T00:00:00Z", INVALID],
    ["29 February of a leap year", "2028-02-29", "2028-02-29"],
    ["29 February of 2026 is no date", "2026-02-29", INVALID],
    ["29 February 2000 (divisible by 400)", "2000-02-29", "2000-02-29"],
    ["29 February 2100 is no date", "2100-02-29", INVALID],
    ["month 13 is no date", "2026-13-01", INVALID],
    ["day 00 is no date", "2026-11-00", INVALID],
    ["a year before 1000 goes the general way", "0999-01-01", "0999-01-01"],
    ["a year before 100 is no date (the general way)", "0050-01-01", INVALID],
    ["a leading space (general path)", " 2026-11-02", "2026-11-02"],
    ["English (general path)", "Nov 01, 2026", "2026-11-01"],
    ["text after the date that is no time (general path)", "2026-11-02x", INVALID],
    ["blank", "", undefined],
    ["null", null, undefined],
    ["XLSX date cell", new Date(Date.UTC(2026, 10, 3)), "2026-11-03"],
  ])("readDate: %s (%p)", (_, cell, expected) => {
    expect(readDate(cell)).toBe(expected);
  });

  test("with a cache, rows of the same day share one date", () => {
    const dates = new Map<number, string>();
    const a = readDate("2026-11-02T10:00:00+00:00", dates);
    const b = readDate("2026-11-02T23:00:00-08:00", dates);
    expect([a, b]).toEqual(["2026-11-02", "2026-11-02"]);
    expect([...dates]).toEqual([[20261102, "2026-11-02"]]);
  });
});

describe("skus / campaigns patterns", () => {
  test.each<[string, string, boolean]>([
    ["MUG-BLUE", "MUG-*", true],
    ["mug-blue", "MUG-*", true],
    ["LID-01", "MUG-*", false],
    ["SP-Mug-Auto", "sp-*-auto", true],
    ["SP-Mug-Auto", "SP-Mug", false],
    ["A.B", "A.B", true],
    ["AxB", "A.B", false],
    ["anything", "*", true],
  ])("%p against %p: %p", (text, pattern, expected) => {
    expect(matchesPattern(text, pattern)).toBe(expected);
  });
});
