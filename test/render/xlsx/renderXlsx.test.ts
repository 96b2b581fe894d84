/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these are ExcelJS cells and rows read from a file, not Office.js proxies that need load()/sync() */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { planWorkbook } from "../../../src/plan/workbookPlan";
import type { WorkbookPlan } from "../../../src/plan/types";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { EDGE, SMALL } from "../../plan/fixtures";
import { SCORECARD_HEADERS } from "../../support/designHeaders";

async function roundTrip(plan: WorkbookPlan): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = await renderXlsx(plan, { date: new Date("2025-12-01T00:00:00Z") });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, bytes };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("the team workbook read back with ExcelJS", () => {
  let wb: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    ({ wb, bytes } = await roundTrip(planWorkbook(EDGE, "en-US")));
  });

  test("sheets in plan order with their names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Scorecard",
      "Inputs",
      "People",
      "Template US",
      "Template MX",
      "Weights",
      "Phasing US",
      "Phasing MX",
      "Calendar",
      "KPIs",
      "Settings",
    ]);
  });

  test("tblScorecard and tblSummary are Excel tables with DESIGN §5 headers over their ranges", () => {
    const sc = sheet(wb, "Scorecard").getTable("tblScorecard") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    // EDGE has 2 + 2 + 1 + 9 (MX warehouse template: 7 weighted, 2 gates) + 3 = 17 lines, and 100
    // blank lines for rows typed later → A1:K118
    expect(sc.table.tableRef).toBe("A1:K118");
    expect(sc.table.columns.map((c) => c.name)).toEqual([...SCORECARD_HEADERS]);
    const sm = sheet(wb, "Summary").getTable("tblSummary") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(sm.table.tableRef).toBe("A4:G29"); // 5 people and 20 blank rows
    expect(sm.table.columns.map((c) => c.name)).toEqual([
      "Person",
      "Region",
      "Role",
      "Score",
      "Gates",
      "Payout",
      "Bonus",
    ]);
  });

  test("formulas have their sheet tokens resolved and carry cached results", () => {
    const ws = sheet(wb, "Scorecard");
    const a2 = ws.getCell("A2").value as ExcelJS.CellFormulaValue;
    expect(a2.formula).toBe("'Inputs'!$A2&\"\"");
    expect(a2.result).toBe("=SUM(1,2)");
    const score = sheet(wb, "Summary").getCell("D5").value as ExcelJS.CellFormulaValue;
    expect(score.formula).toContain("'Scorecard'!$A$2:$A$118=A5");
    expect(score.result).toBe(1.6);
    for (const w of wb.worksheets) {
      w.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            expect((cell.value as ExcelJS.CellFormulaValue).formula).not.toContain("{{sheet:");
        }),
      );
    }
  });

  test("cached results of 0 and of empty text are written (ExcelJS's value getter drops falsy results)", async () => {
    const ws = sheet(wb, "Scorecard");
    // row 8: "<O'Brien>" nothing reported → Actual "", Attainment 0, Weighted 0
    const row = ws.getRow(8);
    expect(row.getCell(1).result).toBe("<O'Brien>");
    expect(row.getCell(9).result).toBe(0);
    expect(row.getCell(10).result).toBe(0);
    // ExcelJS reads an empty cached string back as undefined, so look at the XML itself
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(xml).toMatch(/<c r="G8"[^>]*t="str"[^>]*><f>[^<]*<\/f><v(?:\/>|><\/v>)/);
  });

  test.each([
    ["=SUM(1,2)", "A2"],
    ["Li*", "A3"],
    ["<O'Brien>", "A5"],
    ["+52 Ana ~?", "A6"],
  ])("the name %p stays text, not a formula", (name, address) => {
    const cell = sheet(wb, "People").getCell(address);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(name);
  });

  test("the title that starts with = stays text", () => {
    const cell = sheet(wb, "Summary").getCell("A1");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("=Edge cases @team");
  });

  test("workbook-scoped names point at the settings cells", () => {
    const names = new Map(wb.definedNames.model.map((d: { name: string; ranges: string[] }) => [d.name, d.ranges]));
    expect(names.get("kpi_cap")).toEqual(["Settings!$B$8"]);
    expect(names.get("kpi_tier_min")).toEqual(["Settings!$A$19:$A$21"]);
    expect(names.get("kpi_tier_payout")).toEqual(["Settings!$B$19:$B$21"]);
    const settings = sheet(wb, "Settings");
    expect(settings.getCell("A19").value).toBe(0.5);
    expect(settings.getCell("B21").value).toBe(2);
    expect(settings.getCell("B8").value).toBeNull(); // cap: null → blank = no cap
    expect(settings.getCell("B9").value).toBe(0.25);
  });

  test("number formats by unit and currency", () => {
    const inputs = sheet(wb, "Inputs");
    // row 2: "=SUM(1,2)" MX ads roas (ratio); row 5: Li* US ops cvr (percent)
    expect(inputs.getCell("H2").numFmt).toBe('0.00"x"');
    expect(inputs.getCell("H4").numFmt).toBe("0.00%");
    expect(sheet(wb, "Summary").getCell("G5").numFmt).toBe('"MXN "#,##0.00');
    expect(sheet(wb, "Scorecard").getCell("I2").numFmt).toBe("0.0%");
  });

  test("styles layer over number formats cell by cell, though cells share style objects", () => {
    const inputs = sheet(wb, "Inputs");
    // the Actual column (J) is an input (fill FFF2CC) in the unit's format: ratio on row 2, percent on row 4
    for (const [address, format] of [
      ["J2", '0.00"x"'],
      ["J4", "0.00%"],
    ] as const) {
      const cell = inputs.getCell(address);
      expect(cell.numFmt).toBe(format);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    }
    // the Target column (H) has the formats but no input fill
    expect((inputs.getCell("H2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    const title = sheet(wb, "Summary").getCell("A1");
    expect(title.font?.bold).toBe(true);
    expect(title.font?.size).toBe(14);
  });

  test("drop-down lists, conditional formats, widths, frozen panes, tab colours", () => {
    const inputs = sheet(wb, "Inputs") as unknown as {
      dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
    };
    expect(inputs.dataValidations.model.F2).toMatchObject({ type: "list", formulae: ['"higher,lower"'] });
    const sc = sheet(wb, "Scorecard");
    // read back into worksheet.conditionalFormattings, which ExcelJS's typings do not declare
    const cfs = (sc as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings;
    const statusCf = cfs.find((cf) => cf.ref === "K2:K118")!;
    expect(statusCf.rules.map((r) => r.formulae?.[0])).toEqual([
      '"on track"',
      '"pass"',
      '"at risk"',
      '"off track"',
      '"fail"',
      '"invalid target"',
      '"missing"',
    ]);
    // the renderer writes the plan's width: the planner's 34 or more where the layout pass fits a longer KPI name
    const planned = planWorkbook(EDGE, "en-US").sheets.find((s) => s.key === "scorecard")!.columnWidths![4];
    expect(planned).toBeGreaterThanOrEqual(34);
    expect(sc.getColumn(5).width).toBe(planned);
    expect(sc.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet(wb, "Summary").views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  test("Excel is told to recalculate on load", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("sheet names", () => {
  const tiny = (sheets: { key: string; name: string; formula?: string }[]): WorkbookPlan => ({
    title: "t",
    lang: "en-US",
    namedRanges: [],
    sheets: sheets.map((s) => ({
      key: s.key,
      name: s.name,
      blocks: [{ at: { row: 0, col: 0 }, cells: [[s.formula ? { formula: s.formula, result: 1 } : 1]] }],
    })),
  });

  test("are sanitised and made unique (ignoring case, as Excel does), and formulas follow the final names", async () => {
    const plan = tiny([
      { key: "a", name: "Q1/Q2: [draft]?" },
      { key: "b", name: "q1 q2   draft" },
      {
        key: "c",
        name: "It's a very long sheet name that Excel would refuse",
        formula: "{{sheet:a}}!A1+{{sheet:b}}!A1",
      },
      { key: "d", name: "Ref", formula: "{{sheet:c}}!A1" },
    ]);
    const names = sheetNames(plan);
    expect([...names.values()]).toEqual([
      "Q1 Q2   draft",
      "q1 q2   draft (2)",
      "It's a very long sheet name tha",
      "Ref",
    ]);
    const { wb } = await roundTrip(plan);
    expect((wb.worksheets[2].getCell("A1").value as ExcelJS.CellFormulaValue).formula).toBe(
      "'Q1 Q2   draft'!A1+'q1 q2   draft (2)'!A1",
    );
    expect((wb.worksheets[3].getCell("A1").value as ExcelJS.CellFormulaValue).formula).toBe(
      "'It''s a very long sheet name tha'!A1",
    );
  });

  test("two sheets with the same key are a planning bug", () => {
    expect(() =>
      sheetNames(
        tiny([
          { key: "a", name: "A" },
          { key: "a", name: "B" },
        ]),
      ),
    ).toThrow('Two sheets share the key "a"');
  });

  test("Chinese sheet names are quoted in formulas and names", async () => {
    const { wb } = await roundTrip(planWorkbook(SMALL, "zh-CN"));
    expect((wb.getWorksheet("计分卡")!.getCell("A2").value as ExcelJS.CellFormulaValue).formula).toBe(
      "'数据录入'!$A2&\"\"",
    );
    const cap = wb.definedNames.model.find((d: { name: string }) => d.name === "kpi_cap") as { ranges: string[] };
    expect(cap.ranges).toEqual(["'设置'!$B$8"]);
  });
});
