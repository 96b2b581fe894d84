/**
 * Report import into an open workbook (applyImport, DESIGN §8) against the fake Excel host: the
 * workbook is seeded with the Inputs table a build wrote (from the plan itself), and, for re-import,
 * the Data and Imports sheets of an earlier import. One Excel.run, ≤ 3 syncs, every request under the
 * 4.5 MB budget; typed actuals untouched; our old sheets replaced, nobody else's; and a failure
 * anywhere leaves the workbook as it was (or, past the last command, whole).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { actualsFromReports, importReport } from "../../../src/import";
import type { PersonActuals } from "../../../src/import/actuals";
import type { ParsedReport } from "../../../src/import/types";
import { isKpiError, type Lang, type Platform } from "../../../src/core/types";
import { applyImport, type ImportApplyInput } from "../../../src/render/office/applyImport";
import { colLetter } from "../../../src/plan/a1";
import { INPUT_COL, SHEET_KEYS } from "../../../src/plan/scorecardPlan";
import { resolveSheetRefs } from "../../../src/plan/sheetRefs";
import type { TeamConfig } from "../../../src/plan/teamConfig";
import { isFormulaCell, type PlanCell } from "../../../src/plan/types";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { bigTeam, config } from "../../plan/fixtures";
import { FakeExcel, type FakeExcelSetup } from "./fakeExcel";

const REQUEST_BUDGET = 4_500_000;
const fixtures = path.resolve(__dirname, "../../import/fixtures");

async function read(name: string, marketplace?: Platform): Promise<ParsedReport> {
  const r = await importReport({
    name,
    bytes: readFileSync(path.join(fixtures, name)),
    ...(marketplace ? { marketplace } : {}),
  });
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

async function allReports(): Promise<ParsedReport[]> {
  return [
    await read("business-report-en-us.csv", "amazon_us"),
    await read("ads-sp-legacy.csv"),
    await read("all-orders.txt"),
    await read("fba-returns.csv", "amazon_us"),
    await read("account-health.json"),
    await read("business-report-es-mx.csv", "amazon_mx"),
    await read("ads-sp-2026.csv"),
  ];
}

/** A team with no typed actual (November 2026, the fixtures' month). */
function untyped(team: TeamConfig): TeamConfig {
  return config({
    ...team,
    period: "2026-11",
    people: team.people.map((p) => ({ ...p, kpis: p.kpis!.map(({ actual: _a, ...k }) => k) })),
  });
}

function actualsOf(team: TeamConfig, reports: readonly ParsedReport[]): PersonActuals[] {
  const a = actualsFromReports(team, reports);
  if (isKpiError(a)) throw new Error(a.message);
  return a;
}

/** The cells of a plan block as Excel's `range.formulas` gives them back: "=…" for a formula, "" for blank. */
function asFormulas(cells: readonly (readonly PlanCell[])[], names: ReadonlyMap<string, string>): unknown[][] {
  return cells.map((r) =>
    r.map((c) => (c === null ? "" : isFormulaCell(c) ? `=${resolveSheetRefs(c.formula, names)}` : c)),
  );
}

/** A workbook as a build left it: Inputs (its table from the plan), and, with `imported`, the Data and Imports sheets. */
function seededWorkbook(
  team: TeamConfig,
  lang: Lang,
  imported?: { reports: ParsedReport[]; actuals: PersonActuals[] },
) {
  const { plan } = planTeamWorkbook(team, lang, imported ? { imports: imported } : {});
  const names = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const inputs = plan.sheets.find((s) => s.key === SHEET_KEYS.inputs)!;
  const table = inputs.tables!.find((t) => t.name === "tblInputs")!;
  const rows = asFormulas(inputs.blocks[0].cells.slice(0, table.range.bottom + 1), names);
  const address = `A1:${colLetter(table.range.right)}${table.range.bottom + 1}`;
  const setup: Required<Pick<FakeExcelSetup, "sheets" | "tables" | "grids">> = {
    sheets: ["Notes", inputs.name],
    tables: [{ name: "tblInputs", sheet: inputs.name, address }],
    grids: [{ sheet: inputs.name, rows }],
  };
  if (imported) {
    for (const key of ["data", "imports"] as const) {
      const sheet = plan.sheets.find((s) => s.key === key)!;
      const t = sheet.tables![0];
      setup.sheets.push(sheet.name);
      setup.tables.push({
        name: t.name,
        sheet: sheet.name,
        address: `A${t.range.top + 1}:${colLetter(t.range.right)}${t.range.bottom + 1}`,
      });
      setup.grids.push({
        sheet: sheet.name,
        at: `A${t.range.top + 1}`,
        rows: asFormulas(sheet.blocks[1].cells, names),
      });
    }
  }
  return { plan, inputsName: inputs.name, rows, fake: new FakeExcel(setup) };
}

