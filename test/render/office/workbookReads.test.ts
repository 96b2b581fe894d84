import {
  activateWorksheet,
  insertFormulaInActiveCell,
  readSelectedValues,
  readSettingsPeriod,
  readTableValues,
  rowCountOfAddress,
  writeNamedSettings,
} from "../../../src/render/office/workbookReads";
import { FakeWorkbook } from "../../taskpane/hosts/fakeWorkbook";
import { FakeExcel } from "./fakeExcel";

const PEOPLE = [
  ["Person", "Region", "Role", "Base bonus"],
  ["Ana", "US", "ads", 1000],
];

const SETTINGS_NAMES = {
  kpi_cap: { address: "Settings!$B$7", values: [[1.2]] },
  kpi_iva_rate: { address: "Settings!$B$11", values: [[0.16]] },
  kpi_tier_min: { address: "Settings!$A$18:$A$21", values: [[0.8], [0.9], [1], [1.1]] },
  kpi_tier_payout: { address: "Settings!$B$18:$B$21", values: [[0.5], [0.8], [1], [1.2]] },
};

describe("readTableValues", () => {
  test("reads a table's header and rows in one run, two syncs", async () => {
    const wb = new FakeWorkbook({ tables: { tblPeople: PEOPLE } });
    expect(await readTableValues("tblPeople", { run: wb.run })).toEqual({ ok: true, value: PEOPLE });
    expect([wb.runs, wb.syncs]).toEqual([1, 2]);
  });

  test("a missing table is notFound after one sync, and nothing else is asked", async () => {
    const wb = new FakeWorkbook({});
    expect(await readTableValues("tblPeople", { run: wb.run })).toEqual({
      ok: false,
      code: "notFound",
      detail: "tblPeople",
    });
    expect(wb.syncs).toBe(1);
    expect(wb.loads).toEqual([]);
  });

  test("without Excel it says so instead of throwing", async () => {
    expect(await readTableValues("tblPeople")).toEqual({ ok: false, code: "noExcel" });
  });

  test("a failing sync becomes a failure with Office's message", async () => {
    const wb = new FakeWorkbook({ tables: { tblPeople: PEOPLE } });
    wb.failSync = { at: 2, error: Object.assign(new Error("The request failed."), { code: "GeneralException" }) };
    expect(await readTableValues("tblPeople", { run: wb.run })).toEqual({
      ok: false,
      code: "failed",
      detail: "The request failed. [GeneralException]",
    });
  });
});

describe("readSelectedValues", () => {
  test("one sync", async () => {
    const wb = new FakeWorkbook({ selection: { address: "Sheet1!A1:C2", values: PEOPLE } });
    expect(await readSelectedValues({ run: wb.run })).toEqual({ ok: true, value: PEOPLE });
    expect(wb.syncs).toBe(1);
  });
});

describe("insertFormulaInActiveCell", () => {
  test("writes the formula to the active cell and returns its address, one sync", async () => {
    const wb = new FakeWorkbook({ activeCell: "Sheet1!C3" });
    const result = await insertFormulaInActiveCell("=KPI.ROAS(A3,B3)", { run: wb.run, isSetSupported: () => true });
    expect(result).toEqual({ ok: true, value: "Sheet1!C3" });
    expect(wb.writes).toEqual([{ target: "Sheet1!C3", kind: "formulas", data: [["=KPI.ROAS(A3,B3)"]] }]);
    expect(wb.syncs).toBe(1);
  });

  test("before ExcelApi 1.7 it uses the top-left cell of the selection", async () => {
    const wb = new FakeWorkbook({ selection: { address: "Sheet1!D4:E9", values: [[""]] } });
    await insertFormulaInActiveCell('=KPI.LIMIT("odr")', { run: wb.run, isSetSupported: () => false });
    expect(wb.writes).toEqual([{ target: "Sheet1!D4:E9[0,0]", kind: "formulas", data: [['=KPI.LIMIT("odr")']] }]);
  });
});

describe("activateWorksheet", () => {
  test("activates an existing sheet in one sync", async () => {
    const wb = new FakeWorkbook({ sheets: ["Summary"] });
    expect(await activateWorksheet("Summary", { run: wb.run })).toEqual({ ok: true, value: undefined });
    expect([wb.activated, wb.syncs]).toEqual([["Summary"], 1]);
  });

  test("a missing sheet is notFound", async () => {
    const wb = new FakeWorkbook({ sheets: [] });
    expect(await activateWorksheet("Summary", { run: wb.run })).toMatchObject({ ok: false, code: "notFound" });
  });
});

describe("rowCountOfAddress", () => {
  test.each([
    ["Settings!$A$18:$A$21", 4],
    ["'My sheet'!$B$5", 1],
    ["Sheet1!A1:B1", 1],
    ["'a!b'!$A$2:$A$3", 2],
    ["#REF!", undefined],
  ])("%s → %s", (address, rows) => {
    expect(rowCountOfAddress(address)).toBe(rows);
  });
});

