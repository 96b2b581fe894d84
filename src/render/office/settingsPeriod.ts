/**
 * Where the open workbook says its period: the Settings sheet (found by the name the last build gave
 * it, else by its name in any of our languages) and, in its first rows (A1:B12, as settingsPlan writes
 * them), the row labelled Period in any of our languages. Shared by the pane's period read and
 * "close the period", so both find the same sheet and read the same text. Pure: the callers load.
 */
import { excelSerialToIso } from "../../core/calendar";
import { LANGS } from "../../core/types";
import { cycleWords } from "../../i18n/cycleMessages";
import { MESSAGES as SHEET_MESSAGES } from "../../i18n/messages";

/** The cells that hold the Period row. */
export const SETTINGS_PERIOD_RANGE = "A1:B12";

const norm = (v: unknown): string =>
  String(v ?? "")
    .trim()
    .toLowerCase();

const SETTINGS_SHEET_WORDS = new Set(LANGS.map((lang) => norm(SHEET_MESSAGES[lang]["sheet.settings"])));
const PERIOD_WORDS = new Set(
  [...LANGS.map((lang) => SHEET_MESSAGES[lang]["label.period"]), ...cycleWords("col.period")].map(norm),
);

/** The Settings sheet among the workbook's sheet names: `wanted` (the last build's) first. */
export function settingsSheetName(names: readonly string[], wanted?: string): string | undefined {
  return names.find((n) => norm(n) === norm(wanted)) ?? names.find((n) => SETTINGS_SHEET_WORDS.has(norm(n)));
}

/**
 * The Period row's value as text: "2026-11" as written, or a month Excel turned into a date when it
 * was typed (serial 46327 → "2026-11"); "" when the row is blank or missing.
 */
export function settingsPeriod(values: readonly (readonly unknown[])[]): string {
  const value = values.find((r) => PERIOD_WORDS.has(norm(r[0])))?.[1];
  if (typeof value === "number" && Number.isInteger(value) && value > 0) {
    const iso = excelSerialToIso(value);
    if (iso !== undefined) return iso.slice(0, 7);
  }
  return String(value ?? "").trim();
}
