/**
 * Element-wise evaluation over Excel ranges (DESIGN §4).
 *
 * Every numeric parameter is declared as a matrix (`any[][]`), so Excel hands each argument over as a
 * 2-D array, a literal as [[x]]. The rules:
 * - arguments that are single values (a JS scalar, or a 1×1 range) broadcast to every cell;
 * - the ranges among the arguments must all have the same rows × columns, else #VALUE! (unlike
 *   Excel's own operators we do not stretch a 1×N row against an M×N range: mismatched ranges are
 *   more often a selection mistake than an intent);
 * - the result is a rows × columns matrix when any argument was a range (a 1×1 range gives a 1×1
 *   matrix, which Excel shows as one value), and a single value when every argument was a scalar
 *   (JS callers only);
 * - a bad cell gives an error in that cell of the result, not in the whole spill; a bad shape (empty
 *   or ragged range, mismatched sizes) is a top-level error, thrown as Excel expects.
 *
 * The per-cell function is the core's own (e.g. `metrics.roas`), called directly: no per-cell
 * closures, arrays or objects. Results are gathered off the JS heap first and the rows built after
 * (see `numeric2` for why); ROAS over 1000 × 1000 runs within 3× of a bare division loop
 * (scripts/bench-functions.ts).
 */
import type { ArgSpec, CellOut } from "./args";
import { fail, settle } from "./errors";
import { messages } from "./messages";

export type Matrix = CellOut[][];

/** Any function of the core the loops call once per cell. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the specs type each call site
type CellFn = (...args: any[]) => unknown;

/**
 * The argument as a grid when it is a range of more than one cell; null when it is a single value
 * (a scalar or a 1×1 range). Throws #VALUE! for an empty range, ragged rows, or a 1-D array.
 */
function gridOf(v: unknown, name: string): unknown[][] | null {
  if (!Array.isArray(v)) return null;
  const rows = v.length;
  const first: unknown = rows > 0 ? v[0] : undefined;
  if (!Array.isArray(first) || first.length === 0) return fail("value", messages().badRange(name));
  const cols = first.length;
  for (let i = 1; i < rows; i++) {
    const row: unknown = v[i];
    if (!Array.isArray(row) || row.length !== cols) return fail("value", messages().badRange(name));
  }
  return rows === 1 && cols === 1 ? null : (v as unknown[][]);
}

/** The single value of an argument known not to be a multi-cell grid. */
function scalarOf(v: unknown): unknown {
  return Array.isArray(v) ? (v[0] as unknown[])[0] : v;
}

function shapeText(g: unknown[][]): string {
  return `${g.length}×${g[0].length}`;
}

/** One cell: coerce each value by its spec, call the core, settle its result as a cell value. */
function cell(fn: CellFn, values: unknown[], specs: readonly ArgSpec<unknown>[]): CellOut {
  for (let k = 0; k < specs.length; k++) {
    const c = specs[k].coerce(values[k]);
    // Coerced values are numbers, strings or null; only an error is an object.
    if (typeof c === "object" && c !== null) return c as CustomFunctions.Error;
    values[k] = c;
  }
  return settle(fn(values[0], values[1], values[2], values[3]));
}

/**
 * fn applied element-wise to up to four arguments. `specs[k]` coerces `args[k]`; `fn` receives the
 * coerced values in order. Returns a matrix when any argument is a range, else a single cell value.
 */
export function liftN(fn: CellFn, args: readonly unknown[], specs: readonly ArgSpec<unknown>[]): CellOut | Matrix {
  const n = specs.length;
  const grids: (unknown[][] | null)[] = new Array(n);
  let shape: unknown[][] | null = null;
  let shapeArg = 0;
  let spill = false;
  for (let k = 0; k < n; k++) {
    const g = gridOf(args[k], specs[k].name);
    grids[k] = g;
    if (Array.isArray(args[k])) spill = true;
    if (g === null) continue;
    if (shape === null) {
      shape = g;
      shapeArg = k;
    } else if (g.length !== shape.length || g[0].length !== shape[0].length) {
      fail("value", messages().shapeMismatch(specs[shapeArg].name, shapeText(shape), specs[k].name, shapeText(g)));
    }
  }

  if (!spill) return cell(fn, args.slice(0, n), specs);
  if (shape === null) return [[cell(fn, args.map(scalarOf), specs)]];

  // Single values are coerced once, not once per cell; an error among them fills every cell.
  const fixed: unknown[] = new Array(n);
  for (let k = 0; k < n; k++) {
    if (grids[k] !== null) continue;
    const c = specs[k].coerce(scalarOf(args[k]));
    if (typeof c === "object" && c !== null) return fillMatrix(shape.length, shape[0].length, c as CellOut);
    fixed[k] = c;
  }

  if (n === 2 && specs[0].numeric && specs[1].numeric) {
    return numeric2(fn, rowsOf(grids[0], fixed[0], shape), rowsOf(grids[1], fixed[1], shape), specs[0], specs[1]);
  }

  return general(fn, grids, fixed, specs, shape.length, shape[0].length);
}

