/**
 * Native charts in the .xlsx: the parts addCharts puts into the file ExcelJS wrote, checked as XML,
 * as a package (content types, relationships), read back by ExcelJS and opened by LibreOffice.
 *
 * The LibreOffice part needs soffice (Debian libreoffice-calc). Without it that part is skipped with a
 * message, except in CI (CI=true), where a missing soffice fails.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { range } from "../../../src/plan/a1";
import { TABLES } from "../../../src/plan/scorecardPlan";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../../src/plan/types";
import { planTeamWorkbook, planTemplateWorkbook, type PlannedWorkbook } from "../../../src/plan/workbookPlan";
import { insertDrawingElement } from "../../../src/render/xlsx/addCharts";
import { escapeXml } from "../../../src/render/xlsx/chartXml";
import { renderXlsx } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";

const DATE = new Date("2025-12-01T00:00:00Z");

/**
 * Three people, one KPI each (weight 25, 25, 30), so the score is that KPI's attainment:
 * gmv 110/100 = 1.1; gmv 75/100 = 0.75; roas 2/4 = 0.5.
 * Summary: title A1, period A2, tblSummary header on row 4, people on rows 5–7 → the chart reads
 * Person A5:A7 and Score D5:D7, and sits at I4 (column after Bonus G, one empty column H).
 */
const TRIO = config({
  title: "Trio",
  period: "2025-11",
  people: [
    {
      name: 'Ana "A" & <Co>',
      region: "US",
      role: "ops",
      baseBonus: 100,
      kpis: [{ id: "gmv", target: 100, actual: 110, weight: 25 }],
    },
    {
      name: "Ben",
      region: "MX",
      role: "ops",
      baseBonus: 100,
      kpis: [{ id: "gmv", target: 100, actual: 75, weight: 25 }],
    },
    {
      name: "李娜",
      region: "US",
      role: "ads",
      baseBonus: 100,
      kpis: [{ id: "roas", target: 4, actual: 2, weight: 30 }],
    },
  ],
});

async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`no ${name} in the zip`);
  return file.async("string");
}

function all(re: RegExp, text: string): string[][] {
  return [...text.matchAll(re)].map((m) => [...m]);
}

/**
 * Well-formed enough for our parts: tags nest and close in order, and text and attribute values hold
 * no raw "<" and no "&" outside an entity.
 */
function checkWellFormed(xml: string, name: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const between = body.slice(last, m.index);
    if (/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between))
      throw new Error(`${name}: bad text ${JSON.stringify(between)}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[3]))
      throw new Error(`${name}: bad attribute ${m[0]}`);
    last = m.index! + m[0].length;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`${name}: </${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  if (last !== body.length || stack.length > 0) throw new Error(`${name}: unclosed ${stack.join(" > ")}`);
}

/** The problems of a package: parts without a content type, relationships that point nowhere, r:ids no .rels knows. */
async function packageProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const types = await part(zip, "[Content_Types].xml");
  const defaults = new Set(all(/<Default Extension="([^"]+)"/g, types).map((m) => m[1]));
  const overrides = all(/<Override PartName="\/([^"]+)"/g, types).map((m) => m[1]);
  for (const o of overrides) if (!parts.includes(o)) problems.push(`content type for missing part ${o}`);
  for (const p of parts) {
    if (p === "[Content_Types].xml" || overrides.includes(p)) continue;
    if (!defaults.has(p.split(".").pop()!)) problems.push(`no content type for ${p}`);
  }
  for (const p of parts.filter((f) => f.endsWith(".xml") && f !== "[Content_Types].xml")) {
    const xml = await part(zip, p);
    const dir = p.split("/").slice(0, -1);
    const rels = `${dir.join("/")}${dir.length ? "/" : ""}_rels/${p.split("/").pop()}.rels`;
    const relsXml = zip.file(rels) === null ? "" : await part(zip, rels);
    const ids = new Map(all(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g, relsXml).map((m) => [m[1], m[2]]));
    for (const [, id] of all(/\br:id="([^"]+)"/g, xml))
      if (!ids.has(id)) problems.push(`${p}: r:id ${id} not in ${rels}`);
    for (const [id, target] of ids) {
      const resolved = path.posix.normalize(target.startsWith("/") ? target.slice(1) : [...dir, target].join("/"));
      if (!parts.includes(resolved)) problems.push(`${rels}: ${id} → ${target} is missing`);
    }
  }
  return problems;
}

