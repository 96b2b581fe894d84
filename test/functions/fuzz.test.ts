/**
 * Fuzzing every custom function with what Excel (or a careless JS caller) can hand it: numbers, NaN,
 * ±Infinity, huge and tiny values, numeric and other text, the words the functions know, booleans,
 * blanks, error values, and ranges that are square, ragged, empty or one-dimensional.
 * Properties: nothing but a CustomFunctions.Error is ever thrown, and every result is a number
 * (finite: Excel has no NaN or ∞), a string, a boolean or a CustomFunctions.Error, or a non-empty
 * rectangular matrix of those.
 */
import fc from "fast-check";
import { FakeCfError } from "./runtime";
import * as F from "../../src/functions/functions";

const RUNS = 10_000;

const WORDS = [
  "higher",
  "lower",
  "LOWER",
  "odr",
  "acos",
  "amazon_us",
  "walmart_us",
  "mercadolibre_mx",
  "MX",
  "us",
  "EU",
  "month",
  "quarter",
  "start",
  "end",
  "prime_day",
  "hot_sale",
  "buen_fin",
  "christmas",
  "any",
  "wm_cancel_rate",
  "12.5",
  " 1,234 ",
  "15%",
  "1e3",
  "-0",
  "abc",
  "",
  " ",
  "NaN",
  "Infinity",
  "2025",
  "1899",
];

const errorValue = fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!").map((code) => new FakeCfError(code));

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double() }, // includes NaN, ±Infinity, ±0, huge and subnormal values
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 0.5, 1e308, -1e308, 5e-324, 2025, 2026, 1.2) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: errorValue },
);

const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

const arg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: cell },
  { weight: 2, arbitrary: cell.map((v) => [[v]]) },
  { weight: 3, arbitrary: rectangle },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }) }, // ragged or empty
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 3 }) }, // 1-D
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[], []]) },
);

function isCellValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" || typeof v === "boolean" || v instanceof CustomFunctions.Error;
}

function isValidResult(v: unknown): boolean {
  if (!Array.isArray(v)) return isCellValue(v);
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) return false;
  const cols = v[0].length;
  return v.every((row) => Array.isArray(row) && row.length === cols && row.every(isCellValue));
}

const functions = Object.entries(F).filter(([, f]) => typeof f === "function") as [
  string,
  (...a: unknown[]) => unknown,
][];

test("every custom function is fuzzed", () => {
  expect(functions.length).toBeGreaterThanOrEqual(18);
});

test.each(functions)(`%s: ${RUNS} generated inputs, only Excel values or Excel errors come out`, (_name, fn) => {
  const arity = fn.length;
  fc.assert(
    fc.property(fc.array(arg, { minLength: Math.max(1, arity - 2), maxLength: arity }), (args) => {
      let result: unknown;
      try {
        result = fn(...args);
      } catch (e) {
        return e instanceof CustomFunctions.Error;
      }
      return isValidResult(result);
    }),
    { numRuns: RUNS, seed: 20261127 },
  );
});
