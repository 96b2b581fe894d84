import { excelDateSerial } from "../../src/plan/a1";
import { PHASING_LAYOUT, planPhasing } from "../../src/plan/phasingPlan";
import { planCalendar } from "../../src/plan/calendarPlan";
import { NAMES, planSettings } from "../../src/plan/settingsPlan";
import { KPI_IDS_NAME } from "../../src/plan/kpisPlan";
import { WEIGHT_NAMES } from "../../src/plan/weightsPlan";
import { TEMPLATE_COL, TEMPLATE_HEADER_ROW, planTemplate } from "../../src/plan/templatePlan";
import { DEFAULT_RULES } from "../../src/core/scoring";
import { isFormulaCell, type FormulaCell, type WorkbookPlan } from "../../src/plan/types";
import { planTemplateWorkbook, planWorkbook, yearOfPeriod } from "../../src/plan/workbookPlan";
import { LANGS } from "../../src/core/types";
import { DEMO, EDGE, SMALL, bigTeam } from "./fixtures";

/** Functions Excel and LibreOffice 7.4 both compute; nothing newer (no LET, XLOOKUP, FILTER …). */
const CLASSIC = new Set([
  "IF",
  "OR",
  "AND",
  "NOT",
  "ISNUMBER",
  "MAX",
  "MIN",
  "SUM",
  "SUMPRODUCT",
  "LOOKUP",
  "IFERROR",
  "VLOOKUP",
  "COUNTBLANK",
  "N",
  // the phasing sheet's largest-remainder rounding
  "INT",
  "MOD",
  "ROUND",
  "ROW",
  // the Weights sheet's month of an event row and the period it reads
  "COUNT",
  "YEAR",
  "MONTH",
  "RIGHT",
  "TRIM",
]);

function formulas(plan: WorkbookPlan): { sheet: string; formula: string }[] {
  const out: { sheet: string; formula: string }[] = [];
  for (const s of plan.sheets) {
    for (const b of s.blocks)
      for (const row of b.cells)
        for (const c of row) if (isFormulaCell(c)) out.push({ sheet: s.key, formula: c.formula });
    for (const cf of s.conditionalFormats ?? [])
      for (const r of cf.rules) if (r.kind === "formula") out.push({ sheet: s.key, formula: r.formula });
  }
  return out;
}

const withoutStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

describe.each(LANGS)("the team workbook in %s", (lang) => {
  const plan = planWorkbook(DEMO, lang);

  test("holds every sheet once, each key unique", () => {
    const keys = plan.sheets.map((s) => s.key);
    expect(keys).toEqual([
      "summary",
      "scorecard",
      "inputs",
      "people",
      "template-US",
      "template-MX",
      "weights",
      "phasing-US",
      "phasing-MX",
      "calendar",
      "kpis",
      "settings",
    ]);
  });

  test("formulas use classic functions only, no structured references, no leading =", () => {
    for (const { formula } of formulas(plan)) {
      const bare = withoutStrings(formula);
      const used = [...bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const fn of used) expect(CLASSIC.has(fn) ? fn : `${fn} in ${formula}`).toBe(fn);
      expect(bare).not.toMatch(/\w\[/); // tblX[Col]
      expect(formula.startsWith("=")).toBe(false);
    }
  });

  test("every other-sheet reference is a sheet token of a planned sheet", () => {
    const keys = new Set(plan.sheets.map((s) => s.key));
    for (const { formula } of formulas(plan)) {
      const bare = withoutStrings(formula);
      for (const m of bare.matchAll(/\{\{sheet:([^}]+)\}\}/g)) expect(keys.has(m[1])).toBe(true);
      // any "!" must follow a token: no sheet name written out by hand
      expect(bare.replace(/\{\{sheet:[^}]+\}\}!/g, "")).not.toContain("!");
    }
  });

  test("every name a formula uses is defined: the settings' on Settings, the weight profiles' on Weights, KPI ids on KPIs", () => {
    const defined = new Set(plan.namedRanges.map((n) => n.name));
    for (const { formula } of formulas(plan)) {
      for (const m of withoutStrings(formula).matchAll(/\bkpi_[a-z_]+/g)) expect(defined.has(m[0])).toBe(true);
    }
    expect([...defined].sort()).toEqual([...Object.values(NAMES), ...Object.values(WEIGHT_NAMES), KPI_IDS_NAME].sort());
    const home = (name: string) =>
      name.startsWith("kpi_wp_") ? "weights" : name === KPI_IDS_NAME ? "kpis" : "settings";
    for (const n of plan.namedRanges) expect([n.name, n.sheetKey]).toEqual([n.name, home(n.name)]);
  });

  test("table names are unique and every table's header row is its first planned row", () => {
    const names = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const s of plan.sheets) {
      for (const t of s.tables ?? []) {
        expect(t.headers.length).toBe(t.range.right - t.range.left + 1);
        expect(t.range.bottom).toBeGreaterThan(t.range.top); // at least one body row
      }
    }
  });
});

