/**
 * The sheet's language everywhere a person reads: a zh-CN or es-MX workbook shows no polarity code,
 * role id, platform id, TRUE/FALSE flag or English formula text in its cells. The KPI ID columns and
 * the comparators (`<`, `<=`, `>`, `>=`) keep their codes; the Scorecard's collapsed Gate helper keeps
 * the boolean the formulas compute with (a formula's TRUE/FALSE, which Excel shows in its own language).
 */
import { KPI_CATALOG } from "../../src/core/catalog";
import { ROLES } from "../../src/core/types";
import { KPI_FORMULA_TEXT, MESSAGES, windowText } from "../../src/i18n/messages";
import { INPUT_COL, SCORE_COL, SCORE_HELPER_COL, planScorecard } from "../../src/plan/scorecardPlan";
import { resolveTeam, scoreTeam } from "../../src/plan/team";
import { TEMPLATE_COL } from "../../src/plan/templatePlan";
import { isFormulaCell, type CellValue, type FormulaCell, type WorkbookPlan } from "../../src/plan/types";
import { planTeamWorkbook, planTemplateWorkbook } from "../../src/plan/workbookPlan";
import { DEMO, EDGE } from "./fixtures";

const PLATFORM_IDS = ["amazon_us", "amazon_mx", "mercadolibre_mx", "walmart_us", "tiktok_us"];
/** Texts no cell of a zh-CN or es-MX sheet may be (nor hold as one item of a list "a, b"). */
const RAW = new Set(["higher", "lower", ...ROLES, ...PLATFORM_IDS, "true", "false"]);

interface Found {
  where: string;
  value: CellValue;
}

/** Every value a person sees: plain values and formulas' cached results, with their place. */
function shown(plan: WorkbookPlan): Found[] {
  const out: Found[] = [];
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const col = block.at.col + c;
          // the Scorecard's Gate helper is a boolean the formulas compute with, not a word
          if (sheet.key === "scorecard" && col === SCORE_HELPER_COL.gate) return;
          const value: CellValue = isFormulaCell(cell) ? (cell.result ?? null) : cell;
          out.push({ where: `${sheet.key}!R${block.at.row + r + 1}C${col + 1}`, value });
        }),
      );
  return out;
}

function rawTexts(plan: WorkbookPlan): Found[] {
  return shown(plan).filter(({ value }) => {
    if (typeof value === "boolean") return true;
    if (typeof value !== "string") return false;
    return value
      .split(/[,、]/)
      .map((s) => s.trim().toLowerCase())
      .some((s) => RAW.has(s));
  });
}

const LOCALIZED: ("zh-CN" | "es-MX")[] = ["zh-CN", "es-MX"];

describe.each(LOCALIZED)("%s", (lang) => {
  test("the team workbook shows no polarity code, role id, platform id or TRUE/FALSE", () => {
    expect(rawTexts(planTeamWorkbook(DEMO, lang).plan)).toEqual([]);
    expect(rawTexts(planTeamWorkbook(EDGE, lang).plan)).toEqual([]);
  });

  test("a template workbook of every role shows none either", () => {
    const plan = planTemplateWorkbook("MX", ROLES, lang, { year: 2026 });
    expect(rawTexts(plan)).toEqual([]);
    expect(rawTexts(planTemplateWorkbook("US", ROLES, lang, { year: 2026 }))).toEqual([]);
  });

  test("formula texts are in the sheet's language, on the KPI and Template sheets", () => {
    const plan = planTemplateWorkbook("US", ["ads"], lang, { year: 2026 });
    const kpis = plan.sheets.find((s) => s.key === "kpis")!.blocks[0].cells.slice(1);
    for (const row of kpis) {
      const def = KPI_CATALOG.find((k) => k.id === row[0])!;
      expect({ id: def.id, text: row[3] }).toEqual({ id: def.id, text: KPI_FORMULA_TEXT[lang][def.id] });
      expect(row[3]).not.toBe(def.formula);
    }
    const roas = plan.sheets[0].blocks[1].cells.find((r) => r[TEMPLATE_COL.kpiId] === "roas")!;
    expect(roas[TEMPLATE_COL.formula]).toBe(
      lang === "zh-CN" ? "广告归因销售额 ÷ 广告花费" : "ventas atribuidas a anuncios ÷ inversión en anuncios",
    );
  });

  test("drop-downs offer the sheet's words; the polarity one also takes the codes, after the words", () => {
    const { plan } = planTeamWorkbook(DEMO, lang);
    const lists = plan.sheets.flatMap((s) => s.validations ?? []).map((v) => v.list);
    const t = MESSAGES[lang];
    const polarity = [t["polarity.higher"], t["polarity.lower"], "higher", "lower"];
    expect(lists).toContainEqual(polarity);
    expect(lists).toContainEqual(ROLES.map((r) => t[`role.${r}`]));
    expect(lists).toContainEqual([t["label.yes"], t["label.no"]]);
    for (const l of lists.filter((x) => x !== polarity && x.join() !== polarity.join()))
      for (const item of l) expect(RAW.has(item.toLowerCase()) ? item : "ok").toBe("ok");
  });
});