describe("writeNamedSettings", () => {
  test("writes the named cells and the tier columns in two syncs", async () => {
    const wb = new FakeWorkbook({ names: SETTINGS_NAMES });
    const tiers = [
      { min: 0.7, payout: 0.4 },
      { min: 0.9, payout: 0.8 },
      { min: 1, payout: 1 },
      { min: 1.2, payout: 1.5 },
    ];
    const result = await writeNamedSettings(
      {
        cells: { kpi_cap: null, kpi_iva_rate: 0.08, kpi_absent: 1 },
        tiers: { minName: "kpi_tier_min", payoutName: "kpi_tier_payout", rows: tiers },
      },
      { run: wb.run },
    );
    expect(result).toEqual({ ok: true, value: undefined });
    expect(wb.syncs).toBe(2);
    expect(wb.writes).toEqual([
      { target: "name:kpi_cap", kind: "values", data: [[""]] },
      { target: "name:kpi_iva_rate", kind: "values", data: [[0.08]] },
      { target: "name:kpi_tier_min", kind: "values", data: [[0.7], [0.9], [1], [1.2]] },
      { target: "name:kpi_tier_payout", kind: "values", data: [[0.4], [0.8], [1], [1.5]] },
    ]);
  });

  test("a different number of tiers writes nothing and reports the workbook's count", async () => {
    const wb = new FakeWorkbook({ names: SETTINGS_NAMES });
    const result = await writeNamedSettings(
      {
        cells: { kpi_cap: 1.5 },
        tiers: { minName: "kpi_tier_min", payoutName: "kpi_tier_payout", rows: [{ min: 1, payout: 1 }] },
      },
      { run: wb.run },
    );
    expect(result).toMatchObject({ ok: false, code: "tierCount", count: 4 });
    expect(wb.writes).toEqual([]);
    expect(wb.syncs).toBe(1);
  });

  test("a workbook without any of the names has no Settings sheet", async () => {
    const wb = new FakeWorkbook({});
    const result = await writeNamedSettings(
      { cells: { kpi_cap: 1.5 }, tiers: { minName: "kpi_tier_min", payoutName: "kpi_tier_payout", rows: [] } },
      { run: wb.run },
    );
    expect(result).toEqual({ ok: false, code: "notFound", detail: "Settings" });
    expect(wb.writes).toEqual([]);
  });
});

describe("readSettingsPeriod", () => {
  const settings = (sheet: string, rows: unknown[][], others: string[] = []) =>
    new FakeExcel({ sheets: [...others, sheet], grids: [{ sheet, rows }] });

  test("the Period row of the Settings sheet, found by its label in any of our languages; two syncs", async () => {
    const en = settings("Settings", [
      ["Settings"],
      ["Setting", "Value", "Note"],
      ["Title", "Team"],
      ["Period", " 2026-11 "],
    ]);
    expect(await readSettingsPeriod(undefined, { run: en.run })).toEqual({ ok: true, value: "2026-11" });
    expect(en.syncCount).toBe(2);
    // a zh-CN workbook: sheet 设置, row 考核期, a quarter
    const zh = settings("设置", [["设置"], ["设置项", "值"], ["标题", "团队"], ["考核期", "2026-Q4"]], ["汇总"]);
    expect(await readSettingsPeriod(undefined, { run: zh.run })).toEqual({ ok: true, value: "2026-Q4" });
  });

  test("the sheet the last build named wins; a month Excel made a date is read back as the month", async () => {
    // 46327 is 2026-11-01 as an Excel serial (days since 1899-12-30)
    const excel = new FakeExcel({
      sheets: ["Settings", "Settings (2)"],
      grids: [
        { sheet: "Settings", rows: [["Period", "2025-01"]] },
        {
          sheet: "Settings (2)",
          rows: [
            ["Title", "x"],
            ["Period", 46327],
          ],
        },
      ],
    });
    expect(await readSettingsPeriod("Settings (2)", { run: excel.run })).toEqual({ ok: true, value: "2026-11" });
  });

  test("no Period row or a blank one is empty text; no Settings sheet is notFound", async () => {
    const blank = settings("Settings", [
      ["Title", "Team"],
      ["Period", ""],
    ]);
    expect(await readSettingsPeriod(undefined, { run: blank.run })).toEqual({ ok: true, value: "" });
    const none = settings("Settings", [["Title", "Team"]]);
    expect(await readSettingsPeriod(undefined, { run: none.run })).toEqual({ ok: true, value: "" });
    const other = new FakeExcel({ sheets: ["Sheet1"] });
    expect(await readSettingsPeriod(undefined, { run: other.run })).toMatchObject({ ok: false, code: "notFound" });
  });
});
