/**
 * `kpi-scorecard build --data [MARKETPLACE=]PATH` (DESIGN §5, §8), run in-process through `main`
 * with the report fixtures of test/import. Every expected number is worked out by hand in its
 * comment from the fixture rows (test/import/actuals.test.ts works through the same rows).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const fixtures = path.join(__dirname, "..", "import", "fixtures");
const fx = (name: string) => path.join(fixtures, name);
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * Ana (US ops, SKUs mug-*), Ben (US ads, campaign sp-mug-auto), Carla (MX ops). Ana's tacos and
 * Carla's return_rate are typed; Carla's listing_update_rate no file gives.
 */
const TEAM = {
  title: "Import team",
  period: "2026-11",
  people: [
    {
      name: "Ana",
      region: "US",
      role: "ops",
      baseBonus: 1000,
      skus: ["mug-*"],
      kpis: [
        { id: "gmv", target: 10000, weight: 50 },
        { id: "cvr", target: 0.1, weight: 30 },
        { id: "tacos", target: 0.02, weight: 20, actual: 0.015 },
        { id: "odr" },
      ],
    },
    {
      name: "Ben",
      region: "US",
      role: "ads",
      baseBonus: 500,
      campaigns: ["sp-mug-auto"],
      kpis: [
        { id: "roas", target: 4, weight: 50 },
        { id: "acos", target: 0.25, weight: 30 },
        { id: "ctr", target: 0.04, weight: 20 },
      ],
    },
    {
      name: "Carla",
      region: "MX",
      role: "ops",
      baseBonus: 800,
      kpis: [
        { id: "gmv", target: 10000, weight: 50 },
        { id: "cvr", target: 0.02, weight: 30 },
        { id: "return_rate", target: 0.1, weight: 20, actual: 0.05 },
        { id: "listing_update_rate", target: 0.9, weight: 0 },
      ],
    },
  ],
};

const DATA = [
  `amazon_us=${fx("business-report-en-us.csv")}`,
  fx("ads-sp-legacy.csv"),
  fx("all-orders.txt"),
  `amazon_us=${fx("fba-returns.csv")}`,
  fx("account-health.json"),
  `amazon_mx=${fx("business-report-es-mx.csv")}`,
  fx("ads-sp-2026.csv"),
].flatMap((d) => ["--data", d]);

