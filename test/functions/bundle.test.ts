/**
 * The BUILT add-in as Excel loads it (DESIGN §6): dist/functions.js evaluated in a Node `vm` context
 * whose only global is a recording `CustomFunctions` (associate, Error, ErrorCode), as Excel's
 * runtime provides. Every id in dist/functions.json must be associated and compute a hand-worked
 * case, called the way Excel calls it (matrix parameters as [[x]], an omitted optional as null);
 * functions.zh-CN.json and functions.es-MX.json must describe the same functions.
 *
 * dist/ is built here (`npm run build`; its FunctionLocalesPlugin emits the per-language files) when
 * it is missing or older than src/functions; CI builds before testing, so this is then a no-op.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { codes, expectCells, makeRuntime, type FakeRuntime } from "./runtime";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BUNDLE = path.join(DIST, "functions.js");
const METADATA = path.join(DIST, "functions.json");
const LOCALES = ["zh-CN", "es-MX"] as const;
const localeFile = (l: string): string => path.join(DIST, `functions.${l}.json`);

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

/** Newest modification time of the files under `dir`, subfolders included. */
function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The bundle is built from src/functions and the core it calls (src/core, catalog included). */
function newestSource(): number {
  return Math.max(newestIn(path.join(ROOT, "src/functions")), newestIn(path.join(ROOT, "src/core")));
}

const OUTPUTS = [BUNDLE, METADATA, ...LOCALES.map(localeFile)];

function distExists(): boolean {
  return OUTPUTS.every((f) => fs.existsSync(f));
}

/** Older than a source of the functions or the core? (webpack leaves unchanged outputs untouched, so only before a build.) */
function distIsStale(): boolean {
  return Math.min(...OUTPUTS.map((f) => fs.statSync(f).mtimeMs)) < newestSource();
}

function ensureBuilt(): void {
  if (distExists() && !distIsStale()) return;
  try {
    execSync("npm run build", { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `dist/functions.js is missing or stale and \`npm run build\` failed; build first (npm run build).\n${String(out.stdout ?? "")}${String(out.stderr ?? "")}`.slice(
        0,
        4000,
      ),
    );
  }
  if (!distExists()) {
    throw new Error("`npm run build` did not write dist/functions.js, functions.json and functions.{zh-CN,es-MX}.json");
  }
  // Unchanged outputs keep their old times; mark them checked so the next run does not rebuild.
  const now = new Date();
  for (const f of OUTPUTS) fs.utimesSync(f, now, now);
}

let runtime: FakeRuntime;
let metadata: Metadata;

beforeAll(() => {
  ensureBuilt();
  metadata = JSON.parse(fs.readFileSync(METADATA, "utf8")) as Metadata;
  runtime = makeRuntime();
  const context = vm.createContext({ CustomFunctions: runtime });
  vm.runInContext(fs.readFileSync(BUNDLE, "utf8"), context, { filename: "functions.js" });
}, 320_000);

const tiers = { mins: [[0.8, 0.9, 1, 1.1]], payouts: [[0.5, 0.8, 1, 1.2]] };

/** One hand-worked case per function id: arguments as Excel passes them, and the expected result. */
const CASES: Record<string, [unknown[], unknown]> = {
  ROAS: [[[[500]], [[125]]], [[4]]], // 500 / 125
  ACOS: [[[[125]], [[500]]], [[0.25]]], // 125 / 500
  TACOS: [[[[125]], [[2500]]], [[0.05]]], // 125 / 2500
  CTR: [[[[45]], [[10000]]], [[0.0045]]], // 45 / 10000
  CPC: [[[[90]], [[120]]], [[0.75]]], // 90 / 120
  CVR: [[[[30]], [[1200]]], [[0.025]]], // 30 / 1200
  AOV: [[[[2500]], [[100]]], [[25]]], // 2500 / 100
  TURNOVERDAYS: [[[[6000]], [[3000]], null], [[60]]], // 6000 / 3000 × 30 (days omitted)
  DAYSOFSUPPLY: [[[[900]], [[30]]], [[30]]], // 900 / 30
  SELLTHROUGH: [[[[300]], [[1200]]], [[0.25]]], // 300 / 1200
  NETSALES: [[[[1160]], [[0]], [[0.16]]], [[1000]]], // (1160 − 0) / 1.16
  RATE: [[[[3]], [[200]]], [[0.015]]], // 3 / 200
  GROWTH: [[[[1200]], [[1000]]], [[0.2]]], // 1200 / 1000 − 1
  ATTAINMENT: [[[[0.12]], [[0.1]], [["lower"]], null], [[0.8]]], // 2 − 0.12 / 0.1
  SCORE: [[[[1, 0.8]], [[60, 40]], null], 0.92], // (60·1 + 40·0.8) / 100
  PAYOUT: [[[[0.6 * 1.5]], tiers.mins, tiers.payouts], [[0.8]]], // 0.8999999999999999 earns the 0.9 tier
  BONUS: [[[[5000]], [[0.8]]], [[4000]]], // 5000 × 0.8
  GATE: [[[[0.008]], [[0.01]], [["lower"]]], [[true]]], // 0.008 ≤ 0.01
  STATUS: [[[[0.95]], null, null], [["amber"]]], // 0.9 ≤ 0.95 < 1
  LIMIT: [[[["odr"]], [["amazon_us"]]], [[0.01]]], // Amazon ODR < 1%
  PHASE: [[[[1200]], null, null], [new Array(12).fill(100)]], // 1200 / 12 equal months
  BUENFIN: [[[[2025]], null], [[45974]]], // 2025-11-13 = 45658 + 316
  PROMO: [[[["prime_day"]], [[2025]], null, null], [[45846]]], // 2025-07-08 = 45658 + 188
};

test("every function in functions.json is associated, and nothing else", () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...runtime.registered.keys()].sort()).toEqual(ids);
  expect(ids.length).toBeGreaterThanOrEqual(18);
});

