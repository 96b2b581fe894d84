import fc from "fast-check";
import {
  DATED_PROMOS,
  addDays,
  blackFriday,
  buenFin,
  cyberMonday,
  eventsFor,
  eventsInMonth,
  excelSerial,
  excelSerialToIso,
  isIsoDate,
  nthWeekdayOfMonth,
  thanksgiving,
  validatePromoTable,
  type CalendarEvent,
  type DatedPromo,
} from "../../src/core/calendar";
import { LANGS, isKpiError, type KpiErrorCode, type Region, type Result } from "../../src/core/types";

function codeOf<T>(r: Result<T>): KpiErrorCode | "ok" {
  return isKpiError(r) ? r.code : "ok";
}

function ok<T>(r: Result<T>): T {
  if (isKpiError(r)) throw new Error(`unexpected ${r.code}: ${r.message}`);
  return r;
}

function byId(events: readonly CalendarEvent[], id: string): CalendarEvent | undefined {
  return events.find((e) => e.id === id);
}

// Weekday anchors used below, worked out from 1 Jan 2023 = Sunday, 2024 = Monday (leap year),
// 2025 = Wednesday, 2026 = Thursday; 1 Nov is 304 days after 1 Jan (305 in a leap year).
describe("nthWeekdayOfMonth", () => {
  test.each<[string, number, number, number, number, string]>([
    ["3rd Monday of November 2026 (1 Nov is a Sunday: Mondays 2, 9, 16)", 2026, 11, 1, 3, "2026-11-16"],
    ["4th Thursday of November 2025 (1 Nov is a Saturday: 6, 13, 20, 27)", 2025, 11, 4, 4, "2025-11-27"],
    ["4th Thursday of November 2024 (1 Nov is a Friday: 7, 14, 21, 28)", 2024, 11, 4, 4, "2024-11-28"],
    ["1st Monday of February 2026 (1 Feb is a Sunday)", 2026, 2, 1, 1, "2026-02-02"],
    ["2nd Sunday of May 2025 (1 May is a Thursday: 4, 11)", 2025, 5, 0, 2, "2025-05-11"],
    ["last Monday of May 2025 (31 May is a Saturday)", 2025, 5, 1, -1, "2025-05-26"],
    ["5th Monday of March 2025 exists (1 Mar is a Saturday: 3, 10, 17, 24, 31)", 2025, 3, 1, 5, "2025-03-31"],
    ["1st Sunday when the month starts on Sunday is the 1st", 2026, 11, 0, 1, "2026-11-01"],
  ])("%s", (_name, y, m, wd, n, expected) => {
    expect(nthWeekdayOfMonth(y, m, wd, n)).toBe(expected);
  });

  test.each<[string, number, number, number, number, KpiErrorCode]>([
    ["a 5th Monday that February 2025 lacks is out of range", 2025, 2, 1, 5, "num"],
    ["a year before 1900 is out of range", 1899, 1, 1, 1, "num"],
    ["a year after 2199 is out of range", 2200, 1, 1, 1, "num"],
    ["a fractional year is out of range", 2025.5, 1, 1, 1, "num"],
    ["a NaN year is a value error", NaN, 1, 1, 1, "value"],
    ["month 13 is out of range", 2025, 13, 1, 1, "num"],
    ["weekday 7 is out of range", 2025, 1, 7, 1, "num"],
    ["n = 0 is out of range", 2025, 1, 1, 0, "num"],
    ["n = 6 is out of range", 2025, 1, 1, 6, "num"],
    ["an infinite n is a value error", 2025, 1, 1, Infinity, "value"],
  ])("%s", (_name, y, m, wd, n, code) => {
    expect(codeOf(nthWeekdayOfMonth(y, m, wd, n))).toBe(code);
  });
});

