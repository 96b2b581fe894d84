/**
 * The BUILT task pane (dist/) in Debian Chromium, offline: it renders in zh-CN, en-US and es-MX with
 * no page error, is keyboard usable, survives a blocked office.js CDN, and outside Excel builds a
 * scorecard whose downloaded .xlsx holds tblScorecard and tblSummary (read back with ExcelJS). It
 * writes a screenshot of each view to docs/screenshots/<view>.png and holds the budget: initial
 * JavaScript ≤ 140 KiB gzip, first paint under 1 s.
 *
 * CI runs `npm run build` first; a missing dist/ (or Chromium) fails there. Locally the test skips
 * with the reason instead.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { initialJsGzip } from "../../scripts/bench-taskpane";
import { MESSAGES } from "../../src/taskpane/messages";
import type { Lang } from "../../src/core/types";
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
// The README's screenshots are refreshed on request (`KPI_SCREENSHOTS=1 npx jest test/e2e`); an
// ordinary test run still takes them, into a temporary folder, so a test run leaves the tree clean.
const SCREENSHOTS =
  process.env.KPI_SCREENSHOTS === "1"
    ? path.join(ROOT, "docs/screenshots")
    : fs.mkdtempSync(path.join(os.tmpdir(), "kpi-screenshots-"));
const BUDGET_KIB = 140;

const problem = distProblem() ?? chromiumProblem();

if (problem !== undefined) {
  if (CI) {
    test("the built task pane can be tested", () => {
      throw new Error(`e2e: ${problem}`);
    });
  } else {
    console.warn(`e2e task pane tests skipped: ${problem}`);
    test.skip(`e2e task pane (skipped: ${problem})`, () => {});
  }
} else {
  describe("built task pane in Chromium", () => {
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

    async function openPane(options: Parameters<typeof launchPane>[1] = {}): Promise<Pane> {
      const pane = await launchPane(server, options);
      open.push(pane);
      await pane.page.goto(`${server.url}${PAGE}`, { waitUntil: "load" });
      return pane;
    }

    test.each(["zh-CN", "en-US", "es-MX"] as Lang[])("renders in %s with no page error", async (lang) => {
      const { page, errors } = await openPane({ locale: lang });
      const t = MESSAGES[lang];
      await page.getByText(t.templatesIntro).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(t.title);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      for (const tab of [t.tabTemplates, t.tabScorecard, t.tabFunctions, t.tabSettings, t.tabReview]) {
        expect(await page.getByRole("tab", { name: tab }).count()).toBe(1);
      }
      // Outside Excel the pane says it builds downloads.
      expect(await page.getByRole("note").textContent()).toBe(t.outsideOffice);
      // Every view opens in this language.
      for (const [tab, intro] of [
        [t.tabScorecard, t.scorecardIntro],
        [t.tabFunctions, t.functionsIntro],
        [t.tabSettings, t.settingsIntro],
        [t.tabReview, t.reviewIntro],
      ]) {
        await page.getByRole("tab", { name: tab }).click();
        await page.getByText(intro).waitFor();
      }
      expect(errors).toEqual([]);
    });

    test("the tabs work from the keyboard", async () => {
      const { page, errors } = await openPane();
      await page.getByText(MESSAGES["en-US"].templatesIntro).waitFor();
      await page.getByRole("tab", { name: "Templates" }).focus();
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Scorecard");
      await page.keyboard.press("Enter");
      expect(await page.getByRole("tab", { name: "Scorecard" }).getAttribute("aria-selected")).toBe("true");
      await page.getByText(MESSAGES["en-US"].scorecardIntro).waitFor();
      expect(errors).toEqual([]);
    });

    test("with office.js blocked the pane still renders, without a page error", async () => {
      const { page, errors } = await openPane({ officeJs: "blocked" });
      await page.getByText(MESSAGES["en-US"].templatesIntro).waitFor();
      // The blocked request itself is logged by Chromium as a console error; nothing else may be.
      expect(errors.filter((e) => !/office\.js|Failed to load resource/i.test(e))).toEqual([]);
    });

    test("inside Excel it takes the language and the dark theme from Office, and offers the selection", async () => {
      // A stand-in for office.js as Excel loads it: the host, its display language and theme.
      const script = `
        window.Office = {
          context: {
            displayLanguage: "es-MX",
            officeTheme: { bodyBackgroundColor: "#262626" },
            requirements: { isSetSupported: function () { return true; } },
          },
          onReady: function (callback) {
            var info = { host: "Excel", platform: "OfficeOnline" };
            setTimeout(function () { callback(info); }, 0);
            return Promise.resolve(info);
          },
        };
        window.CustomFunctions = { associate: function () {} };`;
      const { page, errors } = await openPane({ locale: "zh-CN", officeJs: { script } });
      const t = MESSAGES["es-MX"];
      await page.getByText(t.templatesIntro).waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("es-MX");
      expect(await page.getByRole("note").count()).toBe(0);
      const background = await page.getByRole("main").evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(3 * 80);
      await page.getByRole("tab", { name: t.tabScorecard }).click();
      await page.getByRole("button", { name: t.fromSelection }).waitFor();
      expect(errors).toEqual([]);
    });

    test("outside Excel it builds a scorecard as an .xlsx download holding tblScorecard and tblSummary", async () => {
      const { page, errors } = await openPane();
      await page.getByRole("tab", { name: "Scorecard" }).click();
      await page.getByRole("textbox", { name: "Title" }).fill("E2E team");
      await page.getByRole("textbox", { name: "Period" }).fill("2026-01");
      await page.getByRole("textbox", { name: "Name of person 1" }).fill("Ana");
      await page.getByRole("combobox", { name: "Role 1" }).selectOption("ads");
      await page.getByRole("textbox", { name: "Base bonus 1" }).fill("1000");
      await page.getByRole("button", { name: "Add person" }).click();
      await page.getByRole("textbox", { name: "Name of person 2" }).fill("Luis");
      await page.getByRole("combobox", { name: "Region 2" }).selectOption("MX");
      await page.getByRole("combobox", { name: "Role 2" }).selectOption("cs");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Build scorecard" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("E2E team.xlsx");
      await page.getByText("Downloaded E2E team.xlsx.").waitFor();

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await download.path())!);
      const tables = new Map<string, ExcelJS.Worksheet>();
      for (const ws of wb.worksheets) {
        for (const name of Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables))
          tables.set(name, ws);
      }
      expect([...tables.keys()]).toEqual(expect.arrayContaining(["tblScorecard", "tblSummary"]));
      const summary = tables.get("tblSummary")!;
      const header = summary.getTable("tblSummary") as unknown as {
        table: { tableRef: string; columns: { name: string }[] };
      };
      expect(header.table.columns.map((c) => c.name)).toEqual([
        "Person",
        "Region",
        "Role",
        "Score",
        "Gates",
        "Payout",
        "Bonus",
      ]);
      const people = new Set<string>();
      let blank = 0;
      tables.get("tblScorecard")!.eachRow((row, n) => {
        if (n === 1) return;
        // ExcelJS drops a falsy cached result: the blank rows kept for lines typed later read as none
        const person = (row.getCell(1).value as { result?: unknown } | null)?.result;
        if (person === undefined || person === "") blank++;
        else people.add(String(person));
      });
      expect(people).toEqual(new Set(["Ana", "Luis"]));
      expect(blank).toBe(100);
      // the same file the CLI writes: the summary's score chart is a native chart part
      const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
      expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);

      await page.screenshot({ path: path.join(SCREENSHOTS, "scorecard.png"), fullPage: true });

      // Review reads the workbook just built back and ranks what is off track (every actual is missing).
      await page.getByRole("tab", { name: "Review" }).click();
      await page.getByRole("button", { name: "Read scorecard" }).click();
      await page.getByText(/KPIs need attention\.$/).waitFor();
      expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThan(2);
      await page.screenshot({ path: path.join(SCREENSHOTS, "review.png"), fullPage: true });
      expect(errors).toEqual([]);
    });

    test("screenshots of the templates, functions and settings views", async () => {
      const { page, errors } = await openPane();
      await page.getByText(MESSAGES["en-US"].templatesIntro).waitFor();
      await page.getByRole("checkbox", { name: "Advertising" }).check();
      await page.screenshot({ path: path.join(SCREENSHOTS, "templates.png"), fullPage: true });

      await page.getByRole("tab", { name: "Functions" }).click();
      await page.getByRole("searchbox", { name: "Search KPIs" }).fill("roas");
      await page.getByRole("button", { name: /Return on ad spend/ }).click();
      // The argument boxes come from dist/functions.json, fetched beside the page.
      await page.getByRole("textbox", { name: /adSales/ }).fill("B2");
      await page.getByRole("textbox", { name: /adSpend/ }).fill("C2");
      expect(await page.getByTestId("formula-preview").textContent()).toBe("=KPI.ROAS(B2,C2)");
      await page.screenshot({ path: path.join(SCREENSHOTS, "functions.png"), fullPage: true });

      await page.getByRole("tab", { name: "Settings" }).click();
      await page.getByText(MESSAGES["en-US"].settingsIntro).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "settings.png"), fullPage: true });
      expect(errors).toEqual([]);
    });

    // Sizes are deterministic and asserted; the first paint is a time, so `npm run bench` measures it
    // (scripts/bench-taskpane.ts) and no test asserts it on this shared machine.
    test(`initial JavaScript is at most ${BUDGET_KIB} KiB gzip and holds no lazily loaded chunk`, () => {
      const { kib, scripts } = initialJsGzip();
      expect(Object.keys(scripts)).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
      expect(kib).toBeLessThanOrEqual(BUDGET_KIB);
      // No chunk loaded later (views, ExcelJS) is in the page's own script tags.
      expect(Object.keys(scripts).some((s) => /xlsx|view-/.test(s))).toBe(false);
    });

    test("no ExcelJS chunk is requested at start-up", async () => {
      const { page } = await openPane();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.reload({ waitUntil: "load" });
      await page.getByText(MESSAGES["en-US"].templatesIntro).waitFor();
      expect(requested.filter((p) => /xlsx/.test(p))).toEqual([]);
    });
  });
}
