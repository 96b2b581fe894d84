/**
 * ISO dates of the core calendar as Excel date serials, so a date a function returns is a real date
 * in the sheet (format it as a date, subtract it, compare it).
 *
 * Excel's default 1900 date system: serial 1 = 1900-01-01, and Excel counts a 29 February 1900 that
 * never was (kept from Lotus 1-2-3), so from 1900-03-01 on the serial is days since 1899-12-30.
 * Workbooks in the 1904 date system (old Mac files) would show these dates 4 years and a day late;
 * a custom function cannot see that setting.
 */
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MARCH_1900_MS = Date.UTC(1900, 2, 1);

/** "2025-11-14" → 45975. The input is a valid ISO date from the core. */
export function isoToSerial(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const days = Math.round((ms - EPOCH_MS) / DAY_MS);
  return ms < MARCH_1900_MS ? days - 1 : days;
}
