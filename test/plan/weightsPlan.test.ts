/**
 * Weight profiles in the workbook (DESIGN §9), LibreOffice-free: the Weights sheet, the template's
 * note line, the People sheet's column, and the config's `stage` field as resolveTeam uses it.
 */
import { isKpiError, type Lang } from "../../src/core/types";
import { WEIGHT_PROFILES } from "../../src/core/weightProfiles";
import { resolveTeam } from "../../src/plan/team";
import { parseTeamConfig, type TeamConfig } from "../../src/plan/teamConfig";
import { TEMPLATE_COL, TEMPLATE_HEADER_ROW, planTemplate } from "../../src/plan/templatePlan";
import { BAD, STYLE_PROMO } from "../../src/plan/formats";
import { KPI_CATALOG } from "../../src/core/catalog";
import { INPUT_COL } from "../../src/plan/scorecardPlan";
import { WEIGHTS_HEADER_ROW, WEIGHTS_TABLE, planWeights } from "../../src/plan/weightsPlan";
import { planWorkbook } from "../../src/plan/workbookPlan";
import type { PlanCell, SheetPlan } from "../../src/plan/types";

function config(json: unknown): TeamConfig {
  const c = parseTeamConfig(json);
  if (isKpiError(c)) throw new Error(c.message);
  return c;
}

/** Buen Fin month; one person on the template, one launch store, one with own KPIs. */
const NOVEMBER = {
  title: "November",
  period: "2026-11",
  people: [
    { name: "Carla", region: "MX", role: "warehouse" },
    { name: "Ana", region: "US", role: "ads", stage: "launch" },
    { name: "Ben", region: "MX", role: "cs", kpis: [{ id: "response_24h_rate", actual: 0.9 }] },
  ],
};

function body(sheet: SheetPlan, at: number): PlanCell[][] {
  const block = sheet.blocks.find((b) => b.at.row === at && b.at.col === 0);
  if (block === undefined) throw new Error(`no block at row ${at}`);
  return block.cells.slice(1);
}

