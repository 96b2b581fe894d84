/**
 * Three engines agree: the core (scorePerson), LibreOffice recalculating the workbook's native
 * formulas, and the cached values the xlsx renderer writes for Excel.
 *
 * Every workbook is written with its cached results POISONED, and LibreOffice is made to recalculate
 * everything on load (OOXMLRecalcMode = 0 in a fresh profile), so a value can only come out right if
 * the formula computes it. Each formula cell of tblScorecard and tblSummary is then compared with the
 * core's number (1e-9; relative for amounts above 1, since LibreOffice stores 15 significant digits).
 *
 * Needs LibreOffice (Debian libreoffice-calc). Without it the tests are skipped with a message,
 * except in CI (CI=true), where a missing soffice fails.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { POISON_NUMBER, POISON_TEXT, poisoned } from "./soffice";
import ExcelJS from "exceljs";
import { phaseRounded, roundHalfAway } from "../../../src/core/phasing";
import type { Lang } from "../../../src/core/types";
import { isKpiError } from "../../../src/core/types";
import { ROLE_KEYS, translator } from "../../../src/i18n/messages";
import { monthShares, PHASING_LAYOUT } from "../../../src/plan/phasingPlan";
import {
  INPUT_COL,
  SCORE_COL,
  SCORE_HELPER_COL,
  SPARE_LINES,
  SPARE_PEOPLE,
  SUMMARY_COL,
  TABLES,
  statusKey,
} from "../../../src/plan/scorecardPlan";
import { isFormulaCell, type TablePlan, type WorkbookPlan } from "../../../src/plan/types";
import {
  planTeamWorkbook,
  planTemplateWorkbook,
  yearOfPeriod,
  type PlannedWorkbook,
} from "../../../src/plan/workbookPlan";
import { TEMPLATE_COL, TEMPLATE_HEADER_ROW } from "../../../src/plan/templatePlan";
import { SUMMARY_HEADER_ROW } from "../../../src/plan/scorecardPlan";
import { attainment } from "../../../src/core/scoring";
import { getKpi } from "../../../src/core/catalog";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import type { TeamConfig } from "../../../src/plan/teamConfig";
import { DEMO, EDGE, SMALL, bigTeam } from "../../plan/fixtures";
import { EDITED_LINES, expectedEdited, withEditedInputs } from "./editedInputs";

const repoRoot = path.resolve(__dirname, "../../..");
const RECALC_XCU = path.resolve(repoRoot, "../shared/recalc-registrymodifications.xcu");
const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) =>
  existsSync(p),
);
const IN_CI = process.env.CI === "true";

const missing =
  SOFFICE === undefined
    ? "LibreOffice (soffice) is not installed"
    : !existsSync(RECALC_XCU)
      ? `${RECALC_XCU} is missing`
      : null;
if (missing !== null && !IN_CI) {
  console.warn(`libreoffice.test.ts skipped: ${missing}. Install libreoffice-calc (npm run setup:system) to run it.`);
}
const describeLo = missing === null || IN_CI ? describe : describe.skip;

interface Case {
  file: string;
  config: TeamConfig;
  lang: Lang;
  planned?: PlannedWorkbook;
  recalculated?: ExcelJS.Workbook;
}

const CASES: Case[] = [
  { file: "demo-en.xlsx", config: DEMO, lang: "en-US" },
  { file: "demo-zh.xlsx", config: DEMO, lang: "zh-CN" },
  { file: "edge-es.xlsx", config: EDGE, lang: "es-MX" },
  { file: "small-en.xlsx", config: SMALL, lang: "en-US" },
  { file: "big-zh.xlsx", config: bigTeam(60, 12), lang: "zh-CN" },
];

/**
 * A template workbook with an actual typed into every KPI row (1.1 × target, and 0 for targets of 0),
 * so that LibreOffice computes each attainment formula of the template sheet.
 */
const TEMPLATE_FILE = "template-us.xlsx";
const templateActual = (target: number) => (target === 0 ? 0 : target * 1.1);
function templateWithActuals(): WorkbookPlan {
  const plan = planTemplateWorkbook("US", ["ops", "ads", "cs", "warehouse", "compliance", "manager"], "en-US", {
    year: 2026,
  });
  const sheet = plan.sheets[0];
  const rows = sheet.blocks[1].cells;
  for (let i = 1; i < rows.length; i++)
    rows[i][TEMPLATE_COL.actual] = templateActual(rows[i][TEMPLATE_COL.target] as number);
  rows[1][TEMPLATE_COL.actual] = null; // the first line left blank: no attainment shown, 0 in its role's score
  return plan;
}
let templateBook: ExcelJS.Workbook;
let templatePlan: WorkbookPlan;

