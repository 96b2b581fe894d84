/**
 * Number formats and the few styles every sheet shares. Format codes use only what Excel and
 * LibreOffice both read: a currency is a quoted literal code ("USD "), not a locale-bound symbol,
 * because "$" means dollars in the US and pesos in Mexico.
 */
import { AMBER_AT, GREEN_AT } from "../core/scoring";
import type { Currency, Unit } from "../core/types";
import type { CellStyle, ConditionalRule, NumberFormatRange, RangeRef } from "./types";

export const FMT_PERCENT = "0.0%";
export const FMT_SCORE = "0.0%";
export const FMT_PAYOUT = "0%";
export const FMT_WEIGHT = "0.##";
export const FMT_WEIGHTED = "0.00";
export const FMT_DATE = "yyyy-mm-dd";
export const FMT_SHARE = "0.0%";
export const FMT_INTEGER = "0";

const CURRENCY_FORMATS: Readonly<Record<Currency, string>> = { USD: '"USD "#,##0.00', MXN: '"MXN "#,##0.00' };

export function currencyFormat(currency: Currency): string {
  return CURRENCY_FORMATS[currency];
}

/** The format of a KPI value (target, actual) by its unit; amounts in the region's currency. */
export function unitFormat(unit: Unit, currency: Currency): string {
  switch (unit) {
    case "currency":
      return currencyFormat(currency);
    case "percent":
      return "0.00%";
    case "ratio":
      return '0.00"x"';
    case "days":
      return "0.0";
    case "count":
      return "#,##0";
    case "flag":
      return "0";
    case "number":
      return "0.00";
  }
}

/**
 * Number formats for one column range where the format can change from row to row: consecutive rows
 * with the same format become one range, so a 6,000-row sheet carries a handful of ranges, not 6,000.
 */
export function formatRuns(formats: readonly string[], top: number, left: number, right: number): NumberFormatRange[] {
  const out: NumberFormatRange[] = [];
  let start = 0;
  for (let i = 1; i <= formats.length; i++) {
    if (i === formats.length || formats[i] !== formats[start]) {
      out.push({ range: { top: top + start, left, bottom: top + i - 1, right }, format: formats[start] });
      start = i;
    }
  }
  return out;
}

export const STYLE_TITLE: CellStyle = { bold: true, fontSize: 14 };
export const STYLE_LABEL: CellStyle = { bold: true };
export const STYLE_NOTE: CellStyle = { italic: true, fontColor: "#595959" };
/** Cells a person types into. */
export const STYLE_INPUT: CellStyle = { fill: "#FFF2CC" };
export const STYLE_PROMO: CellStyle = { fill: "#FCE4D6" };

export const GOOD: CellStyle = { fill: "#C6EFCE", fontColor: "#006100" };
export const WARN: CellStyle = { fill: "#FFEB9C", fontColor: "#9C5700" };
export const BAD: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006" };
export const MUTED: CellStyle = { fill: "#EDEDED", fontColor: "#595959" };

/** Traffic light for an attainment or a score: ≥ GREEN_AT green, ≥ AMBER_AT amber, else red (first match wins). */
export function trafficLightRules(): ConditionalRule[] {
  return [
    { kind: "cellValue", operator: "greaterThanOrEqual", values: [GREEN_AT], style: GOOD },
    { kind: "cellValue", operator: "greaterThanOrEqual", values: [AMBER_AT], style: WARN },
    { kind: "cellValue", operator: "lessThan", values: [AMBER_AT], style: BAD },
  ];
}

/** Colours for exact status words (a string value in a cellValue rule is literal text). */
export function wordRules(words: readonly { word: string; style: CellStyle }[]): ConditionalRule[] {
  return words.map(({ word, style }) => ({ kind: "cellValue", operator: "equal", values: [word], style }));
}

export function columnRange(top: number, bottom: number, col: number): RangeRef {
  return { top, left: col, bottom, right: col };
}