describe("the Weights sheet", () => {
  const sheet = planWeights(["US", "MX"], 2026, "en-US");

  test("table tblWeightProfiles under the title and note, headers in en-US", () => {
    const table = sheet.tables?.[0];
    expect(table?.name).toBe(WEIGHTS_TABLE);
    expect(table?.headers).toEqual([
      "Applies in",
      "Region",
      "Role",
      "From KPI",
      "To KPI",
      "Points",
      "Start",
      "End",
      "Month or stage",
      "Reason",
      "Source",
      "Checked",
    ]);
    expect(table?.range.top).toBe(WEIGHTS_HEADER_ROW);
    expect(sheet.blocks[0].cells[0][0]).toBe("Weight profiles: how weights shift in event months and by store stage");
  });

  test("a row per shift: 31 for both regions, 15 for MX alone", () => {
    // MX events: Buen Fin warehouse 2 + ops 1 + ads 1, Hot Sale warehouse 1 + ops 1 + ads 1 = 7;
    // US events: Prime Day 2 + 1 + 1, BF/CM 2 + 1 + 1 = 8; stages per region: ops launch 2, ops growth 1,
    // ads launch 1, ads growth 1, cs launch 1, manager launch 1, manager growth 1 = 8, two regions 16.
    // 7 + 8 + 16 = 31; MX alone: its 7 event rows + its 8 stage rows = 15.
    expect(body(sheet, WEIGHTS_HEADER_ROW)).toHaveLength(31);
    expect(body(planWeights(["MX"], 2026, "en-US"), WEIGHTS_HEADER_ROW)).toHaveLength(15);
    expect(sheet.tables?.[0].range.bottom).toBe(WEIGHTS_HEADER_ROW + 31);
    const shifts = WEIGHT_PROFILES.reduce((n, p) => n + p.shifts.length, 0);
    expect(shifts).toBe(31);
  });

  test("the Buen Fin ops row holds the shift, the 2026 dates as date serials, the reason and the checked date", () => {
    const row = body(sheet, WEIGHTS_HEADER_ROW).find(
      (r) => r[1] === "MX" && r[2] === "ops" && r[4] === "buen_fin_stock_attainment",
    );
    // 2024-01-01 is serial 45292; + 366 (2024) + 365 (2025) = 46023 for 2026-01-01; 13 Nov is day
    // 304 + 13 = 317 of 2026 → 46023 + 316 = 46339, and 16 Nov 46342.
    expect(row?.slice(0, 8)).toEqual([
      "El Buen Fin — event month",
      "MX",
      "ops",
      "cvr",
      "buen_fin_stock_attainment",
      10,
      46339,
      46342,
    ]);
    // the month it applies in (A1 row 7: title, note, period, header, then Buen Fin warehouse 2 shifts):
    // a formula over its own Start and End, cached as the core's event month
    expect(row?.[8]).toEqual({
      formula: 'IF(COUNT(G7:H7)=2,YEAR((G7+H7)/2)&"-"&RIGHT("0"&MONTH((G7+H7)/2),2),"")',
      result: "2026-11",
    });
    expect(String(row?.[9])).toContain("rather than everyday conversion");
    expect(row?.[11]).toBe("2026-11-27");
  });

  test("Prime Day 2026 rows carry 23–26 June; stage rows have no dates", () => {
    const rows = body(sheet, WEIGHTS_HEADER_ROW);
    const prime = rows.find((r) => r[0] === "Prime Day — event month" && r[2] === "warehouse");
    // June 23: 31 + 28 + 31 + 30 + 31 = 151 days before June, day 174 → 46023 + 173 = 46196
    expect(prime?.slice(6, 8)).toEqual([46196, 46199]);
    const launch = rows.find((r) => r[0] === "Store stage: launch" && r[1] === "US" && r[2] === "ads");
    expect(launch?.slice(3, 9)).toEqual(["roas", "ad_tests_launched", 10, null, null, "launch"]);
  });

  test("with the team's period the rows of that month's events are highlighted (November: Buen Fin 4, BF/CM 4)", () => {
    const nov = planWeights(["US", "MX"], 2026, "en-US", { period: "2026-11" });
    const promo = (nov.styles ?? []).filter((s) => s.style === STYLE_PROMO);
    expect(promo).toHaveLength(8);
  });

  test.each([
    ["zh-CN", "权重方案", "适用于", "Buen Fin 大促（墨西哥“好周末”） — 大促月"],
    ["es-MX", "Pesos", "Aplica en", "El Buen Fin — mes del evento"],
  ] as const)("in %s: sheet %s, first header %s, trigger %s", (lang, name, header, trigger) => {
    const s = planWeights(["MX"], 2026, lang);
    expect(s.name).toBe(name);
    expect(s.tables?.[0].headers[0]).toBe(header);
    expect(body(s, WEIGHTS_HEADER_ROW)[0][0]).toBe(trigger);
  });

  test("the team workbook carries the Weights sheet after the templates", () => {
    const plan = planWorkbook(config(NOVEMBER), "en-US");
    const keys = plan.sheets.map((s) => s.key);
    expect(keys.indexOf("weights")).toBe(keys.indexOf("template-MX") + 1);
    const weights = plan.sheets.find((s) => s.key === "weights");
    expect(weights?.tables?.map((t) => t.name)).toEqual([WEIGHTS_TABLE]);
  });
});

