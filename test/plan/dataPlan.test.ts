/**
 * The Data and Imports sheets of report import (DESIGN §8), planned from the report fixtures of
 * test/import. Every number is worked out by hand from the fixture rows in its comment (the same rows
 * test/import/actuals.test.ts works through).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { actualsFromReports, importReport, type PersonActuals } from "../../src/import";
import type { ParsedReport } from "../../src/import/types";
import { isKpiError, LANGS, type Lang, type Platform } from "../../src/core/types";
import { translator } from "../../src/i18n/messages";
import {
  DATA_COL,
  DATA_HEADER_ROW,
  DATA_SHEET_KEY,
  IMPORTS_COL,
  IMPORTS_SHEET_KEY,
  actualCells,
  actualsOnScorecard,
  isTypedActual,
  planDataSheets,
  readsDataSheet,
  withImportedActuals,
} from "../../src/plan/dataPlan";
import { INPUT_COL, SHEET_KEYS } from "../../src/plan/scorecardPlan";
import { resolveTeam } from "../../src/plan/team";
import { isFormulaCell, type FormulaCell, type PlanCell, type SheetPlan } from "../../src/plan/types";
import { planTeamWorkbook } from "../../src/plan/workbookPlan";
import { config } from "./fixtures";

const fixtures = path.join(__dirname, "..", "import", "fixtures");

async function read(name: string, marketplace?: Platform, as = name): Promise<ParsedReport> {
  const r = await importReport({
    name: as,
    bytes: readFileSync(path.join(fixtures, name)),
    ...(marketplace ? { marketplace } : {}),
  });
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

/**
 * Ana (US ops, SKUs mug-*): gmv, cvr, tacos (typed 0.015: the config wins), odr.
 * "=Ben+1" (US ads, campaign sp-mug-auto): roas, acos, ctr — a name that looks like a formula.
 */
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
      name: "=Ben+1",
      region: "US",
      role: "ads",
      campaigns: ["sp-mug-auto"],
      kpis: [
        { id: "roas", target: 4, weight: 50 },
        { id: "acos", target: 0.25, weight: 30 },
        { id: "ctr", target: 0.04, weight: 20 },
      ],
    },
  ],
});

let reports: ParsedReport[];
let actuals: PersonActuals[];

beforeAll(async () => {
  reports = [
    await read("business-report-en-us.csv", "amazon_us", "=br.csv"), // a file name that looks like a formula
    await read("ads-sp-legacy.csv"),
    await read("all-orders.txt"),
    await read("fba-returns.csv", "amazon_us"),
    await read("account-health.json"),
  ];
  const r = actualsFromReports(TEAM, reports);
  if (isKpiError(r)) throw new Error(r.message);
  actuals = r;
});

const body = (sheet: SheetPlan) => sheet.blocks[1].cells.slice(1);
const formula = (c: PlanCell) => (isFormulaCell(c) ? c : undefined);

