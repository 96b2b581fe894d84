/**
 * The vocabulary of report import (DESIGN §8): report kinds, the fixed metric names of
 * `import --json`, and the typed records a parsed report hands to the actuals. Pure: no I/O.
 * Nothing past src/import sees a raw cell such as "$1,234.56": records carry numbers, ISO dates and
 * trimmed texts only.
 */
import type { Platform } from "../core/types";

export type ReportKind =
  | "amazon_business_report"
  | "amazon_ads_sp"
  | "amazon_all_orders"
  | "amazon_fba_returns"
  | "mercadolibre_ventas"
  | "amazon_account_health";

export const REPORT_KINDS: readonly ReportKind[] = [
  "amazon_business_report",
  "amazon_ads_sp",
  "amazon_all_orders",
  "amazon_fba_returns",
  "mercadolibre_ventas",
  "amazon_account_health",
];

/** The language a report's headers are written in (not the user's language). */
export type HeaderLocale = "en" | "es" | "zh";

/** The metrics a tabular report totals (DESIGN §8 metrics table), one fixed vocabulary. */
export type Metric =
  | "sessions"
  | "page_views"
  | "units"
  | "sales"
  | "orders"
  | "ad_impressions"
  | "ad_clicks"
  | "ad_spend"
  | "ad_sales"
  | "ad_orders"
  | "cancelled_orders"
  | "shipped_units"
  | "returned_units"
  | "refunds"
  | "fees"
  | "net_total";

/** Account health metrics, per marketplace; fractions (0.004 = 0.4%). */
export type HealthMetric =
  "odr" | "late_shipment_rate" | "cancel_rate" | "valid_tracking_rate" | "on_time_delivery_rate";

export const HEALTH_METRICS: readonly HealthMetric[] = [
  "odr",
  "late_shipment_rate",
  "cancel_rate",
  "valid_tracking_rate",
  "on_time_delivery_rate",
];

/** Metrics counted as distinct keys (order ids) rather than summed. */
export type DistinctMetric = "orders" | "cancelled_orders";

export type Totals = Partial<Record<Metric, number>>;
export type HealthTotals = Partial<Record<HealthMetric, number>>;

/**
 * One data row of a report, typed. `values` are the row's additive contributions to the metrics
 * (an explicit 0 is a known zero; an absent metric is unknown); `distinct` names the key the row
 * adds to a distinct count (All Orders counts order ids, not lines).
 */
export interface ReportRecord {
  /** 1-based row number in the file or sheet, for the audit trail */
  row: number;
  /** the marketplace the row itself names (currency, sales channel); null when the file does not say */
  marketplace: Platform | null;
  /** the SKUs the row is about (a Mercado Libre pack parent carries the SKUs of its items) */
  skus: readonly string[];
  /** ads rows: the campaign name */
  campaign?: string;
  /** ISO yyyy-mm-dd, the date that puts the row in a period; absent for undated reports */
  date?: string;
  values: Totals;
  distinct?: Partial<Record<DistinctMetric, string>>;
}

/**
 * A problem with a file that stops it being imported: no known report, a required column missing,
 * unreadable. `message` is one line naming what is missing (the CLI prefixes the file name).
 */
export interface ImportProblem {
  code: "unknown_report" | "missing_column" | "unreadable" | "marketplace_needed" | "marketplace_conflict";
  message: string;
}

/** Why rows of a file were left out: a sales channel (All Orders) or currency (ads) not the team's. */
export type LeftOutCause = "sales_channel" | "currency";

/**
 * Something a file's cells or entries could not give, as data, so that any language can say it
 * (src/i18n/importWarnings.ts); a report's English `warnings` are made from these.
 */
export type ImportNotice =
  /** written values of a column that do not parse: missing, not 0; `example` is the first, trimmed */
  | { code: "invalid_values"; column: string; count: number; example: string }
  /** rows of other channels or currencies; `values`: the first three distinct as written ("" blank) */
  | { code: "left_out"; cause: LeftOutCause; count: number; values: string[] }
  /** account health: rates that do not parse */
  | { code: "invalid_rates"; count: number }
  /** account health: entries of marketplaces not the team's; `ids` as written ("" when none) */
  | { code: "unknown_marketplaces"; count: number; ids: string[] }
  /**
   * across files (src/import/overlaps.ts): `count` rows of the period that another file of the same
   * kind already holds (same marketplace, date, campaign or SKUs, order): both are counted
   */
  | { code: "overlaps"; other: string; count: number; example: string };

/** A report read and typed: what `import --json` prints, plus the records the actuals use. */
export interface ParsedReport {
  file: string;
  kind: ReportKind;
  /** which alias table matched (e.g. "en", "en-GB", "console-2026"), for the Imports table */
  format: string;
  locale: HeaderLocale;
  /** the file's marketplace: what it says, else its label; null when neither (import only) */
  marketplace: Platform | null;
  /** the sheet the data came from (XLSX) */
  sheet?: string;
  /** data rows under the header (blank rows not counted) */
  rows: number;
  /** the typed rows that count (rows of other channels or currencies are left out and warned about) */
  records: ReportRecord[];
  /** account health only: the rolling snapshot per marketplace */
  health?: Partial<Record<Platform, HealthTotals>>;
  /** the notices in English, one line each (what `import` prints) */
  warnings: string[];
  /** what the file could not give, structured, in the order of `warnings` */
  notices: ImportNotice[];
}

export type ParseResult = { ok: true; report: ParsedReport } | { ok: false; problem: ImportProblem };