const actualCell = (row: number) => `${colLetter(INPUT_COL.actual)}${row + 1}`;

describe("applyImport", () => {
  let reports: ParsedReport[];
  beforeAll(async () => {
    reports = await allReports();
  });

  test("500 × 12, first import (zh-CN): 4,000 Data rows in ≤ 3 syncs, every request under 4.5 MB", async () => {
    const team = untyped(bigTeam(500, 12));
    const { fake, inputsName } = seededWorkbook(team, "zh-CN");
    const input: ImportApplyInput = { reports, actuals: actualsOf(team, reports), period: team.period, lang: "en-US" };
    const result = await applyImport(input, { run: fake.run, isSetSupported: () => true });
    if (!result.ok) throw new Error(result.error);
    expect(fake.runs).toBeGreaterThan(0);
    expect(fake.syncsPerRun).toHaveLength(1);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(result.syncs);
    for (const [, bytes] of fake.bytesPerSync()) expect(bytes).toBeLessThan(REQUEST_BUDGET);
    // 8 of 12 lines a file covers; the Inputs headers are Chinese, so the sheets are too
    expect(result.dataRows).toBe(4000);
    expect(result.sheetNames).toEqual({ data: "导入数据", imports: "导入文件" });
    expect(result.imported).toBe(3750);
    expect(result.kept).toBe(0);
    expect(fake.sheet("导入数据")).toBeDefined();
    expect(fake.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["tblData", "tblImports"]));
    // Person 1's gmv (line 1, Inputs row 2) reads the first Data row's actual (E4)
    expect(fake.cell(inputsName, actualCell(1))).toBe(`=IF(ISNUMBER('导入数据'!$E$4),'导入数据'!$E$4,"")`);
  }, 60_000);

  test("a typed actual, a typed formula and a user's sheet are never touched", async () => {
    const team = untyped(bigTeam(4, 12));
    const { fake, inputsName, rows } = seededWorkbook(team, "en-US");
    // Person 1: gmv typed 1234, cvr a formula of their own; Person 2's gmv typed as text
    const gmv1 = rows.findIndex((r) => r[INPUT_COL.person] === "Person 1" && r[INPUT_COL.kpiId] === "gmv");
    const cvr1 = rows.findIndex((r) => r[INPUT_COL.person] === "Person 1" && r[INPUT_COL.kpiId] === "cvr");
    const gmv2 = rows.findIndex((r) => r[INPUT_COL.person] === "Person 2" && r[INPUT_COL.kpiId] === "gmv");
    const seed = new Map<number, unknown>([
      [gmv1, 1234],
      [cvr1, "=Notes!B2/Notes!B3"],
      [gmv2, "n/a"],
    ]);
    const inputs = fake.sheet(inputsName)!;
    for (const [row, v] of seed) inputs.cells.set(`${row},${INPUT_COL.actual}`, v);
    fake.sheet("Notes")!.cells.set("0,0", "mine");
    const result = await applyImport(
      { reports, actuals: actualsOf(team, reports), period: team.period, lang: "en-US" },
      { run: fake.run, isSetSupported: () => true },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.kept).toBe(3);
    for (const [row, v] of seed) expect(fake.cell(inputsName, actualCell(row))).toBe(v);
    // no write on the Inputs sheet covers a typed row
    const typedRows = new Set([...seed.keys()].map((r) => r + 1));
    for (const w of fake.writes.filter((x) => x.sheet === inputsName)) {
      const [, a, b] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(w.address)!.map(Number);
      for (const r of typedRows) expect(r < a || r > b).toBe(true);
    }
    expect(fake.cell("Notes", "A1")).toBe("mine");
    expect(fake.sheet("Notes")!.preexisting).toBe(true);
  });

  test("importing again replaces our old Data and Imports sheets under their names, and blanks what lost its data", async () => {
    const team = untyped(bigTeam(6, 12));
    const first = { reports, actuals: actualsOf(team, reports) };
    const { fake, inputsName, rows } = seededWorkbook(team, "es-MX", first);
    const oldData = fake.sheet("Datos")!;
    const oldImports = fake.sheet("Importaciones")!;
    expect(oldData).toBeDefined();
    expect(oldImports).toBeDefined();
    const before = fake.sheets.map((s) => s.name);
    // Only the business reports now: the ads KPIs lose their data and their formulas are blanked.
    const again = reports.filter((r) => r.kind === "amazon_business_report");
    const result = await applyImport(
      { reports: again, actuals: actualsOf(team, again), period: team.period, lang: "en-US" },
      { run: fake.run, isSetSupported: () => true },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(result.sheetNames).toEqual({ data: "Datos", imports: "Importaciones" });
    // same names, same order of names, new sheets: the old ones are gone, no parked sheet left
    expect(fake.sheets.map((s) => s.name).sort()).toEqual([...before].sort());
    expect(fake.sheets).not.toContain(oldData);
    expect(fake.sheets).not.toContain(oldImports);
    expect(fake.sheets.some((s) => s.name.startsWith("~kpi-old"))).toBe(false);
    expect(fake.tables.filter((t) => /^tblData/i.test(t.name)).map((t) => [t.name, t.sheet])).toEqual([
      ["tblData", "Datos"],
    ]);
    const roas = rows.findIndex((r) => r[INPUT_COL.person] === "Person 2" && r[INPUT_COL.kpiId] === "roas");
    expect(rows[roas][INPUT_COL.actual]).toMatch(/^=IF\(ISNUMBER\('Datos'!/);
    expect(fake.cell(inputsName, actualCell(roas))).toBe("");
    expect(result.cleared).toBeGreaterThan(0);
    const gmv = rows.findIndex((r) => r[INPUT_COL.person] === "Person 2" && r[INPUT_COL.kpiId] === "gmv");
    expect(fake.cell(inputsName, actualCell(gmv))).toMatch(/^=IF\(ISNUMBER\('Datos'!\$E\$\d+\)/);
  });

  test("a sheet named Data that holds no tblData is not ours: it stays, and the new one takes another name", async () => {
    const team = untyped(bigTeam(2, 12));
    const { fake } = seededWorkbook(team, "en-US");
    fake.sheets.push({ ...fake.sheet("Notes")!, id: "{mine}", name: "Data", cells: new Map([["0,0", "my data"]]) });
    const result = await applyImport(
      { reports, actuals: actualsOf(team, reports), period: team.period, lang: "en-US" },
      { run: fake.run, isSetSupported: () => true },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.sheetNames.data).not.toBe("Data");
    expect(fake.cell("Data", "A1")).toBe("my data");
  });

  test("no Inputs table: notFound, nothing written", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1"] });
    const result = await applyImport({ reports, actuals: [], lang: "en-US" }, { run: fake.run });
    expect(result).toMatchObject({ ok: false, code: "notFound" });
    expect(fake.writes).toEqual([]);
    expect(fake.syncCount).toBe(1);
  });

  // Every queued structural command of the write request in turn (0: none ran … all ran), and a
  // context that breaks: the workbook is back as it was, or (everything ran) whole.
  test.each([
    ["nothing ran", 0, false],
    ["the renames ran", 4, false],
    ["the renames and the adds ran", 8, false],
    ["the adds and an Inputs write ran, the context broke", 9, true],
  ])("a failure in the write request (%s) leaves nothing half-built", async (_label, executed, breakContext) => {
    const team = untyped(bigTeam(6, 12));
    const { fake, inputsName } = seededWorkbook(team, "en-US", { reports, actuals: actualsOf(team, reports) });
    const sheetsBefore = fake.sheets.map((s) => [s.id, s.name]);
    const tablesBefore = fake.tables.map((t) => [t.id, t.name, t.sheet]);
    const inputsBefore = new Map(fake.sheet(inputsName)!.cells);
    fake.failures.push({ atSync: 2, executed, breakContext });
    const again = reports.filter((r) => r.kind !== "amazon_ads_sp");
    const result = await applyImport(
      { reports: again, actuals: actualsOf(team, again), period: team.period, lang: "en-US" },
      { run: fake.run, isSetSupported: () => true },
    );
    expect(result).toMatchObject({ ok: false, code: "failed", restored: true });
    if (!result.ok) expect(result.error).toMatch(/put back as it was/);
    expect(fake.sheets.map((s) => [s.id, s.name])).toEqual(sheetsBefore);
    expect(fake.tables.map((t) => [t.id, t.name, t.sheet])).toEqual(tablesBefore);
    expect(new Map(fake.sheet(inputsName)!.cells)).toEqual(inputsBefore);
  });

  test("a failure after every command ran leaves the new block whole", async () => {
    const team = untyped(bigTeam(3, 12));
    const { fake } = seededWorkbook(team, "en-US", { reports, actuals: actualsOf(team, reports) });
    const oldData = fake.sheet("Data")!;
    fake.failures.push({ atSync: 2, executed: "all" });
    const result = await applyImport(
      { reports, actuals: actualsOf(team, reports), period: team.period, lang: "en-US" },
      { run: fake.run, isSetSupported: () => true },
    );
    expect(result).toMatchObject({ ok: false, restored: true });
    if (!result.ok) expect(result.error).toMatch(/written in full/);
    expect(fake.sheet("Data")).toBeDefined();
    expect(fake.sheet("Data")).not.toBe(oldData);
    expect(fake.sheets.some((s) => s.name.startsWith("~kpi-old"))).toBe(false);
  });
});