/**
 * Any other element-wise call, in the same two passes as `numeric2` (see there why). `grids[k]` is
 * the k-th argument's range, or null when it is the single value `fixed[k]` (already coerced).
 */
function general(
  fn: CellFn,
  grids: readonly (unknown[][] | null)[],
  fixed: readonly unknown[],
  specs: readonly ArgSpec<unknown>[],
  rows: number,
  cols: number,
): Matrix {
  const values: unknown[] = new Array(4);
  const cells = new Cells(rows * cols);
  const numbers = cells.numbers;
  let at = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++, at++) {
      const r = callAt(fn, grids, fixed, specs, values, i, j);
      if (typeof r === "number" && r - r === 0) numbers[at] = r;
      else cells.other(at, settle(r));
    }
  }
  return cells.toMatrix(rows, cols);
}

/** fn on the coerced values of cell (i, j), or the first argument's error there. */
function callAt(
  fn: CellFn,
  grids: readonly (unknown[][] | null)[],
  fixed: readonly unknown[],
  specs: readonly ArgSpec<unknown>[],
  values: unknown[],
  i: number,
  j: number,
): unknown {
  for (let k = 0; k < specs.length; k++) {
    const g = grids[k];
    if (g === null) {
      values[k] = fixed[k];
      continue;
    }
    const v = g[i][j];
    const spec = specs[k];
    if (spec.numeric && typeof v === "number" && v - v === 0) {
      values[k] = v;
      continue;
    }
    const c = spec.coerce(v);
    if (typeof c === "object" && c !== null) return c;
    values[k] = c;
  }
  return fn(values[0], values[1], values[2], values[3]);
}

/**
 * The rows of an argument over the result's shape: the grid itself, or for a single value (already
 * coerced) one row filled with it, shared by every result row, so the hot loop reads both alike.
 */
function rowsOf(grid: unknown[][] | null, value: unknown, shape: unknown[][]): unknown[][] {
  if (grid !== null) return grid;
  const row = new Array<unknown>(shape[0].length).fill(value);
  return new Array<unknown[]>(shape.length).fill(row);
}

/**
 * Scratch for the results' numbers, kept between calls up to a million cells (8 MB) and reused:
 * functions run one at a time on Excel's JS thread, so no two calls share it at once.
 */
const SCRATCH_KEEP = 1 << 20;
let scratch: Float64Array | null = null;

function scratchFor(cells: number): Float64Array {
  if (cells > SCRATCH_KEEP) return new Float64Array(cells);
  if (scratch === null || scratch.length < cells) scratch = new Float64Array(Math.max(cells, 4096));
  return scratch;
}

/**
 * A result being computed, cell by cell in row-major order, off the JS heap until the rows are built:
 * finite numbers in a flat Float64Array; anything else tagged in an Int32Array (created on first
 * need): TRUE and FALSE by tag alone, words and errors by their index in a small pool (a word is
 * pooled once, so STATUS over a million cells keeps three entries).
 */
class Cells {
  readonly numbers: Float64Array;
  private tags: Int32Array | null = null;
  private readonly pool: CellOut[] = [];
  private readonly words = new Map<string, number>();

  constructor(private readonly count: number) {
    this.numbers = scratchFor(count);
  }

  other(at: number, value: CellOut): void {
    const tags = (this.tags ??= new Int32Array(this.count));
    if (value === true) tags[at] = TAG_TRUE;
    else if (value === false) tags[at] = TAG_FALSE;
    else if (typeof value === "string") {
      let index = this.words.get(value);
      if (index === undefined) {
        index = this.pool.push(value) - 1;
        this.words.set(value, index);
      }
      tags[at] = TAG_POOL + index;
    } else {
      // An error value (settle() has made any non-finite number #NUM!): one entry each, they are rare.
      tags[at] = TAG_POOL + this.pool.push(value) - 1;
    }
  }