describe("the summary chart of a 3-person team (en-US)", () => {
  let planned: PlannedWorkbook;
  let zip: JSZip;
  let bytes: Buffer;
  beforeAll(async () => {
    planned = planTeamWorkbook(TRIO, "en-US");
    bytes = await renderXlsx(planned.plan, { date: DATE });
    zip = await unzip(bytes);
  });
  const summaryPlan = (): SheetPlan => planned.plan.sheets.find((s) => s.key === "summary")!;

  test("the plan puts Person A5:A7 and Score D5:D7 in the chart, anchored at I4", () => {
    const [chart] = summaryPlan().charts!;
    expect(chart.categories).toEqual(range(4, 0, 6, 0));
    expect(chart.series.map((s) => s.values)).toEqual([range(4, 3, 6, 3)]);
    expect(chart.anchor).toEqual({ row: 3, col: 8 });
  });

  test("chart1.xml is a column chart over 'Summary'!$A$5:$A$7 and 'Summary'!$D$5:$D$7", async () => {
    const xml = await part(zip, "xl/charts/chart1.xml");
    expect(xml).toContain('<c:barChart><c:barDir val="col"/>');
    expect(all(/<c:f>([^<]*)<\/c:f>/g, xml).map((m) => m[1])).toEqual(["'Summary'!$A$5:$A$7", "'Summary'!$D$5:$D$7"]);
    expect(xml).toContain("<a:t>Score by person</a:t>");
    expect(xml).toContain("<c:tx><c:v>Score</c:v></c:tx>");
    expect(xml).toMatch(/<c:catAx>.*<c:axPos val="b"\/>.*<\/c:catAx><c:valAx>.*<c:axPos val="l"\/>/);
    // the value axis in the Score column's format (FMT_SCORE), so 1.1 reads 110.0%
    expect(xml).toMatch(/<c:valAx>.*<c:numFmt formatCode="0\.0%" sourceLinked="0"\/>/);
    expect(xml).not.toContain("<c:legend>"); // one series: the title names it
    expect(zip.file("xl/charts/chart2.xml")).toBeNull();
    checkWellFormed(xml, "chart1.xml");
  });

  test("the caches hold the names (escaped) and the scores 1.1, 0.75, 0.5", async () => {
    const xml = await part(zip, "xl/charts/chart1.xml");
    const [strCache] = all(/<c:strCache>(.*?)<\/c:strCache>/g, xml).map((m) => m[1]);
    expect(strCache).toBe(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>Ana &quot;A&quot; &amp; &lt;Co&gt;</c:v></c:pt>' +
        '<c:pt idx="1"><c:v>Ben</c:v></c:pt><c:pt idx="2"><c:v>李娜</c:v></c:pt>',
    );
    const scores = all(/<c:numCache>.*?<\/c:numCache>/g, xml)[0][0];
    const values = all(/<c:v>([^<]*)<\/c:v>/g, scores).map((m) => Number(m[1]));
    expect(values).toHaveLength(3);
    [1.1, 0.75, 0.5].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
  });

  test("the drawing spans I4 to Q20 (8 columns, 16 rows) and points at chart1.xml", async () => {
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    checkWellFormed(drawing, "drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
    const [[, rId]] = all(/<c:chart [^>]*r:id="([^"]+)"/g, drawing);
    const rels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toContain(
      `<Relationship Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>`,
    );
  });

  test("the Summary sheet holds <drawing> after pageSetup and before tableParts, and its rels point at the drawing", async () => {
    // workbook.xml names the sheets; Summary is the first
    expect(await part(zip, "xl/workbook.xml")).toMatch(/<sheets><sheet [^>]*name="Summary"[^>]*r:id="rId4"/);
    expect(await part(zip, "xl/_rels/workbook.xml.rels")).toContain(
      'Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"',
    );
    const sheet = await part(zip, "xl/worksheets/sheet1.xml");
    const [[drawing, id]] = all(/<drawing r:id="([^"]+)"\/>/g, sheet);
    const at = (s: string) => sheet.indexOf(s);
    expect(at("<pageSetup")).toBeLessThan(at(drawing));
    expect(at(drawing)).toBeLessThan(at("<tableParts"));
    const rels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
    );
    // the table relationship is still there, under another id
    expect(all(/Id="([^"]+)"/g, rels).map((m) => m[1])).toEqual(["rId1", id]);
    expect(rels).toContain('Target="../tables/table1.xml"');
    // only the Summary sheet has a drawing
    for (const f of Object.keys(zip.files).filter(
      (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && f !== "xl/worksheets/sheet1.xml",
    ))
      expect(await part(zip, f)).not.toContain("<drawing");
  });

  test("content types cover every part and every r:id and relationship resolves", async () => {
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(await packageProblems(zip)).toEqual([]);
  });

  test("no fallback note stands where the chart is drawn", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Summary")!.getCell("I4").value).toBeNull();
    expect(await part(zip, "xl/sharedStrings.xml")).not.toContain("Chart: a column chart");
  });

  test("ExcelJS still reads the file: tables, formulas and cached results intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("Summary")!;
    const table = summary.getTable(TABLES.summary) as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A4:G27"); // 3 people and 20 blank rows for people added later
    expect(wb.getWorksheet("Scorecard")!.getTable(TABLES.scorecard)).toBeDefined();
    expect(summary.getCell("A5").result).toBe('Ana "A" & <Co>');
    expect(summary.getCell("D6").result).toBeCloseTo(0.75, 12);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(["Summary", "Scorecard", "Inputs", "People"]);
  });
});

