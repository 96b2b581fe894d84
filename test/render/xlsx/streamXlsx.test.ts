/**
 * The streamed workbook (streamXlsx, what the CLI writes) holds what renderXlsx's holds, for real
 * plans: read back with ExcelJS, every sheet's cells (values, formulas and cached results), number
 * formats and styles, tables, validations, conditional formats, names, column widths, outline, row
 * heights, frozen panes and print setup agree; the parts of the two zips agree too, charts included.
 * LibreOffice opens the streamed file and recalculates it to the same values as renderXlsx's.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Lang } from "../../../src/core/types";
import type { TeamConfig } from "../../../src/plan/teamConfig";
import type { WorkbookPlan } from "../../../src/plan/types";
import { historyRowsOf } from "../../../src/plan/historyPlan";
import { planTeamWorkbook, planWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx } from "../../../src/render/xlsx/renderXlsx";
import { streamXlsx } from "../../../src/render/xlsx/streamXlsx";
import { DEMO, EDGE, bigTeam } from "../../plan/fixtures";

const DATE = new Date("2026-11-30T08:00:00Z");

async function streamed(
  plan: WorkbookPlan,
  options: { rawRows?: boolean; counts?: { raw: number; viaExcelJs: number } } = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamXlsx(plan, sink, { date: DATE, ...options });
  return Buffer.concat(chunks);
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Everything a sheet holds, as plain data, cell by cell. */
function sheetContent(ws: ExcelJS.Worksheet): object {
  const cells: Record<string, object> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { type: cell.type, value: cell.value, style: cell.style };
    }),
  );
  const rows: Record<number, object> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n] = { height: row.height, hidden: row.hidden, outlineLevel: row.outlineLevel };
  });
  const columns = (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, outlineLevel: c.outlineLevel }));
  const tables = Object.values((ws as unknown as { tables: Record<string, ExcelJS.Table> }).tables).map((t) => {
    const m = (t as unknown as { model: Record<string, unknown> }).model;
    return { name: m.name, ref: m.tableRef, columns: m.columns, style: m.style, headerRow: m.headerRow };
  });
  // read back by ExcelJS, though its typings leave them out
  const { dataValidations, conditionalFormattings } = ws as unknown as {
    dataValidations: { model: object };
    conditionalFormattings: object[];
  };
  return {
    name: ws.name,
    state: ws.state,
    properties: ws.properties,
    views: ws.views,
    pageSetup: ws.pageSetup,
    columns,
    rows,
    cells,
    tables,
    validations: dataValidations.model,
    conditionalFormats: conditionalFormattings,
  };
}

function workbookContent(wb: ExcelJS.Workbook): object {
  return {
    title: wb.title,
    creator: wb.creator,
    lastModifiedBy: wb.lastModifiedBy,
    created: wb.created,
    modified: wb.modified,
    definedNames: wb.definedNames.model,
    sheets: wb.worksheets.map(sheetContent),
  };
}

const CASES: [string, TeamConfig, Lang][] = [
  ["the demo team (zh-CN)", DEMO, "zh-CN"],
  ["30 people × 12 KPIs (zh-CN)", bigTeam(30, 12), "zh-CN"],
  ["the edge cases (en-US)", EDGE, "en-US"],
];

describe("streamXlsx writes renderXlsx's workbook", () => {
  test.each(CASES)("%s: every sheet reads back the same", async (_name, config, lang) => {
    const plan = planWorkbook(config, lang, { year: 2026 });
    const [inMemory, stream] = await Promise.all([renderXlsx(plan, { date: DATE }), streamed(plan)]);
    const expected = workbookContent(await read(inMemory));
    const actual = workbookContent(await read(stream));
    expect(actual).toEqual(expected);
    // not empty by accident: the scorecard's table and formulas with cached results are there
    const sheets = (expected as { sheets: { tables: { name: string }[]; cells: Record<string, { value: unknown }> }[] })
      .sheets;
    expect(sheets.flatMap((s) => s.tables.map((t) => t.name))).toContain("tblScorecard");
    expect(
      sheets.some((s) => Object.values(s.cells).some((c) => typeof c.value === "object" && c.value !== null)),
    ).toBe(true);
  });

  test.each(CASES)(
    "%s: the zips hold the same parts, charts and tables alike, the sheets differing only by <dimension>",
    async (_name, config, lang) => {
      const plan = planWorkbook(config, lang, { year: 2026 });
      const [a, b] = await Promise.all([
        JSZip.loadAsync(await renderXlsx(plan, { date: DATE })),
        JSZip.loadAsync(await streamed(plan)),
      ]);
      const parts = (zip: JSZip) =>
        Object.keys(zip.files)
          .filter((p) => !zip.files[p].dir)
          .sort();
      expect(parts(b)).toEqual(parts(a));
      expect(parts(a).some((p) => p.startsWith("xl/charts/"))).toBe(true);
      const same = parts(a).filter((p) =>
        /^xl\/(worksheets|tables|charts|drawings)\/|^xl\/(styles|workbook)\.xml/.test(p),
      );
      // ExcelJS's streaming writer indents its relationships parts
      const noDimension = (xml: string) => xml.replace(/<dimension ref="[^"]*"\/>/, "").replace(/>\s+</g, "><");
      for (const part of same) {
        const [x, y] = await Promise.all([a.file(part)!.async("string"), b.file(part)!.async("string")]);
        expect([part, noDimension(y)]).toEqual([part, noDimension(x)]);
      }
      // ExcelJS does not read calcPr back: the workbook part (equal above) asks for a full recalculation.
      expect(await b.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
      // Content types: the same entries, in another order.
      const entries = async (zip: JSZip) =>
        ((await zip.file("[Content_Types].xml")!.async("string")).match(/<(Default|Override)\b[^>]*\/>/g) ?? []).sort();
      expect(await entries(b)).toEqual(await entries(a));
      // Shared strings: the same strings (ExcelJS's streaming writer counts references differently).
      const strings = async (zip: JSZip) =>
        (await zip.file("xl/sharedStrings.xml")!.async("string")).replace(/<sst\b[^>]*>/, "");
      expect(await strings(b)).toEqual(await strings(a));
    },
  );
});

const repoRoot = path.resolve(__dirname, "../../..");
const RECALC_XCU = path.resolve(repoRoot, "../shared/recalc-registrymodifications.xcu");
const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) =>
  existsSync(p),
);
const IN_CI = process.env.CI === "true";
const missing =
  SOFFICE === undefined
    ? "LibreOffice (soffice) is not installed"
    : !existsSync(RECALC_XCU)
      ? `${RECALC_XCU} is missing`
      : null;
