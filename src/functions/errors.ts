/**
 * Excel's own errors for the custom functions: core `KpiError` kinds map one to one onto
 * `CustomFunctions.Error` codes, and nothing else is ever thrown.
 *
 * `CustomFunctions` is a global of Excel's runtime (tests install a fake), so it is read only when a
 * function runs, never at import time.
 */
import { isKpiError, type KpiError, type KpiErrorCode } from "../core/types";
import { messages } from "./messages";

function errorCode(code: KpiErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "value":
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/**
 * A new Excel error. Excel shows a custom message only for #VALUE! and #N/A, so the others are built
 * without one (a message there would be dropped anyway).
 */
export function cfError(code: KpiErrorCode, message?: string): CustomFunctions.Error {
  const excelCode = errorCode(code);
  return code === "value" || code === "na"
    ? new CustomFunctions.Error(excelCode, message)
    : new CustomFunctions.Error(excelCode);
}

/** The Excel error for a core failure. Core messages are for developers; users get ours. */
export function fromKpiError(e: KpiError): CustomFunctions.Error {
  return e.code === "value" ? cfError("value", messages().invalidValue()) : cfError(e.code, e.message);
}

/** A top-level failure (bad shapes, an argument that must be single): Excel expects it thrown. */
export function fail(code: KpiErrorCode, message?: string): never {
  throw cfError(code, message);
}

/** Codes Excel can hand us inside a range; anything else is not an error value. */
const ERROR_CODES = new Set<string>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);

/**
 * An error value arriving as input (a cell holding #N/A inside a range) or produced by us. Excel's
 * runtime hands them over as `CustomFunctions.Error` objects; a plain `{ code: "#N/A" }` is accepted
 * too, so a runtime that serialises them differently still propagates rather than saying #VALUE!.
 */
export function asCfError(v: unknown): CustomFunctions.Error | null {
  if (typeof v !== "object" || v === null) return null;
  if (typeof CustomFunctions !== "undefined" && v instanceof CustomFunctions.Error) return v;
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string" && ERROR_CODES.has(code)) {
    const message = (v as { message?: unknown }).message;
    return new CustomFunctions.Error(
      code as CustomFunctions.ErrorCode,
      typeof message === "string" ? message : undefined,
    );
  }
  return null;
}

export function isCfError(v: unknown): v is CustomFunctions.Error {
  return typeof CustomFunctions !== "undefined" && v instanceof CustomFunctions.Error;
}

/**
 * A core result as a cell value: a number (finite, else #NUM! because Excel has no NaN or ∞), a
 * string or boolean as is, a `KpiError` as its Excel error.
 */
export function settle(r: unknown): number | string | boolean | CustomFunctions.Error {
  if (typeof r === "number") return r - r === 0 ? r : cfError("num");
  if (typeof r === "string" || typeof r === "boolean") return r;
  if (isKpiError(r)) return fromKpiError(r);
  return asCfError(r) ?? cfError("value", messages().invalidValue());
}
