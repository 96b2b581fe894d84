import { OfficeMockObject } from "office-addin-mock";
import { renderPlan, type RenderOptions, type RenderResult } from "../../../src/render/office";
import type { WorkbookPlan } from "../../../src/plan/types";
import { FakeExcel, type FakeExcelSetup, type InjectedFailure } from "./fakeExcel";
import { hugeBlockPlan, SCORECARD_HEADERS, syntheticPlan } from "./fixtures";
import { planWorkbook } from "../../../src/plan/workbookPlan";
import { bigTeam } from "../../plan/fixtures";

const everySet = () => true;
// the request budget: 4.5 MB, 10% under Excel on the web's 5 MB limit
const REQUEST_BUDGET = 4_500_000;

async function render(plan: WorkbookPlan, setup: FakeExcelSetup = {}, options: RenderOptions = {}) {
  const fake = new FakeExcel(setup);
  const result = await renderPlan(plan, { run: fake.run, isSetSupported: everySet, ...options });
  return { fake, result };
}

function expectOk(result: RenderResult): asserts result is Extract<RenderResult, { ok: true }> {
  if (!result.ok) throw new Error(`render failed: ${result.error}`);
}

/** Every formula the fake saw, flattened. */
function formulasOn(fake: FakeExcel, sheet: string): string[] {
  return fake.writes
    .filter((w) => w.sheet === sheet && w.kind === "formulas")
    .flatMap((w) => w.data.flat())
    .filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="));
}

function cellsOn(fake: FakeExcel, sheet: string): unknown[] {
  return fake.writes
    .filter(
      (w) => w.sheet === sheet && !w.address.endsWith("#header") && (w.kind === "values" || w.kind === "formulas"),
    )
    .flatMap((w) => w.data.flat());
}