describe("the template says which profile applied and why", () => {
  test.each<[Lang, string]>([
    [
      "en-US",
      "Weights for 2026-09: Advertising: Store stage launch: roas −10 → ad_tests_launched +10 — Launch: with no history ROAS is not yet stable; weigh the ad tests (keywords, targeting, creative) that find what works",
    ],
    [
      "zh-CN",
      "2026-09 权重：广告：店铺阶段 新店期：roas −10 → ad_tests_launched +10 — 新店期：没有历史数据，ROAS 尚不稳定；多看广告测试（关键词、定向、素材）的上线数量",
    ],
    [
      "es-MX",
      "Pesos de 2026-09: Publicidad: Etapa de la tienda lanzamiento: roas −10 → ad_tests_launched +10 — Lanzamiento: sin historial el ROAS aún no es estable; pesan más las pruebas publicitarias (palabras clave, segmentación, creatividad) que encuentran lo que funciona",
    ],
  ])("%s: a launch store's ads template", (lang, note) => {
    const sheet = planTemplate("US", ["ads"], lang, undefined, { period: "2026-09", stage: "launch" });
    expect(sheet.blocks[0].cells[2]).toEqual([note]);
  });

  test.each<[Lang, string]>([
    ["en-US", "Weights for 2026-11: Supply chain & warehouse: El Buen Fin 2026-11-13 – 2026-11-16: turnover_days −5"],
    ["zh-CN", "2026-11 权重：仓储：Buen Fin 大促（墨西哥“好周末”） 2026-11-13 – 2026-11-16：turnover_days −5"],
    [
      "es-MX",
      "Pesos de 2026-11: Almacén y cadena de suministro: El Buen Fin 2026-11-13 – 2026-11-16: turnover_days −5",
    ],
  ])("%s: the MX warehouse template of November names Buen Fin and its dates", (lang, start) => {
    const sheet = planTemplate("MX", ["warehouse"], lang, undefined, { period: "2026-11" });
    expect(String(sheet.blocks[0].cells[2][0]).startsWith(start)).toBe(true);
  });

  test("a plain month says so; the header row stays where it was", () => {
    const sheet = planTemplate("MX", ["warehouse", "compliance"], "en-US", undefined, { period: "2026-09" });
    expect(sheet.blocks[0].cells[2]).toEqual([
      "Weights for 2026-09: Supply chain & warehouse: plain template weights · Compliance & finance: plain template weights",
    ]);
    expect(TEMPLATE_HEADER_ROW).toBe(3);
    expect(sheet.tables?.[0].range.top).toBe(3);
  });

  test("the November template's weight cells are the profiled ones: stock-up 25, turnover 10, accuracy 5", () => {
    const sheet = planTemplate("MX", ["warehouse"], "en-US", undefined, { period: "2026-11" });
    const rows = body(sheet, TEMPLATE_HEADER_ROW);
    const w = Object.fromEntries(rows.map((r) => [r[TEMPLATE_COL.kpiId], r[TEMPLATE_COL.weight]]));
    expect(w).toMatchObject({ buen_fin_stock_attainment: 25, turnover_days: 10, inventory_accuracy: 5 });
  });
});

describe("the People sheet says which profile applied to whom", () => {
  const plan = planWorkbook(config(NOVEMBER), "en-US");
  const people = plan.sheets.find((s) => s.key === "people") as SheetPlan;

  test("tblPeople carries the stage, SKUs and campaigns; a block right of it says which profile applied", () => {
    expect(people.tables?.[0].headers).toEqual([
      "Person",
      "Region",
      "Role",
      "Base bonus",
      "Store stage",
      "SKUs",
      "Campaigns",
    ]);
    expect(people.blocks[0].cells.slice(1, 4)).toEqual([
      ["Carla", "MX", "warehouse", 0, "mature", null, null],
      ["Ana", "US", "ads", 0, "launch", null, null],
      ["Ben", "MX", "cs", 0, "mature", null, null],
    ]);
    const block = people.blocks.find((b) => b.at.row === 0 && b.at.col === 10);
    expect(block?.cells[0]).toEqual(["Person", "Weight profile (this period)"]);
    const [carla, ana, ben] = (block?.cells ?? []).slice(1);
    expect(carla[0]).toBe("Carla");
    expect(String(carla[1])).toContain("El Buen Fin 2026-11-13 – 2026-11-16");
    // US ads in November: BF/CM 27–30 Nov 2026 (Thanksgiving the 26th), then the launch stage
    expect(String(ana[1])).toContain(
      "Black Friday–Cyber Monday 2026-11-27 – 2026-11-30: acos −5 → ad_budget_utilization +5",
    );
    expect(String(ana[1])).toContain(" + Store stage launch: roas −10 → ad_tests_launched +10");
    expect(ben).toEqual(["Ben", "KPIs and weights from the config (no profile applied)"]);
    // the stage column offers the three stage words
    expect(people.validations?.find((v) => v.range.left === 4)?.list).toEqual(["launch", "growth", "mature"]);
    // Ana's profile text (L3) greys out once her stage in tblPeople (E2:E24, by her name in K3) is no
    // longer the "launch" it was built with
    expect(people.conditionalFormats?.[1]).toEqual({
      range: { top: 2, left: 11, bottom: 2, right: 11 },
      rules: [
        {
          kind: "formula",
          formula: 'IFERROR(LOOKUP(2,1/($A$2:$A$24=$K$3),$E$2:$E$24),"")<>"launch"',
          style: { italic: true, fontColor: "#A6A6A6" },
        },
      ],
    });
  });

  test("the config's SKU and campaign patterns are written as the config listed them", () => {
    const plan2 = planWorkbook(
      config({
        title: "Patterns",
        period: "2026-11",
        people: [{ name: "Ana", region: "US", role: "ads", skus: ["SKU-A-*", "B0*"], campaigns: ["SP - Ana*"] }],
      }),
      "en-US",
    );
    const sheet = plan2.sheets.find((s) => s.key === "people") as SheetPlan;
    expect(sheet.blocks[0].cells[1].slice(4)).toEqual(["mature", "SKU-A-*, B0*", "SP - Ana*"]);
  });
});