if (missing !== null && !IN_CI) {
  console.warn(`streamXlsx.test.ts LibreOffice check skipped: ${missing}. Install libreoffice-calc to run it.`);
}
const describeLo = missing === null || IN_CI ? describe : describe.skip;

/** Cell values as a recalculating reader leaves them: a formula's result, else the value. */
function values(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        out[`${ws.name}!${cell.address}`] =
          v !== null && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).result : v;
      }),
    ),
  );
  return out;
}

describeLo("LibreOffice and the streamed workbook", () => {
  let work = "";
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("opens it and recalculates every formula to what it gives renderXlsx's file", async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-stream-lo-"));
    const profile = path.join(work, "profile");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    copyFileSync(RECALC_XCU, path.join(profile, "user", "registrymodifications.xcu"));
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    mkdirSync(inDir);
    mkdirSync(outDir);
    const plan = planWorkbook(bigTeam(30, 12), "zh-CN", { year: 2026 });
    writeFileSync(path.join(inDir, "memory.xlsx"), await renderXlsx(plan, { date: DATE }));
    writeFileSync(path.join(inDir, "streamed.xlsx"), await streamed(plan));
    await promisify(execFile)(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        path.join(inDir, "memory.xlsx"),
        path.join(inDir, "streamed.xlsx"),
      ],
      { timeout: 240_000 },
    );
    const memory = new ExcelJS.Workbook();
    await memory.xlsx.readFile(path.join(outDir, "memory.xlsx"));
    const stream = new ExcelJS.Workbook();
    await stream.xlsx.readFile(path.join(outDir, "streamed.xlsx"));
    const expected = values(memory);
    expect(Object.keys(expected).length).toBeGreaterThan(1000);
    expect(values(stream)).toEqual(expected);
    expect(stream.worksheets.map((ws) => ws.name)).toEqual(memory.worksheets.map((ws) => ws.name));
  }, 300_000);
});

describe("rows of plain values are written as XML directly, byte for byte what ExcelJS's rows write", () => {
  // A demo team with three closed months of history (values only, a number format run per KPI unit)
  // and the import-free sheets: every part of the file must be the same text either way.
  test.each(["en-US", "zh-CN"] as const)(
    "%s: every part of the workbook is identical with and without",
    async (lang) => {
      const { team, scores } = planTeamWorkbook(DEMO, lang);
      const rows = ["2026-08", "2026-09", "2026-10"].flatMap((period) =>
        historyRowsOf(team, scores, lang).map((r) => ({ ...r, period })),
      );
      const plan = planTeamWorkbook(DEMO, lang, { history: { rows } }).plan;
      const counts = { raw: 0, viaExcelJs: 0 };
      const off = { raw: 0, viaExcelJs: 0 };
      const [direct, viaExcelJs] = await Promise.all([
        JSZip.loadAsync(await streamed(plan, { counts })),
        JSZip.loadAsync(await streamed(plan, { rawRows: false, counts: off })),
      ]);
      // the direct path did write rows: every history row but the first of each style combination
      // (a handful) is plain values, so more than half as many as the history has
      expect(counts.raw).toBeGreaterThan(rows.length / 2);
      expect(off.raw).toBe(0);
      expect(counts.raw + counts.viaExcelJs).toBe(off.viaExcelJs);
      const names = Object.keys(viaExcelJs.files).sort();
      expect(Object.keys(direct.files).sort()).toEqual(names);
      expect(names).toContain("xl/sharedStrings.xml");
      for (const name of names) {
        const [a, b] = await Promise.all([direct.file(name)!.async("string"), viaExcelJs.file(name)!.async("string")]);
        expect([name, a === b]).toEqual([name, true]);
      }
      // and the History sheet reads back: 3 months × the demo's lines, under the header
      const book = await read(await streamed(plan));
      const history = book.worksheets.find((w) => w.getCell(1, 1).value !== null && w.rowCount === rows.length + 1);
      expect(history?.rowCount).toBe(rows.length + 1);
    },
  );
});
