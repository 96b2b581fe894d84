/**
 * Argument coercion for the custom functions, as Excel's own arithmetic does it:
 * - a blank cell, an empty string or an omitted argument (null) is 0 for a required number, the
 *   default for an optional one;
 * - TRUE/FALSE are 1/0; numeric text counts ("12.5", " 1,234 ", "15%", "1e3");
 * - other text is #VALUE! with a message naming the argument; NaN/±Infinity (only JS callers can pass
 *   them) are #NUM!; an error value in a cell (#N/A) passes through unchanged.
 *
 * Each argument is described once by an `ArgSpec`; the broadcast helpers call `coerce` per cell and
 * skip it for finite numbers when the spec is numeric (the hot path of a million-cell spill).
 */
import { getKpi } from "../core/catalog";
import { ruleComparator } from "../core/scoring";
import type { Comparator, Polarity } from "../core/types";
import { asCfError, cfError, fail } from "./errors";
import { messages } from "./messages";

/** What a custom function may put in a cell. */
export type CellOut = number | string | boolean | CustomFunctions.Error;

export interface ArgSpec<T> {
  /** the parameter's name as Excel shows it, used in messages */
  readonly name: string;
  /** a finite number is already the coerced value: the broadcast loop may skip `coerce` */
  readonly numeric: boolean;
  coerce(v: unknown): T | CustomFunctions.Error;
}

/** Excel's blank: an empty cell, an omitted argument (null; undefined from JS callers) or "". */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

// Digits with optional thousands separators, optional decimals, exponent and a trailing percent sign.
const NUMERIC_TEXT = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/** Numeric text as Excel reads it in a formula ("12.5", "1,234", "15%"); null when it is not a number. */
export function parseNumericText(text: string): number | null {
  const t = text.trim();
  // Cheap length guard: no real number needs more, and the regex stays linear anyway.
  if (t.length === 0 || t.length > 400 || !NUMERIC_TEXT.test(t)) return null;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/** Shared number coercion; `blank` is what a blank becomes (0, a default, or null = missing). */
function toNumber<B extends number | null>(v: unknown, name: string, blank: B): number | B | CustomFunctions.Error {
  if (typeof v === "number") return v - v === 0 ? v : cfError("num");
  if (isBlank(v)) return blank;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const n = parseNumericText(v);
    return n === null ? cfError("value", messages().notANumber(name, v)) : n;
  }
  return asCfError(v) ?? cfError("value", messages().notAValue(name));
}

class NumberSpec<B extends number | null> implements ArgSpec<number | B> {
  readonly numeric = true;
  constructor(
    readonly name: string,
    private readonly blank: B,
  ) {}
  coerce(v: unknown): number | B | CustomFunctions.Error {
    return toNumber(v, this.name, this.blank);
  }
}

/** A required number: blank is 0, as in Excel arithmetic. */
export function num(name: string): ArgSpec<number> {
  return new NumberSpec(name, 0);
}

/** An optional number: omitted or blank takes the default. */
export function optNum(name: string, fallback: number): ArgSpec<number> {
  return new NumberSpec(name, fallback);
}

/** A number whose blank means "not given" (a cap) or "not reported" (an actual): null. */
export function numOrNull(name: string): ArgSpec<number | null> {
  return new NumberSpec<null>(name, null);
}

/** Text of a cell: numbers and logicals as Excel would display them in a string context. */
function toText(v: unknown, name: string, blank: string): string | CustomFunctions.Error {
  if (typeof v === "string") return v === "" ? blank : v;
  if (v === null || v === undefined) return blank;
  if (typeof v === "number") return v - v === 0 ? String(v) : cfError("num");
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return asCfError(v) ?? cfError("value", messages().notAValue(name));
}

class TextSpec implements ArgSpec<string> {
  readonly numeric = false;
  constructor(
    readonly name: string,
    private readonly blank: string,
  ) {}
  coerce(v: unknown): string | CustomFunctions.Error {
    return toText(v, this.name, this.blank);
  }
}