/**
 * The demo in en-US with two people typed below the People table and their KPI rows typed below the
 * last Inputs row, with ExcelJS into the rendered file, as a user would: person, region, role, KPI ID,
 * target, actual, weight only; name, polarity, gate and rule come from the KPI sheet by ID.
 */
const ADDED_FILE = "added-en.xlsx";
const ADDED_PEOPLE: [string, string, string, number][] = [
  ["Zoe Added", "US", "ads", 1000],
  ["Yuri Added", "US", "ads", 2000],
];
const ADDED_LINES: [string, string, string, string, number, number, number | null][] = [
  // Zoe: roas 4.4/4 = 1.1, acos 2 − 0.25/0.25 = 1, odr 0.0099 < 1% passes
  // → (60·1.1 + 40·1)/100 = 1.06 → tier 1.0 → payout 1 → bonus 1000
  ["Zoe Added", "US", "ads", "roas", 4, 4.4, 60],
  ["Zoe Added", "US", "ads", "acos", 0.25, 0.25, 40],
  ["Zoe Added", "US", "ads", "odr", 0.01, 0.0099, null],
  // Yuri: roas 4.4/4 = 1.1 → tier 1.1 (1.2), but ODR exactly 1% fails Amazon's "under 1%": min(1.2, 0) = 0
  ["Yuri Added", "US", "ads", "roas", 4, 4.4, 100],
  ["Yuri Added", "US", "ads", "odr", 0.01, 0.01, null],
];
let addedBook: ExcelJS.Workbook;
let addedPlanned: PlannedWorkbook;

