/**
 * The Weights sheet is live (DESIGN §9): a template person's Inputs weight is a formula over
 * tblWeightProfiles and the Settings period. Three copies of one November 2026 workbook, every cached
 * result poisoned, recalculated by LibreOffice:
 *
 *   as built        every weight what the core gave it; every event row's month its dates' month;
 *   points edited   the Buen Fin ops row cvr → buen_fin_stock_attainment 10 → 4;
 *   December        the Settings period 2026-11 → 2026-12: no event month, the stage rows still apply;
 *   stages          tblPeople's Store stage edited: Lia launch → growth, Ana launch → mature.
 *
 * Weights by hand, from the MX/US templates (September = no profile) and the Weights rows:
 *   Olga, MX ops, mature. Base: gmv 25, gmv_growth 10, cvr 15, sessions_growth 10,
 *     listing_update_rate 15, aov 15, cash_instalment_share 10; Buen Fin moves cvr −10 → the
 *     buen_fin_stock_attainment line +10: cvr 5, stock 10 (Σ 100).
 *     Edited to 4 points: cvr 15 − 4 = 11, stock 4 (Σ 100). December: cvr 15, stock 0 (Σ 100).
 *   Lia, MX ops, launch. Launch moves gmv −10 → new_asin_launches +10 and all 10 of gmv_growth →
 *     review_rating (gmv_growth leaves the template); with Buen Fin: gmv 15, cvr 5, stock 10,
 *     new_asin_launches 10, review_rating 10. Edited: cvr 11, stock 4. December: gmv 15 and the two
 *     launch lines stay (the stage, not the month), cvr 15, stock 0.
 *   Carla, MX warehouse, mature. Base customs 20, in_stock 20, buen_fin_stock_attainment 15,
 *     turnover_days 15, stockout 10, ml_full_share 10, inventory_accuracy 10; Buen Fin: turnover −5,
 *     accuracy −5, stock +10 → 25, 10, 5. December: 15, 15, 10.
 *   Ana, US ads, launch. Base roas 30, acos 25, tacos 20, ctr 10, cpc 5, ad_budget_utilization 5,
 *     ad_tests_launched 5; BF/CM (27–30 Nov 2026) acos −5 → budget +5; launch roas −10 → tests +10:
 *     roas 20, acos 20, budget 10, tests 15. December: BF/CM gone, roas 20, acos 25, budget 5, tests 15.
 *   Ben, MX cs, his own KPIs: a typed weight, not a formula.
 *   Stages edited: Lia growth moves gmv −5 → new_asin_launches +5 (Buen Fin still on): gmv 20,
 *     new listings 5, review_rating 0 (its points came from the launch row), cvr 5, stock 10; her
 *     gmv_growth line left the template at the build and a formula cannot bring it back, so Σ 90.
 *     Ana mature: roas 30, acos 20, budget 10, tests 5 (Σ 100).
 *
 * Olga's score with typed actuals (cvr at target, stock-up at half of target, the rest missing, so 0):
 * as built (5·1 + 10·0.5) / 100 = 0.10; points edited (11·1 + 4·0.5) / 100 = 0.13.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { INPUT_COL, PEOPLE_COL, SUMMARY_COL, SUMMARY_HEADER_ROW } from "../../../src/plan/scorecardPlan";
import { WEIGHTS_COL, WEIGHTS_HEADER_ROW } from "../../../src/plan/weightsPlan";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";
import { POISON_NUMBER, POISON_TEXT, convertWithLibreOffice, describeWithLibreOffice } from "./soffice";

const TEAM = config({
  title: "Weights",
  period: "2026-11",
  people: [
    { name: "Olga", region: "MX", role: "ops" },
    { name: "Lia", region: "MX", role: "ops", stage: "launch" },
    { name: "Carla", region: "MX", role: "warehouse" },
    { name: "Ana", region: "US", role: "ads", stage: "launch" },
    { name: "Ben", region: "MX", role: "cs", kpis: [{ id: "response_24h_rate", weight: 25, actual: 0.9 }] },
  ],
});

const value = (cell: ExcelJS.Cell): unknown => (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);

type Weights = Record<string, Record<string, unknown>>;

/** person → KPI id → the Inputs weight as read back. */
function weightsOf(book: ExcelJS.Workbook, inputsName: string): Weights {
  const out: Weights = {};
  book.getWorksheet(inputsName)!.eachRow((row, n) => {
    if (n === 1) return;
    const person = row.getCell(INPUT_COL.person + 1).value;
    if (typeof person !== "string" || person === "") return;
    (out[person] ??= {})[String(row.getCell(INPUT_COL.kpiId + 1).value)] = value(row.getCell(INPUT_COL.weight + 1));
  });
  return out;
}

