/**
 * The printed workbook, as the monthly review shares it: the demo in each language rendered to PDF
 * by LibreOffice (recalculating on load, so the widths are tested against computed values), read
 * back with pdftotext. No value may print as ###, every sheet carries its print layout, the
 * summary's table and chart share the first page, and blank rows kept for additions do not print.
 *
 * Needs LibreOffice (libreoffice-calc) and pdftotext (poppler-utils), both installed by
 * .ci/setup-system.sh. Without them the tests are skipped with a message, except in CI, where a
 * missing tool fails.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { LANGS, type Lang } from "../../../src/core/types";
import { translator } from "../../../src/i18n/messages";
import { planWorkbook } from "../../../src/plan/workbookPlan";
import { SCORE_HELPER_COL } from "../../../src/plan/scorecardPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { DEMO } from "../../plan/fixtures";
import { convertWithLibreOffice, sofficeMissing } from "./soffice";

const run = promisify(execFile);
const PDFTOTEXT = ["/usr/bin", "/usr/local/bin"].map((d) => path.join(d, "pdftotext")).find((p) => existsSync(p));
const IN_CI = process.env.CI === "true";
const missing = sofficeMissing ?? (PDFTOTEXT === undefined ? "pdftotext (poppler-utils) is not installed" : null);
if (missing !== null && !IN_CI) console.warn(`print.test.ts skipped: ${missing}. Run npm run setup:system.`);
const describePrint = missing === null || IN_CI ? describe : describe.skip;

/** Form feed: pdftotext ends every page with one. */
const pagesOf = (text: string): string[] => text.split("\f").slice(0, -1);

describePrint("the demo workbook printed by LibreOffice", () => {
  let work = "";
  const pdfText = new Map<Lang, string>();
  const books = new Map<Lang, ExcelJS.Workbook>();

  beforeAll(async () => {
    if (missing !== null) throw new Error(`CI=true but ${missing}`);
    work = mkdtempSync(path.join(tmpdir(), "kpi-print-"));
    const files: string[] = [];
    for (const lang of LANGS) {
      const bytes = await renderXlsx(planWorkbook(DEMO, lang), { date: new Date(Date.UTC(2026, 10, 1)) });
      const file = path.join(work, `demo-${lang}.xlsx`);
      writeFileSync(file, bytes);
      files.push(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      books.set(lang, book);
    }
    await convertWithLibreOffice(work, files, "pdf", work);
    for (const lang of LANGS) {
      const { stdout } = await run(PDFTOTEXT!, ["-layout", path.join(work, `demo-${lang}.pdf`), "-"], {
        maxBuffer: 64 * 1024 * 1024,
      });
      pdfText.set(lang, stdout);
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(LANGS)("%s: no value prints as ###", (lang) => {
    const text = pdfText.get(lang) as string;
    expect(text.length).toBeGreaterThan(1000);
    const hashes = text.split("\n").filter((line) => line.includes("###"));
    expect(hashes).toEqual([]);
  });

  it.each(LANGS)("%s: the summary's table and its chart share the first page", (lang) => {
    const t = translator(lang);
    const first = pagesOf(pdfText.get(lang) as string)[0];
    expect(first).toContain(DEMO.people[0].name);
    expect(first).toContain(DEMO.people[DEMO.people.length - 1].name);
    expect(first).toContain(t("label.chartScore"));
  });

  it.each(LANGS)("%s: about a page per sheet (at most 5 more), blank rows left out", (lang) => {
    // one page per sheet but the two KPI definition pages and one for each of the longer tables;
    // the first build printed 54 portrait pages, the spare rows alone 18 more
    const pages = pagesOf(pdfText.get(lang) as string);
    const sheets = planWorkbook(DEMO, lang).sheets.length;
    expect(pages.length).toBeGreaterThanOrEqual(sheets);
    expect(pages.length).toBeLessThanOrEqual(sheets + 5);
  });

  it.each(LANGS)("%s: every sheet is set to print one page wide with its header rows repeated", (lang) => {
    const plan = planWorkbook(DEMO, lang);
    const names = sheetNames(plan);
    const book = books.get(lang) as ExcelJS.Workbook;
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(names.get(sheet.key) as string) as ExcelJS.Worksheet;
      expect({ sheet: sheet.key, fit: ws.pageSetup.fitToPage, wide: ws.pageSetup.fitToWidth }).toEqual({
        sheet: sheet.key,
        fit: true,
        wide: 1,
      });
      expect(["portrait", "landscape"]).toContain(ws.pageSetup.orientation);
      if ((sheet.freeze?.rows ?? 0) > 0) expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    }
    // the scorecard's helper columns are an outline group, collapsed
    const scorecard = book.getWorksheet(names.get("scorecard") as string) as ExcelJS.Worksheet;
    const helper = scorecard.columns[SCORE_HELPER_COL.polarity];
    expect({ level: helper.outlineLevel, hidden: helper.hidden }).toEqual({ level: 1, hidden: true });
  });
});