function writeTeam(name: string, team: object): string {
  const file = path.join(work, name);
  writeFileSync(file, JSON.stringify(team));
  return file;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "kpi-build-data-"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface KpiJson {
  id: string;
  actual: number | null;
  attainment: number;
  missing: boolean;
  passed: boolean | null;
  source: "import" | "config" | null;
}
interface PersonJson {
  name: string;
  score: number;
  payout: number;
  bonus: number;
  gatesPassed: boolean;
  kpis: KpiJson[];
}

describe("build --data --json", () => {
  let people: PersonJson[];
  let run: Run;
  const out = () => path.join(work, "team.xlsx");

  beforeAll(async () => {
    run = await cli([
      "build",
      "--config",
      writeTeam("team.json", TEAM),
      "--out",
      out(),
      "--lang",
      "en-US",
      "--json",
      ...DATA,
    ]);
    people = JSON.parse(run.stdout).people;
  }, 60_000);

  test("exits 0 and writes the workbook", () => {
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(existsSync(out())).toBe(true);
  });

  test("Ana: actuals from her SKUs' rows; her typed tacos wins", () => {
    const ana = people[0];
    const by = (id: string) => ana.kpis.find((k) => k.id === id)!;
    // business report MUG-BLUE + MUG-RED: 12,905.25 + 1,650.00 (US: no tax) → 14,555.25 / 10,000 → cap 1.2
    expect([by("gmv").actual, by("gmv").attainment, by("gmv").source]).toEqual([14555.25, 1.2, "import"]);
    // Total Order Items 1,150 + 140 = 1,290 ÷ sessions 12,131 + 2,000 = 14,131
    expect(by("cvr").actual).toBeCloseTo(1290 / 14131, 15);
    expect(by("cvr").source).toBe("import");
    // typed 0.015 (the import would say 240 ÷ 14,555.25): lower, 2 − 0.015 / 0.02 = 1.25 → cap 1.2
    expect([by("tacos").actual, by("tacos").attainment, by("tacos").source]).toEqual([0.015, 1.2, "config"]);
    // account health amazon_us: max(afn 0.002, mfn 0.004) = 0.004 < 1%: passes
    expect([by("odr").actual, by("odr").passed, by("odr").source]).toEqual([0.004, true, "import"]);
    // (50·1.2 + 30·(1,290/14,131)/0.1 + 20·1.2) / 100 = (84 + 27.3865968…) / 100 → tier 1.1 pays 1.2
    expect(ana.score).toBeCloseTo((84 + (30 * 1290) / 14131 / 0.1) / 100, 12);
    expect([ana.payout, ana.bonus]).toEqual([1.2, 1200]);
  });

  test("Ben: the SP-Mug-Auto row only", () => {
    const ben = people[1];
    // roas 900 ÷ 180 = 5 → 1.25 → 1.2; acos 180 ÷ 900 = 0.2 → 2 − 0.8 = 1.2; ctr 240 ÷ 12,000 = 0.02 → 0.5
    expect(ben.kpis.map((k) => [k.id, k.actual, k.attainment, k.source])).toEqual([
      ["roas", 5, 1.2, "import"],
      ["acos", 0.2, expect.closeTo(1.2, 12), "import"],
      ["ctr", 0.02, 0.5, "import"],
    ]);
    // (60 + 36 + 10) / 100 = 1.06 → tier 1.0 → 500
    expect(ben.score).toBeCloseTo(1.06, 12);
    expect([ben.payout, ben.bonus]).toEqual([1, 500]);
  });

  test("Carla: Amazon MX ÷ 1.16 IVA; a KPI no file covers keeps what the config says", () => {
    const carla = people[2];
    const by = (id: string) => carla.kpis.find((k) => k.id === id)!;
    // (11,600 + 1,160) ÷ 1.16 = 11,000 → 1.1
    expect(by("gmv").actual).toBeCloseTo(11000, 9);
    expect(by("gmv").attainment).toBeCloseTo(1.1, 12);
    // orders 38 + 6 = 44 ÷ sessions 1,500 + 300 = 1,800 → 1.222… → cap 1.2
    expect(by("cvr").actual).toBeCloseTo(44 / 1800, 15);
    // no MX returns file: the typed 0.05 stays; 2 − 0.5 = 1.5 → 1.2
    expect([by("return_rate").actual, by("return_rate").source]).toEqual([0.05, "config"]);
    // no file and nothing typed: missing, source null
    expect([
      by("listing_update_rate").actual,
      by("listing_update_rate").missing,
      by("listing_update_rate").source,
    ]).toEqual([null, true, null]);
    // (50·1.1 + 30·1.2 + 20·1.2 + 0) / 100 = 1.15 → tier 1.1 → 1.2 × 800
    expect(carla.score).toBeCloseTo(1.15, 12);
    expect(carla.bonus).toBeCloseTo(960, 9);
  });

  test("the workbook holds the Data and Imports sheets, Inputs actuals as formulas over Data", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    expect(wb.worksheets.map((w) => w.name).slice(0, 6)).toEqual([
      "Summary",
      "Scorecard",
      "Inputs",
      "People",
      "Data",
      "Imports",
    ]);
    const inputs = wb.getWorksheet("Inputs")!;
    const cell = (r: number) => inputs.getRow(r).getCell(10); // column J: Actual
    expect([cell(2).formula, cell(2).result]).toEqual([`IF(ISNUMBER('Data'!$E$4),'Data'!$E$4,"")`, 14555.25]);
    expect([cell(4).formula, cell(4).value]).toEqual([undefined, 0.015]); // Ana's typed tacos
    expect(wb.getWorksheet("Data")!.getCell("E4").formula).toBe('IFERROR(G4/(1+R4),"")');
    expect(wb.getWorksheet("Imports")!.getCell("A4").value).toBe(fx("business-report-en-us.csv"));
  });
});