describe("settings", () => {
  test("named cells hold the rules; tiers ascend", () => {
    const { sheet, namedRanges } = planSettings(
      { title: "T", period: "2025-11", currency: "USD", rules: DEFAULT_RULES, regions: ["US", "MX"], year: 2025 },
      "en-US",
    );
    const cells = sheet.blocks[0].cells;
    const at = (name: string) => {
      const r = namedRanges.find((n) => n.name === name)!.range;
      const out = [];
      for (let i = r.top; i <= r.bottom; i++) out.push(cells[i][r.left]);
      return out;
    };
    expect(at(NAMES.cap)).toEqual([1.2]);
    expect(at(NAMES.gateFailPayout)).toEqual([0]);
    expect(at(NAMES.tierMin)).toEqual([0.8, 0.9, 1, 1.1]);
    expect(at(NAMES.tierPayout)).toEqual([0.5, 0.8, 1, 1.2]);
    expect(at(NAMES.ivaRate)).toEqual([0.16]);
    expect(at(NAMES.currency)).toEqual(["USD"]);
  });

  test("a config without cap leaves kpi_cap blank (no cap)", () => {
    const plan = planWorkbook(EDGE, "en-US");
    const settings = plan.sheets.find((s) => s.key === "settings")!;
    const r = plan.namedRanges.find((n) => n.name === NAMES.cap)!.range;
    expect(settings.blocks[0].cells[r.top][r.left]).toBeNull();
  });
});

describe("template", () => {
  test("KPI rows in the chosen language with an input cell and an attainment formula", () => {
    const sheet = planTemplate("MX", ["cs"], "es-MX");
    const rows = sheet.blocks[1].cells;
    expect(rows[0][TEMPLATE_COL.definition]).toBe("Definición");
    const first = rows[1];
    expect(first[TEMPLATE_COL.role]).toBe("Atención al cliente");
    expect(first[TEMPLATE_COL.kpiId]).toBe("response_24h_rate");
    expect(first[TEMPLATE_COL.actual]).toBeNull();
    const n = TEMPLATE_HEADER_ROW + 2;
    const f = (first[TEMPLATE_COL.attainment] as FormulaCell).formula;
    // the polarity cell shows the sheet's word; the formula also accepts the code a person may type
    expect(first[TEMPLATE_COL.polarity]).toBe("mayor es mejor");
    expect(f).toContain(`IF(OR(G${n}={"higher","mayor es mejor"}),K${n}/I${n}`);
    expect(f).toContain("IF(ISNUMBER(kpi_cap),kpi_cap,1E+307)");
    expect(sheet.tables?.[0].name).toBe("tblTemplateMX");
  });

  test("a KPI with its own catalog cap writes that cap", () => {
    const sheet = planTemplate("MX", ["warehouse"], "en-US");
    const row = sheet.blocks[1].cells.find((r) => r[TEMPLATE_COL.kpiId] === "buen_fin_stock_attainment")!;
    expect((row[TEMPLATE_COL.attainment] as FormulaCell).formula).toContain("MIN(IF(ISNUMBER(1),1,");
  });

  test("currency KPIs are formatted in the region's currency", () => {
    const sheet = planTemplate("MX", ["ops"], "en-US");
    expect(sheet.numberFormats?.some((f) => f.format === '"MXN "#,##0.00')).toBe(true);
    expect(planTemplate("US", ["ops"], "en-US").numberFormats?.some((f) => f.format === '"USD "#,##0.00')).toBe(true);
  });

  test("the template workbook carries the settings its formulas name", () => {
    const plan = planTemplateWorkbook("US", ["ops", "ads"], "zh-CN", { year: 2026 });
    expect(plan.sheets.map((s) => s.key)).toEqual(["template-US", "kpis", "settings"]);
    expect(plan.namedRanges.map((n) => n.name)).toContain("kpi_cap");
  });
});

