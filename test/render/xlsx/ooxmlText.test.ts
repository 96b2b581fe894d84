/**
 * Text that an OOXML reader would decode (`_xHHHH_`), and control characters, written so that they
 * read back as written: escapeOoxmlText by hand, then whole workbooks read back by ExcelJS and by
 * LibreOffice (csv).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookPlan } from "../../../src/plan/types";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { escapeOoxmlText } from "../../../src/render/xlsx/ooxmlText";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { SMALL } from "../../plan/fixtures";
import { CSV_ALL_SHEETS, convertWithLibreOffice, describeWithLibreOffice } from "./soffice";

describe("escapeOoxmlText", () => {
  test.each<[string, string, string]>([
    ["a bare escape keeps its underscore", "_x000D_", "_x005F_x000D_"],
    ["an escape inside a word", "a_x0041_b", "a_x005F_x0041_b"],
    ["lower-case hex is escaped too (Excel and LibreOffice decode it)", "lo_x000d_w", "lo_x005F_x000d_w"],
    ["two escapes sharing an underscore: both underscores", "_x0041_x0042_", "_x005F_x0041_x005F_x0042_"],
    // "_x005F_x000D_" holds two escapes, "_x005F_" at 0 and "_x000D_" at 6: both underscores
    ["a literal escaped underscore", "_x005F_x000D_", "_x005F_x005F_x005F_x000D_"],
    ["CR becomes _x000D_, LF stays", "x\r\ny", "x_x000D_\ny"],
    ["other control characters become their escapes", "c\u0001d\u001Fe\u007Ff", "c_x0001_d_x001F_e_x007F_f"],
    ["tab stays", "t\tz", "t\tz"],
    ["not an escape: 3 hex digits", "_x00D_", "_x00D_"],
    ["not an escape: no closing underscore", "_x000D", "_x000D"],
    ["not an escape: a non-hex digit", "_x00G0_", "_x00G0_"],
    ["plain text, Chinese and Spanish are untouched", "张伟 · Peña_2026", "张伟 · Peña_2026"],
  ])("%s: %j → %j", (_name, text, escaped) => {
    expect(escapeOoxmlText(text)).toBe(escaped);
  });
});

/** Person names as typed, and the header, each a text a reader could misread. */
const NAMES = ["_x000D_", "a_x0041_b", "x\r\ny", "_x005F_x000D_", "lo_x000d_w", "c\u0001d", "plain"];
const HEADER = "Person _x0041_";

function namesPlan(): WorkbookPlan {
  const cells = [[HEADER, "N"], ...NAMES.map((n, i) => [n, i + 1])];
  return {
    title: "names",
    lang: "en-US",
    namedRanges: [],
    sheets: [
      {
        key: "names",
        name: "Names",
        blocks: [
          { at: { row: 0, col: 0 }, cells },
          // a formula's cached text is not a literal cell: written as ExcelJS is given it
          { at: { row: 0, col: 3 }, cells: [[{ formula: 'A2&""', result: "_x000D_" }]] },
        ],
        tables: [
          {
            name: "tblNames",
            range: { top: 0, left: 0, bottom: NAMES.length, right: 1 },
            headers: [HEADER, "N"],
          },
        ],
      },
    ],
  };
}

describe("the xlsx renderer writes text that reads back as written", () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await renderXlsx(namesPlan());
  });

  test("ExcelJS reads back every name and the table header exactly", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.getWorksheet("Names")!;
    const got = NAMES.map((_, i) => ws.getCell(i + 2, 1).value);
    expect(got).toEqual(["_x000D_", "a_x0041_b", "x\r\ny", "_x005F_x000D_", "lo_x000d_w", "c\u0001d", "plain"]);
    expect(ws.getCell(1, 1).value).toBe("Person _x0041_");
  });

  test("the shared strings hold each escape once, and the table column its escaped name", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    for (const t of [
      "<t>_x005F_x000D_</t>",
      "<t>a_x005F_x0041_b</t>",
      "x_x000D_\ny</t>",
      "<t>_x005F_x005F_x005F_x000D_</t>",
      "<t>c_x0001_d</t>",
      "Person _x005F_x0041_</t>",
    ])
      expect(sst).toContain(t);
    expect(sst).not.toContain("<t>_x005F_x005F_x000D_</t>"); // "_x000D_" escaped once, not twice
    const table = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
    expect(await zip.file(table)!.async("string")).toContain('name="Person _x005F_x0041_"');
  });
});

test("a team whose people are called _x000D_ and a_x0041_b: the People sheet reads back their names", async () => {
  const config = {
    ...SMALL,
    people: SMALL.people.map((p, i) => ({ ...p, name: ["_x000D_", "a_x0041_b"][i] ?? p.name })),
  };
  const { plan } = planTeamWorkbook(config, "en-US");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(plan)) as never);
  const people = wb.getWorksheet(sheetNames(plan).get("people")!)!;
  expect([people.getCell("A2").value, people.getCell("A3").value]).toEqual(["_x000D_", "a_x0041_b"]);
});

describeWithLibreOffice("ooxmlText.test.ts")("LibreOffice shows the literal text", () => {
  let work: string;
  let csv: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-ooxml-text-"));
    const file = path.join(work, "names.xlsx");
    writeFileSync(file, await renderXlsx(namesPlan()));
    const out = path.join(work, "out");
    await convertWithLibreOffice(work, [file], CSV_ALL_SHEETS, out);
    const name = readdirSync(out).find((f) => f.endsWith(".csv"))!;
    csv = readFileSync(path.join(out, name), "utf8");
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("csv of the sheet, by hand", () => {
    expect(csv).toBe(
      [
        "Person _x0041_,N,,_x000D_",
        "_x000D_,1,,",
        "a_x0041_b,2,,",
        // LibreOffice holds a line break as one character: CR LF in a cell becomes LF (a lone CR stays)
        '"x\ny",3,,',
        "_x005F_x000D_,4,,",
        "lo_x000d_w,5,,",
        "c\u0001d,6,,",
        "plain,7,,",
        "",
      ].join("\n"),
    );
  });
});
