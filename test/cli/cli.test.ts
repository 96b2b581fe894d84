/**
 * The built CLI, run as a user runs it: `node bin/kpi-scorecard.js …` (DESIGN §5). The bundle is
 * built once here with `npm run build:cli`; nothing at run time needs TypeScript.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
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
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
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
      'kpi-scorecard: missing command (demo, build, template or kpis); run "kpi-scorecard --help" for usage\n',
    ],
    [
      "unknown command",
      ["make"],
      'kpi-scorecard: unknown command "make" (expected demo, build, template or kpis); run "kpi-scorecard --help" for usage\n',
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
    // Line 3 is `  "period": "2025-11",`: V8 stops at its opening quote, column 3 (after two spaces).
    ["bad-not-json.json", "invalid JSON: Expected ',' or '}' after property value"],
  ])("%s: one line naming the field, exit 2, no file written", async (file, message) => {
    const dir = mkdtempSync(path.join(work, "bad-"));
    const out = path.join(dir, "team.xlsx");
    const r = await cli(["build", "--config", fixture(file), "--out", out], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line
    const where = file === "bad-not-json.json" ? `${fixture(file)}:3:3` : fixture(file);
    expect(r.stderr).toBe(`kpi-scorecard: ${where}: ${message}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  // DESIGN §3 bounds, through the CLI: the field path in the one line, exit 2, no file.
  test.each<[string, (c: any) => void, string]>([
    [
      "weight",
      (c) => (c.people[0].kpis[0].weight = 2e6),
      "people[0].kpis[0].weight: must be between 0 and 1000000 (got 2000000)",
    ],
    [
      "target",
      (c) => (c.people[0].kpis[0].target = 1e13),
      "people[0].kpis[0].target: must be between -1e12 and 1e12 (got 10000000000000)",
    ],
    [
      "actual",
      (c) => (c.people[0].kpis[0].actual = -2e12),
      "people[0].kpis[0].actual: must be between -1e12 and 1e12 (got -2000000000000)",
    ],
    [
      "baseBonus",
      (c) => (c.people[0].baseBonus = 2e9),
      "people[0].baseBonus: must be between 0 and 1000000000 (got 2000000000)",
    ],
    ["tier min", (c) => (c.tiers = [{ min: -1, payout: 1 }]), "tiers[0].min: must not be negative (got -1)"],
    ["tier payout", (c) => (c.tiers = [{ min: 1, payout: 11 }]), "tiers[0].payout: must be between 0 and 10 (got 11)"],
    ["cap", (c) => (c.cap = 0.5), "cap: must be at least 1, or null for no cap (got 0.5)"],
    ["gateFailPayout", (c) => (c.gateFailPayout = 20), "gateFailPayout: must be between 0 and 10 (got 20)"],
    [
      "period",
      (c) => (c.period = "2025-13"),
      'period: must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got "2025-13")',
    ],
    [
      "control character",
      (c) => (c.people[1].name = "Ben\u0007"),
      "people[1].name: must not contain control characters (U+0007 at position 3)",
    ],
    [
      "duplicate after NFC",
      (c) => {
        c.people[0].name = "Jos\u00e9";
        c.people[1].name = "Jose\u0301";
      },
      'people[1].name: duplicate of people[0].name "José" (names must be unique, ignoring case)',
    ],
    // DESIGN §9 annual plan: a bad annual target or share, one line naming the field
    [
      "annual target",
      (c) => (c.annualTargets = { US: { gmv: { lastYear: -1, growth: 0.2 } } }),
      "annualTargets.US.gmv.lastYear: must be a positive number (got -1)",
    ],
    [
      "annual target of a ratio",
      (c) => (c.annualTargets = { US: { acos: 0.25 } }),
      'annualTargets.US.acos: "acos" is a rate or an average (percent), not a total: only currency and count totals can be split by month',
    ],
    [
      "share",
      (c) => {
        c.annualTargets = { US: { gmv: 1_440_000 } };
        c.people[0].kpis = [{ id: "gmv", share: 1.2 }];
      },
      "people[0].kpis[0].share: must be more than 0 and at most 1 (got 1.2)",
    ],
  ])("out of bounds: %s", async (_name, mutate, message) => {
    const dir = mkdtempSync(path.join(work, "bound-"));
    const config = JSON.parse(readFileSync(fixture("small-team.json"), "utf8"));
    mutate(config);
    const file = path.join(dir, "team.json");
    writeFileSync(file, JSON.stringify(config));
    const r = await cli(["build", "--config", file, "--out", path.join(dir, "t.xlsx")], dir);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `kpi-scorecard: ${file}: ${message}\n` });
    expect(readdirSync(dir)).toEqual(["team.json"]);
  });

  test("a share of the annual plan: --json prints the core's target, the workbook is written (DESIGN §9)", async () => {
    // 1,200,000 × 1.2 = 1,440,000 phased by the US 2026 weights: Nov 177,112 (worked out in
    // test/plan/annualTargets.test.ts); Ana's share 0.5 → 88,556
    const dir = mkdtempSync(path.join(work, "annual-"));
    const config = JSON.parse(readFileSync(fixture("small-team.json"), "utf8"));
    config.period = "2026-11";
    config.annualTargets = { US: { gmv: { lastYear: 1_200_000, growth: 0.2 } } };
    config.people[0].kpis.push({ id: "gmv", share: 0.5, actual: 88_556 });
    const file = path.join(dir, "team.json");
    writeFileSync(file, JSON.stringify(config));
    const r = await cli(["build", "--config", file, "--out", path.join(dir, "t.xlsx"), "--json"], dir);
    expect(r.code).toBe(0);
    const gmv = JSON.parse(r.stdout).people[0].kpis.find((k: { id: string }) => k.id === "gmv");
    expect(gmv).toMatchObject({ target: 88_556, actual: 88_556, attainment: 1 });
    expect(readdirSync(dir).sort()).toEqual(["t.xlsx", "team.json"]);
  });

  test("malformed JSON: file:line:col worked out from the text", async () => {
    // Line 5 is `    { "name": "Ana" "region": "US" }`: 4 spaces, `{ ` (5, 6), `"name"` (7-12), `:` 13,
    // space 14, `"Ana"` (15-19), space 20, then `"region"` starts at column 21.
    const r = await cli(
      ["build", "--config", fixture("bad-json-line5.json"), "--out", path.join(work, "j.xlsx")],
      work,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `kpi-scorecard: ${fixture("bad-json-line5.json")}:5:21: invalid JSON: Expected ',' or '}' after property value\n`,
    );
    expect(existsSync(path.join(work, "j.xlsx"))).toBe(false);
  });

  test("invalid UTF-8 is refused with the byte offset", async () => {
    const file = path.join(work, "latin1.json");
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])); // {"t":"é"} in Latin-1
    const r = await cli(["build", "--config", file, "--out", path.join(work, "l1.xlsx")], work);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `kpi-scorecard: ${file}: not valid UTF-8 text (bad byte 0xE9 at offset 6); save the file as UTF-8\n`,
    });
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

describe("config encodings", () => {
  const text = () => readFileSync(fixture("small-team.json"), "utf8");
  test.each<[string, () => Buffer]>([
    ["UTF-8 with BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(), "utf8")])],
    ["UTF-16 LE with BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), "utf16le")])],
    ["UTF-16 BE with BOM", () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text(), "utf16le").swap16()])],
  ])("%s is read", async (name, bytes) => {
    const file = path.join(work, `enc-${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(file, bytes());
    const out = `${file}.xlsx`;
    const r = await cli(["build", "--config", file, "--out", out, "--json"], work);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).people.map((p: { name: string }) => p.name)).toEqual(["Ana", "Ben"]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("--out", () => {
  test("an existing 0600 file stays 0600", async () => {
    const out = path.join(work, "private.xlsx");
    writeFileSync(out, "old");
    chmodSync(out, 0o600);
    const r = await cli(["demo", "--out", out], work);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a symlink is written through: the link stays, the target holds the xlsx", async () => {
    const dir = mkdtempSync(path.join(work, "link-"));
    mkdirSync(path.join(dir, "real"));
    const target = path.join(dir, "real", "book.xlsx");
    writeFileSync(target, "old");
    const link = path.join(dir, "book.xlsx");
    symlinkSync(path.join("real", "book.xlsx"), link);
    const r = await cli(["demo", "--out", link], dir);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join("real", "book.xlsx"));
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(path.join(dir, "real"))).toEqual(["book.xlsx"]); // no temp file left
  });

  test.each<[string, string, string]>([
    ["/dev/null", "/dev/null", "a character device"],
    ["a directory", ".", "a directory"],
  ])("%s is refused: one line, exit 2", async (_name, out, kind) => {
    const dir = mkdtempSync(path.join(work, "refuse-"));
    const r = await cli(["demo", "--out", out], dir);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `kpi-scorecard: --out: "${out}" is ${kind}, not a regular file; give a file path, or - for stdout\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  test("- writes the workbook to stdout and the table to stderr", async () => {
    const r = await new Promise<{ code: number; stdout: Buffer; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, "demo", "--out", "-", "--lang", "en-US"],
        { cwd: work, encoding: "buffer", maxBuffer: 64 << 20 },
        (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr: stderr.toString() }),
      );
    });
    expect(r.code).toBe(0);
    expect(r.stdout.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.stdout as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Summary")).toBeDefined();
    expect(r.stderr).toMatch(/^Person\s+Region/m);
    expect(r.stderr).toContain("wrote the workbook to stdout");
  });
});

describe("kpis", () => {
  test("--region MX --role ops lists ml_claims_rate with its unit, polarity and gate", async () => {
    const r = await cli(["kpis", "--region", "MX", "--role", "ops", "--lang", "en-US"], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const line = r.stdout.split("\n").find((l) => l.startsWith("ml_claims_rate "));
    expect(line).toMatch(/\bpercent\s+lower\s+gate\s+mercadolibre_mx\b/);
    expect(r.stdout).toContain("Roles: ops, ads, cs, warehouse, compliance, manager");
    expect(r.stdout).toContain("Platforms: amazon_mx, mercadolibre_mx");
    expect(r.stdout).not.toMatch(/^wm_cancel_rate /m); // a Walmart US gate
  });

  test("--json lists ids, names and the region, role and platform ids", async () => {
    const r = await cli(["kpis", "--region", "MX", "--role", "ops", "--json", "--lang", "es-MX"], work);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["kpis", "regions", "roles", "platforms"]);
    const claims = json.kpis.find((k: { id: string }) => k.id === "ml_claims_rate");
    expect(claims).toMatchObject({ polarity: "lower", gate: true, platforms: ["mercadolibre_mx"] });
    expect(claims.roles).toContain("ops");
    expect(json.regions).toEqual(["US", "MX"]);
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
    const r = await cli(["demo", "--out", out, "--lang", "en-US"], work);
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

  test.each<[string, RegExp, RegExp]>([
    ["zh-CN", /^人员\s/m, /Sofía Ramírez.*90\.0%\s+通过/],
    ["es-MX", /^Persona\s+Región\s+Rol\s+Puntaje/m, /Sofía Ramírez.*90\.0%\s+aprobado/],
  ])("the demo's table follows --lang %s", async (lang, header, sofia) => {
    const r = await cli(["demo", "--out", path.join(work, `demo-${lang}.xlsx`), "--lang", lang], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(header);
    expect(r.stdout).toMatch(sofia);
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