describe("sync count does not grow with the plan", () => {
  test.each([1, 10, 100, 500])("%i people × 12 KPIs: 3 syncs, one write request", async (people) => {
    const { fake, result } = await render(syntheticPlan({ people, kpis: 12 }));
    expectOk(result);
    expect(result.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(fake.runs).toBe(1);
    expect(result.writeRequests).toBe(1);
    // every data write rides on sync 2; sync 1 only reads, sync 3 only finishes
    expect(new Set(fake.writes.map((w) => w.sync))).toEqual(new Set([2]));
  });

  test("500 × 12 stays under the 4 MB request budget", async () => {
    const { fake, result } = await render(syntheticPlan({ people: 500, kpis: 12 }));
    expectOk(result);
    const bytes = fake.bytesPerSync().get(2)!;
    expect(bytes).toBeGreaterThan(1_000_000); // a real load, not a toy
    expect(bytes).toBeLessThan(REQUEST_BUDGET);
    // 6,000 scorecard rows + header, all written
    expect(cellsOn(fake, "Scorecard")).toHaveLength(6001 * SCORECARD_HEADERS.length);
  });

  test("sync 1 reads sheet, defined-name and table names; nothing is read afterwards", async () => {
    const { fake } = await render(syntheticPlan({ people: 1, kpis: 12 }));
    expect(fake.loads).toEqual(["worksheets:items/name", "names:items/name", "tables:items/name"]);
  });
});

describe("what a one-person plan writes", () => {
  let fake: FakeExcel;
  let result: RenderResult;
  beforeAll(async () => {
    ({ fake, result } = await render(syntheticPlan({ people: 1, kpis: 12 })));
  });

  test("adds the plan's sheets after the existing ones and leaves the existing sheet alone", () => {
    expectOk(result);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Settings", "Inputs", "Scorecard", "Summary"]);
    expect(fake.sheet("Sheet1")!.touched).toBe(false);
    expect([...result.sheetNames]).toEqual([
      ["settings", "Settings"],
      ["inputs", "Inputs"],
      ["scorecard", "Scorecard"],
      ["summary", "Summary"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("literal blocks go through values, blocks with formulas through formulas with a leading =", () => {
    const inputs = fake.writes.filter((w) => w.sheet === "Inputs" && w.kind !== "numberFormat");
    expect(inputs.map((w) => [w.kind, w.address])).toEqual([["values", "A1:I13"]]);
    // the table's header row (named when the table is added) and the same words as the block's first row
    const header = fake.writes.filter((w) => w.sheet === "Scorecard" && w.kind === "values");
    expect(header.map((w) => [w.address, w.data[0]])).toEqual([
      ["A1:K13#header", SCORECARD_HEADERS],
      ["A1:K1", SCORECARD_HEADERS],
    ]);
    // the 12 lines repeat one formula row: row 2 written, rows 3–13 filled down from it
    const score = fake.writes.filter((w) => w.sheet === "Scorecard" && w.kind === "formulas");
    expect(score.map((w) => w.address)).toEqual(["A2:K2", "A3:K13"]);
    expect(score[0].data[0][0]).toBe("='Inputs'!A2");
    expect(score[0].data[0][8]).toBe(
      `=IF('Inputs'!H2="",0,MAX(0,MIN(kpi_cap,IF('Inputs'!F2="lower",2-'Inputs'!H2/'Inputs'!G2,'Inputs'!H2/'Inputs'!G2))))`,
    );
    expect(score[1].data[10][0]).toBe("='Inputs'!A13");
    expect(score[1].bytes).toBeLessThan(100); // two addresses and the fill type, not 11 rows of formulas
  });

  test("an empty plan cell is written as an empty string", () => {
    const inputs = fake.writes.find((w) => w.sheet === "Inputs" && w.kind === "values")!;
    const actuals = inputs.data.slice(1).map((row) => row[7]);
    expect(actuals).toContain(""); // the fixture leaves some actuals missing
    expect(actuals).not.toContain(null);
  });

  test("tables are created with header row, name and style; the name is added with its comment", () => {
    const scorecard = fake.sheet("Scorecard")!;
    expect(scorecard.tables).toHaveLength(1);
    const table = scorecard.tables[0];
    expect([table.address, table.hasHeaders, table.name, table.style]).toEqual([
      "A1:K13",
      true,
      "tblScorecard",
      "TableStyleMedium2",
    ]);
    expect(table.headerRow.values).toEqual([SCORECARD_HEADERS]);
    expect(fake.tables.map((t) => t.name)).toEqual(["tblScorecard", "tblSummary"]);
    expect(fake.names).toEqual([{ name: "kpi_cap", sheet: "Settings", address: "B2", comment: "attainment cap" }]);
  });

  test("tables are created before any formula that names them is written", () => {
    const summary = fake.sheet("Summary")!;
    const tableHeader = summary.ranges.indexOf(summary.tables[0].headerRow);
    const firstFormulaRange = summary.ranges.findIndex(
      (r) => r.formulas !== undefined && r !== summary.tables[0].headerRow,
    );
    expect(tableHeader).toBeGreaterThanOrEqual(0);
    expect(tableHeader).toBeLessThan(firstFormulaRange);
  });

  test("number formats are 2-D arrays the size of their range", () => {
    const nf = fake.writes.filter((w) => w.sheet === "Scorecard" && w.kind === "numberFormat");
    expect(nf.map((w) => w.address)).toEqual(["I2:J13", "F2:G13"]);
    expect(nf[0].data).toHaveLength(12);
    expect(nf[0].data.every((row) => row.length === 2 && row.every((c) => c === "0.0%"))).toBe(true);
  });

  test("styles, widths (points), freeze panes and tab colours", () => {
    const settings = fake.sheet("Settings")!;
    const header = settings.ranges.find((r) => r.address === "A1:B1")!;
    expect(header.format.font.bold).toBe(true);
    expect(header.format.fill.color).toBe("#DDEBF7");
    expect(settings.ranges.find((r) => r.address === "A:A")!.format.columnWidth).toBe(129.75); // 24 chars = 173 px
    const summary = fake.sheet("Summary")!;
    const summaryHeader = summary.ranges.find((r) => r.address === "A1:G1")!;
    expect(summaryHeader.format.horizontalAlignment).toBe("Center");
    expect(summaryHeader.format.wrapText).toBe(true);
    expect(summary.freeze).toEqual({ at: "A1" });
    expect(fake.sheet("Scorecard")!.freeze).toEqual({ rows: 1 });
    expect(fake.sheet("Inputs")!.freeze).toEqual({ at: "A1" });
    expect(fake.sheet("Scorecard")!.tabColor).toBe("#2F75B5");
  });

  test("drop-down list validation with its prompt", () => {
    const region = fake.sheet("Inputs")!.ranges.find((r) => r.address === "B2:B13")!;
    expect(region.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "US,MX" } });
    expect(region.dataValidation.prompt).toEqual({ showPrompt: true, message: "US or MX", title: "" });
  });

  test("conditional formats keep the plan's priority (added in reverse: add() puts a rule on top)", () => {
    const attainment = fake.sheet("Scorecard")!.ranges.find((r) => r.address === "I2:I13")!;
    const added = attainment.conditionalFormats.items;
    expect(added.map((cf) => cf.type)).toEqual(["Custom", "CellValue", "CellValue"]);
    expect(added[0].custom.rule.formula).toBe(`=AND('Inputs'!H2<>"",I2>=1)`);
    expect(added[0].custom.format.font.bold).toBe(true);
    expect(added[1].cellValue.rule).toEqual({ formula1: "=0.8", formula2: "=1", operator: "Between" });
    expect(added[2].cellValue.rule).toEqual({ formula1: "=0.8", operator: "LessThan" });
    expect(added[2].cellValue.format).toEqual({ font: { color: "#9C0006" }, fill: { color: "#FFC7CE" } });
    const status = fake.sheet("Scorecard")!.ranges.find((r) => r.address === "K2:K13")!;
    expect(status.conditionalFormats.items[0].textComparison.rule).toEqual({ operator: "Contains", text: "missing" });
  });

  test("the chart takes separate category and value ranges through the series API", () => {
    const [chart] = fake.sheet("Summary")!.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.source.address).toBe("D2");
    expect(chart.title.text).toBe("Score by person");
    expect(chart.position).toEqual(["I2", "P17"]);
    expect(
      chart.series.items.map((s) => [s.name, s.values?.address ?? chart.source.address, s.xValues?.address]),
    ).toEqual([
      ["Score", "D2", "A2"],
      ["Payout", "F2", "A2"],
    ]);
  });

  test("calculation and screen updating are suspended for the write request only, then recalculated", () => {
    expect(fake.calls).toEqual([
      "suspendApiCalculationUntilNextSync@2",
      "suspendScreenUpdatingUntilNextSync@2",
      "calculate(Recalculate)@3",
    ]);
  });

  test("the first new sheet is activated at the end", () => {
    const settings = fake.sheet("Settings")!;
    expect(settings.activated).toBe(true);
    expect(settings.ranges.find((r) => r.address === "A1")!.selected).toBe(true);
  });
});

describe("failure at any sync removes what it added and nothing else", () => {
  const setup: FakeExcelSetup = {
    sheets: ["Sheet1", "Data"],
    names: ["user_rate"],
    tables: [{ name: "tblUser", sheet: "Data" }],
  };
  const cases: [InjectedFailure, string[], string][] = [
    [{ atSync: 1, executed: "none" }, [], "reading the workbook (request 1)"],
    [{ atSync: 2, executed: "none" }, [], "writing the sheets (request 2)"],
    [{ atSync: 2, executed: "all" }, ["Settings", "Inputs", "Scorecard", "Summary"], "writing the sheets (request 2)"],
    [
      { atSync: 2, executed: "all", breakContext: true },
      ["Settings", "Inputs", "Scorecard", "Summary"],
      "writing the sheets",
    ],
    [{ atSync: 3, executed: "all" }, ["Settings", "Inputs", "Scorecard", "Summary"], "finishing (request 3)"],
    [
      { atSync: 3, executed: "none", breakContext: true },
      ["Settings", "Inputs", "Scorecard", "Summary"],
      "finishing (request 3)",
    ],
  ];
  test.each(cases)("%o", async (failure, removed, step) => {
    const fake = new FakeExcel(setup);
    fake.failures.push(failure);
    const result = await renderPlan(syntheticPlan({ people: 3, kpis: 12 }), {
      run: fake.run,
      isSetSupported: everySet,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(step);
    expect(result.error).toContain("Injected failure");
    expect(result.removedSheets).toEqual(removed);
    // the workbook is exactly as it was
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
    expect(fake.sheets.every((s) => s.preexisting && !s.touched)).toBe(true);
    expect(fake.names.map((n) => n.name)).toEqual(["user_rate"]);
    expect(fake.tables.map((t) => t.name)).toEqual(["tblUser"]);
    // cleanup ran in a fresh Excel.run, and only when something may have been added
    expect(fake.runs).toBe(failure.atSync === 1 ? 1 : 2);
  });

  test("a sheet added by a failed request is removed even though the failing context is broken", async () => {
    const fake = new FakeExcel();
    fake.failures.push({ atSync: 2, executed: "all", breakContext: true });
    const result = await renderPlan(syntheticPlan({ people: 1, kpis: 3 }), { run: fake.run, isSetSupported: everySet });
    expect(result.ok).toBe(false);
    expect(fake.syncsPerRun).toEqual([2, 2]); // failed run; cleanup run: read + delete
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.names).toEqual([]);
  });

  test("when the cleanup fails too, the message names the sheets to delete by hand", async () => {
    const fake = new FakeExcel();
    fake.failures.push({ atSync: 3, executed: "all" }, { atSync: 5, executed: "none" });
    const result = await renderPlan(syntheticPlan({ people: 1, kpis: 3 }), { run: fake.run, isSetSupported: everySet });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.removedSheets).toEqual([]);
    expect(result.error).toMatch(/please delete any of these sheets that remain: Settings, Inputs, Scorecard, Summary/);
  });

  test("a real Excel refusal (a name the fake rejects) is reported the same way", async () => {
    // A plan whose table header count is right but whose table name collides inside Excel only.
    const plan = syntheticPlan({ people: 1, kpis: 2 });
    const fake = new FakeExcel();
    // The fake rejects the second table because we sneak its name in after the read.
    const originalRun = fake.run;
    let first = true;
    const run = ((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      originalRun(async (context) => {
        if (first) {
          first = false;
          fake.tables.push({ name: "tblSummary", sheet: "Sheet1" }); // someone else creates it mid-render
        }
        return batch(context);
      })) as unknown as typeof Excel.run;
    const result = await renderPlan(plan, { run, isSetSupported: everySet });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/Name tblSummary is taken/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("existing names are never clobbered", () => {
  test('an existing "Scorecard" sheet: ours is "Scorecard (2)" and formulas quote the new name', async () => {
    const { fake, result } = await render(syntheticPlan({ people: 2, kpis: 3 }), { sheets: ["Scorecard"] });
    expectOk(result);
    expect(result.sheetNames.get("scorecard")).toBe("Scorecard (2)");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Scorecard", "Settings", "Inputs", "Scorecard (2)", "Summary"]);
    expect(fake.sheet("Scorecard")!.touched).toBe(false);
    const gates = formulasOn(fake, "Summary").filter((f) => f.includes("COUNTIFS"));
    expect(gates[0]).toBe(`=IF(COUNTIFS('Scorecard (2)'!$A:$A,A2,'Scorecard (2)'!$K:$K,"missing")>0,"check","pass")`);
    expect(result.warnings).toContain(
      'Sheet "Scorecard" is named "Scorecard (2)" (the name was taken or not allowed).',
    );
  });

  test("sheet names are sanitised to Excel's rules, and the reserved name History is avoided", async () => {
    const plan = syntheticPlan({
      people: 1,
      kpis: 1,
      sheetNames: {
        settings: "History",
        inputs: "Q1/Q2: inputs [draft]*",
        scorecard: "'Scorecard'",
        summary: "Summary of the team's Q1 results 2026",
      },
    });
    const { fake, result } = await render(plan);
    expectOk(result);
    expect([...result.sheetNames.values()]).toEqual([
      "History (2)",
      "Q1 Q2  inputs  draft",
      "Scorecard",
      "Summary of the team's Q1 result",
    ]);
    expect(formulasOn(fake, "Scorecard")[0]).toBe("='Q1 Q2  inputs  draft'!A2");
    expect(formulasOn(fake, "Summary of the team's Q1 result")).toHaveLength(4);
  });

  test("a second render into the same workbook gets new sheets, names and tables; formulas follow", async () => {
    const fake = new FakeExcel();
    const plan = syntheticPlan({ people: 2, kpis: 3 });
    const first = await renderPlan(plan, { run: fake.run, isSetSupported: everySet });
    const writesBefore = fake.writes.length;
    const second = await renderPlan(plan, { run: fake.run, isSetSupported: everySet });
    expectOk(first);
    expectOk(second);
    expect([...second.sheetNames.values()]).toEqual(["Settings (2)", "Inputs (2)", "Scorecard (2)", "Summary (2)"]);
    expect([...second.identifiers]).toEqual([
      ["kpi_cap", "kpi_cap_2"],
      ["tblScorecard", "tblScorecard_2"],
      ["tblSummary", "tblSummary_2"],
    ]);
    expect(fake.names.map((n) => `${n.name}→${n.sheet}!${n.address}`)).toEqual([
      "kpi_cap→Settings!B2",
      "kpi_cap_2→Settings (2)!B2",
    ]);
    expect(fake.tables.map((t) => t.name)).toEqual(["tblScorecard", "tblSummary", "tblScorecard_2", "tblSummary_2"]);
    const newFormulas = fake.writes
      .slice(writesBefore)
      .filter((w) => w.kind === "formulas")
      .flatMap((w) => w.data.flat())
      .filter((c): c is string => typeof c === "string");
    const score = newFormulas.find((f) => f.includes("SUMIFS"))!;
    expect(score).toBe(
      "=IFERROR(SUMIFS(tblScorecard_2[Weighted],tblScorecard_2[Person],A2)/SUMIFS(tblScorecard_2[Weight],tblScorecard_2[Person],A2),0)",
    );
    expect(newFormulas.find((f) => f.includes("MIN(kpi_cap"))).toContain("MIN(kpi_cap_2,IF('Inputs (2)'!F2=\"lower\"");
    // the first render's sheets were not written to again
    expect(fake.writes.slice(writesBefore).every((w) => w.sheet.endsWith("(2)"))).toBe(true);
  });
});

describe("user text is always written as text", () => {
  const hostile = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"];
  test("person names starting with = + - @ get an apostrophe in values and formulas writes", async () => {
    const { fake, result } = await render(syntheticPlan({ people: 4, kpis: 2, personName: (i) => hostile[i] }));
    expectOk(result);
    const escaped = hostile.map((name) => `'${name}`);
    // Inputs: a literal block → values write
    const inputs = fake.writes.find((w) => w.sheet === "Inputs" && w.kind === "values")!;
    expect(inputs.data.slice(1).map((row) => row[0])).toEqual(escaped.flatMap((n) => [n, n]));
    // Summary: literal names inside a block with formulas → formulas write, escaped the same way
    const summary = fake.writes.find((w) => w.sheet === "Summary" && w.kind === "formulas")!;
    expect(summary.data.slice(1).map((row) => row[0])).toEqual(escaped);
    // no user string reaches Excel as a formula anywhere
    const allCells = fake.writes.filter((w) => w.kind !== "numberFormat").flatMap((w) => w.data.flat());
    for (const name of hostile) expect(allCells).not.toContain(name);
  });

  test("table headers are escaped too", async () => {
    const plan = syntheticPlan({ people: 1, kpis: 1 });
    const table = plan.sheets[3].tables![0];
    table.headers = ["=Person", ...table.headers.slice(1)];
    const { fake, result } = await render(plan);
    expectOk(result);
    expect(fake.sheet("Summary")!.tables[0].headerRow.values![0][0]).toBe("'=Person");
  });
});

describe("requests stay under Excel on the web's 5 MB limit", () => {
  test("a huge block is split by rows into writes under 4 MB that cover it exactly once", async () => {
    // 60,000 rows × 8 cells of 20 characters ≈ 11.5 MB of JSON
    const plan = hugeBlockPlan(60_000, 8, 20);
    // and a number format over all of it: 480,000 × "#,##0.00" ≈ 5.3 MB on its own
    plan.sheets[0].numberFormats = [{ range: { top: 0, left: 0, bottom: 59_999, right: 7 }, format: "#,##0.00" }];
    const { fake, result } = await render(plan);
    expectOk(result);
    const formats = fake.writes.filter((w) => w.kind === "numberFormat");
    expect(formats.length).toBeGreaterThan(5);
    for (const w of formats) expect(w.bytes).toBeLessThan(REQUEST_BUDGET);
    expect(formats.reduce((rows, w) => rows + w.data.length, 0)).toBe(60_000);
    const writes = fake.writes.filter((w) => w.kind === "values");
    expect(writes.length).toBeGreaterThan(3);
    for (const w of writes) expect(w.bytes).toBeLessThan(REQUEST_BUDGET);
    for (const bytes of fake.bytesPerSync().values()) expect(bytes).toBeLessThan(REQUEST_BUDGET);
    // contiguous row ranges A1:H…, A…:H…, covering rows 1..60000 once
    let next = 1;
    for (const w of writes) {
      const [, top, bottom] = /^A(\d+):H(\d+)$/.exec(w.address)!.map(Number);
      expect(top).toBe(next);
      expect(w.data).toHaveLength(bottom - top + 1);
      next = bottom + 1;
    }
    expect(next).toBe(60_001);
    // over two requests' worth: one extra sync per extra request, and the result says so
    expect(result.writeRequests).toBeGreaterThanOrEqual(3);
    expect(result.syncs).toBe(1 + result.writeRequests);
    expect(result.warnings.join(" ")).toMatch(/written in \d+ requests/);
  });

  test("number formats planned range by range (a unit per KPI row) go as one 2-D array per chunk, cell for cell as planned", async () => {
    const plan = hugeBlockPlan(10, 2, 3);
    const usd = '"USD "#,##0.00';
    plan.sheets[0].numberFormats = [
      { range: { top: 0, left: 0, bottom: 2, right: 1 }, format: "0.00%" },
      { range: { top: 3, left: 0, bottom: 3, right: 1 }, format: usd },
      { range: { top: 4, left: 0, bottom: 9, right: 1 }, format: "0.00%" },
      // other columns: a write of its own, after the first, so it still wins where they overlap
      { range: { top: 0, left: 1, bottom: 9, right: 1 }, format: "0" },
    ];
    const { fake, result } = await render(plan);
    expectOk(result);
    const formats = fake.writes.filter((w) => w.kind === "numberFormat");
    expect(formats.map((w) => w.address)).toEqual(["A1:B10", "B1:B10"]);
    const pct = ["0.00%", "0.00%"];
    expect(formats[0].data).toEqual([pct, pct, pct, [usd, usd], pct, pct, pct, pct, pct, pct]);
    expect(formats[1].data).toEqual(new Array(10).fill(["0"]));
  });

  test.each(["en-US", "zh-CN"] as const)(
    "the team workbook of 500 people × 12 KPIs (%s): 3 syncs, every request under 4 MB",
    async (lang) => {
      const { fake, result } = await render(planWorkbook(bigTeam(500, 12), lang));
      expectOk(result);
      expect(result.syncs).toBe(3);
      expect(result.warnings).toEqual([]);
      for (const bytes of fake.bytesPerSync().values()) expect(bytes).toBeLessThan(REQUEST_BUDGET);
      // the 6,120 scorecard rows and 100 blank input rows repeat one formula row each and are filled
      // down: the cells sent fit one request (8.7 MB in two when every formula was sent)
      expect(result.writeRequests).toBe(1);
    },
  );

  test("a plan needing two requests still takes 3 syncs: the finishing commands ride on the second", async () => {
    // 6,000 literal input rows (~1 MB) in requests of at most 600 kB: two
    const { fake, result } = await render(syntheticPlan({ people: 500, kpis: 12 }), {}, { maxRequestBytes: 600_000 });
    expectOk(result);
    expect(result.writeRequests).toBe(2);
    expect(result.syncs).toBe(3);
    for (const bytes of fake.bytesPerSync().values()) expect(bytes).toBeLessThan(600_000);
    // each write request is suspended except the one that finishes (so Excel calculates at the end)
    expect(fake.calls).toEqual([
      "suspendApiCalculationUntilNextSync@2",
      "suspendScreenUpdatingUntilNextSync@2",
      "calculate(Recalculate)@3",
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe("optional features follow the host's requirement sets", () => {
  test("on an ExcelApi 1.4 host nothing newer is called, and each skip is reported", async () => {
    const asked: string[] = [];
    const isSetSupported = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return name === "ExcelApi" && Number(version.split(".")[1]) <= 4;
    };
    const { fake, result } = await render(syntheticPlan({ people: 2, kpis: 3 }), {}, { isSetSupported });
    expectOk(result);
    expect(fake.calls).toEqual([]); // no suspend (1.6 / 1.9), so no recalc either
    const everyRange = fake.sheets.flatMap((s) => s.ranges);
    expect(everyRange.some((r) => r.conditionalFormats.items.length > 0)).toBe(false);
    expect(everyRange.some((r) => r.dataValidation.rule !== undefined)).toBe(false);
    expect(fake.sheets.some((s) => s.freeze || s.tabColor || s.charts.length > 0)).toBe(false);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        "1 drop-down list(s) skipped: this version of Excel lacks ExcelApi 1.8.",
        "2 conditional format(s) skipped: this version of Excel lacks ExcelApi 1.6.",
        "1 frozen pane(s) skipped: this version of Excel lacks ExcelApi 1.7.",
        "1 tab colour(s) skipped: this version of Excel lacks ExcelApi 1.7.",
        'Chart "Score by person" on Summary skipped: this version of Excel cannot build a chart from separate ranges (ExcelApi 1.7).',
      ]),
    );
    // each requirement set is asked once per render
    expect(new Set(asked).size).toBe(asked.length);
    // column widths (1.2) and named ranges (1.4) still happen
    expect(fake.names.map((n) => n.name)).toEqual(["kpi_cap"]);
  });

  test("a chart that cannot be drawn leaves its fallback note at the anchor", async () => {
    const plan = syntheticPlan({ people: 2, kpis: 1 });
    plan.sheets[3].charts![0].fallbackNote = "Chart: score by person (column D)";
    const isSetSupported = (_name: string, version: string) => version === "1.4";
    const { fake, result } = await render(plan, {}, { isSetSupported });
    expectOk(result);
    expect(fake.sheet("Summary")!.charts).toEqual([]);
    expect(fake.sheet("Summary")!.ranges.find((r) => r.address === "I2")!.values).toEqual([
      ["Chart: score by person (column D)"],
    ]);
  });

  test("without ExcelApi 1.7 a chart with a contiguous source is built from one range", async () => {
    const plan = syntheticPlan({ people: 3, kpis: 1 });
    const chart = plan.sheets[3].charts![0];
    chart.categories = { top: 1, left: 2, bottom: 3, right: 2 };
    chart.series = [
      { name: "Score", values: { top: 1, left: 3, bottom: 3, right: 3 } },
      { name: "Gates", values: { top: 1, left: 4, bottom: 3, right: 4 } },
    ];
    const isSetSupported = (_name: string, version: string) =>
      version !== "1.7" && version !== "1.8" && version !== "1.9";
    const { fake, result } = await render(plan, {}, { isSetSupported });
    expectOk(result);
    const [built] = fake.sheet("Summary")!.charts;
    expect(built.source.address).toBe("C2:E4");
    expect(built.seriesBy).toBe("Columns");
    expect(built.series.items.map((s) => s.name)).toEqual(["Score", "Gates"]);
  });

  test("a host without named ranges (ExcelApi 1.4) is refused before the workbook is touched", async () => {
    const { fake, result } = await render(syntheticPlan({ people: 1, kpis: 1 }), {}, { isSetSupported: () => false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/ExcelApi 1.4/);
    expect(fake.runs).toBe(0);
  });

  test("by default the check is Office.context.requirements.isSetSupported and the run is Excel.run", async () => {
    const fake = new FakeExcel();
    const asked: string[] = [];
    const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
    globals.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return true;
          },
        },
      },
    });
    globals.Excel = new OfficeMockObject({ run: fake.run });
    try {
      const result = await renderPlan(syntheticPlan({ people: 1, kpis: 2 }));
      expectOk(result);
      expect(result.syncs).toBe(3);
      expect(asked).toEqual(expect.arrayContaining(["ExcelApi 1.6", "ExcelApi 1.9", "ExcelApi 1.8"]));
      expect(fake.calls).toContain("suspendScreenUpdatingUntilNextSync@2");
    } finally {
      delete globals.Office;
      delete globals.Excel;
    }
  });

  test("outside Excel it says so instead of throwing", async () => {
    const result = await renderPlan(syntheticPlan({ people: 1, kpis: 1 }), { isSetSupported: everySet });
    expect(result).toMatchObject({
      ok: false,
      error: "Excel is not available here (Excel.run is undefined).",
      removedSheets: [],
    });
  });
});

describe("progress and plan errors", () => {
  test("progress is reported once per sheet while queueing, before the write request is sent", async () => {
    const fake = new FakeExcel();
    const seen: [number, number, string, number][] = [];
    const result = await renderPlan(syntheticPlan({ people: 2, kpis: 2 }), {
      run: fake.run,
      isSetSupported: everySet,
      onProgress: (done, total, label) => seen.push([done, total, label, fake.syncCount]),
    });
    expectOk(result);
    expect(seen).toEqual([
      [1, 4, "Settings", 1],
      [2, 4, "Inputs", 1],
      [3, 4, "Scorecard", 1],
      [4, 4, "Summary", 1],
    ]);
  });

  test("a throwing progress callback does not break the render", async () => {
    const { result } = await render(
      syntheticPlan({ people: 1, kpis: 1 }),
      {},
      {
        onProgress: () => {
          throw new Error("UI bug");
        },
      },
    );
    expect(result.ok).toBe(true);
  });

  test("a formula naming an unknown sheet key fails before anything is queued", async () => {
    const plan = syntheticPlan({ people: 1, kpis: 1 });
    plan.sheets[3].blocks.push({ at: { row: 10, col: 0 }, cells: [[{ formula: "{{sheet:nowhere}}!A1" }]] });
    const { fake, result } = await render(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/preparing the sheets: Formula refers to an unknown sheet key "nowhere"/);
    expect(result.removedSheets).toEqual([]);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test.each([
    [
      "duplicate sheet keys",
      (plan: WorkbookPlan) => plan.sheets.push({ ...plan.sheets[0] }),
      /two sheets have the key "settings"/,
    ],
    [
      "a name on an unknown sheet",
      (plan: WorkbookPlan) => (plan.namedRanges[0].sheetKey = "nowhere"),
      /Name kpi_cap refers to an unknown sheet key/,
    ],
    [
      "table headers that do not match its width",
      (plan: WorkbookPlan) => plan.sheets[2].tables![0].headers.pop(),
      /tblScorecard has 10 headers for 11 columns/,
    ],
  ])("an invalid plan (%s) is refused without calling Excel", async (_what, breakIt, message) => {
    const plan = syntheticPlan({ people: 1, kpis: 1 });
    breakIt(plan);
    const { fake, result } = await render(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(fake.runs).toBe(0);
  });

  test("a drop-down list Excel cannot hold as a literal list is skipped with a warning", async () => {
    const plan = syntheticPlan({ people: 1, kpis: 1 });
    plan.sheets[1].validations = [{ range: { top: 1, left: 1, bottom: 1, right: 1 }, list: ["US, east", "MX"] }];
    const { fake, result } = await render(plan);
    expectOk(result);
    expect(result.warnings).toEqual(["Drop-down list on Inputs!B2 skipped: an item contains a comma."]);
    expect(fake.sheet("Inputs")!.ranges.some((r) => r.dataValidation.rule !== undefined)).toBe(false);
  });

  test("a non-finite number is left empty and reported", async () => {
    const plan = syntheticPlan({ people: 1, kpis: 1 });
    plan.sheets[0].blocks[0].cells[1][1] = Number.NaN;
    const { fake, result } = await render(plan);
    expectOk(result);
    expect(result.warnings).toEqual(["1 cell(s) held a number that is not finite and were left empty."]);
    expect(fake.writes.find((w) => w.sheet === "Settings")!.data[1][1]).toBe("");
  });
});

describe("page layout: row heights, collapsed helper columns, print settings", () => {
  const plan: WorkbookPlan = {
    title: "Layout",
    lang: "en-US",
    namedRanges: [],
    sheets: [
      {
        key: "card",
        name: "Card",
        blocks: [
          {
            at: { row: 0, col: 0 },
            cells: [
              ["Person", "KPI"],
              ["Ana", "GMV"],
            ],
          },
        ],
        rowHeights: { 3: 48, 4: 48, 6: 30 },
        columnGroups: [{ from: 11, to: 16, collapsed: true }],
        print: {
          orientation: "landscape",
          fitToWidth: true,
          repeatRows: { first: 0, last: 0 },
          area: { top: 0, left: 0, bottom: 37, right: 10 },
        },
      },
    ],
  };

  test("queued on the sheet within the same syncs, guarded by ExcelApi 1.9 and 1.10", async () => {
    const { fake, result } = await render(plan);
    expectOk(result);
    const card = fake.sheet("Card")!;
    // rows 4–5 share a height: one command; row 7 its own
    expect(card.ranges.find((r) => r.address === "4:5")!.format.rowHeight).toBe(48);
    expect(card.ranges.find((r) => r.address === "7:7")!.format.rowHeight).toBe(30);
    expect(card.ranges.find((r) => r.address === "L:Q")!.outline).toEqual(["group:ByColumns", "hide:ByColumns"]);
    expect(card.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printArea: "A1:K38",
      printTitleRows: "$1:$1",
    });
    const plain = await render({
      ...plan,
      sheets: [{ ...plan.sheets[0], rowHeights: undefined, columnGroups: undefined, print: undefined }],
    });
    expectOk(plain.result);
    expect(result.syncs).toBe(plain.result.syncs);
  });

  test("before ExcelApi 1.10 the helpers are hidden columns; before 1.9 the print layout is skipped with a warning", async () => {
    const upTo = (max: number) => (_set: string, version: string) => Number(version.split(".")[1]) <= max;
    const { fake, result } = await render(plan, {}, { isSetSupported: upTo(8) });
    expectOk(result);
    const card = fake.sheet("Card")!;
    expect(card.ranges.find((r) => r.address === "L:Q")!.columnHidden).toBe(true);
    expect(card.pageLayout.orientation).toBeUndefined();
    expect(result.warnings.some((w) => /print layout/.test(w) && /1\.9/.test(w))).toBe(true);
  });
});
