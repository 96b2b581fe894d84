/**
 * The built CLI, run as a user runs it: `node bin/kpi-scorecard.js …` (DESIGN §5). The bundle is
 * built once here with `npm run build:cli`; nothing at run time needs TypeScript.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const repoRoot = path.resolve(__dirname, "../..");
const BIN = path.join(repoRoot, "bin", "kpi-scorecard.js");
const fixture = (name: string) => path.join(__dirname, "fixtures", name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? ((err as NodeJS.ErrnoException & { code?: number }).code as unknown as number) : 0;
      resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
    });
  });
}

let work: string;

beforeAll(() => {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: repoRoot, stdio: "pipe" });
  work = mkdtempSync(path.join(tmpdir(), "kpi-cli-"));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("usage", () => {
  test("--help prints the usage on stdout and exits 0", async () => {
    const r = await cli(["--help"], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("kpi-scorecard demo     --out FILE.xlsx [--lang LANG]");
    expect(r.stdout).toContain("kpi-scorecard build    --config TEAM.json --out FILE.xlsx [--lang LANG] [--json]");
    expect(r.stdout).toContain(
      "kpi-scorecard template --region REGION --role ROLE[,ROLE...] --out FILE.xlsx [--lang LANG]",
    );
    expect(r.stderr).toBe("");
  });

  test.each<[string, string[], string]>([
    [
      "no command",
      [],
      'kpi-scorecard: missing command (demo, build or template); run "kpi-scorecard --help" for usage\n',
    ],
    [
      "unknown command",
      ["make"],
      'kpi-scorecard: unknown command "make" (expected demo, build or template); run "kpi-scorecard --help" for usage\n',
    ],
    ["missing --out", ["demo"], 'kpi-scorecard: demo: --out is required; run "kpi-scorecard --help" for usage\n'],
    [
      "unknown option",
      ["demo", "--out", "x.xlsx", "--colour", "red"],
      'kpi-scorecard: unknown option --colour; run "kpi-scorecard --help" for usage\n',
    ],
    [
      "bad language",
      ["demo", "--out", "x.xlsx", "--lang", "fr-FR"],
      'kpi-scorecard: --lang: must be one of zh-CN, en-US, es-MX (got "fr-FR"); run "kpi-scorecard --help" for usage\n',
    ],
    [
      "bad role",
      ["template", "--region", "US", "--role", "ops,sales", "--out", "t.xlsx"],
      'kpi-scorecard: --role: must be one of ops, ads, cs, warehouse, compliance, manager (got "sales"); run "kpi-scorecard --help" for usage\n',
    ],
    [
      "option for another command",
      ["demo", "--out", "x.xlsx", "--json"],
      'kpi-scorecard: --json does not apply to "demo"; run "kpi-scorecard --help" for usage\n',
    ],
  ])("%s: one line on stderr, exit 2, no file", async (_name, args, line) => {
    const dir = mkdtempSync(path.join(work, "usage-"));
    const r = await cli(args, dir);
    expect(r).toEqual({ code: 2, stdout: "", stderr: line });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("build with a bad config", () => {
  test.each<[string, string]>([
    ["bad-target-is-text.json", 'people[2].kpis[0].target: must be a number (got "1,200,000")'],
    ["bad-unknown-kpi.json", 'people[0].kpis[1].id: unknown KPI "rosa" (did you mean "roas"?)'],
    ["bad-tiers-descending.json", "tiers[1].min: must be greater than tiers[0].min (1): tiers ascend by min"],
    ["bad-unknown-region.json", 'people[1].region: must be one of US, MX (got "BR")'],
    ["bad-not-json.json", "config: not valid JSON ("],
  ])("%s: one line naming the field, exit 2, no file written", async (file, message) => {
    const dir = mkdtempSync(path.join(work, "bad-"));
    const out = path.join(dir, "team.xlsx");
    const r = await cli(["build", "--config", fixture(file), "--out", out], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line
    expect(r.stderr).toContain(`kpi-scorecard: ${fixture(file)}: ${message}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an existing workbook at --out is left untouched", async () => {
    const out = path.join(work, "keep.xlsx");
    writeFileSync(out, "previous");
    const r = await cli(["build", "--config", fixture("bad-unknown-kpi.json"), "--out", out], work);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  test("a config that cannot be read: exit 2", async () => {
    const r = await cli(
      ["build", "--config", path.join(work, "nope.json"), "--out", path.join(work, "nope.xlsx")],
      work,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kpi-scorecard: --config: cannot read "${path.join(work, "nope.json")}" (ENOENT)\n`);
    expect(existsSync(path.join(work, "nope.xlsx"))).toBe(false);
  });
});

describe("build --json", () => {
  let result: Run;
  let out: string;
  beforeAll(async () => {
    out = path.join(work, "nested", "small.xlsx");
    result = await cli(
      ["build", "--config", fixture("small-team.json"), "--out", out, "--lang", "en-US", "--json"],
      work,
    );
  }, 60_000);

  test("exits 0, writes the workbook (creating its folder) and prints only JSON", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  test("has the DESIGN §5 shape with numbers worked out by hand", () => {
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["people"]);
    const [ana, ben] = json.people;
    expect(Object.keys(ana)).toEqual(["name", "region", "role", "score", "gatesPassed", "payout", "bonus", "kpis"]);
    expect(Object.keys(ana.kpis[0])).toEqual([
      "id",
      "target",
      "actual",
      "weight",
      "attainment",
      "missing",
      "gate",
      "passed",
    ]);
    // Ana: roas 5/4 = 1.25 → cap 1.2; acos 2 − 0.2/0.25 = 1.2; ctr missing → 0
    // score (30·1.2 + 25·1.2 + 10·0)/(30 + 25 + 10) = 66/65; tier 1.0 → payout 1; bonus 1000
    expect(ana).toMatchObject({ name: "Ana", region: "US", role: "ads", gatesPassed: true, payout: 1, bonus: 1000 });
    expect(ana.score).toBeCloseTo(66 / 65, 12);
    expect(ana.kpis[0]).toEqual({
      id: "roas",
      target: 4,
      actual: 5,
      weight: 30,
      attainment: 1.2,
      missing: false,
      gate: false,
      passed: null,
    });
    expect(ana.kpis[1].attainment).toBeCloseTo(1.2, 12);
    expect(ana.kpis[2]).toEqual({
      id: "ctr",
      target: 0.004,
      actual: null,
      weight: 10,
      attainment: 0,
      missing: true,
      gate: false,
      passed: null,
    });
    // Ben: 0.9/0.9 = 1; ml_claims_rate 0.02 > 0.01 fails the gate → payout 0, bonus 0
    expect(ben).toMatchObject({ name: "Ben", score: 1, gatesPassed: false, payout: 0, bonus: 0 });
    expect(ben.kpis[1]).toEqual({
      id: "ml_claims_rate",
      target: 0.01,
      actual: 0.02,
      weight: 0,
      attainment: 0,
      missing: false,
      gate: true,
      passed: false,
    });
  });

  test("the workbook holds the tables, headers in en-US", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const row1 = wb.getWorksheet("Summary")!.getRow(4).values as unknown[];
    expect(row1.slice(1, 8)).toEqual(["Person", "Region", "Role", "Score", "Gates", "Payout", "Bonus"]);
    expect(wb.getWorksheet("Scorecard")!.getTable("tblScorecard")).toBeDefined();
  });
});

describe("demo and template", () => {
  test("demo writes the workbook and prints each person's score, payout and bonus", async () => {
    const out = path.join(work, "demo", "kpi-demo.xlsx");
    const r = await cli(["demo", "--out", out], work);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const lines = r.stdout.split("\n");
    expect(lines.find((l) => l.startsWith("Person"))).toMatch(
      /^Person\s+Region\s+Role\s+Score\s+Gates\s+Payout\s+Bonus$/,
    );
    // Sofía: score 0.8999999999999999 shows as 90.0% and earns the 0.9 tier: 80% of 1,000
    expect(lines.find((l) => l.startsWith("Sofía Ramírez"))).toMatch(/90\.0%\s+pass\s+80\.0%\s+USD 800\.00$/);
    expect(lines.find((l) => l.startsWith("Emily Chen"))).toMatch(/FAIL\s+0\.0%\s+USD 0\.00$/);
    expect(r.stdout).toContain(`wrote ${out}`);
  });

  test("template writes one region's templates for the roles given", async () => {
    const out = path.join(work, "tpl.xlsx");
    const r = await cli(
      ["template", "--region", "MX", "--role", "cs,warehouse", "--out", out, "--lang", "es-MX"],
      work,
    );
    expect(r).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: "" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plantilla MX", "KPIs", "Configuración"]);
    const roles = new Set<string>();
    wb.worksheets[0].eachRow((row, n) => {
      if (n > 4) roles.add(String(row.getCell(1).value));
    });
    expect([...roles]).toEqual(["Atención al cliente", "Almacén y cadena de suministro"]);
  });
});