describe("US retail days", () => {
  test.each<[string, () => Result<string>, string]>([
    ["Thanksgiving 2024 is the 4th Thursday, 28 November", () => thanksgiving(2024), "2024-11-28"],
    ["Black Friday 2024 is the day after, 29 November", () => blackFriday(2024), "2024-11-29"],
    ["Cyber Monday 2024 is Thursday + 4, 2 December", () => cyberMonday(2024), "2024-12-02"],
    ["Black Friday 2025 is 27 + 1 = 28 November", () => blackFriday(2025), "2025-11-28"],
    ["Cyber Monday 2025 is 27 + 4 = 1 December", () => cyberMonday(2025), "2025-12-01"],
    ["Black Friday 2026 is 26 + 1 = 27 November", () => blackFriday(2026), "2026-11-27"],
    ["Cyber Monday 2026 is 26 + 4 = 30 November", () => cyberMonday(2026), "2026-11-30"],
  ])("%s", (_name, call, expected) => {
    expect(call()).toBe(expected);
  });

  test("a year outside 1900..2199 is out of range for every rule", () => {
    expect([thanksgiving(1800), blackFriday(2200), cyberMonday(3000)].map(codeOf)).toEqual(["num", "num", "num"]);
  });
});

describe("Buen Fin", () => {
  test.each<[string, number, readonly DatedPromo[], string, string]>([
    [
      "2023 by the rule: Friday 17 to Revolution Day Monday 20 November",
      2023,
      DATED_PROMOS,
      "2023-11-17",
      "2023-11-20",
    ],
    ["2024 from the table: 15 to 18 November", 2024, DATED_PROMOS, "2024-11-15", "2024-11-18"],
    ["2024 by the rule agrees: 3rd Monday is 18, Friday before 15", 2024, [], "2024-11-15", "2024-11-18"],
    ["2025 from the table: Thursday 13 to Monday 17 November", 2025, DATED_PROMOS, "2025-11-13", "2025-11-17"],
    ["2025 by the rule alone would start on Friday 14", 2025, [], "2025-11-14", "2025-11-17"],
    ["2026 by the rule: 3rd Monday is 16, so 13 to 16 November", 2026, DATED_PROMOS, "2026-11-13", "2026-11-16"],
  ])("%s", (_name, year, table, start, end) => {
    expect(buenFin(year, table)).toEqual({ start, end });
  });

  test("an edited table row overrides the rule for its year", () => {
    const row: DatedPromo = {
      id: "buen_fin",
      regions: ["MX"],
      name: { "zh-CN": "x", "en-US": "x", "es-MX": "x" },
      start: "2026-11-12",
      end: "2026-11-16",
      source: "test",
      checked: "2026-11-27",
    };
    expect(buenFin(2026, [row])).toEqual({ start: "2026-11-12", end: "2026-11-16" });
  });

  test("a year outside 1900..2199 is out of range", () => {
    expect(codeOf(buenFin(1899))).toBe("num");
  });

  test("a broken table row is a value error naming the row", () => {
    const bad = { ...DATED_PROMOS[0], start: "2026-02-30" };
    const r = buenFin(2026, [bad]);
    expect(codeOf(r)).toBe("value");
    expect(isKpiError(r) && r.message).toContain("row 1");
  });
});

