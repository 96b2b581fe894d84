import ExcelJS from "exceljs";
import { isKpiError } from "../../../src/core/types";
import { planWorkbook, TABLES } from "../../../src/plan";
import { parseTeamConfig, type TeamConfig } from "../../../src/plan/teamConfig";
import { createBrowserHost, fileNameFor } from "../../../src/taskpane/hosts/browserHost";
import { createOfficeHost } from "../../../src/taskpane/hosts/officeHost";
import { planTableValues } from "../../../src/taskpane/hosts/planValues";
import { patternsByPerson } from "../../../src/taskpane/data/personPatterns";
import { parseTeamGrid } from "../../../src/taskpane/scorecard/teamRows";
import { planToXlsx } from "../../../src/taskpane/hosts/xlsxFile";
import { lazyHost, type WorkbookHost } from "../../../src/taskpane/hosts/WorkbookHost";
import { FakeExcel } from "../../render/office/fakeExcel";
import { FakeWorkbook } from "./fakeWorkbook";
import { SCORECARD_HEADERS } from "../../support/designHeaders";

function team(): TeamConfig {
  const c = parseTeamConfig({
    title: "Equipo MX",
    period: "2026-01",
    people: [
      {
        name: "Ana",
        region: "US",
        role: "ads",
        baseBonus: 1000,
        kpis: [
          { id: "roas", target: 4, actual: 5 },
          { id: "ctr", target: 0.004 },
        ],
      },
      { name: "Luis", region: "MX", role: "cs", baseBonus: 800 },
    ],
  });
  if (isKpiError(c)) throw new Error(c.message);
  return c;
}

describe("planTableValues", () => {
  test("a table's cells with each formula's cached result, header first", () => {
    const plan = planWorkbook(team(), "en-US", { year: 2026 });
    const grid = planTableValues(plan, TABLES.scorecard)!;
    expect(grid[0]).toEqual([...SCORECARD_HEADERS]);
    // Ana: roas 5 / 4 = 1.25, capped at 1.2; ctr has no actual → 0, missing.
    expect(grid[1].slice(0, 4)).toEqual(["Ana", "US", "ads", "roas"]);
    expect(grid[1][8]).toBeCloseTo(1.2, 12);
    expect(grid[1][10]).toBe("on track");
    expect([grid[2][3], grid[2][8], grid[2][10]]).toEqual(["ctr", 0, "missing"]);
  });

  test("table names match ignoring case; an unknown table is undefined", () => {
    const plan = planWorkbook(team(), "en-US", { year: 2026 });
    expect(planTableValues(plan, "TBLPEOPLE")?.[1]).toEqual(["Ana", "US", "ads", 1000, "mature", "", ""]);
    expect(planTableValues(plan, "tblNope")).toBeUndefined();
  });
});

