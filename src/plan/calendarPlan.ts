/**
 * The Calendar sheet: promo events, statutory rest days and commercial dates of the team's regions
 * for a year (core/calendar), as an editable dated table (tblCalendar). Dates are real date cells
 * so that a person can sort, filter and edit them; Days is a formula over Start and End.
 */
import { eventsFor, type CalendarEvent } from "../core/calendar";
import { isKpiError, type Lang, type Region } from "../core/types";
import { translator, type MessageKey } from "../i18n/messages";
import { a1, excelDateSerial, range } from "./a1";
import { FMT_DATE, FMT_INTEGER, STYLE_PROMO, columnRange } from "./formats";
import type { PlanCell, SheetPlan, StyledRange } from "./types";

export const CALENDAR_SHEET_KEY = "calendar";
export const CALENDAR_TABLE = "tblCalendar";

const HEADERS: readonly MessageKey[] = [
  "col.region",
  "col.event",
  "col.kind",
  "col.start",
  "col.end",
  "col.days",
  "col.source",
  "col.checked",
];

export const KIND_KEYS: Readonly<Record<CalendarEvent["kind"], MessageKey>> = {
  promo: "kind.promo",
  statutory: "kind.statutory",
  commercial: "kind.commercial",
};

/** Events of the regions in a year, region by region; an invalid year gives no rows. */
export function calendarEvents(regions: readonly Region[], year: number): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const region of regions) {
    const events = eventsFor(region, year);
    if (!isKpiError(events)) out.push(...events);
  }
  return out;
}

export function planCalendar(regions: readonly Region[], year: number, lang: Lang): SheetPlan {
  const t = translator(lang);
  const headers = HEADERS.map((k) => t(k));
  const events = calendarEvents(regions, year);
  const rows: PlanCell[][] = [headers];
  const styles: StyledRange[] = [];
  events.forEach((e, i) => {
    const row = i + 1;
    const start = excelDateSerial(e.start);
    const end = excelDateSerial(e.end);
    rows.push([
      e.region,
      e.name[lang],
      t(KIND_KEYS[e.kind]),
      start,
      end,
      { formula: `${a1(row, 4)}-${a1(row, 3)}+1`, result: end - start + 1 },
      e.source,
      e.checked ?? null,
    ]);
    if (e.kind === "promo") styles.push({ range: range(row, 0, row, headers.length - 1), style: STYLE_PROMO });
  });
  // A table needs at least one body row; an empty year still gets one blank row to type into.
  if (events.length === 0) rows.push(headers.map(() => null));
  const n = rows.length - 1;
  return {
    key: CALENDAR_SHEET_KEY,
    name: t("sheet.calendar"),
    blocks: [{ at: { row: 0, col: 0 }, cells: rows }],
    tables: [{ name: CALENDAR_TABLE, range: range(0, 0, n, headers.length - 1), headers, style: "TableStyleLight9" }],
    numberFormats: [
      { range: range(1, 3, n, 4), format: FMT_DATE },
      { range: columnRange(1, n, 5), format: FMT_INTEGER },
    ],
    styles,
    columnWidths: { 0: 8, 1: 36, 2: 22, 3: 12, 4: 12, 5: 7, 6: 60, 7: 12 },
    freeze: { rows: 1, cols: 0 },
  };
}
