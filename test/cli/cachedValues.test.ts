/**
 * The parts reader `build --previous` uses (src/cli/cachedValues.ts) on a workbook written by hand,
 * part by part, so every cell kind is the one in the XML: shared strings (runs joined, phonetic runs
 * left out, an empty item keeping the count), inline strings, numbers, booleans, errors, a typed date
 * and a formula's cached number under a date format, formulas with a cached 0, "" or none, a cell
 * without an address, tables found through the sheet's relationships, and sheets that are not asked
 * for left unread.
 */
import JSZip from "jszip";
import { a1, cachedValues, colLetters, openXlsx, parseRef } from "../../src/cli/cachedValues";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function rels(items: [id: string, type: string, target: string][]): string {
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
}

const SHEET1 = `<?xml version="1.0"?><worksheet ${NS}><cols><col min="1" max="3" width="9"/></cols><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2"><v>1.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line &amp; </t></r></is></c><c r="E2" s="1"><v>46296</v></c><c r="F2" s="2"><v>46296</v></c></row>
<row r="3"><c r="A3"><f>B9*0</f><v>0</v></c><c r="B3" t="str"><f>""</f><v></v></c><c r="C3"><f>1/0</f></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" s="1"><f>E2</f><v>46296</v></c><c r="F3" t="str"><f t="shared" ref="F3:F4" si="0">A2&amp;"x"</f><v>1.5x</v></c></row>
<row r="4"><c r="A4" s="1"/><c><v>7</v></c><c t="s"><v>4</v></c></row>
<row><c r="B5"><v>-2E-3</v></c></row>
</sheetData><tableParts count="1"><tablePart r:id="rId1" xmlns:r="${R}"/></tableParts></worksheet>`;

async function workbook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${NS} xmlns:r="${R}"><workbookPr/><sheets>` +
      `<sheet name="Data &amp; more" sheetId="1" r:id="rId1"/><sheet name="Unread" sheetId="2" r:id="rId2"/>` +
      `</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "worksheet", "/xl/worksheets/sheet2.xml"],
      ["rId3", "sharedStrings", "sharedStrings.xml"],
      ["rId4", "styles", "styles.xml"],
    ]),
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst ${NS} count="5" uniqueCount="5">` +
      `<si><t>Person</t></si>` +
      `<si><r><rPr><b/></rPr><t>Sc</t></r><r><t>ore</t></r></si>` +
      `<si/>` +
      `<si><t>名前</t><rPh sb="0" eb="2"><t>ナマエ</t></rPh></si>` +
      `<si><t xml:space="preserve"> a &lt;b&gt; </t></si></sst>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;m&quot;0.0"/></numFmts>` +
      `<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
  );
  zip.file("xl/worksheets/sheet1.xml", SHEET1);
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels([["rId1", "table", "../tables/table1.xml"]]));
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0"?><table ${NS} id="1" name="Table_1" displayName="tblData" ref="A1:D3"><autoFilter ref="A1:D3"/></table>`,
  );
  // not well-formed, and not asked for: cachedValues leaves it out
  zip.file("xl/worksheets/sheet2.xml", `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>`);
  return zip.generateAsync({ type: "uint8array" });
}

test("A1 addresses and refs: columns past Z, absolute refs, one cell", () => {
  expect([1, 26, 27, 52, 703, 16384].map(colLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
  expect(a1(28801, 12)).toBe("L28801");
  expect(parseRef("A1:L28801")).toEqual({ top: 1, left: 1, bottom: 28801, right: 12 });
  expect(parseRef("$B$4:$AA$30")).toEqual({ top: 4, left: 2, bottom: 30, right: 27 });
  expect(parseRef("c7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
  expect(parseRef("Sheet1!A1")).toBeUndefined();
});

test("sheet list and tables: names unescaped, a table by its displayName with the sheet that holds it", async () => {
  const wb = await openXlsx(await workbook());
  expect(wb.sheetNames).toEqual(["Data & more", "Unread"]);
  expect(wb.tables).toEqual([{ name: "tblData", sheet: "Data & more", top: 1, left: 1, bottom: 3, right: 4 }]);
  expect(await wb.sheet("Nope")).toBeUndefined();
});

test("every cell kind shows what the XML holds", async () => {
  const sheet = (await (await openXlsx(await workbook())).sheet("Data & more"))!;
  // shared strings: plain, two runs joined, an empty item (index 2 still counts), phonetic run left out
  expect([1, 2, 3, 4].map((c) => sheet.value(1, c))).toEqual(["Person", "Score", "", "名前"]);
  // number, boolean, error → null, inline string runs joined and unescaped
  expect([1, 2, 3, 4].map((c) => sheet.value(2, c))).toEqual([1.5, true, null, "inline & "]);
  // 46296 under built-in format 14 is 2026-10-01; under "m"0.0 (the m quoted) it stays a number
  expect(sheet.value(2, 5)).toEqual(new Date(Date.UTC(2026, 9, 1)));
  expect(sheet.value(2, 6)).toBe(46296);
  // formulas: a cached 0, a cached "", none saved (undefined), an error; a cached number under a
  // date format stays the number; a shared formula's cached text
  expect([1, 2, 3, 4, 5, 6].map((c) => sheet.value(3, c))).toEqual([0, "", undefined, null, 46296, "1.5x"]);
  expect([1, 2, 3, 4, 5, 6].map((c) => sheet.isFormula(3, c))).toEqual([true, true, true, true, true, true]);
  expect(sheet.isFormula(2, 1)).toBe(false);
  // a styled empty cell is blank; cells without r follow the one before (B4, C4); a row without r follows row 4
  expect([1, 2, 3].map((c) => sheet.value(4, c))).toEqual([null, 7, " a <b> "]);
  expect(sheet.value(5, 2)).toBe(-0.002);
  expect(sheet.value(99, 1)).toBeNull();
  expect(sheet.rowCount).toBe(5);
});

test("cachedValues: the formula cells of the sheets asked for, by address; others not read", async () => {
  const bytes = await workbook();
  const got = await cachedValues(bytes, ["Data & more"]);
  expect([...got.keys()]).toEqual(["Data & more"]);
  expect([...got.get("Data & more")!]).toEqual([
    ["A3", 0],
    ["B3", ""],
    ["C3", undefined],
    ["D3", null],
    ["E3", 46296],
    ["F3", "1.5x"],
  ]);
});

test("date1904 workbooks shift typed dates by 1,462 days", async () => {
  const zip = await JSZip.loadAsync(await workbook());
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
    "<workbookPr/>",
    '<workbookPr date1904="1"/>',
  );
  zip.file("xl/workbook.xml", xml);
  const sheet = (await (await openXlsx(await zip.generateAsync({ type: "uint8array" }))).sheet("Data & more"))!;
  expect(sheet.value(2, 5)).toEqual(new Date(Date.UTC(2030, 9, 2)));
});

test("a damaged zip rejects", async () => {
  const bytes = await workbook();
  await expect(openXlsx(bytes.subarray(0, 200))).rejects.toThrow();
});