describe("browserHost", () => {
  test("builds the .xlsx, offers it as a download and reads the tables back from it", async () => {
    const downloads: { bytes: Uint8Array; fileName: string }[] = [];
    const progress: [number, number][] = [];
    const host = createBrowserHost({
      toXlsx: async () => ({ bytes: new Uint8Array([1, 2, 3]), sheetNames: { summary: "Summary" } }),
      download: (bytes, fileName) => downloads.push({ bytes, fileName }),
    });
    expect(await host.readScorecard()).toMatchObject({ ok: false, code: "notFound" });
    const plan = planWorkbook(team(), "es-MX", { year: 2026 });
    const result = await host.buildPlan(plan, (done, total) => progress.push([done, total]));
    expect(result).toEqual({
      ok: true,
      value: { sheetNames: { summary: "Summary" }, identifiers: {}, warnings: [], fileName: "Equipo MX.xlsx" },
    });
    expect(downloads).toEqual([{ bytes: new Uint8Array([1, 2, 3]), fileName: "Equipo MX.xlsx" }]);
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    const read = await host.readScorecard();
    expect(read.ok && read.value[0][0]).toBe("Persona");
    expect((await host.readTeam()).ok).toBe(true);
  });

  test("the period is the Settings sheet's of the last plan built here; before any build, notFound", async () => {
    const host = createBrowserHost({
      toXlsx: async () => ({ bytes: new Uint8Array(), sheetNames: {} }),
      download: () => {},
    });
    expect(await host.readPeriod()).toEqual({ ok: false, code: "notFound", detail: "Settings" });
    // team() is for 2026-01; the es-MX plan labels its row "Periodo"
    await host.buildPlan(planWorkbook(team(), "es-MX", { year: 2026 }));
    expect(await host.readPeriod()).toEqual({ ok: true, value: "2026-01" });
    await host.buildPlan(planWorkbook({ ...team(), period: "2026-Q4" }, "zh-CN", { year: 2026 }));
    expect(await host.readPeriod()).toEqual({ ok: true, value: "2026-Q4" });
  });

  test("what needs a live workbook says notInExcel", async () => {
    const host = createBrowserHost({
      toXlsx: async () => ({ bytes: new Uint8Array(), sheetNames: {} }),
      download: () => {},
    });
    expect(await host.readSelection()).toEqual({ ok: false, code: "notInExcel" });
    expect(await host.insertFormula("=KPI.ROAS(1,2)")).toEqual({ ok: false, code: "notInExcel" });
    expect(await host.activateSheet("Summary")).toEqual({ ok: false, code: "notInExcel" });
    expect(await host.writeSettings({ cap: 1 })).toEqual({ ok: true, value: undefined });
  });

  test("a writer failure is a failed result", async () => {
    const host = createBrowserHost({
      toXlsx: async () => {
        throw new Error("out of memory");
      },
      download: () => {},
    });
    expect(await host.buildPlan(planWorkbook(team(), "en-US"))).toEqual({
      ok: false,
      code: "failed",
      detail: "out of memory",
    });
  });

  test.each([
    ["Team scorecard", "Team scorecard.xlsx"],
    ["团队考核表 2026/01", "团队考核表 2026-01.xlsx"],
    ['a:b*c?"d"<e>|f', "a-b-c-d-e-f.xlsx"],
    ["...", "workbook.xlsx"],
  ])("file name for %s is %s", (title, file) => {
    expect(fileNameFor(title)).toBe(file);
  });
});

describe("planToXlsx (the lazily loaded chunk)", () => {
  test("writes a workbook holding tblScorecard and tblSummary", async () => {
    const plan = planWorkbook(team(), "en-US", { year: 2026 });
    const { bytes, sheetNames } = await planToXlsx(plan);
    expect(sheetNames.summary).toBe("Summary");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const tables = wb.worksheets.flatMap((ws) =>
      Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables),
    );
    expect(tables).toEqual(expect.arrayContaining(["tblScorecard", "tblSummary", "tblPeople"]));
  });
});

