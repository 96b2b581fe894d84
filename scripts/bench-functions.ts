/**
 * Benchmark of the custom functions' hot path: KPI.ROAS over 1,000 × 1,000 ranges (a million cells,
 * as Excel hands them: arrays of rows) against a bare JS loop dividing the same arrays, in one run.
 * Both are warmed up, then run alternately; the medians are compared. Goal: ratio ≤ 3.
 *
 *   npx tsx scripts/bench-functions.ts        (or npm run bench:functions)
 *
 * Prints one JSON line: {"bench":"functions.roas","cells":…,"functionMs":…,"bareMs":…,"ratio":…}.
 */
import { performance } from "perf_hooks";
import { roas } from "../src/functions/functions";
import { installRuntime } from "../test/functions/runtime";
import { median } from "./stats";

export interface FunctionsBench {
  bench: "functions.roas";
  cells: number;
  rounds: number;
  functionMs: number;
  bareMs: number;
  ratio: number;
}

/** A deterministic rows × cols matrix of positive numbers (no zero divisors, no errors). */
function matrix(rows: number, cols: number, seed: number, min: number, span: number): number[][] {
  let s = seed >>> 0;
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    // Built with push, as a deserialised range is: a packed array, no holes.
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0; // LCG: cheap and reproducible
      row.push(min + (s / 4294967296) * span);
    }
    out[i] = row;
  }
  return out;
}

/** The floor: the same division over the same arrays, into a new matrix, with no checks at all. */
function bareRoas(adSales: number[][], adSpend: number[][]): number[][] {
  const rows = adSales.length;
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const a = adSales[i];
    const b = adSpend[i];
    const cols = a.length;
    const row: number[] = new Array(cols);
    for (let j = 0; j < cols; j++) row[j] = a[j] / b[j];
    out[i] = row;
  }
  return out;
}

/** Throws unless `viaFunction` is a matrix of the same shape as `viaBare` with every cell identical. */
export function assertSameCells(viaFunction: unknown, viaBare: readonly (readonly number[])[]): void {
  if (!Array.isArray(viaFunction) || viaFunction.length !== viaBare.length) {
    throw new Error("ROAS and the bare loop disagree: different number of rows");
  }
  for (let i = 0; i < viaBare.length; i++) {
    const row: unknown = viaFunction[i];
    const bare = viaBare[i];
    if (!Array.isArray(row) || row.length !== bare.length) {
      throw new Error(`ROAS and the bare loop disagree: row ${i} differs in length`);
    }
    for (let j = 0; j < bare.length; j++) {
      if (!Object.is(row[j], bare[j])) {
        throw new Error(`ROAS and the bare loop disagree at [${i}][${j}]: ${String(row[j])} vs ${bare[j]}`);
      }
    }
  }
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  const r = f();
  const t = performance.now() - t0;
  if (r === undefined) throw new Error("no result");
  return t;
}

export function benchFunctions(size = 1000, rounds = 21): FunctionsBench {
  installRuntime(); // outside Excel there is no CustomFunctions global
  const adSales = matrix(size, size, 1, 0, 10_000);
  const adSpend = matrix(size, size, 2, 1, 999);

  // The two must agree, cell for cell, before their speed means anything.
  assertSameCells(roas(adSales, adSpend), bareRoas(adSales, adSpend));

  for (let w = 0; w < 3; w++) {
    time(() => roas(adSales, adSpend));
    time(() => bareRoas(adSales, adSpend));
  }
  const fnMs: number[] = [];
  const bareMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first so drift on a shared machine hits both alike.
    if (r % 2 === 0) {
      fnMs.push(time(() => roas(adSales, adSpend)));
      bareMs.push(time(() => bareRoas(adSales, adSpend)));
    } else {
      bareMs.push(time(() => bareRoas(adSales, adSpend)));
      fnMs.push(time(() => roas(adSales, adSpend)));
    }
  }
  const functionMs = median(fnMs);
  const bare = median(bareMs);
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  return {
    bench: "functions.roas",
    cells: size * size,
    rounds,
    functionMs: round2(functionMs),
    bareMs: round2(bare),
    ratio: round2(functionMs / bare),
  };
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(benchFunctions())}\n`);
}