async function withAddedRows(planned: PlannedWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(poisoned(planned.plan))) as never);
  const names = sheetNames(planned.plan);
  const people = wb.getWorksheet(names.get("people")!)!;
  const firstPerson = planned.team.people.length + 2; // A1 row below the last person
  ADDED_PEOPLE.forEach((p, i) => p.forEach((v, c) => (people.getRow(firstPerson + i).getCell(c + 1).value = v)));
  const inputs = wb.getWorksheet(names.get("inputs")!)!;
  const firstLine = planned.team.people.reduce((n, m) => n + m.lines.length, 0) + 2;
  const cols = [
    INPUT_COL.person,
    INPUT_COL.region,
    INPUT_COL.role,
    INPUT_COL.kpiId,
    INPUT_COL.target,
    INPUT_COL.actual,
    INPUT_COL.weight,
  ];
  ADDED_LINES.forEach((l, i) =>
    l.forEach((v, j) => {
      if (v !== null) inputs.getRow(firstLine + i).getCell(cols[j] + 1).value = v;
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A team workbook with EDITED_LINES typed over its first Inputs rows (bad targets, text, gates, caps …). */
const EDITED_FILE = "edited-en.xlsx";
let editedPlanned: PlannedWorkbook;
let editedPlan: WorkbookPlan;
let editedBook: ExcelJS.Workbook;

function byFile(file: string): Case {
  return CASES.find((c) => c.file === file)!;
}

/** A cell's value; for a formula its result. (cell.value drops falsy results such as 0 and "": ExcelJS quirk.) */
function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? "";
  return cell.value ?? "";
}

function close(actual: unknown, expected: number): boolean {
  return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The recalculated values of a table's body, as a matrix. */
function tableValues(c: Case, sheetKey: string, table: TablePlan): unknown[][] {
  const name = sheetNames(c.planned!.plan).get(sheetKey)!;
  const ws = c.recalculated!.getWorksheet(name)!;
  const out: unknown[][] = [];
  for (let r = table.range.top + 1; r <= table.range.bottom; r++) {
    const row: unknown[] = [];
    for (let col = table.range.left; col <= table.range.right; col++)
      row.push(valueOf(ws.getRow(r + 1).getCell(col + 1)));
    out.push(row);
  }
  return out;
}

function planTable(c: Case, sheetKey: string, name: string): TablePlan {
  return c.planned!.plan.sheets.find((s) => s.key === sheetKey)!.tables!.find((t) => t.name === name)!;
}

describeLo("three engines agree: core, LibreOffice, cached values", () => {
  let work: string;

  beforeAll(async () => {
    if (missing !== null) throw new Error(`CI=true but ${missing}`);
    work = mkdtempSync(path.join(tmpdir(), "kpi-lo-"));
    const profile = path.join(work, "profile");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    copyFileSync(RECALC_XCU, path.join(profile, "user", "registrymodifications.xcu"));
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    mkdirSync(inDir);
    mkdirSync(outDir);
    for (const c of CASES) {
      c.planned = planTeamWorkbook(c.config, c.lang);
      writeFileSync(path.join(inDir, c.file), await renderXlsx(poisoned(c.planned.plan)));
    }
    templatePlan = templateWithActuals();
    writeFileSync(path.join(inDir, TEMPLATE_FILE), await renderXlsx(poisoned(templatePlan)));
    editedPlanned = planTeamWorkbook(bigTeam(3, 12), "en-US");
    editedPlan = withEditedInputs(editedPlanned.plan);
    writeFileSync(path.join(inDir, EDITED_FILE), await renderXlsx(poisoned(editedPlan)));
    addedPlanned = planTeamWorkbook(DEMO, "en-US");
    writeFileSync(path.join(inDir, ADDED_FILE), await withAddedRows(addedPlanned));
    // One soffice run for all files: start-up is most of the cost.
    const files = [...CASES.map((c) => c.file), TEMPLATE_FILE, EDITED_FILE, ADDED_FILE].map((f) => path.join(inDir, f));
    await promisify(execFile)(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...files,
      ],
      { timeout: 240_000 },
    );
    templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.readFile(path.join(outDir, TEMPLATE_FILE));
    editedBook = new ExcelJS.Workbook();
    await editedBook.xlsx.readFile(path.join(outDir, EDITED_FILE));
    addedBook = new ExcelJS.Workbook();
    await addedBook.xlsx.readFile(path.join(outDir, ADDED_FILE));
    for (const c of CASES) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(outDir, c.file));
      c.recalculated = wb;
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.each(CASES.map((c) => c.file))("%s: every formula cell of tblScorecard equals the core", (file) => {
    const c = byFile(file);
    const t = translator(c.lang);
    const got = tableValues(c, "scorecard", planTable(c, "scorecard", TABLES.scorecard));
    let row = 0;
    for (const { member, score } of c.planned!.scores) {
      member.lines.forEach((line, i) => {
        const k = score.kpis[i];
        const weight = line.gate ? 0 : line.weight;
        const expected: unknown[] = [
          member.name,
          member.region,
          t(ROLE_KEYS[member.role]), // the role in the sheet's language
          line.id,
          line.def.name[c.lang],
          line.target,
          line.actual ?? "",
          weight,
          line.gate ? "" : k.attainment, // a gate passes or fails; it shows no attainment
          line.gate ? 0 : weight * k.attainment,
          t(statusKey(k)),
        ];
        const actual = got[row++];
        expected.forEach((e, col) => {
          const ok = typeof e === "number" ? close(actual[col], e) : actual[col] === e;
          if (!ok)
            throw new Error(
              `${file} scorecard row ${row + 1} col ${col} (${member.name} ${line.id}): LibreOffice ${JSON.stringify(actual[col])}, core ${JSON.stringify(e)}`,
            );
        });
      });
    }
    // the blank lines kept for rows typed later compute blanks
    expect(got.slice(row)).toEqual(new Array(SPARE_LINES).fill(["", "", "", "", "", "", "", 0, 0, 0, ""]));
  });

  test.each(CASES.map((c) => c.file))("%s: every formula cell of tblSummary equals the core", (file) => {
    const c = byFile(file);
    const t = translator(c.lang);
    const got = tableValues(c, "summary", planTable(c, "summary", TABLES.summary));
    c.planned!.scores.forEach(({ member, score, bonus }, i) => {
      const expected: unknown[] = [
        member.name,
        member.region,
        t(ROLE_KEYS[member.role]), // the role in the sheet's language
        score.score,
        t(score.gatesPassed ? "status.pass" : "status.fail"),
        score.payout,
        bonus,
      ];
      expected.forEach((e, col) => {
        const ok = typeof e === "number" ? close(got[i][col], e) : got[i][col] === e;
        if (!ok)
          throw new Error(
            `${file} summary row ${i + 1} col ${col} (${member.name}): LibreOffice ${JSON.stringify(got[i][col])}, core ${JSON.stringify(e)}`,
          );
      });
    });
    expect(got.slice(c.planned!.scores.length)).toEqual(new Array(SPARE_PEOPLE).fill(new Array(7).fill("")));
  });

  test.each(CASES.map((c) => c.file))("%s: no formula anywhere is left poisoned or in error", (file) => {
    const c = byFile(file);
    const problems: string[] = [];
    c.recalculated!.eachSheet((ws) =>
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const v = cell.result;
          if (v === POISON_NUMBER || v === POISON_TEXT || (v !== null && typeof v === "object" && "error" in v)) {
            problems.push(`${ws.name}!${cell.address}=${JSON.stringify(v)}`);
          }
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  test.each(CASES.map((c) => c.file))(
    "%s: the helper columns right of tblScorecard recalculate to their cached results",
    (file) => {
      const c = byFile(file);
      const sheet = c.planned!.plan.sheets.find((s) => s.key === "scorecard")!;
      const block = sheet.blocks.find((b) => b.at.col === SCORE_HELPER_COL.polarity)!;
      const ws = c.recalculated!.getWorksheet(sheetNames(c.planned!.plan).get("scorecard")!)!;
      for (let r = 1; r < block.cells.length; r++) {
        block.cells[r].forEach((cell, i) => {
          if (!isFormulaCell(cell)) throw new Error("a helper cell is not a formula");
          const got = valueOf(ws.getRow(r + 1).getCell(SCORE_HELPER_COL.polarity + i + 1));
          const ok = typeof cell.result === "number" ? close(got, cell.result) : got === cell.result;
          if (!ok)
            throw new Error(
              `${file} helper row ${r + 1} col ${i}: LibreOffice ${JSON.stringify(got)}, cached ${JSON.stringify(cell.result)}`,
            );
        });
      }
    },
  );

  test("typed inputs no config produces (bad targets and polarities, text, gates, caps): the scorecard flags and scores them as the core does", () => {
    const table = editedPlan.sheets.find((s) => s.key === "scorecard")!.tables![0];
    const ws = editedBook.getWorksheet("Scorecard")!;
    EDITED_LINES.forEach((e, i) => {
      const expected = expectedEdited(e, editedPlanned.team.rules, "en-US");
      const row = ws.getRow(table.range.top + 2 + i);
      const got = expected.map((_, j) => valueOf(row.getCell(SCORE_COL.target + 1 + j)));
      expected.forEach((x, j) => {
        const ok = typeof x === "number" ? close(got[j], x) : got[j] === x;
        if (!ok) throw new Error(`${e.why}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(expected)}`);
      });
    });
    // none of them leaves a formula in error anywhere
    const problems: string[] = [];
    editedBook.eachSheet((w) =>
      w.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : undefined;
          if (v === POISON_NUMBER || v === POISON_TEXT || (v !== null && typeof v === "object" && "error" in v))
            problems.push(`${w.name}!${cell.address}=${JSON.stringify(v)}`);
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  test("rows typed below the tables are scored and summed on recalculation (worked out by hand)", () => {
    const names = sheetNames(addedPlanned.plan);
    const summary = addedBook.getWorksheet(names.get("summary")!)!;
    const first = SUMMARY_HEADER_ROW + 2 + addedPlanned.team.people.length; // A1 row below the last person
    const row = (r: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => valueOf(summary.getRow(r).getCell(c)));
    expect(row(first)).toEqual(["Zoe Added", "US", "ads", expect.closeTo(1.06, 12), "pass", 1, 1000]);
    expect(row(first + 1)).toEqual(["Yuri Added", "US", "ads", expect.closeTo(1.1, 12), "fail", 0, 0]);
    const scorecard = addedBook.getWorksheet(names.get("scorecard")!)!;
    const firstLine = addedPlanned.team.people.reduce((n, m) => n + m.lines.length, 0) + 2;
    const line = (i: number) =>
      [SCORE_COL.kpi, SCORE_COL.attainment, SCORE_COL.status].map((c) =>
        valueOf(scorecard.getRow(firstLine + i).getCell(c + 1)),
      );
    expect(line(0)).toEqual(["Return on ad spend (ROAS)", expect.closeTo(1.1, 12), "on track"]);
    expect(line(2)).toEqual(["Order defect rate (ODR)", "", "pass"]);
    expect(line(4)).toEqual(["Order defect rate (ODR)", "", "fail"]);
    // the Inputs sheet says how many blank rows are left: 100 − 5 typed
    const inputs = addedBook.getWorksheet(names.get("inputs")!)!;
    expect(valueOf(inputs.getRow(2).getCell(INPUT_COL.cap + 3))).toBe(
      `${translator("en-US")("label.rowsLeft")}${SPARE_LINES - ADDED_LINES.length}`,
    );
  });

  test("the tables survive LibreOffice's round trip", () => {
    const c = byFile("demo-en.xlsx");
    expect(c.recalculated!.getWorksheet("Scorecard")!.getTable("tblScorecard")).toBeDefined();
    expect(c.recalculated!.getWorksheet("Summary")!.getTable("tblSummary")).toBeDefined();
  });

  describe("values worked out by hand (demo, en-US)", () => {
    const person = (name: string) => {
      const c = byFile("demo-en.xlsx");
      const rows = tableValues(c, "summary", planTable(c, "summary", TABLES.summary));
      return rows.find((r) => r[SUMMARY_COL.person] === name)!;
    };
    const line = (name: string, id: string) => {
      const c = byFile("demo-en.xlsx");
      const rows = tableValues(c, "scorecard", planTable(c, "scorecard", TABLES.scorecard));
      return rows.find((r) => r[SCORE_COL.person] === name && r[SCORE_COL.kpiId] === id)!;
    };

    test("tier boundary: Sofía's (50·0.9 + 50·0.9)/100 earns the 0.9 tier (payout 0.8, bonus 800)", () => {
      const r = person("Sofía Ramírez");
      expect(r[SUMMARY_COL.score]).toBeCloseTo(0.9, 12);
      expect(r[SUMMARY_COL.payout]).toBe(0.8);
      expect(r[SUMMARY_COL.bonus]).toBe(800);
    });

    test("lower-is-better beyond twice the target scores 0: ACOS 0.6 on 0.25 → 2 − 2.4 → 0", () => {
      expect(line("李娜 Li Na", "acos")[SCORE_COL.attainment]).toBe(0);
      expect(line("李娜 Li Na", "acos")[SCORE_COL.status]).toBe("off track");
    });

    test("a per-KPI cap: GMV 2,000,000 on 1,200,000 = 1.667 → capped at 1.5", () => {
      expect(line("María López", "gmv")[SCORE_COL.attainment]).toBe(1.5);
    });

    test("the catalog cap: Buen Fin stock 1.3 on 1 → 1", () => {
      expect(line("Carlos Hernández", "buen_fin_stock_attainment")[SCORE_COL.attainment]).toBe(1);
    });

    test("a missing actual scores 0: Carlos (20·1.1 + 20·0.95/0.93 + 15·1 + 15·0)/70 = 0.8204 → tier 0.8 → 0.5, bonus 600", () => {
      expect(line("Carlos Hernández", "turnover_days").slice(SCORE_COL.actual)).toEqual(["", 15, 0, 0, "missing"]);
      const r = person("Carlos Hernández");
      expect(r[SUMMARY_COL.score]).toBeCloseTo((22 + (20 * 0.95) / 0.93 + 15) / 70, 12);
      expect(r[SUMMARY_COL.payout]).toBe(0.5);
      expect(r[SUMMARY_COL.bonus]).toBe(600);
    });

    test("a failed gate zeroes the payout: Emily's ODR 1.2% > 1%", () => {
      expect(line("Emily Chen", "odr")[SCORE_COL.status]).toBe("fail");
      const r = person("Emily Chen");
      expect(r[SUMMARY_COL.gates]).toBe("fail");
      expect(r[SUMMARY_COL.payout]).toBe(0);
      expect(r[SUMMARY_COL.bonus]).toBe(0);
    });
  });

  describe("values worked out by hand (edge cases, es-MX)", () => {
    const rows = () => {
      const c = byFile("edge-es.xlsx");
      return tableValues(c, "summary", planTable(c, "summary", TABLES.summary));
    };
    test("names match exactly: 'Li*' is not a wildcard for 'Li Wei'", () => {
      const r = rows();
      expect(r[1].slice(0, 1).concat(r[1].slice(3))).toEqual(["Li*", expect.closeTo(0.9, 12), "aprobado", 0.3, 60]);
      expect(r[2].slice(0, 1).concat(r[2].slice(3))).toEqual(["Li Wei", 1.3, "aprobado", 1, 300]);
    });
    test("uncapped config and custom tiers: (30·2 + 20·1)/50 = 1.6 → tier 1.5 → 2", () => {
      expect(rows()[0].slice(3)).toEqual([1.6, "aprobado", 2, 200]);
    });
    test("template defaults with nothing reported: every gate fails; score 0 earns no tier, so min(0, 0.25) = 0", () => {
      expect(rows()[3].slice(3)).toEqual([0, "reprobado", 0, 0]);
    });
  });

  test("template: every attainment formula equals core attainment (all US roles, actual = 1.1 × target)", () => {
    const ws = templateBook.getWorksheet("Template US")!;
    const rows = templatePlan.sheets[0].blocks[1].cells;
    expect(rows.length).toBeGreaterThan(30);
    const firstRole = rows[1][TEMPLATE_COL.role];
    let weighted = 0;
    let weights = 0;
    for (let i = 1; i < rows.length; i++) {
      const got = valueOf(ws.getCell(TEMPLATE_HEADER_ROW + 1 + i, TEMPLATE_COL.attainment + 1));
      const weight = rows[i][TEMPLATE_COL.weight] as number;
      if (rows[i][TEMPLATE_COL.role] === firstRole) weights += weight;
      if (i === 1) {
        expect(got).toBe(""); // blank actual: blank attainment, not a red 0%
        continue;
      }
      const id = rows[i][TEMPLATE_COL.kpiId] as string;
      const target = rows[i][TEMPLATE_COL.target] as number;
      const def = getKpi(id)!;
      const expected = attainment(templateActual(target), target, def.polarity, def.cap ?? 1.2);
      if (isKpiError(expected)) throw new Error(`${id}: ${expected.message}`);
      if (!close(got, expected))
        throw new Error(`template ${id}: LibreOffice ${JSON.stringify(got)}, core ${expected}`);
      if (rows[i][TEMPLATE_COL.role] === firstRole) weighted += weight * expected;
    }
    // the role's score beside the table: Σ weight × attainment ÷ Σ weight, the blank line counting 0
    const scoreCol = TEMPLATE_COL.attainment + 3; // one empty column, then role and score
    expect(valueOf(ws.getCell(TEMPLATE_HEADER_ROW + 2, scoreCol))).toBe(firstRole);
    expect(close(valueOf(ws.getCell(TEMPLATE_HEADER_ROW + 2, scoreCol + 1)), weighted / weights)).toBe(true);
    const problems: string[] = [];
    templateBook.eachSheet((w) =>
      w.eachRow((r) =>
        r.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula && (cell.result === POISON_NUMBER || cell.result === POISON_TEXT))
            problems.push(`${w.name}!${cell.address}`);
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  test.each(["demo-en.xlsx", "edge-es.xlsx", "big-zh.xlsx"])(
    "%s phasing: every region's month targets equal core phaseRounded, whole, adding up to ROUND(annual)",
    (file) => {
      const c = byFile(file);
      const names = sheetNames(c.planned!.plan);
      const year = yearOfPeriod(c.planned!.team.period)!;
      const regions = (["US", "MX"] as const).filter((r) => names.has(`phasing-${r}`));
      expect(regions.length).toBeGreaterThan(0);
      for (const region of regions) {
        const ws = c.recalculated!.getWorksheet(names.get(`phasing-${region}`)!)!;
        const annual = ws.getCell(PHASING_LAYOUT.annualRow + 1, 2).value as number;
        const months = phaseRounded(annual, monthShares(region, year));
        if (isKpiError(months)) throw new Error(months.message);
        const got = months.map((_, i) => valueOf(ws.getCell(PHASING_LAYOUT.firstMonthRow + 1 + i, 4)));
        expect({ region, got }).toEqual({ region, got: months });
        expect(valueOf(ws.getCell(PHASING_LAYOUT.firstMonthRow + 13, 4))).toBe(roundHalfAway(annual));
      }
    },
  );
});