describe("officeHost", () => {
  test("builds through renderPlan and hands back sheet names and identifiers as records", async () => {
    const excel = new FakeExcel();
    const host = createOfficeHost({ run: excel.run, isSetSupported: () => true });
    const labels: string[] = [];
    const result = await host.buildPlan(planWorkbook(team(), "en-US", { year: 2026 }), (_d, _t, label) =>
      labels.push(label),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheetNames.summary).toBe("Summary");
    expect(result.value.identifiers.tblScorecard).toBe("tblScorecard");
    expect(labels.length).toBeGreaterThan(0);
  });

  test("a render failure is a failed result carrying the renderer's message", async () => {
    const host = createOfficeHost({
      run: (async () => {
        throw Object.assign(new Error("Excel is busy"), { code: "GeneralException" });
      }) as unknown as typeof Excel.run,
      isSetSupported: () => true,
    });
    const result = await host.buildPlan(planWorkbook(team(), "en-US"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/Excel is busy/);
  });

  test("closePeriod goes through render/office's closePeriod; no tables is notFound, no Excel notInExcel", async () => {
    const excel = new FakeExcel({ sheets: ["Settings"] });
    const host = createOfficeHost({ run: excel.run });
    expect(await host.closePeriod()).toMatchObject({ ok: false, code: "notFound", detail: "tblScorecard" });
    expect(excel.writes).toEqual([]);
    expect(await createOfficeHost().closePeriod()).toEqual({ ok: false, code: "notInExcel" });
    expect(await createBrowserHost().closePeriod()).toEqual({ ok: false, code: "notInExcel" });
  });

  test("readPeriod reads the Settings sheet's Period row; no Excel is notInExcel", async () => {
    const excel = new FakeExcel({
      sheets: ["Ajustes"],
      grids: [
        { sheet: "Ajustes", rows: [["Ajustes"], ["Ajuste", "Valor"], ["Título", "Equipo"], ["Periodo", "2026-10"]] },
      ],
    });
    expect(await createOfficeHost({ run: excel.run }).readPeriod("Ajustes")).toEqual({ ok: true, value: "2026-10" });
    expect(await createOfficeHost().readPeriod()).toMatchObject({ ok: false, code: "notInExcel" });
  });

  test("reads go through workbookReads; 'no Excel' becomes notInExcel", async () => {
    const wb = new FakeWorkbook({
      tables: { tblScorecard: [["Person"]] },
      sheets: ["Summary"],
      activeCell: "Sheet1!B2",
    });
    const host = createOfficeHost({ run: wb.run, isSetSupported: () => true });
    expect(await host.readScorecard()).toEqual({ ok: true, value: [["Person"]] });
    expect(await host.readTeam()).toMatchObject({ ok: false, code: "notFound" });
    expect(await host.insertFormula("=KPI.ROAS(1,2)")).toEqual({ ok: true, value: "Sheet1!B2" });
    expect(await host.activateSheet("Summary")).toEqual({ ok: true, value: undefined });
    expect(await createOfficeHost().readSelection()).toEqual({
      ok: false,
      code: "notInExcel",
      detail: undefined,
      count: undefined,
    });
  });

  test("settings are written to the planner's named cells", async () => {
    const wb = new FakeWorkbook({
      names: {
        kpi_cap: { address: "Settings!$B$7", values: [[1.2]] },
        kpi_tier_min: { address: "Settings!$A$18:$A$19", values: [[0.8], [1]] },
        kpi_tier_payout: { address: "Settings!$B$18:$B$19", values: [[0.5], [1]] },
      },
    });
    const host = createOfficeHost({ run: wb.run });
    const result = await host.writeSettings({
      cap: 1.5,
      tiers: [
        { min: 0.9, payout: 0.8 },
        { min: 1, payout: 1 },
      ],
    });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(wb.writes.map((w) => [w.target, w.data])).toEqual([
      ["name:kpi_cap", [[1.5]]],
      ["name:kpi_tier_min", [[0.9], [1]]],
      ["name:kpi_tier_payout", [[0.8], [1]]],
    ]);
  });
});

describe("lazyHost", () => {
  test("loads the implementation once, on first use", async () => {
    let loads = 0;
    const inner = createBrowserHost({
      toXlsx: async () => ({ bytes: new Uint8Array(), sheetNames: {} }),
      download: () => {},
    });
    const host: WorkbookHost = lazyHost("browser", async () => {
      loads++;
      return inner;
    });
    expect(loads).toBe(0);
    expect(host.kind).toBe("browser");
    await host.readSelection();
    await host.insertFormula("=1");
    expect(loads).toBe(1);
  });
});

describe("the people table a build writes reads back in the pane (stage, SKUs, campaigns)", () => {
  const patterned = (): TeamConfig => {
    const c = parseTeamConfig({
      title: "Round trip",
      period: "2026-11",
      people: [
        { name: "Ana", region: "US", role: "ads", stage: "launch", skus: ["SKU-A-*", "B0*"], campaigns: ["SP - Ana*"] },
        { name: "Ben", region: "MX", role: "ops" },
      ],
    });
    if (isKpiError(c)) throw new Error(c.message);
    return c;
  };

  test.each(["en-US", "zh-CN", "es-MX"] as const)(
    "in %s: the Scorecard and Data views find what the config said",
    (lang) => {
      const grid = planTableValues(planWorkbook(patterned(), lang), TABLES.people)!;
      const team = parseTeamGrid(grid);
      expect(team.ok && team.people.map((p) => [p.name, p.stage])).toEqual([
        ["Ana", "launch"],
        ["Ben", undefined],
      ]);
      const patterns = patternsByPerson(grid);
      expect(patterns.get("ana")).toEqual({ skus: ["SKU-A-*", "B0*"], campaigns: ["SP - Ana*"] });
      expect(patterns.get("ben") ?? {}).toEqual({});
    },
  );
});
