/**
 * `kpi-scorecard template --period YYYY-MM [--stage STAGE]` and the config's `stage` field (DESIGN §9),
 * through the built CLI as a user runs it (built once here, as in cli.test.ts).
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const repoRoot = path.resolve(__dirname, "../..");
const BIN = path.join(repoRoot, "bin", "kpi-scorecard.js");

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
  work = mkdtempSync(path.join(tmpdir(), "kpi-cli-template-"));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** KPI id (column B) → weight (column J) of the template sheet's KPI rows (row 5 on). */
function weightsOf(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.eachRow((row, n) => {
    if (n > 4) out[String(row.getCell(2).value)] = row.getCell(10).value;
  });
  return out;
}

async function templateSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0];
}

describe("template --period", () => {
  test("November's MX warehouse template weighs Buen Fin stock-up 25 and says why; September's 15", async () => {
    const nov = path.join(work, "nov.xlsx");
    const r = await cli(
      ["template", "--region", "MX", "--role", "warehouse", "--period", "2026-11", "--out", nov, "--lang", "en-US"],
      work,
    );
    expect(r).toEqual({ code: 0, stdout: `wrote ${nov}\n`, stderr: "" });
    const sheet = await templateSheet(nov);
    // the note line under the title (row 3), the header still on row 4
    expect(String(sheet.getCell("A3").value)).toMatch(
      /^Weights for 2026-11: Supply chain & warehouse: El Buen Fin 2026-11-13 – 2026-11-16: turnover_days −5/,
    );
    expect(sheet.getCell("B4").value).toBe("KPI ID");
    // 15 + 5 + 5 = 25; turnover 15 − 5 = 10; accuracy 10 − 5 = 5
    expect(weightsOf(sheet)).toMatchObject({ buen_fin_stock_attainment: 25, turnover_days: 10, inventory_accuracy: 5 });

    const sep = path.join(work, "sep.xlsx");
    expect(
      (
        await cli(
          ["template", "--region", "MX", "--role", "warehouse", "--period", "2026-09", "--out", sep, "--lang", "en-US"],
          work,
        )
      ).code,
    ).toBe(0);
    const plain = await templateSheet(sep);
    expect(plain.getCell("A3").value).toBe("Weights for 2026-09: Supply chain & warehouse: plain template weights");
    expect(weightsOf(plain)).toMatchObject({
      buen_fin_stock_attainment: 15,
      turnover_days: 15,
      inventory_accuracy: 10,
    });
  });

  test("--stage launch moves 10 points of ROAS to ad tests (US ads: 30 → 20, 5 → 15)", async () => {
    const out = path.join(work, "launch.xlsx");
    const r = await cli(
      ["template", "--region", "US", "--role", "ads", "--period", "2026-09", "--stage", "launch", "--out", out],
      work,
    );
    expect(r.code).toBe(0);
    const sheet = await templateSheet(out);
    // zh-CN by default: "店铺阶段 新店期"
    expect(String(sheet.getCell("A3").value)).toContain("广告：店铺阶段 新店期：roas −10 → ad_tests_launched +10");
    expect(weightsOf(sheet)).toMatchObject({ roas: 20, ad_tests_launched: 15 });
  });

  test.each([
    [["--stage", "startup"], '--stage: must be one of launch, growth, mature (got "startup")'],
    [["--period", "2026-13"], '--period: must be YYYY-MM (month 01-12) (got "2026-13")'],
    [["--period", "2026-Q4"], '--period: must be YYYY-MM (month 01-12) (got "2026-Q4")'],
  ])("%j is refused: exit 2, one line, nothing written", async (extra, message) => {
    const out = path.join(work, `refused-${extra.join("")}.xlsx`);
    const r = await cli(["template", "--region", "US", "--role", "ads", "--out", out, ...extra], work);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `kpi-scorecard: ${message}; run "kpi-scorecard --help" for usage\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  test("the help names --period and --stage", async () => {
    const r = await cli(["--help"], work);
    expect(r.stdout).toContain("                         [--period YYYY-MM] [--stage STAGE]");
    expect(r.stdout).toContain("--stage STAGE    (template) launch | growth | mature (default mature)");
  });
});

describe("build with a person's stage", () => {
  test("an unknown stage in the config: exit 2, one line naming the field, nothing written", async () => {
    writeFileSync(
      path.join(work, "bad-stage.json"),
      JSON.stringify({
        title: "t",
        period: "2026-11",
        people: [{ name: "Ana", region: "US", role: "ads", stage: "startup" }],
      }),
    );
    const out = path.join(work, "bad-stage.xlsx");
    const r = await cli(["build", "--config", "bad-stage.json", "--out", out], work);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: 'kpi-scorecard: bad-stage.json: people[0].stage: must be one of launch, growth, mature (got "startup")\n',
    });
    expect(existsSync(out)).toBe(false);
  });

  test("--json: a launch-stage US ads person without kpis carries the launch weights of November", async () => {
    writeFileSync(
      path.join(work, "launch.json"),
      JSON.stringify({
        title: "t",
        period: "2026-11",
        people: [{ name: "Ana", region: "US", role: "ads", stage: "launch" }],
      }),
    );
    const r = await cli(
      ["build", "--config", "launch.json", "--out", path.join(work, "launch-team.xlsx"), "--json"],
      work,
    );
    expect(r.code).toBe(0);
    const kpis = JSON.parse(r.stdout).people[0].kpis as { id: string; weight: number }[];
    // BF/CM (27–30 Nov 2026): acos 25 − 5 = 20, budget 5 + 5 = 10; launch: roas 30 − 10 = 20, tests 5 + 10 = 15;
    // tacos 20, ctr 10, cpc 5 unchanged: 20 + 20 + 20 + 10 + 5 + 10 + 15 = 100
    const w = Object.fromEntries(kpis.map((k) => [k.id, k.weight]));
    expect(w).toEqual({
      roas: 20,
      acos: 20,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 10,
      ad_tests_launched: 15,
      odr: 0,
    });
  });
});