describe("config field stage", () => {
  test.each([
    ["startup", 'people[0].stage: must be one of launch, growth, mature (got "startup")'],
    [3, "people[0].stage: must be one of launch, growth, mature (got 3)"],
    [null, "people[0].stage: must be one of launch, growth, mature (got null)"],
  ])("%s is refused with one line naming the field", (stage, message) => {
    const r = parseTeamConfig({
      title: "t",
      period: "2026-11",
      people: [{ name: "A", region: "US", role: "ads", stage }],
    });
    expect(isKpiError(r) && r.message).toBe(message);
  });

  test("resolveTeam: template people get the period's and stage's weights, default stage mature", () => {
    const team = resolveTeam(config(NOVEMBER));
    const weight = (i: number) =>
      Object.fromEntries(team.people[i].lines.filter((l) => !l.gate).map((l) => [l.id, l.weight]));
    expect(team.people.map((p) => p.stage)).toEqual(["mature", "launch", "mature"]);
    // MX warehouse, Buen Fin month: 20 + 20 + 25 + 10 + 10 + 10 + 5 = 100
    expect(weight(0)).toEqual({
      customs_clearance_days: 20,
      in_stock_rate: 20,
      buen_fin_stock_attainment: 25,
      turnover_days: 10,
      stockout_rate: 10,
      ml_full_share: 10,
      inventory_accuracy: 5,
    });
    // US ads, BF/CM month and launch: roas 30 − 10 = 20, acos 25 − 5 = 20, budget 5 + 5 = 10, tests 5 + 10 = 15:
    // 20 + 20 + 20 + 10 + 5 + 10 + 15 = 100
    expect(weight(1)).toEqual({
      roas: 20,
      acos: 20,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 10,
      ad_tests_launched: 15,
    });
    // own KPIs: no profile, the listed KPI with its template weight 25
    expect(team.people[2].profiles).toBeUndefined();
    expect(weight(2)).toEqual({ response_24h_rate: 25 });
  });
});