describe("the Data sheet (en-US)", () => {
  let rows: PlanCell[][];
  beforeAll(() => {
    const team = resolveTeam(TEAM);
    const sheets = withImportedActuals(team, reports, actuals, "en-US").sheets;
    rows = body(sheets.data);
  });

  test("one row per person × KPI on the scorecard, in scorecard order", () => {
    expect(rows.map((r) => [r[DATA_COL.person], r[DATA_COL.kpiId]])).toEqual([
      ["Ana", "gmv"],
      ["Ana", "cvr"],
      ["Ana", "tacos"],
      ["Ana", "odr"],
      ["=Ben+1", "roas"], // text, not a formula: plan strings are always text
      ["=Ben+1", "acos"],
      ["=Ben+1", "ctr"],
    ]);
  });

  test("the metric totals each actual divides, with their files and rows", () => {
    const [gmv, cvr, tacos, odr, roas, , ctr] = rows;
    // business report, MUG-BLUE + MUG-RED: 12,905.25 + 1,650.00; US sales are tax-exclusive (rate 0)
    expect([gmv[DATA_COL.sales], gmv[DATA_COL.taxRate], gmv[DATA_COL.files], gmv[DATA_COL.rowsUsed]]).toEqual([
      14555.25,
      0,
      "=br.csv (2)",
      2,
    ]);
    // Total Order Items 1,150 + 140 over sessions 12,131 + 2,000
    expect([cvr[DATA_COL.orders], cvr[DATA_COL.sessions]]).toEqual([1290, 14131]);
    // MUG ad rows of November: spend 180 + 60; sales from the business report
    expect([tacos[DATA_COL.ad_spend], tacos[DATA_COL.sales]]).toEqual([240, 14555.25]);
    // files in the order of the metrics the KPI needs: ad spend, then sales
    expect(tacos[DATA_COL.files]).toBe("ads-sp-legacy.csv (2); =br.csv (2)");
    // account health amazon_us: max(afn 0.002, mfn 0.004)
    expect([odr[DATA_COL.health], odr[DATA_COL.files]]).toEqual([0.004, "account-health.json (1)"]);
    // the SP-Mug-Auto row: sales 900, spend 180, clicks 240, impressions 12,000
    expect([roas[DATA_COL.ad_sales], roas[DATA_COL.ad_spend], roas[DATA_COL.marketplaces]]).toEqual([
      900,
      180,
      "amazon_us",
    ]);
    expect([ctr[DATA_COL.ad_clicks], ctr[DATA_COL.ad_impressions]]).toEqual([240, 12000]);
  });

  test("the actual is a classic formula over its own row, cached with the core's value", () => {
    // header on A1 row 3: Ana's gmv is row 4 … =Ben+1's ctr row 10
    const f = rows.map((r) => formula(r[DATA_COL.actual]));
    expect(f.map((c) => c?.formula)).toEqual([
      'IFERROR(G4/(1+R4),"")', // sales ÷ (1 + tax)
      'IFERROR(I5/J5,"")', // orders ÷ sessions
      'IFERROR(K6/(G6/(1+R6)),"")', // ad spend ÷ gmv
      'IF(ISNUMBER(Q7),Q7,"")', // the account-health rate itself
      'IFERROR(L8/K8,"")', // ad sales ÷ ad spend
      'IFERROR(K9/L9,"")', // ad spend ÷ ad sales
      'IFERROR(M10/N10,"")', // clicks ÷ impressions
    ]);
    const results = f.map((c) => c?.result as number);
    const expected = [14555.25, 1290 / 14131, 240 / 14555.25, 0.004, 900 / 180, 180 / 900, 240 / 12000];
    results.forEach((r, i) => expect(r).toBeCloseTo(expected[i], 12));
  });

  test("a typed actual is kept and marked so; the others say imported", () => {
    const t = translator("en-US");
    expect(rows.map((r) => r[DATA_COL.inInputs])).toEqual([
      t("data.used.import"),
      t("data.used.import"),
      t("data.used.config"), // tacos 0.015 typed in the config wins over 240 ÷ 14,555.25
      t("data.used.import"),
      t("data.used.import"),
      t("data.used.import"),
      t("data.used.import"),
    ]);
  });
});

describe("the Inputs actuals", () => {
  test("an imported actual reads its Data row's Actual; a typed one stays a typed value", () => {
    const { plan, team, sources } = planTeamWorkbook(TEAM, "en-US", { imports: { reports, actuals } });
    const inputs = plan.sheets.find((s) => s.key === SHEET_KEYS.inputs)!;
    const actual = inputs.blocks[0].cells.slice(1, 8).map((r) => r[INPUT_COL.actual]);
    const D = `{{sheet:${DATA_SHEET_KEY}}}`;
    // guarded, so a Data cell cleared by hand reads as missing rather than 0
    const ref = (n: number) => `IF(ISNUMBER(${D}!$E$${n}),${D}!$E$${n},"")`;
    expect(actual.map((c) => (isFormulaCell(c) ? c.formula : c))).toEqual([
      ref(4),
      ref(5),
      0.015,
      ref(7),
      ref(8),
      ref(9),
      ref(10),
    ]);
    expect((actual[0] as FormulaCell).result).toBe(14555.25);
    expect(sources).toEqual([
      ["import", "import", "config", "import"],
      ["import", "import", "import"],
    ]);
    // the team scored with the imported actuals: gmv 14,555.25, tacos kept at 0.015
    expect(team.people[0].lines.map((l) => l.actual)).toEqual([14555.25, 1290 / 14131, 0.015, 0.004]);
  });

  test("without files the workbook has no Data or Imports sheet and no formula actual", () => {
    const { plan, sources } = planTeamWorkbook(TEAM, "en-US");
    expect(plan.sheets.map((s) => s.key)).not.toContain(DATA_SHEET_KEY);
    expect(plan.sheets.map((s) => s.key)).not.toContain(IMPORTS_SHEET_KEY);
    expect(sources).toBeUndefined();
  });

  test("the Data and Imports sheets follow People and have print layouts", () => {
    const { plan } = planTeamWorkbook(TEAM, "en-US", { imports: { reports, actuals } });
    const keys = plan.sheets.map((s) => s.key);
    expect(keys.slice(0, 6)).toEqual(["summary", "scorecard", "inputs", "people", DATA_SHEET_KEY, IMPORTS_SHEET_KEY]);
    for (const key of [DATA_SHEET_KEY, IMPORTS_SHEET_KEY]) {
      const s = plan.sheets.find((x) => x.key === key)!;
      expect(s.print).toEqual(expect.objectContaining({ fitToWidth: true, repeatRows: { first: 2, last: 2 } }));
    }
  });
});

