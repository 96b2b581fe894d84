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

export interface FunctionsBench {
  bench: "functions.roas";
  cells: number;
  rounds: number;
  functionMs: number;
  bareMs: number;
  ratio: number;
}

/** Outside Excel there is no CustomFunctions global; errors are not expected here, but be safe. */
function ensureRuntime(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  class CfError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = {
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
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

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  const r = f();
  const t = performance.now() - t0;
  if (r === undefined) throw new Error("no result");
  return t;
}

export function benchFunctions(size = 1000, rounds = 21): FunctionsBench {
  ensureRuntime();
  const adSales = matrix(size, size, 1, 0, 10_000);
  const adSpend = matrix(size, size, 2, 1, 999);

  // The two must agree before their speed means anything.
  const viaFunction = roas(adSales, adSpend) as unknown[][];
  const viaBare = bareRoas(adSales, adSpend);
  if (viaFunction[size - 1][size - 1] !== viaBare[size - 1][size - 1])
    throw new Error("ROAS and the bare loop disagree");

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
