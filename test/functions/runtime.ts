/**
 * A stand-in for Excel's custom-functions runtime: `CustomFunctions.Error`, the `ErrorCode` enum and a
 * recording `associate`. Excel defines the global; tests install this one before calling a function.
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface FakeRuntime {
  associate(id: string | Record<string, Function>, fn?: Function): void;
  Error: typeof FakeCfError;
  ErrorCode: typeof ERROR_CODES;
  /** what associate recorded, by id */
  registered: Map<string, Function>;
}

export function makeRuntime(): FakeRuntime {
  const registered = new Map<string, Function>();
  return {
    associate(id, fn) {
      if (typeof id === "string") registered.set(id, fn as Function);
      else for (const [k, f] of Object.entries(id)) registered.set(k, f);
    },
    Error: FakeCfError,
    ErrorCode: ERROR_CODES,
    registered,
  };
}

/** Installs the fake as the global `CustomFunctions` (idempotent). */
export function installRuntime(): FakeRuntime {
  const g = globalThis as unknown as { CustomFunctions?: FakeRuntime };
  if (g.CustomFunctions === undefined) g.CustomFunctions = makeRuntime();
  return g.CustomFunctions;
}

installRuntime();

export type Cell = number | string | boolean | FakeCfError;

/** Calls fn; a thrown Excel error becomes the value (so a table can expect "#VALUE!" either way). */
export function call(fn: (...args: any[]) => unknown, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof FakeCfError) return e;
    throw e;
  }
}

/** Errors as their code ("#DIV/0!"), values as they are, through matrices: easy to compare. */
export function codes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(codes);
  if (v instanceof FakeCfError) return v.code;
  return v;
}

/** The message of an error value (or thrown error) of fn(...args). */
export function messageOf(fn: (...args: any[]) => unknown, ...args: unknown[]): string | undefined {
  let v = call(fn, ...args);
  while (Array.isArray(v)) v = v[0];
  return v instanceof FakeCfError ? v.message : undefined;
}

/**
 * Asserts a result against a hand-worked expectation: numbers to 12 significant decimals (results
 * like 1160 / 1.16 carry binary rounding), errors by code ("#DIV/0!"), matrices cell by cell.
 */
export function expectCells(actual: unknown, expected: unknown): void {
  const a = codes(actual);
  if (Array.isArray(expected)) {
    expect(Array.isArray(a)).toBe(true);
    const arr = a as unknown[];
    expect(arr.length).toBe(expected.length);
    expected.forEach((e, i) => expectCells(Array.isArray(actual) ? actual[i] : undefined, e));
    return;
  }
  if (typeof expected === "number") {
    expect(typeof a).toBe("number");
    expect(a as number).toBeCloseTo(expected, 12);
    return;
  }
  expect(a).toEqual(expected);
}