describe("re-import: which Inputs actual cells are the import's", () => {
  const sheets = { refs: new Map([["ana\u0000gmv", { formula: "{{sheet:data}}!$E$4", result: 14555.25 }]]) };

  test.each<[string, Parameters<typeof actualCells>[0][0], ReturnType<typeof actualCells>[0]]>([
    [
      "a blank cell takes the import",
      { person: "ANA", kpiId: "gmv", value: null },
      { source: "import", cell: sheets.refs.get("ana\u0000gmv")! },
    ],
    [
      "a formula over the Data sheet (as the host writes it) takes the new one",
      { person: "Ana", kpiId: "gmv", value: 12000, formula: "='Data'!$E$9" },
      { source: "import", cell: sheets.refs.get("ana\u0000gmv")! },
    ],
    ["a typed number is kept", { person: "Ana", kpiId: "gmv", value: 12000 }, { source: "config" }],
    ["a typed text is kept", { person: "Ana", kpiId: "gmv", value: "n/a" }, { source: "config" }],
    [
      "a formula a person wrote is kept",
      { person: "Ana", kpiId: "gmv", value: 3, formula: "=1+2" },
      { source: "config" },
    ],
    [
      "a blank cell the files do not cover stays blank",
      { person: "Ana", kpiId: "cvr", value: null },
      { source: null, clear: false },
    ],
    [
      "an old Data formula the files no longer cover is cleared",
      { person: "Ana", kpiId: "cvr", value: 0.09, formula: "=Data!$E$5" },
      { source: null, clear: true },
    ],
  ])("%s", (_why, row, expected) => {
    expect(actualCells([row], sheets, "Data")).toEqual([expected]);
  });

  test("a Data formula is recognised by the plan's token or the sheet's name, quoted or not, any case", () => {
    expect(readsDataSheet("{{sheet:data}}!$E$4")).toBe(true);
    expect(readsDataSheet("='导入数据'!$E$4", "导入数据")).toBe(true);
    expect(readsDataSheet("=datos!E4", "Datos")).toBe(true);
    expect(readsDataSheet("=Inputs!J2", "Data")).toBe(false);
    expect(isTypedActual({ person: "A", kpiId: "gmv", value: 0 })).toBe(true); // a typed 0 is an actual
  });
});

