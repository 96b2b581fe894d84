/**
 * Header normalisation and cell values of DESIGN §8, one row per variant the platforms write.
 */
import { normalizeHeader } from "../../src/import/normalize";
import { matchesPattern } from "../../src/import/patterns";
import { cellText, parseDate, parseDateRangeStart, parseNumber } from "../../src/import/values";

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
