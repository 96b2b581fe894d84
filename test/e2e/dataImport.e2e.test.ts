/**
 * Report import in the BUILT task pane (dist/) in Debian Chromium, outside Excel: report files as
 * downloaded (test/import's fixtures, and a Mercado Libre XLSX) are picked in the Data view and
 * recognised; ExcelJS's reader is fetched only when the XLSX arrives; with a scorecard built first,
 * apply downloads the workbook again with its Data and Imports sheets. Skips like taskpane.e2e when
 * dist/ or Chromium is missing.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { mercadoLibreVentas } from "../import/ventasFixture";
import {
  PAGE,
  ROOT,
  DIST,
  chromiumProblem,
  distProblem,
  launchPane,
  serveDirectory,
  type Pane,
  type StaticServer,
} from "./pageServer";

const CI = process.env.CI === "true";
const fixtures = path.join(ROOT, "test/import/fixtures");
const problem = distProblem() ?? chromiumProblem();

if (problem !== undefined) {
  if (CI) {
    test("the built task pane can be tested", () => {
      throw new Error(`e2e: ${problem}`);
    });
  } else {
    test.skip(`e2e data import (skipped: ${problem})`, () => {});
  }
} else {
  describe("Data view in Chromium", () => {
    jest.setTimeout(90_000);
    let server: StaticServer;
    const open: Pane[] = [];

    beforeAll(async () => {
      server = await serveDirectory(DIST);
    });
    afterAll(async () => {
      await Promise.all(open.map((p) => p.close()));
      await server?.close();
    });

    async function openPane(): Promise<Pane> {
      const pane = await launchPane(server);
      open.push(pane);
      await pane.page.goto(`${server.url}${PAGE}`, { waitUntil: "load" });
      return pane;
    }

    test("picked report files are recognised; the XLSX reader loads only for an XLSX file", async () => {
      const { page, errors } = await openPane();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.getByRole("tab", { name: "Data" }).click();
      await page.getByRole("button", { name: "Choose files" }).waitFor();
      await page
        .getByLabel("Choose files", { exact: true })
        .setInputFiles([path.join(fixtures, "all-orders.txt"), path.join(fixtures, "business-report-en-us.csv")]);
      const orders = page.getByRole("listitem", { name: "all-orders.txt" });
      await orders.getByText("Amazon All Orders · Amazon US").waitFor();
      expect(await orders.innerText()).toBe(
        [
          "all-orders.txt",
          "×",
          "Amazon All Orders · Amazon US",
          "Headers in English · 6 rows",
          "1 row of sales channel Non-Amazon left out",
        ].join("\n"),
      );
      // the list fits the 420 px pane: nothing scrolls sideways
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
      // the business report does not say its marketplace: a picker, and apply waits for it
      const apply = page.getByRole("button", { name: "Apply to the workbook" });
      expect(await apply.isDisabled()).toBe(true);
      await page.getByRole("combobox", { name: "Marketplace of business-report-en-us.csv" }).selectOption("amazon_us");
      await page
        .getByRole("listitem", { name: "business-report-en-us.csv" })
        .getByText("Amazon business report · Amazon US")
        .waitFor();
      expect(await apply.isDisabled()).toBe(false);
      expect(requested.filter((p) => /xlsx-reader/.test(p))).toEqual([]);

      // an XLSX export: ExcelJS's reader arrives now
      await page.getByLabel("Choose files", { exact: true }).setInputFiles({
        name: "ventas.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await mercadoLibreVentas()),
      });
      await page
        .getByRole("listitem", { name: /^ventas\.xlsx/ })
        .getByText(/^Mercado Libre sales/)
        .waitFor();
      expect(requested.some((p) => /xlsx-reader/.test(p))).toBe(true);
      expect(errors).toEqual([]);
    });

    test("outside Excel, apply downloads the team workbook again with its Data and Imports sheets", async () => {
      const { page, errors } = await openPane();
      await page.getByRole("tab", { name: "Scorecard" }).click();
      await page.getByRole("textbox", { name: "Title" }).fill("Import team");
      await page.getByRole("textbox", { name: "Period" }).fill("2026-11");
      await page.getByRole("textbox", { name: "Name of person 1" }).fill("Ana");
      const [first] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Build scorecard" }).click(),
      ]);
      expect(first.suggestedFilename()).toBe("Import team.xlsx");

      await page.getByRole("tab", { name: "Data" }).click();
      await page.getByLabel("Choose files", { exact: true }).setInputFiles(path.join(fixtures, "all-orders.txt"));
      await page.getByText("Amazon All Orders · Amazon US").waitFor();
      // the period is the one the workbook was just built for (its Settings sheet)
      const period = page.getByRole("textbox", { name: "Period" }).last();
      await page.getByText("The period the workbook was built for (its Settings sheet).").waitFor();
      expect(await period.inputValue()).toBe("2026-11");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Apply to the workbook" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("Import team.xlsx");
      await page.getByText(/^Downloaded Import team\.xlsx with the imports/).waitFor();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await download.path())!);
      const tables = wb.worksheets.flatMap((ws) =>
        Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables),
      );
      expect(tables).toEqual(expect.arrayContaining(["tblData", "tblImports", "tblInputs"]));
      const imports = wb.getWorksheet("Imports")!;
      expect(imports.getCell("A4").value).toBe("all-orders.txt");
      expect(errors).toEqual([]);
    });
  });
}