describe("phasing", () => {
  const sheet = planPhasing("MX", 2025, 1200, "MXN", "en-US");
  const body = sheet.blocks[2].cells.slice(1);

  test("month target = annual × share ÷ Σ shares rounded by largest remainder, cached by core/phasing", () => {
    const { annualRow, firstMonthRow } = PHASING_LAYOUT;
    expect(sheet.blocks[1].cells[0][1]).toBe(1200);
    const jan = body[0][3] as FormulaCell;
    const shares = `$B$${firstMonthRow + 1}:$B$${firstMonthRow + 12}`;
    const t = `ROUND($B$${annualRow + 1},0)`;
    const q = `${t}*B${firstMonthRow + 1}/SUM(${shares})`;
    const qs = `${t}*${shares}/SUM(${shares})`;
    expect(jan.formula).toBe(
      `INT(${q})+IF(SUMPRODUCT((ROUND(MOD(${qs},1),9)>ROUND(MOD(${q},1),9))+(ROUND(MOD(${qs},1),9)=ROUND(MOD(${q},1),9))` +
        `*(ROW(${shares})<ROW(B${firstMonthRow + 1})))<${t}-SUMPRODUCT(INT(${qs})),1,0)`,
    );
    const fractions = body.map((r) => r[1] as number);
    expect(fractions.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);

    // By hand: MX weights 7.0, 6.5, 7.0, 7.0, 9.5, 8.0, 8.5, 7.5, 7.5, 8.0, 11.5, 12.0 (of 100); 2025's
    // promo months May, Jun (Hot Sale 05-26–06-03) and Nov (Buen Fin) × 1.15 → 10.925, 9.2, 13.225, so
    // Σ = 100 + 0.15 × (9.5 + 8.0 + 11.5) = 104.35. Quotas 1200 × w / 104.35:
    //   Jan, Mar, Apr 8400/104.35 = 80.498; Feb 7800/104.35 = 74.748; May 13110/104.35 = 125.635;
    //   Jun 11040/104.35 = 105.798; Jul 10200/104.35 = 97.748; Aug, Sep 9000/104.35 = 86.248;
    //   Oct 9600/104.35 = 91.998; Nov 15870/104.35 = 152.084; Dec 14400/104.35 = 137.997.
    // Σ floors = 80·3 + 74 + 125 + 105 + 97 + 86·2 + 91 + 152 + 137 = 1193, k = 7 units: remainders
    // Oct .998, Dec .997, Jun .798, Feb .7484, Jul .7480, May .635, then Jan .498 (Mar, Apr tie, later).
    expect(body.map((r) => (r[3] as FormulaCell).result)).toEqual([81, 75, 80, 80, 126, 106, 98, 86, 86, 92, 152, 138]);
  });

  test("promo months are marked: Buen Fin 2025-11-13..17 in November, Hot Sale in May and June", () => {
    expect(body[10][2]).toContain("Buen Fin 11-13–11-17");
    expect(body[4][2]).toContain("Hot Sale");
    expect(body[5][2]).toContain("Hot Sale");
    const promoRows = (sheet.styles ?? [])
      .filter((s) => s.style.fill === "#FCE4D6")
      .map((s) => s.range.top - PHASING_LAYOUT.firstMonthRow);
    expect(promoRows).toEqual(expect.arrayContaining([4, 5, 10]));
  });

  test("quarters sum their months", () => {
    const q = sheet.blocks[4].cells;
    expect((q[1][1] as FormulaCell).formula).toBe("SUM($D$6:$D$8)");
    const months = body.map((r) => (r[3] as FormulaCell).result as number);
    expect((q[4][1] as FormulaCell).result).toBe(months[9] + months[10] + months[11]); // 92 + 152 + 138 = 382
    expect(q.slice(1).map((r) => (r[1] as FormulaCell).result)).toEqual([236, 312, 270, 382]);
  });
});