/** Two sheets: one with a line and a horizontal bar chart (two series), one whose name needs quoting, with a column chart. */
function chartsPlan(): WorkbookPlan {
  const data = [
    ["Month", "Plan", "Actual"],
    ["Jan", 10, 12],
    ["Feb", 20, 18],
    ["Mar", 30, 33],
  ];
  const base: Omit<ChartPlan, "kind" | "title"> = {
    categories: range(1, 0, 3, 0),
    series: [
      { name: "Plan", values: range(1, 1, 3, 1) },
      { name: "Actual", values: range(1, 2, 3, 2) },
    ],
    anchor: { row: 0, col: 4 },
    widthCols: 6,
    heightRows: 10,
    fallbackNote: "note: line",
  };
  return {
    title: "charts",
    lang: "en-US",
    namedRanges: [],
    sheets: [
      {
        key: "trend",
        name: "Trend",
        blocks: [{ at: { row: 0, col: 0 }, cells: data }],
        numberFormats: [{ range: range(1, 1, 3, 2), format: '#,##0 "u"' }],
        charts: [
          { ...base, kind: "line", title: "Plan & actual <by month>" },
          { ...base, kind: "bar", title: "Bars", anchor: { row: 12, col: 4 }, fallbackNote: "note: bars" },
          // nothing to plot: not drawn, and its note stays
          {
            ...base,
            kind: "column",
            title: "Empty",
            series: [],
            anchor: { row: 30, col: 0 },
            fallbackNote: "note: empty",
          },
        ],
      },
      { key: "blank", name: "No charts", blocks: [{ at: { row: 0, col: 0 }, cells: [["-"]] }] },
      {
        key: "rd",
        // sanitised to "R&D's  Q1" ([ and ] are not allowed in sheet names)
        name: "R&D's [Q1]",
        blocks: [{ at: { row: 0, col: 0 }, cells: data }],
        tables: [{ name: "tblRd", range: range(0, 0, 3, 2), headers: data[0] as string[] }],
        charts: [{ ...base, kind: "column", title: "R&D", series: base.series.slice(1), fallbackNote: "note: rd" }],
      },
    ],
  };
}