describe("eventsFor MX", () => {
  const mx2026 = ok(eventsFor("MX", 2026));

  test("2026 holds the statutory, commercial and promo days in date order", () => {
    // 3rd Monday of March 2026: 1 Mar is a Sunday → Mondays 2, 9, 16
    expect(mx2026.map((e) => [e.id, e.start, e.end])).toEqual([
      ["new_year", "2026-01-01", "2026-01-01"],
      ["dia_de_reyes", "2026-01-06", "2026-01-06"],
      ["constitution_day", "2026-02-02", "2026-02-02"],
      ["benito_juarez_day", "2026-03-16", "2026-03-16"],
      ["labor_day", "2026-05-01", "2026-05-01"],
      ["dia_de_las_madres", "2026-05-10", "2026-05-10"],
      ["hot_sale", "2026-05-25", "2026-06-02"],
      ["independence_day", "2026-09-16", "2026-09-16"],
      ["buen_fin", "2026-11-13", "2026-11-16"],
      ["revolution_day", "2026-11-16", "2026-11-16"],
      ["christmas", "2026-12-25", "2026-12-25"],
    ]);
  });

  test("Constitution Day 2026 is the 1st Monday of February, 2 February", () => {
    expect(byId(mx2026, "constitution_day")?.start).toBe("2026-02-02");
  });

  test("kinds: rest days are statutory, Reyes and Madres commercial, Buen Fin and Hot Sale promos", () => {
    expect(byId(mx2026, "revolution_day")?.kind).toBe("statutory");
    expect(byId(mx2026, "dia_de_reyes")?.kind).toBe("commercial");
    expect(byId(mx2026, "dia_de_las_madres")?.kind).toBe("commercial");
    expect(byId(mx2026, "buen_fin")?.kind).toBe("promo");
    expect(byId(mx2026, "hot_sale")?.kind).toBe("promo");
  });

  test.each<[number, boolean, string]>([
    [2024, true, "2024 is the first 1 October transfer"],
    [2025, false, "2025 − 2024 = 1, not a multiple of 6"],
    [2030, true, "2030 − 2024 = 6"],
    [2018, false, "before 2024 the rule does not apply"],
  ])("the 1 October transfer of power in %i: %s", (year, present, _why) => {
    const e = byId(ok(eventsFor("MX", year)), "transfer_of_power");
    expect(e?.start).toBe(present ? `${year}-10-01` : undefined);
  });

  test("a table row brings its source and checked date", () => {
    const bf = byId(ok(eventsFor("MX", 2025)), "buen_fin");
    expect(bf).toMatchObject({ start: "2025-11-13", end: "2025-11-17", checked: "2026-11-27" });
    expect(bf?.source).toMatch(/Buen Fin/);
  });

  test("a rule-based event has a source naming the law", () => {
    expect(byId(mx2026, "independence_day")?.source).toMatch(/Ley Federal del Trabajo, art\. 74/);
  });

  test("Hot Sale 2024 ran 15–23 May, before the June election", () => {
    expect(byId(ok(eventsFor("MX", 2024)), "hot_sale")).toMatchObject({ start: "2024-05-15", end: "2024-05-23" });
  });
});

describe("eventsFor US", () => {
  test("2025: Mother's Day, Prime Day, Thanksgiving, Black Friday, Cyber Monday, Christmas", () => {
    // 2nd Sunday of May 2025 = 11; Thanksgiving 27; BF 28; CM 27 + 4 = 1 Dec
    expect(ok(eventsFor("US", 2025)).map((e) => [e.id, e.start, e.end, e.kind])).toEqual([
      ["mothers_day", "2025-05-11", "2025-05-11", "commercial"],
      ["prime_day", "2025-07-08", "2025-07-11", "promo"],
      ["thanksgiving", "2025-11-27", "2025-11-27", "statutory"],
      ["black_friday", "2025-11-28", "2025-11-28", "promo"],
      ["cyber_monday", "2025-12-01", "2025-12-01", "promo"],
      ["christmas", "2025-12-25", "2025-12-25", "statutory"],
    ]);
  });

  test("2026: Prime Day moves to June and Mother's Day is 10 May", () => {
    // 1 May 2026 is a Friday → Sundays 3, 10; Thanksgiving 26, BF 27, CM 30
    expect(ok(eventsFor("US", 2026)).map((e) => [e.id, e.start, e.end])).toEqual([
      ["mothers_day", "2026-05-10", "2026-05-10"],
      ["prime_day", "2026-06-23", "2026-06-26"],
      ["thanksgiving", "2026-11-26", "2026-11-26"],
      ["black_friday", "2026-11-27", "2026-11-27"],
      ["cyber_monday", "2026-11-30", "2026-11-30"],
      ["christmas", "2026-12-25", "2026-12-25"],
    ]);
  });

  test("Prime Day 2024 ran 16–17 July", () => {
    expect(byId(ok(eventsFor("US", 2024)), "prime_day")).toMatchObject({ start: "2024-07-16", end: "2024-07-17" });
  });

  test("US events carry no MX holidays", () => {
    expect(byId(ok(eventsFor("US", 2026)), "buen_fin")).toBeUndefined();
    expect(byId(ok(eventsFor("US", 2026)), "revolution_day")).toBeUndefined();
  });

  test("a table row with a rule event's id replaces it and keeps its kind", () => {
    const row: DatedPromo = {
      id: "black_friday",
      regions: ["US"],
      name: { "zh-CN": "黑五周", "en-US": "Black Friday Week", "es-MX": "Semana Black Friday" },
      start: "2025-11-20",
      end: "2025-12-01",
      source: "test",
      checked: "2026-11-27",
    };
    const events = ok(eventsFor("US", 2025, [row]));
    expect(events.filter((e) => e.id === "black_friday")).toEqual([
      expect.objectContaining({ start: "2025-11-20", end: "2025-12-01", kind: "promo", checked: "2026-11-27" }),
    ]);
    expect(byId(events, "prime_day")).toBeUndefined(); // not in this table
  });
});