  /** The result rows, built the way a bare loop builds them. */
  toMatrix(rows: number, cols: number): Matrix {
    const numbers = this.numbers;
    const tags = this.tags;
    const pool = this.pool;
    const out: Matrix = new Array(rows);
    let at = 0;
    for (let i = 0; i < rows; i++) {
      const row: CellOut[] = new Array(cols);
      // Each kind has its own store: `row[j] = ok ? number : other` would box every number.
      if (tags === null) {
        for (let j = 0; j < cols; j++, at++) row[j] = numbers[at];
      } else {
        for (let j = 0; j < cols; j++, at++) {
          const t = tags[at];
          if (t === TAG_NUMBER) row[j] = numbers[at];
          else if (t === TAG_TRUE) row[j] = true;
          else if (t === TAG_FALSE) row[j] = false;
          else row[j] = pool[t - TAG_POOL];
        }
      }
      out[i] = row;
    }
    return out;
  }
}

const TAG_NUMBER = 0;
const TAG_TRUE = 1;
const TAG_FALSE = 2;
const TAG_POOL = 3;

/**
 * The hot path: a core function of two numbers over equal-sized rows (ROAS over two ranges, or a
 * range and a single value), in two passes:
 * 1. every cell through the core, into `Cells` (numbers in a flat Float64Array);
 * 2. the result rows built from it.
 * Why: a core result is `number | KpiError`, which V8 boxes into a heap number per cell. Boxes that
 * die at once cost little, unless the young generation also holds the result rows being built: then
 * every minor collection copies those rows again (measured: 4x slower). Building the rows only after
 * the core calls keeps those collections empty-handed, and the rows are then built exactly as a bare
 * loop builds them.
 */
function numeric2(fn: CellFn, a: unknown[][], b: unknown[][], sa: ArgSpec<unknown>, sb: ArgSpec<unknown>): Matrix {
  const rows = a.length;
  const cols = a[0].length;
  const cells = new Cells(rows * cols);
  const numbers = cells.numbers;
  let at = 0;
  for (let i = 0; i < rows; i++) {
    const ra = a[i];
    const rb = b[i];
    for (let j = 0; j < cols; j++, at++) {
      const x = ra[j];
      const y = rb[j];
      // Finiteness is the core's to check (it refuses NaN and ±Infinity); the coercion path below
      // then says which Excel error that input deserves.
      if (typeof x === "number" && typeof y === "number") {
        const r = fn(x, y);
        if (typeof r === "number" && r - r === 0) {
          numbers[at] = r;
          continue;
        }
      }
      const c = mixedCell2(fn, x, y, sa, sb);
      if (typeof c === "number") numbers[at] = c;
      else cells.other(at, c);
    }
  }
  return cells.toMatrix(rows, cols);
}

/** A cell of `numeric2` that is not two finite numbers giving a finite number. */
function mixedCell2(fn: CellFn, x: unknown, y: unknown, sa: ArgSpec<unknown>, sb: ArgSpec<unknown>): CellOut {
  const cx = sa.coerce(x);
  if (typeof cx === "object" && cx !== null) return cx as CellOut;
  const cy = sb.coerce(y);
  if (typeof cy === "object" && cy !== null) return cy as CellOut;
  return settle(fn(cx, cy));
}

function fillMatrix(rows: number, cols: number, value: CellOut): Matrix {
  const out: Matrix = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = new Array<CellOut>(cols).fill(value);
  return out;
}

/**
 * The cells of a table argument in row-major order, coerced by `spec` (a scalar is a table of one).
 * Returns the first error met instead, so an aggregate over a range with #N/A is #N/A, as SUM is.
 */
export function flatten<T>(v: unknown, spec: ArgSpec<T>): T[] | CustomFunctions.Error {
  const grid = gridOf(v, spec.name) ?? [[scalarOf(v)]];
  const out: T[] = [];
  for (const row of grid) {
    for (const x of row) {
      const c = spec.coerce(x);
      if (typeof c === "object" && c !== null) return c as CustomFunctions.Error;
      out.push(c as T);
    }
  }
  return out;
}

/** rows × cols of the argument (1×1 for a single value). */
export function shapeOf(v: unknown, name: string): { rows: number; cols: number } {
  const g = gridOf(v, name);
  return g === null ? { rows: 1, cols: 1 } : { rows: g.length, cols: g[0].length };
}