describe("the Inputs weights are formulas over the Weights table", () => {
  const plan = planWorkbook(config(NOVEMBER), "en-US");
  const inputs = plan.sheets.find((s) => s.key === "inputs") as SheetPlan;
  const rows = inputs.blocks[0].cells;
  const cell = (person: string, kpi: string) =>
    rows.find((r) => r[INPUT_COL.person] === person && r[INPUT_COL.kpiId] === kpi)?.[INPUT_COL.weight];
  const rowOf = (person: string, kpi: string) =>
    rows.findIndex((r) => r[INPUT_COL.person] === person && r[INPUT_COL.kpiId] === kpi) + 1;

  // the person's stage word from tblPeople (3 people + 20 blank rows: People rows 2..24), by exact name
  const stageOf = (n: number) =>
    `IFERROR(LOOKUP(2,1/({{sheet:people}}!$A$2:$A$24=$A${n}),{{sheet:people}}!$E$2:$E$24),"")`;

  test("Carla (MX warehouse, mature): the base 15 plus this month's and her stage's rows, cached as 25", () => {
    const n = rowOf("Carla", "buen_fin_stock_attainment");
    expect(cell("Carla", "buen_fin_stock_attainment")).toEqual({
      formula:
        `MAX(0,15+SUMPRODUCT((kpi_wp_region=$B${n})*(kpi_wp_role=$C${n})*((kpi_wp_key=kpi_wp_period)+(kpi_wp_key=${stageOf(n)}))` +
        `*((kpi_wp_to=$D${n})-(kpi_wp_from=$D${n}))*kpi_wp_points))`,
      result: 25,
    });
  });

  test("Ana (US ads, launch): the base 30 plus this month's and her stage's rows, cached as 20", () => {
    const n = rowOf("Ana", "roas");
    expect(cell("Ana", "roas")).toEqual({
      formula:
        `MAX(0,30+SUMPRODUCT((kpi_wp_region=$B${n})*(kpi_wp_role=$C${n})*((kpi_wp_key=kpi_wp_period)+(kpi_wp_key=${stageOf(n)}))` +
        `*((kpi_wp_to=$D${n})-(kpi_wp_from=$D${n}))*kpi_wp_points))`,
      result: 20,
    });
  });

  test("gates and a person's own KPIs keep typed weights", () => {
    expect(cell("Ben", "response_24h_rate")).toBe(25);
    expect(cell("Carla", "ml_delayed_rate")).toBe(0);
  });

  test("the names cover the table and 50 rows below it; the period cell reads the Settings period", () => {
    const weights = plan.sheets.find((s) => s.key === "weights") as SheetPlan;
    const bottom = weights.tables![0].range.bottom;
    const byName = new Map(plan.namedRanges.map((n) => [n.name, n]));
    // the MX + US profiles: 31 shift rows under the header (row 3), so rows 4..34, the names to 84
    expect(bottom).toBe(34);
    expect(byName.get("kpi_wp_points")).toEqual({
      name: "kpi_wp_points",
      range: { top: 4, left: 5, bottom: 84, right: 5 },
      sheetKey: "weights",
    });
    expect(byName.get("kpi_wp_key")?.range.left).toBe(8);
    expect(byName.get("kpi_wp_period")?.range).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(byName.get("kpi_period")?.sheetKey).toBe("settings");
    expect(weights.blocks[0].cells[2]).toEqual([
      "Period",
      {
        formula: 'IF(ISNUMBER(kpi_period),YEAR(kpi_period)&"-"&RIGHT("0"&MONTH(kpi_period),2),TRIM(kpi_period))',
        result: "2026-11",
      },
    ]);
  });

  test("a From or To KPI that is not in the catalog shows red, down to the spare rows; kpi_ids is the catalog's ID column", () => {
    const weights = plan.sheets.find((s) => s.key === "weights") as SheetPlan;
    // From is column D (3), To E (4); the first body row is A1 row 5; the table ends at row 34, + 50 spare
    expect(weights.conditionalFormats).toEqual([
      {
        range: { top: 4, left: 3, bottom: 84, right: 3 },
        rules: [{ kind: "formula", formula: 'AND(D5<>"",SUMPRODUCT(--(kpi_ids=D5))=0)', style: BAD }],
      },
      {
        range: { top: 4, left: 4, bottom: 84, right: 4 },
        rules: [{ kind: "formula", formula: 'AND(E5<>"",SUMPRODUCT(--(kpi_ids=E5))=0)', style: BAD }],
      },
    ]);
    const kpis = plan.sheets.find((s) => s.key === "kpis") as SheetPlan;
    const ids = plan.namedRanges.find((n) => n.name === "kpi_ids");
    expect(ids).toEqual({
      name: "kpi_ids",
      range: { top: 1, left: 0, bottom: KPI_CATALOG.length, right: 0 },
      sheetKey: "kpis",
    });
    expect(kpis.blocks[0].cells[KPI_CATALOG.length][0]).toBe(KPI_CATALOG.at(-1)!.id);
  });
});