describe("chart kinds, several charts and sheet names that need quoting", () => {
  let zip: JSZip;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await renderXlsx(chartsPlan(), { date: DATE });
    zip = await unzip(bytes);
  });

  test("one drawing per sheet with charts, one chart part per drawn chart", async () => {
    const files = Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/[^/]+$/.test(f));
    expect(files.sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const drawing1 = await part(zip, "xl/drawings/drawing1.xml");
    expect(all(/<xdr:twoCellAnchor>/g, drawing1)).toHaveLength(2);
    expect(all(/<xdr:cNvPr id="(\d+)"/g, drawing1).map((m) => m[1])).toEqual(["2", "3"]);
    expect(await part(zip, "xl/drawings/_rels/drawing1.xml.rels")).toMatch(
      /Id="rId1"[^>]*Target="\.\.\/charts\/chart1\.xml".*Id="rId2"[^>]*Target="\.\.\/charts\/chart2\.xml"/,
    );
    expect(await part(zip, "xl/drawings/_rels/drawing2.xml.rels")).toContain('Target="../charts/chart3.xml"');
    expect(await part(zip, "xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    for (const f of files) checkWellFormed(await part(zip, f), f);
    expect(await packageProblems(zip)).toEqual([]);
  });

  test("a line chart with markers, two series and a legend", async () => {
    const xml = await part(zip, "xl/charts/chart1.xml");
    expect(xml).toMatch(/<c:lineChart><c:grouping val="standard"\/>/);
    expect(xml).not.toContain("<c:barChart>");
    expect(all(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g, xml).map((m) => m[1])).toEqual(["Plan", "Actual"]);
    expect(all(/<c:f>([^<]*)<\/c:f>/g, xml).map((m) => m[1])).toEqual([
      "'Trend'!$A$2:$A$4",
      "'Trend'!$B$2:$B$4",
      "'Trend'!$A$2:$A$4",
      "'Trend'!$C$2:$C$4",
    ]);
    expect(xml).toContain("<a:t>Plan &amp; actual &lt;by month&gt;</a:t>");
    expect(xml).toContain('<c:legend><c:legendPos val="b"/>');
    expect(xml).toContain('<c:numFmt formatCode="#,##0 &quot;u&quot;" sourceLinked="0"/>');
  });

  test("a horizontal bar chart has its categories on the left", async () => {
    const xml = await part(zip, "xl/charts/chart2.xml");
    expect(xml).toContain('<c:barChart><c:barDir val="bar"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:axPos val="l"\/>.*<\/c:catAx><c:valAx>.*<c:axPos val="b"\/>/);
  });

  test("references use the final sheet name, quoted and XML-escaped", async () => {
    const xml = await part(zip, "xl/charts/chart3.xml");
    expect(all(/<c:f>([^<]*)<\/c:f>/g, xml).map((m) => m[1])).toEqual([
      "'R&amp;D''s  Q1'!$A$2:$A$4",
      "'R&amp;D''s  Q1'!$C$2:$C$4",
    ]);
    expect(xml).toContain('<c:barDir val="col"/>');
    // ExcelJS read both drawing and table: drawing before tableParts in the sheet
    const sheet = await part(zip, "xl/worksheets/sheet3.xml");
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
  });

  test("notes stand only for the chart that was not drawn", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const trend = wb.getWorksheet("Trend")!;
    expect(trend.getCell("E1").value).toBeNull();
    expect(trend.getCell("E13").value).toBeNull();
    expect(trend.getCell("A31").value).toBe("note: empty");
    expect(wb.getWorksheet("R&D's  Q1")!.getTable("tblRd")).toBeDefined();
  });

  test("a workbook without charts is ExcelJS's file as written: no drawing parts", async () => {
    const plan = planTemplateWorkbook("US", ["ops"], "en-US", { year: 2026 });
    expect(plan.sheets.some((s) => (s.charts ?? []).length > 0)).toBe(false);
    const noCharts = await unzip(await renderXlsx(plan, { date: DATE }));
    expect(Object.keys(noCharts.files).filter((f) => /chart|drawing/.test(f))).toEqual([]);
  });
});

