/**
 * Domain types shared by every layer. Pure: no Office, no DOM, no I/O.
 */

export type Region = "US" | "MX";
export const REGIONS: readonly Region[] = ["US", "MX"];

export type Role = "ops" | "ads" | "cs" | "warehouse" | "compliance" | "manager";
export const ROLES: readonly Role[] = ["ops", "ads", "cs", "warehouse", "compliance", "manager"];

export type Polarity = "higher" | "lower";

/** How a gate's actual compares with its threshold, as the platform states the rule (DESIGN §3). */
export type Comparator = "<" | "<=" | ">" | ">=";
export const COMPARATORS: readonly Comparator[] = ["<", "<=", ">", ">="];

export type Lang = "zh-CN" | "en-US" | "es-MX";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US", "es-MX"];

/** A text a person reads, in each of our three languages. */
export type Localized = Readonly<Record<Lang, string>>;

export type Platform = "amazon_us" | "amazon_mx" | "mercadolibre_mx" | "walmart_us" | "tiktok_us";

export type Currency = "USD" | "MXN";

/**
 * How a value is shown and which number format it gets.
 * percent: a fraction (0.25 shows as 25%); ratio: a plain multiple (ROAS 4.0x);
 * flag: 1 = yes, 0 = no; number: a plain decimal whose dimension the KPI name states
 * (4.6 stars, 3.5 hours), for values that are neither a multiple nor a whole count.
 */
export type Unit = "currency" | "percent" | "ratio" | "days" | "count" | "flag" | "number";

/** Error kinds mirror Excel's own error values so the functions layer maps them one to one. */
export type KpiErrorCode = "div0" | "value" | "num" | "na";

/**
 * An expected failure inside the core. Core functions return `T | KpiError` instead of throwing:
 * a plain union (not a wrapper object) keeps million-cell spills free of per-cell allocations.
 */
export class KpiError {
  readonly kind = "kpi-error" as const;
  constructor(
    readonly code: KpiErrorCode,
    readonly message: string,
  ) {}
}

export type Result<T> = T | KpiError;

export function isKpiError(value: unknown): value is KpiError {
  return value instanceof KpiError;
}

export function kpiError(code: KpiErrorCode, message: string): KpiError {
  return new KpiError(code, message);
}

/**
 * A preallocated, frozen error for a core module's expected failures: returned from hot paths
 * without allocating (callers compare `code`, never identity).
 */
export function frozenError(code: KpiErrorCode, message: string): KpiError {
  return Object.freeze(new KpiError(code, message));
}