test("every catalog KPI has its formula text in zh-CN and es-MX (a new KPI needs both)", () => {
  for (const lang of LOCALIZED) {
    const missing = KPI_CATALOG.filter((k) => !KPI_FORMULA_TEXT[lang][k.id]).map((k) => k.id);
    expect({ lang, missing }).toEqual({ lang, missing: [] });
  }
  const ids = new Set(KPI_CATALOG.map((k) => k.id));
  for (const lang of LOCALIZED) expect(Object.keys(KPI_FORMULA_TEXT[lang]).filter((id) => !ids.has(id))).toEqual([]);
});

test("every threshold window of the catalog reads in the sheet's language", () => {
  const windows = new Set(KPI_CATALOG.flatMap((k) => (k.thresholds ?? []).map((t) => t.window)));
  for (const w of windows) {
    expect(windowText(w, "en-US")).toBe(w);
    for (const lang of LOCALIZED) expect({ w, text: windowText(w, lang) }).not.toEqual({ w, text: w });
  }
  expect(windowText("60 days", "zh-CN")).toBe("60 天");
  expect(windowText("30 days", "es-MX")).toBe("30 días");
});

describe("polarity in the formulas", () => {
  const zh = (() => {
    const team = resolveTeam(DEMO);
    return planScorecard(team, scoreTeam(team), "zh-CN");
  })();

  test("zh-CN Inputs show 越高越好 / 越低越好 and 是 / 否; the helpers read the word or the code", () => {
    const inputs = zh.inputs.blocks[0].cells.slice(1);
    const words = new Set(inputs.map((r) => r[INPUT_COL.polarity]).filter((v) => typeof v === "string"));
    expect(words).toEqual(new Set(["越高越好", "越低越好"]));
    const gates = new Set(inputs.map((r) => r[INPUT_COL.gate]).filter((v) => typeof v === "string"));
    expect(gates).toEqual(new Set(["是", "否"]));
    const helper = zh.scorecard.blocks.find((b) => b.at.col === SCORE_HELPER_COL.polarity)!.cells[1] as FormulaCell[];
    const f = (i: number) => helper[i - SCORE_HELPER_COL.polarity].formula;
    // the polarity is read from the Inputs once (M2); "scored as" takes the word or the code to 1 or 2
    expect(f(SCORE_HELPER_COL.polarity)).toBe('{{sheet:inputs}}!$F2&""');
    expect(f(SCORE_HELPER_COL.gate)).toBe('OR({{sheet:inputs}}!$G2={TRUE,"是"})');
    expect(f(SCORE_HELPER_COL.valid)).toBe(
      'ISNUMBER(F2)*(OR(M2={"higher","越高越好"})*(F2>0)+2*OR(M2={"lower","越低越好"})*(F2>=0))',
    );
  });

  test("zh-CN Attainment and Status read the polarity as the code of the scored-as helper", () => {
    const row = zh.scorecard.blocks[0].cells[1] as FormulaCell[];
    expect(row[SCORE_COL.attainment].formula).toContain("IF(P2=1,G2/F2");
    expect(row[SCORE_COL.status].formula).toContain('AND(Q2<>">=",P2=2)'); // the gate's default inclusive rule
    expect(row.map((c) => c.formula).join("\n")).not.toMatch(/"higher"|"lower"|越高越好|越低越好/);
  });

  test("en-US keeps its formulas: the words are the codes", () => {
    const team = resolveTeam(DEMO);
    const en = planScorecard(team, scoreTeam(team), "en-US");
    const helper = en.scorecard.blocks.find((b) => b.at.col === SCORE_HELPER_COL.polarity)!.cells[1] as FormulaCell[];
    expect(helper[0].formula).toBe('{{sheet:inputs}}!$F2&""');
    expect(en.inputs.validations?.[0].list).toEqual(["higher", "lower"]);
  });
});
