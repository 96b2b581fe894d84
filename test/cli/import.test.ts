/**
 * `kpi-scorecard import` as a user runs it (DESIGN §8): the built CLI spawned with node. The bundle
 * is built here with the flags of `npm run build:cli` into a temporary folder (papaparse bundled,
 * exceljs/jszip external and resolved from the repository's node_modules), so that this suite and
 * test/cli/cli.test.ts never write the same lib/ file at once.
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mercadoLibreVentas } from "../import/ventasFixture";

const repoRoot = path.resolve(__dirname, "../..");
const fixtures = path.join(repoRoot, "test", "import", "fixtures");
let work: string;
let bin: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: fixtures, timeout: 60_000, env: { ...process.env, NODE_PATH: path.join(repoRoot, "node_modules") } },
      (err, stdout, stderr) => {
        const code = err ? (err as unknown as { code: unknown }).code : 0;
        resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "kpi-import-"));
  mkdirSync(path.join(work, "bin"));
  copyFileSync(path.join(repoRoot, "bin", "kpi-scorecard.js"), path.join(work, "bin", "kpi-scorecard.js"));
  bin = path.join(work, "bin", "kpi-scorecard.js");
  execFileSync(
    path.join(repoRoot, "node_modules", ".bin", "esbuild"),
    [
      "src/cli/main.ts",
      "--bundle",
      "--platform=node",
      "--target=node20",
      "--format=cjs",
      "--external:exceljs",
      "--external:jszip",
      `--outfile=${path.join(work, "lib", "kpi-scorecard.cjs")}`,
      "--log-level=warning",
    ],
    { cwd: repoRoot, stdio: "pipe" },
  );
  writeFileSync(path.join(work, "ventas.xlsx"), await mercadoLibreVentas());
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("import --json", () => {
  test("prints every file's kind, marketplace, locale, rows, totals and warnings", async () => {
    const ventas = path.join(work, "ventas.xlsx");
    const r = await cli([
      "import",
      "amazon_us=business-report-en-us.csv",
      "ads-sp-2026.csv",
      "all-orders.txt",
      "fba-returns.csv",
      "account-health.json",
      ventas,
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const { reports } = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string }) => x.file)).toEqual([
      "business-report-en-us.csv",
      "ads-sp-2026.csv",
      "all-orders.txt",
      "fba-returns.csv",
      "account-health.json",
      ventas,
    ]);
    expect(reports[0]).toEqual({
      file: "business-report-en-us.csv",
      kind: "amazon_business_report",
      marketplace: "amazon_us", // the label
      locale: "en",
      rows: 3,
      // 12,131 + 2,000 + 500; 20,000 + 3,100 + 700; 1,204 + 150 (+ N/A); 12,905.25 + 1,650.00 + 16.22; 1,150 + 140 + 12
      totals: { sessions: 14631, page_views: 23800, units: 1354, sales: 14571.47, orders: 1302 },
      warnings: ['1 value in `Units Ordered` did not parse (e.g. "N/A") and counts as missing'],
    });
    // MXN → amazon_mx; 8,000 + 2,000; 160 + 40; 1,200 + 400; 6,000 + 1,600; 20 (+ "--")
    expect(reports[1]).toMatchObject({
      kind: "amazon_ads_sp",
      marketplace: "amazon_mx",
      totals: { ad_impressions: 10000, ad_clicks: 200, ad_spend: 1600, ad_sales: 7600, ad_orders: 20 },
    });
    // 3 distinct orders, 1 cancelled; 2 + 1 + 1 + 3 units; 21.98 + 5.00 + 32.97; shipped 2 + 1 + 3
    expect(reports[2].totals).toEqual({ orders: 3, cancelled_orders: 1, units: 7, sales: 59.95, shipped_units: 6 });
    // unlabelled returns: null here (only build needs a marketplace); 1 + 1 + 2
    expect(reports[3]).toMatchObject({ marketplace: null, totals: { returned_units: 4 } });
    // account health totals keyed by marketplace
    expect(Object.keys(reports[4].totals)).toEqual(["amazon_us", "amazon_mx"]);
    expect(reports[4].totals.amazon_us.odr).toBe(0.004); // max(0.002, 0.004)
    // Mercado Libre: 1,160 + 580 + 348 + 116; −(−348); 896 + 493 + 0 + 98.60
    expect(reports[5]).toMatchObject({
      kind: "mercadolibre_ventas",
      marketplace: "mercadolibre_mx",
      locale: "es",
      rows: 6,
      totals: { orders: 4, units: 7, sales: 2204, refunds: 348, net_total: 1487.6, ad_sales: 1276 },
    });
  });
});

describe("import, human-readable", () => {
  test("a table per file in the --lang language", async () => {
    const r = await cli(["import", "ads-sp-legacy.csv", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ads-sp-legacy.csv\n  Kind: amazon_ads_sp\n  Marketplace: amazon_us\n");
    expect(r.stdout).toContain("  Rows: 3\n");
    expect(r.stdout).toMatch(/ad_spend\s+245\n/); // 180 + 60 + 5
    expect(r.stdout).toMatch(/ad_impressions\s+16,000\n/); // 12,000 + 3,000 + 1,000
    expect(r.stdout).toContain("  Warnings:\n  none\n");
  });

  test("zh-CN (the default language) and an unlabelled file", async () => {
    const r = await cli(["import", "business-report-zh-cn.csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  报表类型: amazon_business_report\n  站点: 文件中未注明（请标注：站点=文件）\n");
    expect(r.stdout).toMatch(/sales\s+1,250\.5\n/); // 1,000.50 + 250.00
  });

  test("es-MX", async () => {
    const r = await cli(["import", "amazon_mx=business-report-es-mx.csv", "--lang", "es-MX"]);
    expect(r.stdout).toContain("  Tipo: amazon_business_report\n  Marketplace: amazon_mx\n");
    expect(r.stdout).toMatch(/sales\s+12,760\n/); // 11,600 + 1,160
  });
});

describe("warnings in the --lang language (the importer's notices); --json keeps the English", () => {
  // all-orders.txt holds one Non-Amazon row, which the importer leaves out
  test.each([
    ["zh-CN", "  警告:\n  - 有 1 行销售渠道为 Non-Amazon，已排除\n"],
    ["es-MX", "  Advertencias:\n  - Se dejó fuera 1 fila del canal de venta Non-Amazon\n"],
    ["en-US", "  Warnings:\n  - 1 row of sales channel Non-Amazon left out\n"],
  ])("%s", async (lang, lines) => {
    const r = await cli(["import", "all-orders.txt", "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(lines);
  });

  test("--json", async () => {
    const r = await cli(["import", "all-orders.txt", "--lang", "es-MX", "--json"]);
    const json = JSON.parse(r.stdout) as { reports: { warnings: string[] }[] };
    expect(json.reports[0].warnings).toEqual(["1 row of sales channel Non-Amazon left out"]);
  });
});

describe("bad files: exit 2, one line naming the file and what is missing", () => {
  test.each<[string, string[], string]>([
    [
      "a required column missing",
      ["import", "bad-business-report-b2b-only.csv"],
      "kpi-scorecard: bad-business-report-b2b-only.csv: looks like an Amazon business report but has no `Ordered Product Sales`\n",
    ],
    [
      "no known report",
      ["import", "bad-not-a-report.csv"],
      "kpi-scorecard: bad-not-a-report.csv: no known report header in the first 20 rows (expected the columns of a business report, Sponsored Products report, All Orders, FBA returns or Mercado Libre ventas export)\n",
    ],
    [
      "not text, XLSX or JSON",
      ["import", "bad-binary.bin"],
      "kpi-scorecard: bad-binary.bin: cannot be read: not a text (CSV/TSV), XLSX or JSON file\n",
    ],
    ["a file that does not exist", ["import", "nope.csv"], "kpi-scorecard: nope.csv: cannot be read (ENOENT)\n"],
    [
      "an unknown marketplace label",
      ["import", "amazon_uk=business-report-en-gb.csv"],
      'kpi-scorecard: amazon_uk=business-report-en-gb.csv: unknown marketplace "amazon_uk" (expected amazon_us, walmart_us, tiktok_us, amazon_mx, mercadolibre_mx)\n',
    ],
    [
      "a label the file contradicts",
      ["import", "amazon_mx=ads-sp-legacy.csv"],
      "kpi-scorecard: ads-sp-legacy.csv: is labelled amazon_mx, but row 2 is amazon_us\n",
    ],
    [
      "no file at all",
      ["import", "--json"],
      'kpi-scorecard: import: give at least one report file ([MARKETPLACE=]FILE); run "kpi-scorecard --help" for usage\n',
    ],
  ])("%s", async (_, args, stderr) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe("");
  });

  test("one bad file among good ones stops the command before printing anything", async () => {
    const r = await cli(["import", "ads-sp-legacy.csv", "bad-not-a-report.csv", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("--help lists import", async () => {
    const r = await cli(["--help"]);
    expect(r.stdout).toContain("kpi-scorecard import   [MARKETPLACE=]FILE... [--lang LANG] [--json]");
  });
});
