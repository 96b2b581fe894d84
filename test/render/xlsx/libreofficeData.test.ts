/**
 * A workbook built with `--data` (DESIGN §8), recalculated by LibreOffice with every cached result
 * POISONED (as in libreoffice.test.ts): the Data sheet's actuals, the Inputs actuals that reference
 * them, and the scorecard and summary over those must come out as the core computed them. Then a
 * total on the Data sheet is edited with ExcelJS, as an auditor would, and the person's ROAS,
 * attainment, score and bonus move to the values worked out by hand, and a Data actual cleared by
 * hand reads as missing on the Inputs sheet (never as 0).
 *
 * Needs LibreOffice (Debian libreoffice-calc); skipped with a message without it, except in CI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readBuildData } from "../../../src/cli/buildData";
import type { Lang } from "../../../src/core/types";
import { DATA_COL, DATA_HEADER_ROW, DATA_SHEET_KEY } from "../../../src/plan/dataPlan";
import { INPUT_COL, SCORE_COL, SUMMARY_COL, SUMMARY_HEADER_ROW } from "../../../src/plan/scorecardPlan";
import { planTeamWorkbook, type PlannedWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";
import {
  convertWithLibreOffice,
  describeWithLibreOffice,
  sofficeMissing,
  POISON_NUMBER,
  POISON_TEXT,
  poisoned,
} from "./soffice";

const describeLo = describeWithLibreOffice("libreofficeData.test.ts");
const fixtures = path.resolve(__dirname, "../../import/fixtures");
const fx = (name: string) => path.join(fixtures, name);

/** The team of test/cli/buildData.test.ts: Ana (US ops), Ben (US ads), Carla (MX ops). */
const TEAM = config({
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
      ],
    },
  ],
});

const DATA = [
  `amazon_us=${fx("business-report-en-us.csv")}`,
  fx("ads-sp-legacy.csv"),
  fx("all-orders.txt"),
  `amazon_us=${fx("fba-returns.csv")}`,
  fx("account-health.json"),
  `amazon_mx=${fx("business-report-es-mx.csv")}`,
  fx("ads-sp-2026.csv"),
];

interface Case {
  lang: Lang;
  planned?: PlannedWorkbook;
  book?: ExcelJS.Workbook;
}
const CASES: Case[] = [{ lang: "en-US" }, { lang: "zh-CN" }];
let edited: ExcelJS.Workbook;
let editedPlanned: PlannedWorkbook;

function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? "";
  return cell.value ?? "";
}