/** Text (a KPI id, a platform id); blank is `blank`. */
export function text(name: string, blank = ""): ArgSpec<string> {
  return new TextSpec(name, blank);
}

class OneOfSpec<T extends string> implements ArgSpec<T> {
  readonly numeric = false;
  constructor(
    readonly name: string,
    private readonly allowed: readonly T[],
    private readonly fallback: T,
  ) {}
  coerce(v: unknown): T | CustomFunctions.Error {
    const t = toText(v, this.name, this.fallback);
    if (typeof t !== "string") return t;
    const key = t.trim().toLowerCase();
    for (const a of this.allowed) if (a === key) return a;
    return cfError("value", messages().notOneOf(this.name, t, this.allowed.map((a) => `"${a}"`).join(", ")));
  }
}

/** One word out of a fixed list, case-insensitive; blank is the default. */
export function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): ArgSpec<T> {
  return new OneOfSpec(name, allowed, fallback);
}

class PolaritySpec implements ArgSpec<Polarity> {
  readonly numeric = false;
  constructor(
    readonly name: string,
    private readonly fallback: Polarity | null,
  ) {}
  coerce(v: unknown): Polarity | CustomFunctions.Error {
    if (isBlank(v) && this.fallback !== null) return this.fallback;
    const err = asCfError(v);
    if (err !== null) return err;
    const t = typeof v === "string" ? v.trim() : String(v);
    const key = t.toLowerCase();
    if (key === "higher" || key === "lower") return key;
    // A KPI id ("odr", "acos") stands for that KPI's polarity, so a scorecard row can pass its id column.
    const kpi = getKpi(key);
    return kpi !== undefined ? kpi.polarity : cfError("value", messages().badPolarity(this.name, t));
  }
}

/** "higher" / "lower" (case-insensitive) or a catalog KPI id; blank is `fallback` (null = required). */
export function polarity(name: string, fallback: Polarity | null): ArgSpec<Polarity> {
  return new PolaritySpec(name, fallback);
}

class GateRuleSpec implements ArgSpec<Comparator | Polarity> {
  readonly numeric = false;
  constructor(readonly name: string) {}
  coerce(v: unknown): Comparator | Polarity | CustomFunctions.Error {
    const err = asCfError(v);
    if (err !== null) return err;
    const t = typeof v === "string" ? v.trim() : String(v);
    const key = t.toLowerCase();
    // a comparator, or a polarity (its inclusive comparator), as the core reads a rule
    if (ruleComparator(key as Comparator | Polarity) !== null) return key as Comparator | Polarity;
    // A gate KPI id stands for its first threshold's comparator (Amazon strict, ML/Walmart inclusive).
    const kpi = getKpi(key);
    if (kpi === undefined) return cfError("value", messages().badPolarity(this.name, t));
    return kpi.thresholds?.[0]?.comparator ?? kpi.polarity;
  }
}

/** A gate rule: "<", "<=", ">", ">=", "lower" (= "<="), "higher" (= ">=") or a gate KPI id. */
export function gateRule(name: string): ArgSpec<Comparator | Polarity> {
  return new GateRuleSpec(name);
}

class YearSpec implements ArgSpec<number> {
  readonly numeric = false;
  constructor(readonly name: string) {}
  coerce(v: unknown): number | CustomFunctions.Error {
    // A blank year is not year 0: nothing sensible can be computed from it.
    const n = toNumber(v, this.name, null);
    if (n === null) return cfError("value", messages().notANumber(this.name, ""));
    // Excel's DATE truncates a fractional year; the calendar itself checks the range it covers.
    return typeof n === "number" ? Math.trunc(n) : n;
  }
}

/** A calendar year (fractions truncated, as DATE does); blank is #VALUE!. */
export function year(name: string): ArgSpec<number> {
  return new YearSpec(name);
}

/**
 * The one value of an argument that must not be a range: a scalar, or a 1×1 range (Excel hands a
 * matrix parameter even a literal as [[x]]). Anything larger is a top-level #VALUE!, thrown.
 */
export function single(v: unknown, name: string): unknown {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return fail("value", messages().notSingle(name));
}