describe("XML helpers", () => {
  test("escapeXml escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    expect(escapeXml("x\u0000\u0007y\tz\n\uFFFF\uD800!")).toBe("xy\tz\n!");
    expect(escapeXml("李娜 😀")).toBe("李娜 😀");
  });

  test.each([
    [
      "before tableParts",
      '<worksheet><sheetData><row r="1"/></sheetData><pageMargins/><pageSetup/><tableParts count="1"/></worksheet>',
      '<worksheet><sheetData><row r="1"/></sheetData><pageMargins/><pageSetup/><D/><tableParts count="1"/></worksheet>',
    ],
    [
      "after headerFooter, not before a conditional format's own extLst",
      "<worksheet><sheetData/><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>" +
        "<pageMargins/><headerFooter><oddHeader>&amp;</oddHeader></headerFooter><extLst><ext/></extLst></worksheet>",
      "<worksheet><sheetData/><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>" +
        "<pageMargins/><headerFooter><oddHeader>&amp;</oddHeader></headerFooter><D/><extLst><ext/></extLst></worksheet>",
    ],
    [
      "at the end when nothing follows",
      '<worksheet><sheetData></sheetData><dataValidations><dataValidation prompt="a > b"/></dataValidations></worksheet>',
      '<worksheet><sheetData></sheetData><dataValidations><dataValidation prompt="a > b"/></dataValidations><D/></worksheet>',
    ],
  ])("insertDrawingElement puts <drawing> %s", (_case, sheet, expected) => {
    expect(insertDrawingElement(sheet, "<D/>")).toBe(expected);
  });
});

// ---------- LibreOffice ----------

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) =>
  existsSync(p),
);
const IN_CI = process.env.CI === "true";
if (SOFFICE === undefined && !IN_CI) {
  console.warn(
    "charts.test.ts: LibreOffice tests skipped: soffice is not installed. Install libreoffice-calc (npm run setup:system) to run them.",
  );
}
const describeLo = SOFFICE !== undefined || IN_CI ? describe : describe.skip;

describeLo("LibreOffice opens the charts", () => {
  let work: string;
  const out: Record<string, JSZip> = {};

  beforeAll(async () => {
    if (SOFFICE === undefined) throw new Error("CI=true but LibreOffice (soffice) is not installed");
    work = mkdtempSync(path.join(tmpdir(), "kpi-charts-"));
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    mkdirSync(inDir);
    mkdirSync(outDir);
    writeFileSync(
      path.join(inDir, "trio.xlsx"),
      await renderXlsx(planTeamWorkbook(TRIO, "en-US").plan, { date: DATE }),
    );
    writeFileSync(path.join(inDir, "charts.xlsx"), await renderXlsx(chartsPlan(), { date: DATE }));
    // A profile of its own: other test files may run soffice at the same time.
    await promisify(execFile)(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        path.join(inDir, "trio.xlsx"),
        path.join(inDir, "charts.xlsx"),
      ],
      { timeout: 180_000 },
    );
    for (const f of ["trio", "charts"]) out[f] = await unzip(readFileSync(path.join(outDir, `${f}.xlsx`)));
  }, 200_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const charts = async (zip: JSZip) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .sort()
        .map(async (f) => (await part(zip, f)).replace(/&apos;/g, "'")), // LibreOffice writes ' as &apos;
    );

  test("the summary chart survives LibreOffice's round trip as a column chart over A5:A7 and D5:D7", async () => {
    const [chart, ...more] = await charts(out.trio);
    expect(more).toEqual([]);
    expect(chart).toMatch(/<c:barDir val="col"\/>/);
    expect(chart).toMatch(/<c:f>'?Summary'?!\$A\$5:\$A\$7<\/c:f>/);
    expect(chart).toMatch(/<c:f>'?Summary'?!\$D\$5:\$D\$7<\/c:f>/);
    expect(chart).toContain("Score by person");
  });

  test("line, bar and column charts all survive, on the right sheets", async () => {
    const xml = await charts(out.charts);
    expect(xml).toHaveLength(3);
    expect(xml.filter((c) => c.includes("<c:lineChart>"))).toHaveLength(1);
    expect(xml.filter((c) => c.includes('<c:barDir val="bar"/>'))).toHaveLength(1);
    const rd = xml.find((c) => c.includes('<c:barDir val="col"/>'))!;
    expect(rd).toContain("'R&amp;D''s  Q1'!$C$2:$C$4");
  });
});