/** The weighted lines of a person: gates (weight 0, typed) left out. */
function weighted(w: Weights, person: string, gates: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(w[person]).filter(([id]) => !gates.includes(id)));
}

const MX_OPS_GATES = ["ml_claims_rate", "ml_cancel_rate", "ml_delayed_rate"];
const MX_WAREHOUSE_GATES = ["ml_delayed_rate", "ml_cancel_rate"];
const US_ADS_GATES = ["odr"];

describeWithLibreOffice("weightsEdits.test.ts")("the Weights table drives the Inputs weights in LibreOffice", () => {
  let work: string;
  const books: Record<"built" | "edited" | "december" | "stages", ExcelJS.Workbook> = {} as never;
  const planned = planTeamWorkbook(TEAM, "en-US");
  const names = sheetNames(planned.plan);
  const inputs = names.get("inputs")!;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "kpi-weights-"));
    const rendered = await renderXlsx(planned.plan);
    const files: string[] = [];
    for (const side of ["built", "edited", "december", "stages"] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(rendered as never);
      const sheet = wb.getWorksheet(inputs)!;
      // Olga's actuals: cvr at its target (typed 0.1 / 0.1), stock-up half of it (0.5 / 1)
      sheet.eachRow((row) => {
        if (row.getCell(INPUT_COL.person + 1).value !== "Olga") return;
        const id = row.getCell(INPUT_COL.kpiId + 1).value;
        if (id === "cvr")
          [row.getCell(INPUT_COL.target + 1).value, row.getCell(INPUT_COL.actual + 1).value] = [0.1, 0.1];
        if (id === "buen_fin_stock_attainment")
          [row.getCell(INPUT_COL.target + 1).value, row.getCell(INPUT_COL.actual + 1).value] = [1, 0.5];
      });
      if (side === "edited") {
        const weights = wb.getWorksheet(names.get("weights")!)!;
        let edited = 0;
        weights.eachRow((row, n) => {
          if (n <= WEIGHTS_HEADER_ROW + 1) return;
          const cell = (c: number) => row.getCell(c + 1).value;
          if (
            cell(WEIGHTS_COL.region) === "MX" &&
            cell(WEIGHTS_COL.role) === "ops" &&
            cell(WEIGHTS_COL.from) === "cvr"
          ) {
            if (cell(WEIGHTS_COL.to) !== "buen_fin_stock_attainment") return;
            row.getCell(WEIGHTS_COL.points + 1).value = 4;
            edited++;
          }
        });
        expect(edited).toBe(1);
      }
      if (side === "december") {
        const settings = wb.getWorksheet(names.get("settings")!)!;
        let found = 0;
        settings.eachRow((row) => {
          if (row.getCell(1).value === "Period") {
            row.getCell(2).value = "2026-12";
            found++;
          }
        });
        expect(found).toBe(1);
      }
      if (side === "stages") {
        const people = wb.getWorksheet(names.get("people")!)!;
        const stages: Record<string, string> = { Lia: "growth", Ana: "mature" };
        let edited = 0;
        people.eachRow((row) => {
          const stage = stages[String(row.getCell(PEOPLE_COL.person + 1).value)];
          if (stage === undefined) return;
          row.getCell(PEOPLE_COL.stage + 1).value = stage;
          edited++;
        });
        expect(edited).toBe(2);
      }
      wb.eachSheet((s) =>
        s.eachRow((row) =>
          row.eachCell((c) => {
            if (c.type === ExcelJS.ValueType.Formula)
              c.value = { formula: c.formula, result: typeof c.result === "number" ? POISON_NUMBER : POISON_TEXT };
          }),
        ),
      );
      const file = path.join(work, `${side}.xlsx`);
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      files.push(file);
    }
    await convertWithLibreOffice(work, files, "xlsx", path.join(work, "out"));
    for (const side of ["built", "edited", "december", "stages"] as const) {
      books[side] = new ExcelJS.Workbook();
      await books[side].xlsx.readFile(path.join(work, "out", `${side}.xlsx`));
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("as built: LibreOffice's weights are the core's, line by line", () => {
    const w = weightsOf(books.built, inputs);
    expect(weighted(w, "Olga", MX_OPS_GATES)).toEqual({
      gmv: 25,
      gmv_growth: 10,
      cvr: 5,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
      buen_fin_stock_attainment: 10,
    });
    expect(weighted(w, "Lia", MX_OPS_GATES)).toEqual({
      gmv: 15,
      cvr: 5,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
      buen_fin_stock_attainment: 10,
      new_asin_launches: 10,
      review_rating: 10,
    });
    expect(weighted(w, "Carla", MX_WAREHOUSE_GATES)).toEqual({
      customs_clearance_days: 20,
      in_stock_rate: 20,
      buen_fin_stock_attainment: 25,
      turnover_days: 10,
      stockout_rate: 10,
      ml_full_share: 10,
      inventory_accuracy: 5,
    });
    expect(weighted(w, "Ana", US_ADS_GATES)).toEqual({
      roas: 20,
      acos: 20,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 10,
      ad_tests_launched: 15,
    });
    expect(w.Ben).toEqual({ response_24h_rate: 25 });
    // and the same as the cached results the build wrote, for every line of every person
    const core: Weights = {};
    for (const m of planned.team.people) for (const l of m.lines) (core[m.name] ??= {})[l.id] = l.weight;
    expect(w).toEqual(core);
  });

  test("as built: each event row's month is the month holding most of its days (Buen Fin 13–16 Nov → 2026-11)", () => {
    const sheet = books.built.getWorksheet(names.get("weights")!)!;
    const months = new Map<string, unknown>();
    sheet.eachRow((row, n) => {
      if (n <= WEIGHTS_HEADER_ROW + 1) return;
      const applies = String(row.getCell(WEIGHTS_COL.appliesIn + 1).value);
      months.set(`${applies} ${row.getCell(WEIGHTS_COL.region + 1).value}`, value(row.getCell(WEIGHTS_COL.key + 1)));
    });
    // 2026: Buen Fin 13–16 Nov, Hot Sale 25 May – 2 Jun (7 May days to 2), Prime Day 23–26 Jun,
    // BF/CM 27–30 Nov; stage rows name their stage
    expect(months.get("El Buen Fin — event month MX")).toBe("2026-11");
    expect(months.get("Hot Sale — event month MX")).toBe("2026-05");
    expect(months.get("Prime Day — event month US")).toBe("2026-06");
    expect(months.get("Black Friday–Cyber Monday — event month US")).toBe("2026-11");
    expect(months.get("Store stage: launch MX")).toBe("launch");
    expect(value(sheet.getCell(3, 2))).toBe("2026-11"); // the period cell under the note
  });

  test("points edited 10 → 4: Olga and Lia cvr 11 and stock-up 4; Carla and Ana as built", () => {
    const w = weightsOf(books.edited, inputs);
    expect([w.Olga.cvr, w.Olga.buen_fin_stock_attainment]).toEqual([11, 4]);
    expect([w.Lia.cvr, w.Lia.buen_fin_stock_attainment, w.Lia.gmv]).toEqual([11, 4, 15]);
    expect(w.Carla.buen_fin_stock_attainment).toBe(25);
    expect(w.Ana.roas).toBe(20);
  });

  test("Olga's score follows: (5·1 + 10·0.5)/100 = 0.10 as built, (11·1 + 4·0.5)/100 = 0.13 edited", () => {
    const score = (book: ExcelJS.Workbook) => {
      let found: unknown;
      book.getWorksheet(names.get("summary")!)!.eachRow((row, n) => {
        if (n > SUMMARY_HEADER_ROW + 1 && value(row.getCell(SUMMARY_COL.person + 1)) === "Olga")
          found = value(row.getCell(SUMMARY_COL.score + 1));
      });
      return found as number;
    };
    expect(score(books.built)).toBeCloseTo(0.1, 12);
    expect(score(books.edited)).toBeCloseTo(0.13, 12);
  });

  test("December: the event rows no longer apply, the launch rows still do", () => {
    const w = weightsOf(books.december, inputs);
    expect([w.Olga.cvr, w.Olga.buen_fin_stock_attainment]).toEqual([15, 0]);
    expect([w.Lia.gmv, w.Lia.cvr, w.Lia.new_asin_launches, w.Lia.review_rating]).toEqual([15, 15, 10, 10]);
    expect([w.Carla.buen_fin_stock_attainment, w.Carla.turnover_days, w.Carla.inventory_accuracy]).toEqual([
      15, 15, 10,
    ]);
    expect([w.Ana.roas, w.Ana.acos, w.Ana.ad_budget_utilization, w.Ana.ad_tests_launched]).toEqual([20, 25, 5, 15]);
  });

  test("stages edited in tblPeople: Lia growth gmv 20 and new listings 5, Ana mature ROAS 30 and tests 5", () => {
    const w = weightsOf(books.stages, inputs);
    expect(weighted(w, "Lia", MX_OPS_GATES)).toEqual({
      gmv: 20,
      cvr: 5,
      sessions_growth: 10,
      listing_update_rate: 15,
      aov: 15,
      cash_instalment_share: 10,
      buen_fin_stock_attainment: 10,
      new_asin_launches: 5,
      review_rating: 0,
    });
    expect(weighted(w, "Ana", US_ADS_GATES)).toEqual({
      roas: 30,
      acos: 20,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 10,
      ad_tests_launched: 5,
    });
    expect(w.Olga.cvr).toBe(5); // the others as built
  });
});
