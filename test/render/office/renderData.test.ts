/**
 * The Office renderer's request budget with report import (DESIGN §8): every imported actual on the
 * Inputs sheet is a formula over the Data sheet, and the Data sheet adds a row per person × KPI.
 * The 500 × 12 team of renderPlan.test.ts, its actuals imported from the report fixtures instead of
 * typed, must still render in 3 syncs with every request under the 4.5 MB budget.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { actualsFromReports, importReport } from "../../../src/import";
import type { ParsedReport } from "../../../src/import/types";
import { isKpiError, type Platform } from "../../../src/core/types";
import { renderPlan } from "../../../src/render/office";
import { planTeamWorkbook } from "../../../src/plan/workbookPlan";
import { DATA_SHEET_KEY } from "../../../src/plan/dataPlan";
import { isFormulaCell } from "../../../src/plan/types";
import { INPUT_COL } from "../../../src/plan/scorecardPlan";
import { bigTeam, config } from "../../plan/fixtures";
import { FakeExcel } from "./fakeExcel";

const REQUEST_BUDGET = 4_500_000;
const fixtures = path.resolve(__dirname, "../../import/fixtures");

async function read(name: string, marketplace?: Platform): Promise<ParsedReport> {
  const r = await importReport({
    name,
    bytes: readFileSync(path.join(fixtures, name)),
    ...(marketplace ? { marketplace } : {}),
  });
  if (!r.ok) throw new Error(`${name}: ${r.problem.message}`);
  return r.report;
}

/** bigTeam(500, 12) in November 2026 with no typed actual: every actual a file gives is imported. */
function untypedBigTeam() {
  const team = bigTeam(500, 12);
  return config({
    ...team,
    period: "2026-11",
    people: team.people.map((p) => ({ ...p, kpis: p.kpis!.map(({ actual: _actual, ...k }) => k) })),
  });
}

test.each(["zh-CN", "en-US"] as const)(
  "500 × 12 with imported actuals (%s): 3 syncs, every request under 4.5 MB",
  async (lang) => {
    const reports = [
      await read("business-report-en-us.csv", "amazon_us"),
      await read("ads-sp-legacy.csv"),
      await read("all-orders.txt"),
      await read("fba-returns.csv", "amazon_us"),
      await read("account-health.json"),
      await read("business-report-es-mx.csv", "amazon_mx"),
      await read("ads-sp-2026.csv"),
    ];
    const team = untypedBigTeam();
    const actuals = actualsFromReports(team, reports);
    if (isKpiError(actuals)) throw new Error(actuals.message);
    const { plan } = planTeamWorkbook(team, lang, { imports: { reports, actuals } });
    const data = plan.sheets.find((s) => s.key === DATA_SHEET_KEY)!;
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    const imported = inputs.blocks[0].cells.filter((r) => isFormulaCell(r[INPUT_COL.actual])).length;
    const fake = new FakeExcel();
    const result = await renderPlan(plan, { run: fake.run, isSetSupported: () => true });
    if (!result.ok) throw new Error(result.error);
    const bytes = [...fake.bytesPerSync().entries()];
    // gmv, cvr, roas, acos, tacos, cpc, return_rate and odr come from files: 8 of the 12 lines
    expect(data.blocks[1].cells.length - 1).toBe(500 * 8);
    // every Inputs actual a file gives reads the Data sheet: 8 × 500 less the 250 MX return rates
    expect(imported).toBe(3750);
    expect(fake.syncCount).toBe(3);
    for (const [, b] of bytes) expect(b).toBeLessThan(REQUEST_BUDGET);
  },
  60_000,
);