test("every function in functions.json has a hand-worked case here", () => {
  expect(Object.keys(CASES).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

test("each associated function takes the parameters its metadata declares", () => {
  for (const f of metadata.functions)
    expect([f.id, runtime.registered.get(f.id)?.length]).toEqual([f.id, f.parameters.length]);
});

test("every function has a description, parameter help and a help URL", () => {
  for (const f of metadata.functions) {
    expect(f.description?.length ?? 0).toBeGreaterThan(10);
    expect(f.helpUrl).toMatch(/^https:\/\/cross-border-kpi\.example\.com\/docs\/(kpis|functions)\.md#[a-z_]+$/);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(3);
  }
});

test.each(Object.entries(CASES))("%s computes its hand-worked case in the built bundle", (id, [args, expected]) => {
  const fn = runtime.registered.get(id);
  expect(fn).toBeDefined();
  expectCells((fn as (...a: unknown[]) => unknown)(...args), expected);
});

test("errors from the bundle are the runtime's CustomFunctions.Error with Excel's codes", () => {
  const roas = runtime.registered.get("ROAS") as (...a: unknown[]) => unknown;
  const r = roas([[1], [2]], [[0]]) as unknown[][];
  expect(r[0][0]).toBeInstanceOf(runtime.Error);
  expect(codes(r)).toEqual([["#DIV/0!"], ["#DIV/0!"]]);
  expect(() => roas([[1, 2]], [[1], [2]])).toThrow(runtime.Error as unknown as ErrorConstructor);
});

describe.each(LOCALES)("functions.%s.json", (locale) => {
  let localized: Metadata;
  beforeAll(() => {
    localized = JSON.parse(fs.readFileSync(localeFile(locale), "utf8")) as Metadata;
  });

  test("has the same functions, names and parameters as functions.json", () => {
    const shape = (m: Metadata): unknown =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        helpUrl: f.helpUrl,
        params: f.parameters.map((p) => [p.name, !!p.optional]),
      }));
    expect(shape(localized)).toEqual(shape(metadata));
  });

  test("is translated: every description and parameter help differs from the English", () => {
    metadata.functions.forEach((f, i) => {
      const g = localized.functions[i];
      expect([f.id, g.description === f.description]).toEqual([f.id, false]);
      f.parameters.forEach((p, j) =>
        expect([f.id, p.name, g.parameters[j].description === p.description]).toEqual([f.id, p.name, false]),
      );
    });
  });
});