function close(actual: unknown, expected: number): boolean {
  return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function sheet(book: ExcelJS.Workbook, planned: PlannedWorkbook, key: string): ExcelJS.Worksheet {
  return book.getWorksheet(sheetNames(planned.plan).get(key)!)!;
}

/** The Data sheet's A1 row of a person × KPI in the plan. */
function dataRow(planned: PlannedWorkbook, person: string, kpiId: string): number {
  const rows = planned.plan.sheets.find((s) => s.key === DATA_SHEET_KEY)!.blocks[1].cells;
  const i = rows.findIndex((r) => r[DATA_COL.person] === person && r[DATA_COL.kpiId] === kpiId);
  if (i < 1) throw new Error(`no Data row for ${person} ${kpiId}`);
  return DATA_HEADER_ROW + i + 1;
}

describeLo("a --data workbook recalculated by LibreOffice", () => {
  let work: string;

  beforeAll(async () => {
    if (sofficeMissing !== null) throw new Error(`CI=true but ${sofficeMissing}`);
    work = mkdtempSync(path.join(tmpdir(), "kpi-lo-data-"));
    const inDir = path.join(work, "in");
    mkdirSync(inDir);
    // the CLI's own path: read, recognise and label the files, actuals per person, then plan
    const data = await readBuildData(DATA, TEAM);
    if (!data.ok) throw new Error(data.message);
    for (const c of CASES) {
      c.planned = planTeamWorkbook(TEAM, c.lang, { imports: data.imports });
      writeFileSync(path.join(inDir, `data-${c.lang}.xlsx`), await renderXlsx(poisoned(c.planned.plan)));
    }
    // An auditor corrects Ben's ROAS ad spend on the Data sheet: 180 → 300.
    editedPlanned = CASES[0].planned!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(poisoned(editedPlanned.plan))) as never);
    const row = dataRow(editedPlanned, "Ben", "roas");
    const dataSheet = sheet(wb, editedPlanned, DATA_SHEET_KEY);
    expect(valueOf(dataSheet.getRow(row).getCell(DATA_COL.ad_spend + 1))).toBe(180);
    dataSheet.getRow(row).getCell(DATA_COL.ad_spend + 1).value = 300;
    // …and clears Carla's cvr actual on the Data sheet: her Inputs actual must read as missing, not 0
    dataSheet.getRow(dataRow(editedPlanned, "Carla", "cvr")).getCell(DATA_COL.actual + 1).value = null;
    writeFileSync(path.join(inDir, "edited.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));

    const outDir = path.join(work, "out");
    const files = [...CASES.map((c) => `data-${c.lang}.xlsx`), "edited.xlsx"].map((f) => path.join(inDir, f));
    await convertWithLibreOffice(work, files, "xlsx", outDir);
    for (const c of CASES) {
      c.book = new ExcelJS.Workbook();
      await c.book.xlsx.readFile(path.join(outDir, `data-${c.lang}.xlsx`));
    }
    edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(path.join(outDir, "edited.xlsx"));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.each(CASES.map((c) => c.lang))("%s: no formula is left poisoned or in error", (lang) => {
    const c = CASES.find((x) => x.lang === lang)!;
    const problems: string[] = [];
    c.book!.eachSheet((ws) =>
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const v = cell.result;
          if (v === POISON_NUMBER || v === POISON_TEXT || (v !== null && typeof v === "object" && "error" in v))
            problems.push(`${ws.name}!${cell.address}=${JSON.stringify(v)}`);
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  test.each(CASES.map((c) => c.lang))(
    "%s: every Data actual, Inputs actual, scorecard line and summary row equals the core",
    (lang) => {
      const c = CASES.find((x) => x.lang === lang)!;
      const planned = c.planned!;
      const data = sheet(c.book!, planned, DATA_SHEET_KEY);
      const inputs = sheet(c.book!, planned, "inputs");
      const scorecard = sheet(c.book!, planned, "scorecard");
      const summary = sheet(c.book!, planned, "summary");
      const bad: string[] = [];
      const check = (what: string, got: unknown, want: unknown) => {
        const ok = typeof want === "number" ? close(got, want) : got === want;
        if (!ok) bad.push(`${what}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
      };
      let n = 2; // A1 row of the first line on Inputs and Scorecard
      planned.scores.forEach(({ member, score, bonus }, p) => {
        member.lines.forEach((line, i) => {
          const source = planned.sources![p][i];
          if (source === "import") {
            check(
              `Data ${member.name} ${line.id}`,
              valueOf(data.getRow(dataRow(planned, member.name, line.id)).getCell(DATA_COL.actual + 1)),
              line.actual,
            );
          }
          check(
            `Inputs ${member.name} ${line.id}`,
            valueOf(inputs.getRow(n).getCell(INPUT_COL.actual + 1)),
            line.actual ?? "",
          );
          const k = score.kpis[i];
          check(
            `Scorecard actual ${member.name} ${line.id}`,
            valueOf(scorecard.getRow(n).getCell(SCORE_COL.actual + 1)),
            line.actual ?? "",
          );
          if (!line.gate)
            check(
              `Attainment ${member.name} ${line.id}`,
              valueOf(scorecard.getRow(n).getCell(SCORE_COL.attainment + 1)),
              k.attainment,
            );
          n++;
        });
        const row = summary.getRow(SUMMARY_HEADER_ROW + 2 + p);
        check(`Score ${member.name}`, valueOf(row.getCell(SUMMARY_COL.score + 1)), score.score);
        check(`Payout ${member.name}`, valueOf(row.getCell(SUMMARY_COL.payout + 1)), score.payout);
        check(`Bonus ${member.name}`, valueOf(row.getCell(SUMMARY_COL.bonus + 1)), bonus);
      });
      expect(bad).toEqual([]);
    },
  );

  test("the core's numbers, by hand: Ana 14,555.25 gmv and 1,200 bonus, Ben 1.06, Carla 11,000 gmv", () => {
    const c = CASES[0];
    const summary = sheet(c.book!, c.planned!, "summary");
    const row = (p: number) =>
      [SUMMARY_COL.person, SUMMARY_COL.score, SUMMARY_COL.payout, SUMMARY_COL.bonus].map((col) =>
        valueOf(summary.getRow(SUMMARY_HEADER_ROW + 2 + p).getCell(col + 1)),
      );
    // Ana: (50·1.2 + 30·(1,290/14,131)/0.1 + 20·1.2)/100 → tier 1.1 → 1.2 × 1,000
    expect(row(0)).toEqual(["Ana", expect.closeTo((84 + (30 * 1290) / 14131 / 0.1) / 100, 12), 1.2, 1200]);
    // Ben: (50·1.2 + 30·1.2 + 20·0.5)/100 = 1.06 → tier 1.0 → 500
    expect(row(1)).toEqual(["Ben", expect.closeTo(1.06, 12), 1, 500]);
    // Carla: gmv (11,600 + 1,160)/1.16 = 11,000 → 1.1; cvr 44/1,800 → 1.2; typed return rate → 1.2
    // (50·1.1 + 30·1.2 + 20·1.2)/100 = 1.15 → tier 1.1 → 1.2 × 800
    expect(row(2)).toEqual(["Carla", expect.closeTo(1.15, 12), 1.2, expect.closeTo(960, 9)]);
    const data = sheet(c.book!, c.planned!, DATA_SHEET_KEY);
    expect(valueOf(data.getRow(dataRow(c.planned!, "Carla", "gmv")).getCell(DATA_COL.actual + 1))).toBeCloseTo(
      11000,
      9,
    );
  });

  test("editing ad spend on the Data sheet moves Ben's ROAS, attainment, score and bonus", () => {
    const scorecard = sheet(edited, editedPlanned, "scorecard");
    const summary = sheet(edited, editedPlanned, "summary");
    const inputs = sheet(edited, editedPlanned, "inputs");
    const firstBen = editedPlanned.team.people[0].lines.length + 2; // Ben's roas line, A1
    // roas 900 ÷ 300 = 3 → attainment 3 ÷ 4 = 0.75; his acos line keeps its own 180 (2 − 0.2/0.25 = 1.2)
    expect(valueOf(inputs.getRow(firstBen).getCell(INPUT_COL.actual + 1))).toBeCloseTo(3, 12);
    expect(
      [SCORE_COL.actual, SCORE_COL.attainment].map((col) => valueOf(scorecard.getRow(firstBen).getCell(col + 1))),
    ).toEqual([expect.closeTo(3, 12), expect.closeTo(0.75, 12)]);
    expect(valueOf(scorecard.getRow(firstBen + 1).getCell(SCORE_COL.attainment + 1))).toBeCloseTo(1.2, 12);
    // (50·0.75 + 30·1.2 + 20·0.5)/100 = 0.835 → tier 0.8 → payout 0.5 → 500 × 0.5 = 250
    const ben = summary.getRow(SUMMARY_HEADER_ROW + 3);
    expect(
      [SUMMARY_COL.person, SUMMARY_COL.score, SUMMARY_COL.payout, SUMMARY_COL.bonus].map((col) =>
        valueOf(ben.getCell(col + 1)),
      ),
    ).toEqual(["Ben", expect.closeTo(0.835, 12), 0.5, 250]);
    // Ana is untouched: 1,200
    expect(valueOf(summary.getRow(SUMMARY_HEADER_ROW + 2).getCell(SUMMARY_COL.bonus + 1))).toBe(1200);
  });

  test("a Data actual cleared by hand makes the Inputs actual missing, never 0", () => {
    const inputs = sheet(edited, editedPlanned, "inputs");
    const scorecard = sheet(edited, editedPlanned, "scorecard");
    const summary = sheet(edited, editedPlanned, "summary");
    const [ana, ben] = editedPlanned.team.people;
    const carlaCvr = ana.lines.length + ben.lines.length + 3; // Carla's second line, A1
    expect(valueOf(inputs.getRow(carlaCvr).getCell(INPUT_COL.actual + 1))).toBe("");
    expect(
      [SCORE_COL.actual, SCORE_COL.attainment, SCORE_COL.status].map((col) =>
        valueOf(scorecard.getRow(carlaCvr).getCell(col + 1)),
      ),
    ).toEqual(["", 0, "missing"]);
    // (50·1.1 + 30·0 + 20·1.2)/100 = 0.79 → under the 0.8 tier → payout 0, bonus 0
    const carla = summary.getRow(SUMMARY_HEADER_ROW + 4);
    expect(
      [SUMMARY_COL.person, SUMMARY_COL.score, SUMMARY_COL.payout, SUMMARY_COL.bonus].map((col) =>
        valueOf(carla.getCell(col + 1)),
      ),
    ).toEqual(["Carla", expect.closeTo(0.79, 12), 0, 0]);
  });
});