describe("the Imports sheet", () => {
  test("a row per file: kind, marketplace, header language, rows read, rows left out, warnings", () => {
    const { imports } = planDataSheets(reports, actuals, "en-US", { period: "2026-11" });
    const rows = body(imports).map((r) => r.slice(0, IMPORTS_COL.warnings));
    expect(rows).toEqual([
      // 3 rows, none dated, none set aside
      ["=br.csv", "amazon_business_report", "amazon_us", "en", 3, 0],
      // the October SP-Lid-Auto row is outside 2026-11
      ["ads-sp-legacy.csv", "amazon_ads_sp", "amazon_us", "en", 3, 1],
      // the Non-Amazon line set aside by the reader + 111-…4 of Oct 31
      ["all-orders.txt", "amazon_all_orders", "amazon_us", "en", 6, 2],
      // the return of Dec 1
      ["fba-returns.csv", "amazon_fba_returns", "amazon_us", "en", 3, 1],
      // 3 marketplaces in performanceMetrics, A2EUQ1WTGCTBG2 not ours
      ["account-health.json", "amazon_account_health", "amazon_us, amazon_mx", "en", 3, 1],
    ]);
    expect(body(imports).map((r) => r[IMPORTS_COL.warnings])).toEqual([
      '1 value in `Units Ordered` did not parse (e.g. "N/A") and counts as missing',
      null,
      "1 row of sales channel Non-Amazon left out",
      null,
      "1 marketplace not ours left out: A2EUQ1WTGCTBG2",
    ]);
  });
});

describe("the Imports sheet's warnings in the sheet's language", () => {
  test.each([
    [
      "es-MX",
      [
        '1 valor en `Units Ordered` no se pudo leer (p. ej., "N/A") y cuenta como faltante',
        null,
        "Se dejó fuera 1 fila del canal de venta Non-Amazon",
        null,
      ],
    ],
    [
      "zh-CN",
      [
        "`Units Ordered` 列有 1 个值无法解析（例如“N/A”），按缺失处理",
        null,
        "有 1 行销售渠道为 Non-Amazon，已排除",
        null,
      ],
    ],
  ] as const)("%s", (lang, expected) => {
    const { imports } = planDataSheets(reports, actuals, lang, { period: "2026-11" });
    expect(
      body(imports)
        .slice(0, 4)
        .map((r) => r[IMPORTS_COL.warnings]),
    ).toEqual(expected);
  });
});

describe.each(LANGS)("in %s", (lang: Lang) => {
  test("sheet names, titles and headers in the workbook's language; the table names stay", () => {
    const t = translator(lang);
    const { data, imports } = planDataSheets(reports, actualsOnScorecard(actuals, resolveTeam(TEAM)), lang, {
      period: "2026-11",
    });
    expect([data.name, imports.name]).toEqual([t("sheet.data"), t("sheet.imports")]);
    expect(data.blocks[0].cells).toEqual([[t("label.dataTitle")], [t("label.dataNote")]]);
    const header = data.blocks[1].cells[0];
    expect(header[DATA_COL.actual]).toBe(t("col.actual"));
    expect(header[DATA_COL.ad_spend]).toBe(t("metric.ad_spend"));
    expect(header[DATA_COL.files]).toBe(t("col.files"));
    expect(data.tables![0]).toEqual(
      expect.objectContaining({
        name: "tblData",
        headers: header,
        range: { top: DATA_HEADER_ROW, left: 0, bottom: DATA_HEADER_ROW + 7, right: DATA_COL.note },
      }),
    );
    expect(imports.blocks[1].cells[0]).toEqual(
      ["col.file", "col.kind", "col.marketplace", "col.locale", "col.rowsRead", "col.rowsLeftOut", "col.warnings"].map(
        (k) => t(k as Parameters<typeof t>[0]),
      ),
    );
    expect(imports.tables![0].name).toBe("tblImports");
    // the KPI's name in the sheet's language; formulas are the same in every language
    const gmv = data.blocks[1].cells[1];
    expect(gmv[DATA_COL.kpi]).toBe(
      { "en-US": "Gross merchandise value (GMV)", "zh-CN": "销售额（GMV）", "es-MX": "Ventas brutas (GMV)" }[lang],
    );
    expect(formula(gmv[DATA_COL.actual])?.formula).toBe('IFERROR(G4/(1+R4),"")');
  });

  test("every header and label is localized (no English left in zh-CN and es-MX)", () => {
    if (lang === "en-US") return;
    const en = planDataSheets(reports, actuals, "en-US");
    const here = planDataSheets(reports, actuals, lang);
    const same = (a: SheetPlan, b: SheetPlan) =>
      a.blocks[1].cells[0].filter((h, i) => h === b.blocks[1].cells[0][i] && h !== "KPI" && h !== "KPI ID");
    expect(same(en.data, here.data)).toEqual([]);
    expect(same(en.imports, here.imports)).toEqual([]);
  });
});
