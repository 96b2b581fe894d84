/** Numbers as the pane shows them, in the pane's language. */
import type { Currency, Lang, Unit } from "../core/types";

export function formatPercent(fraction: number, lang: Lang, maxDigits = 1): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: maxDigits }).format(fraction);
}

/** A change of attainment, signed with one decimal, as the Review sheet shows it: +15.0%, -3.2%, 0.0%. */
export function formatChange(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(fraction);
}

/** A KPI value in its unit: 0.25 percent → "25%", 4 ratio → "4x", 5000 currency → "$5,000". */
export function formatValue(value: number, unit: Unit, lang: Lang, currency: Currency): string {
  switch (unit) {
    case "percent":
      return formatPercent(value, lang, 2);
    case "currency":
      return new Intl.NumberFormat(lang, { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
    case "ratio":
      return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)}x`;
    default:
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  }
}