describe("eventsFor names and errors", () => {
  test.each<[Region, number]>([
    ["MX", 2024],
    ["MX", 2026],
    ["US", 2025],
  ])("every %s %i event is named in zh-CN, en-US and es-MX", (region, year) => {
    for (const e of ok(eventsFor(region, year))) {
      for (const lang of LANGS) expect(e.name[lang]).toMatch(/\S/);
      expect(e.source).toMatch(/\S/);
      expect(isIsoDate(e.start) && isIsoDate(e.end) && e.start <= e.end).toBe(true);
    }
  });

  test.each<[string, () => Result<unknown>, KpiErrorCode]>([
    ["a year before 1900 is out of range", () => eventsFor("MX", 1899), "num"],
    ["a year after 2199 is out of range", () => eventsFor("US", 2200), "num"],
    ["a NaN year is a value error", () => eventsFor("US", NaN), "value"],
    ["an unknown region is a value error", () => eventsFor("EU" as Region, 2025), "value"],
    [
      "a table row with start after end is a value error",
      () => eventsFor("US", 2025, [{ ...DATED_PROMOS[0], end: "2024-07-01" }]),
      "value",
    ],
    [
      "a table row with an unknown region is a value error",
      () => eventsFor("US", 2025, [{ ...DATED_PROMOS[0], regions: ["EU" as Region] }]),
      "value",
    ],
  ])("%s", (_name, call, code) => {
    expect(codeOf(call())).toBe(code);
  });

  test("the shipped promo table is valid, and every row is checked and sourced", () => {
    expect(validatePromoTable(DATED_PROMOS)).toBeNull();
    for (const row of DATED_PROMOS) {
      expect(row.checked).toBe("2026-11-27");
      expect(row.source).toMatch(/\S/);
    }
  });
});

describe("eventsInMonth", () => {
  const mx2025 = ok(eventsFor("MX", 2025));

  test("May 2025 holds Labour Day, Día de las Madres and the start of Hot Sale", () => {
    expect(ok(eventsInMonth(mx2025, 2025, 5)).map((e) => e.id)).toEqual(["labor_day", "dia_de_las_madres", "hot_sale"]);
  });

  test("June 2025 holds the tail of Hot Sale (26 May – 3 June)", () => {
    expect(ok(eventsInMonth(mx2025, 2025, 6)).map((e) => e.id)).toEqual(["hot_sale"]);
  });

  test("December 2025 in the US holds Cyber Monday (1 Dec) and Christmas", () => {
    expect(ok(eventsInMonth(ok(eventsFor("US", 2025)), 2025, 12)).map((e) => e.id)).toEqual([
      "cyber_monday",
      "christmas",
    ]);
  });

  test.each<[string, number, number, KpiErrorCode]>([
    ["month 0 is out of range", 2025, 0, "num"],
    ["month 13 is out of range", 2025, 13, "num"],
    ["a year outside the range is out of range", 2300, 1, "num"],
    ["a NaN month is a value error", 2025, NaN, "value"],
  ])("%s", (_name, year, month, code) => {
    expect(codeOf(eventsInMonth(mx2025, year, month))).toBe(code);
  });
});