describe("calendar", () => {
  test("US 2025: Black Friday 2025-11-28 as a date serial; Days is End − Start + 1", () => {
    const sheet = planCalendar(["US"], 2025, "en-US");
    const rows = sheet.blocks[0].cells;
    const bf = rows.find((r) => r[1] === "Black Friday")!;
    // 2025-11-28: 45989 days after 1899-12-30
    expect(bf[3]).toBe(45989);
    expect(excelDateSerial("2025-11-28")).toBe(45989);
    expect((bf[5] as FormulaCell).result).toBe(1);
    const prime = rows.find((r) => r[1] === "Prime Day")!;
    expect((prime[5] as FormulaCell).result).toBe(4); // 07-08..07-11
  });
});

describe("helpers", () => {
  test.each([
    ["2025-11", 2025],
    ["FY2026 Q1", 2026],
    ["2025年11月", 2025],
    ["November", undefined],
    ["12025", undefined],
  ])("yearOfPeriod(%p) = %p", (period, year) => {
    expect(yearOfPeriod(period)).toBe(year);
  });
});

describe("size", () => {
  // Time is measured by `npm run bench` (workbook.plan), never asserted here.
  test("500 people × 12 KPIs plan to a scorecard table of 6,000 body rows and 100 blank ones (row 0 header, rows 1..6100)", () => {
    const plan = planWorkbook(bigTeam(500, 12), "zh-CN");
    expect(plan.sheets.find((s) => s.key === "scorecard")!.tables![0].range.bottom).toBe(6000 + 100);
  });
});

test("SMALL plans with its two people", () => {
  const plan = planWorkbook(SMALL, "en-US");
  const people = plan.sheets.find((s) => s.key === "people")!;
  // two people, then 20 blank rows for people added later
  expect(people.blocks[0].cells.map((r) => r[0])).toEqual(["Person", "Ana", "Ben", ...new Array(20).fill(null)]);
});

describe("template workbook for the platforms sold on", () => {
  const kpiIds = (plan: WorkbookPlan): unknown[] =>
    plan.sheets[0].blocks.flatMap((b) => b.cells.map((row) => row[TEMPLATE_COL.kpiId]));

  test("US ops on Amazon only lists no Walmart gate; the unfiltered template lists wm_cancel_rate", () => {
    expect(kpiIds(planTemplateWorkbook("US", ["ops"], "en-US"))).toContain("wm_cancel_rate");
    const amazonOnly = kpiIds(planTemplateWorkbook("US", ["ops"], "en-US", { platforms: ["amazon_us"] }));
    expect(amazonOnly).not.toContain("wm_cancel_rate");
    expect(amazonOnly).toEqual(
      expect.arrayContaining(["odr", "cancel_rate", "late_shipment_rate", "valid_tracking_rate"]),
    );
  });
});