describe("build --data: the config's data definitions", () => {
  test("salesIncludeTax: MX amounts are not divided by 1 + IVA", async () => {
    const r = await cli([
      "build",
      "--config",
      writeTeam("tax.json", { ...TEAM, salesIncludeTax: true }),
      "--out",
      path.join(work, "tax.xlsx"),
      "--json",
      ...DATA,
    ]);
    expect(r.code).toBe(0);
    // 11,600 + 1,160 = 12,760 as written
    expect(JSON.parse(r.stdout).people[2].kpis[0].actual).toBe(12760);
  });

  test("refundsDeducted with no file that knows refunds: gmv is not imported, never understated", async () => {
    const r = await cli([
      "build",
      "--config",
      writeTeam("refunds.json", { ...TEAM, refundsDeducted: true }),
      "--out",
      path.join(work, "refunds.xlsx"),
      "--json",
      ...DATA,
    ]);
    expect(r.code).toBe(0);
    const gmv = JSON.parse(r.stdout).people[0].kpis[0];
    expect([gmv.actual, gmv.missing, gmv.source]).toEqual([null, true, null]);
  });

  test("a flag that is not true or false is a config error naming the field", async () => {
    const r = await cli([
      "build",
      "--config",
      writeTeam("badflag.json", { ...TEAM, refundsDeducted: "no" }),
      "--out",
      path.join(work, "badflag.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refundsDeducted: must be true or false \(got "no"\)\n$/);
  });
});

describe("build --data FOLDER", () => {
  test("every file in it (hidden ones aside); a label on a folder applies to each of its files", async () => {
    const ads = path.join(work, "ads");
    const br = path.join(work, "br-us");
    mkdirSync(ads);
    mkdirSync(br);
    copyFileSync(fx("ads-sp-legacy.csv"), path.join(ads, "ads-sp-legacy.csv"));
    copyFileSync(fx("account-health.json"), path.join(ads, "account-health.json"));
    writeFileSync(path.join(ads, ".DS_Store"), "\u0000\u0001junk");
    copyFileSync(fx("business-report-en-us.csv"), path.join(br, "br.csv"));
    const r = await cli([
      "build",
      "--config",
      writeTeam("folder.json", TEAM),
      "--out",
      path.join(work, "folder.xlsx"),
      "--json",
      "--data",
      ads,
      "--data",
      `amazon_us=${br}`,
    ]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const [ana, ben] = JSON.parse(r.stdout).people as PersonJson[];
    expect(ana.kpis[0].actual).toBe(14555.25); // the labelled business report
    expect(ben.kpis[0].actual).toBe(5); // roas 900 ÷ 180 from the folder's ads report
    expect(ana.kpis[3].actual).toBe(0.004); // odr from the folder's account health
  });
});

describe("build --data refuses, writes nothing", () => {
  test("an unlabelled business report: exit 2, one line naming the file and --data amazon_mx=", async () => {
    const out = path.join(work, "unlabelled.xlsx");
    const file = fx("business-report-es-mx.csv");
    const r = await cli(["build", "--config", writeTeam("u.json", TEAM), "--out", out, "--data", file]);
    expect(r.code).toBe(2);
    // es-MX headers: amazon_mx first; the team sells on both Amazon marketplaces
    expect(r.stderr).toBe(
      `kpi-scorecard: ${file}: an Amazon business report does not say its marketplace: give it as --data amazon_mx=${file} or --data amazon_us=${file}\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test("a file that is no report: exit 2, one line naming it; an existing --out is left as it was", async () => {
    const out = path.join(work, "existing.xlsx");
    writeFileSync(out, "before");
    const file = fx("bad-not-a-report.csv");
    const r = await cli(["build", "--config", writeTeam("n.json", TEAM), "--out", out, ...DATA, "--data", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline
    expect(r.stderr).toMatch(
      new RegExp(`^kpi-scorecard: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: no known report`),
    );
    expect(readFileSync(out, "utf8")).toBe("before");
  });

  test("a path that does not exist: exit 2 naming it", async () => {
    const out = path.join(work, "missing.xlsx");
    const missing = path.join(work, "nope.csv");
    const r = await cli(["build", "--config", writeTeam("m.json", TEAM), "--out", out, "--data", missing]);
    expect([r.code, r.stderr]).toEqual([2, `kpi-scorecard: --data: cannot read "${missing}" (ENOENT)\n`]);
    expect(existsSync(out)).toBe(false);
  });

  test("an unknown marketplace label: exit 2", async () => {
    const r = await cli([
      "build",
      "--config",
      writeTeam("l.json", TEAM),
      "--out",
      path.join(work, "label.xlsx"),
      "--data",
      `walmart_mx=${fx("business-report-es-mx.csv")}`,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown marketplace "walmart_mx"');
  });
});

describe("a file given twice is said to repeat the other, not silently counted twice", () => {
  test("stderr names both files; the Imports sheet carries the warning on the later one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-dup-"));
    try {
      copyFileSync(fx("ads-sp-legacy.csv"), path.join(dir, "a.csv"));
      copyFileSync(fx("ads-sp-legacy.csv"), path.join(dir, "b.csv"));
      const config = path.join(dir, "team.json");
      writeFileSync(config, JSON.stringify(TEAM));
      const out = path.join(dir, "dup.xlsx");
      const r = await cli([
        "build",
        "--config",
        config,
        "--data",
        path.join(dir, "a.csv"),
        "--data",
        path.join(dir, "b.csv"),
        "--out",
        out,
        "--lang",
        "en-US",
      ]);
      expect(r.code).toBe(0);
      const warning = r.stderr.split("\n").find((l) => l.includes("repeat"));
      expect(warning).toMatch(
        /^kpi-scorecard: warning: .*b\.csv: \d+ rows? of the period repeats? .*a\.csv \(same date/,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const cells: string[] = [];
      book.getWorksheet("Imports")?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      expect(cells.some((c) => c.includes("repeat") && c.includes("a.csv"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