describe("date helpers", () => {
  test.each<[string, string, number, string]>([
    ["adding a day crosses a month end", "2025-11-30", 1, "2025-12-01"],
    ["adding a day crosses a leap day", "2024-02-28", 1, "2024-02-29"],
    ["subtracting 3 days crosses a year", "2026-01-02", -3, "2025-12-30"],
  ])("%s", (_name, date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["2025-1-01", false],
    ["not a date", false],
  ])("isIsoDate(%s) is %s", (date, expected) => {
    expect(isIsoDate(date)).toBe(expected);
  });

  test("addDays rejects a bad date or a fractional day count", () => {
    expect(codeOf(addDays("2025-02-30", 1))).toBe("value");
    expect(codeOf(addDays("2025-02-01", 1.5))).toBe("num");
    // 1e10 days × 86,400,000 ms = 8.64e17 ms, past the Date range of ±8.64e15 ms: out of range, not "NaN-NaN-NaN"
    expect(codeOf(addDays("2025-01-01", 1e10))).toBe("num");
  });
});

describe("calendar fuzz", () => {
  test("no calendar function throws on arbitrary doubles", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (y, m, wd, n) => {
        const dates: Result<string>[] = [
          nthWeekdayOfMonth(y, m, wd, n),
          thanksgiving(y),
          blackFriday(y),
          cyberMonday(y),
          addDays("2025-01-01", n),
        ];
        const lists: Result<CalendarEvent[]>[] = [eventsFor("MX", y), eventsFor("US", y), eventsInMonth([], y, m)];
        const bf = buenFin(y);
        const isRange = (r: { start: string; end: string }): boolean =>
          isIsoDate(r.start) && isIsoDate(r.end) && r.start <= r.end;
        return (
          dates.every((r) => isKpiError(r) || (typeof r === "string" && isIsoDate(r))) &&
          lists.every((r) => isKpiError(r) || (Array.isArray(r) && r.every(isRange))) &&
          (isKpiError(bf) || isRange(bf))
        );
      }),
    );
  });

  test("every valid year yields sorted events with Buen Fin ending on Revolution Day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const mx = ok(eventsFor("MX", year));
        const sorted = mx.every((e, i) => i === 0 || mx[i - 1].start <= e.start);
        const bf = byId(mx, "buen_fin");
        const rev = byId(mx, "revolution_day");
        const tableYear = DATED_PROMOS.some((r) => r.id === "buen_fin" && r.start.startsWith(`${year}-`));
        return sorted && (tableYear || bf?.end === rev?.start);
      }),
    );
  });
});

describe("excelSerial", () => {
  // Serial 1 is 1900-01-01; Excel also counts 1900-02-29 (serial 60), a day that never was.
  test.each<[string, string, number]>([
    ["1900-01-01 is serial 1", "1900-01-01", 1],
    ["1900-02-28 is 31 (January) + 28 = 59", "1900-02-28", 59],
    ["1900-03-01 is 61: serial 60 is Excel's phantom 1900-02-29", "1900-03-01", 61],
    // From 1899-12-30: 2 days to 1900-01-01, 125 years to 2025-01-01 = 125 × 365 + 31 leap days
    // (1904 … 2024) = 45656, so 2025-01-01 is 45658; then Jan–Oct = 304 days and 27 more → 45989.
    ["2025-11-28 is 45658 + 304 + 27 = 45989", "2025-11-28", 45989],
  ])("%s", (_name, iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
  });

  test.each<[string, number, string | undefined]>([
    ["back from serial 1", 1, "1900-01-01"],
    ["back from 59", 59, "1900-02-28"],
    ["Excel's phantom 1900-02-29 has no ISO date", 60, undefined],
    ["back from 61", 61, "1900-03-01"],
    ["back from 45989", 45989, "2025-11-28"],
    // 2025-11-28 + 3 days = 2025-12-01, + 31 = 2026-01-01, + 304 (Jan–Oct 2026) = 2026-11-01: 45989 + 338
    ["2026-11-01, a month Excel turned into a date", 46327, "2026-11-01"],
    ["0 is no day", 0, undefined],
    ["a fraction is no day", 45989.5, undefined],
  ])("excelSerialToIso: %s", (_name, serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});
