/**
 * A zh-CN and an es-MX workbook, recalculated by LibreOffice: the polarity cells show the sheet's word
 * (越低越好, "menor es mejor"), the gate cells its yes word, and the formulas score them as DESIGN §3
 * says; a person who types the code ("lower", "higher") or TRUE instead still gets the right score,
 * and a KPI typed by ID into a blank Inputs row takes its polarity word from the KPI sheet.
 *
 * As in libreoffice.test.ts, every cached result is poisoned and LibreOffice recalculates on load, so a
 * value can only come out right if the formula computes it. Every expected number is worked out by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  convertWithLibreOffice,
  describeWithLibreOffice,
  POISON_NUMBER,
  POISON_TEXT,
  poisoned,
  sofficeMissing,
} from "./soffice";
import ExcelJS from "exceljs";
import type { Lang } from "../../../src/core/types";
import { INPUT_COL, SCORE_COL, SCORE_HELPER_COL, SUMMARY_HEADER_ROW } from "../../../src/plan/scorecardPlan";
import { TEMPLATE_COL, TEMPLATE_HEADER_ROW } from "../../../src/plan/templatePlan";
import type { WorkbookPlan } from "../../../src/plan/types";
import { planTeamWorkbook, planTemplateWorkbook, type PlannedWorkbook } from "../../../src/plan/workbookPlan";
import { renderXlsx, sheetNames } from "../../../src/render/xlsx/renderXlsx";
import { config } from "../../plan/fixtures";

const describeLo = describeWithLibreOffice("libreofficeLanguage.test.ts");

/**
 * 王芳 (US cs, base bonus 1000), three lines on Inputs rows 2–4:
 *   return_rate, lower: target 2%, actual 1.5% → 2 − 0.015/0.02 = 2 − 0.75 = 1.25 → kpi_cap 1.2; × 50 = 60
 *   refund_rate, lower: target 4%, actual 5% → 2 − 0.05/0.04 = 2 − 1.25 = 0.75 (off track); × 50 = 37.5
 *   odr gate (Amazon, < 1%): 0.5% passes
 * score (60 + 37.5)/100 = 0.975 → tier 0.9 (0.975 < 1.0) → payout 0.8 → bonus 800.
 */
const TEAM = config({
  title: "Language check",
  period: "2025-11",
  people: [
    {
      name: "王芳",
      region: "US",
      role: "cs",
      baseBonus: 1000,
      kpis: [
        { id: "return_rate", target: 0.02, actual: 0.015, weight: 50 },
        { id: "refund_rate", target: 0.04, actual: 0.05, weight: 50 },
        { id: "odr", actual: 0.005 },
      ],
    },
  ],
});

interface Words {
  higher: string;
  lower: string;
  yes: string;
  no: string;
  cs: string;
  ads: string;
  onTrack: string;
  offTrack: string;
  pass: string;
}

/** The words written out here, not read from the catalog, so that the test says what a person sees. */
const WORDS: Record<"zh-CN" | "es-MX", Words> = {
  "zh-CN": {
    higher: "越高越好",
    lower: "越低越好",
    yes: "是",
    no: "否",
    cs: "客服",
    ads: "广告",
    onTrack: "达标",
    offTrack: "落后",
    pass: "通过",
  },
  "es-MX": {
    higher: "mayor es mejor",
    lower: "menor es mejor",
    yes: "sí",
    no: "no",
    cs: "Atención al cliente",
    ads: "Publicidad",
    onTrack: "en meta",
    offTrack: "fuera de meta",
    pass: "aprobado",
  },
};
const LANGS = Object.keys(WORDS) as ("zh-CN" | "es-MX")[];

interface Books {
  planned: PlannedWorkbook;
  built: ExcelJS.Workbook;
  typed: ExcelJS.Workbook;
  template: ExcelJS.Workbook;
}
const books = new Map<Lang, Books>();

/**
 * The built workbook with a person's typing: the codes "lower" (return_rate) and "higher"
 * (refund_rate) over the polarity words, TRUE over odr's yes word; and 李雷 added with one KPI typed
 * by ID into the first blank Inputs row (row 5): acos, target 0.25, actual 0.3, weight 100.
 */
async function typedOver(planned: PlannedWorkbook, w: Words): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(poisoned(planned.plan))) as never);
  const names = sheetNames(planned.plan);
  const inputs = wb.getWorksheet(names.get("inputs")!)!;
  const cell = (row: number, col: number) => inputs.getRow(row).getCell(col + 1);
  cell(2, INPUT_COL.polarity).value = "lower";
  cell(3, INPUT_COL.polarity).value = "higher";
  cell(4, INPUT_COL.gate).value = true;
  const typed: [number, ExcelJS.CellValue][] = [
    [INPUT_COL.person, "李雷"],
    [INPUT_COL.region, "US"],
    [INPUT_COL.role, w.ads],
    [INPUT_COL.kpiId, "acos"],
    [INPUT_COL.target, 0.25],
    [INPUT_COL.actual, 0.3],
    [INPUT_COL.weight, 100],
  ];
  for (const [col, v] of typed) cell(5, col).value = v;
  const people = wb.getWorksheet(names.get("people")!)!;
  ["李雷", "US", w.ads, 2000].forEach((v, c) => (people.getRow(3).getCell(c + 1).value = v));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The US cs template with actuals typed: refund_rate (lower) target 2%, actual 1.5% → 1.25 → cap 1.2;
 * negative_feedback_rate with the code "lower" typed over its word, target 1%, actual 1.25%
 * → 2 − 0.0125/0.01 = 2 − 1.25 = 0.75.
 */
function templatePlan(lang: Lang): WorkbookPlan {
  const plan = planTemplateWorkbook("US", ["cs"], lang, { year: 2026 });
  const rows = plan.sheets[0].blocks[1].cells;
  const row = (id: string) => {
    const r = rows.find((x) => x[TEMPLATE_COL.kpiId] === id);
    if (r === undefined) throw new Error(`the US cs template has no ${id}`);
    return r;
  };
  Object.assign(row("refund_rate"), { [TEMPLATE_COL.target]: 0.02, [TEMPLATE_COL.actual]: 0.015 });
  Object.assign(row("negative_feedback_rate"), {
    [TEMPLATE_COL.polarity]: "lower",
    [TEMPLATE_COL.target]: 0.01,
    [TEMPLATE_COL.actual]: 0.0125,
  });
  return plan;
}

function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? "";
  return cell.value ?? "";
}

describeLo("the sheet's language in LibreOffice: polarity words and codes score alike", () => {
  let work: string;

  beforeAll(async () => {
    if (sofficeMissing !== null) throw new Error(`CI=true but ${sofficeMissing}`);
    work = mkdtempSync(path.join(tmpdir(), "kpi-lo-lang-"));
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    mkdirSync(inDir);
    mkdirSync(outDir);
    const files: string[] = [];
    const planned = new Map<Lang, PlannedWorkbook>();
    for (const lang of LANGS) {
      const p = planTeamWorkbook(TEAM, lang);
      planned.set(lang, p);
      const write = (name: string, data: Buffer | Uint8Array) => {
        writeFileSync(path.join(inDir, name), data);
        files.push(path.join(inDir, name));
      };
      write(`built-${lang}.xlsx`, await renderXlsx(poisoned(p.plan)));
      write(`typed-${lang}.xlsx`, await typedOver(p, WORDS[lang]));
      write(`template-${lang}.xlsx`, await renderXlsx(poisoned(templatePlan(lang))));
    }
    await convertWithLibreOffice(work, files, "xlsx", outDir);
    const read = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(outDir, name));
      return wb;
    };
    for (const lang of LANGS)
      books.set(lang, {
        planned: planned.get(lang)!,
        built: await read(`built-${lang}.xlsx`),
        typed: await read(`typed-${lang}.xlsx`),
        template: await read(`template-${lang}.xlsx`),
      });
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const sheet = (lang: Lang, which: "built" | "typed", key: string) => {
    const b = books.get(lang)!;
    return b[which].getWorksheet(sheetNames(b.planned.plan).get(key)!)!;
  };
  /**
   * Role, KPI ID, Attainment, Weighted, Status of scorecard row `row` (A1), and its "scored as" helper:
   * the polarity read as 1 higher, 2 lower (0: the target cannot be scored).
   */
  const line = (lang: Lang, which: "built" | "typed", row: number) => {
    const r = sheet(lang, which, "scorecard").getRow(row);
    return [
      SCORE_COL.role,
      SCORE_COL.kpiId,
      SCORE_COL.attainment,
      SCORE_COL.weighted,
      SCORE_COL.status,
      SCORE_HELPER_COL.valid,
    ].map((c) => valueOf(r.getCell(c + 1)));
  };
  const summary = (lang: Lang, which: "built" | "typed", i: number) => {
    const r = sheet(lang, which, "summary").getRow(SUMMARY_HEADER_ROW + 2 + i);
    return [1, 2, 3, 4, 5, 6, 7].map((c) => valueOf(r.getCell(c)));
  };

  test.each(LANGS)("%s: the Inputs show the polarity and gate words, the People and Inputs the role word", (lang) => {
    const w = WORDS[lang];
    const inputs = sheet(lang, "built", "inputs");
    const cols = [INPUT_COL.role, INPUT_COL.kpiId, INPUT_COL.polarity, INPUT_COL.gate, INPUT_COL.rule];
    const row = (n: number) => cols.map((c) => valueOf(inputs.getRow(n).getCell(c + 1)));
    expect(row(2)).toEqual([w.cs, "return_rate", w.lower, w.no, ""]);
    expect(row(3)).toEqual([w.cs, "refund_rate", w.lower, w.no, ""]);
    expect(row(4)).toEqual([w.cs, "odr", w.lower, w.yes, "<"]);
    expect(valueOf(sheet(lang, "built", "people").getRow(2).getCell(3))).toBe(w.cs);
  });

  test.each(LANGS)(
    "%s: lower is better by the polarity word: 1.5% on 2% → 1.25 → cap 1.2; 5% on 4% → 0.75; score 0.975 pays 0.8",
    (lang) => {
      const w = WORDS[lang];
      expect(line(lang, "built", 2)).toEqual([
        w.cs,
        "return_rate",
        expect.closeTo(1.2, 12),
        expect.closeTo(60, 10),
        w.onTrack,
        2,
      ]);
      expect(line(lang, "built", 3)).toEqual([
        w.cs,
        "refund_rate",
        expect.closeTo(0.75, 12),
        expect.closeTo(37.5, 10),
        w.offTrack,
        2,
      ]);
      // a gate: no attainment, weighs 0; 0.005 < 0.01 passes
      expect(line(lang, "built", 4)).toEqual([w.cs, "odr", "", 0, w.pass, 2]);
      expect(summary(lang, "built", 0)).toEqual(["王芳", "US", w.cs, expect.closeTo(0.975, 12), w.pass, 0.8, 800]);
    },
  );

  test.each(LANGS)(
    "%s: the codes typed instead score alike: 'lower' keeps 1.2, 'higher' makes 5% on 4% 1.25 → 1.2; score 1.2 pays 1.2",
    (lang) => {
      const w = WORDS[lang];
      // the typed codes are read as lower (2) and higher (1)
      expect(line(lang, "typed", 2)).toEqual([
        w.cs,
        "return_rate",
        expect.closeTo(1.2, 12),
        expect.closeTo(60, 10),
        w.onTrack,
        2,
      ]);
      expect(line(lang, "typed", 3)).toEqual([
        w.cs,
        "refund_rate",
        expect.closeTo(1.2, 12),
        expect.closeTo(60, 10),
        w.onTrack,
        1,
      ]);
      // TRUE typed over the yes word is still a gate
      expect(line(lang, "typed", 4)).toEqual([w.cs, "odr", "", 0, w.pass, 2]);
      // (50·1.2 + 50·1.2)/100 = 1.2 → tier 1.1 → payout 1.2 → 1000 × 1.2 = 1200
      expect(summary(lang, "typed", 0)).toEqual(["王芳", "US", w.cs, expect.closeTo(1.2, 12), w.pass, 1.2, 1200]);
    },
  );

  test.each(LANGS)(
    "%s: a KPI typed by ID takes the polarity word from the KPI sheet: acos 0.3 on 0.25 → 2 − 1.2 = 0.8, pays 0.5",
    (lang) => {
      const w = WORDS[lang];
      const inputs = sheet(lang, "typed", "inputs");
      expect([INPUT_COL.polarity, INPUT_COL.gate].map((c) => valueOf(inputs.getRow(5).getCell(c + 1)))).toEqual([
        w.lower,
        w.no,
      ]);
      expect(line(lang, "typed", 5)).toEqual([
        w.ads,
        "acos",
        expect.closeTo(0.8, 12),
        expect.closeTo(80, 10),
        w.offTrack,
        2,
      ]);
      // score 80/100 = 0.8 → tier 0.8 → payout 0.5 → 2000 × 0.5 = 1000
      expect(summary(lang, "typed", 1)).toEqual(["李雷", "US", w.ads, expect.closeTo(0.8, 12), w.pass, 0.5, 1000]);
    },
  );

  test.each(LANGS)("%s: the template scores the polarity word and the typed code alike", (lang) => {
    const b = books.get(lang)!;
    const ws = b.template.worksheets[0];
    const rowOf = (id: string) => {
      for (let r = TEMPLATE_HEADER_ROW + 2; r <= ws.rowCount; r++)
        if (valueOf(ws.getRow(r).getCell(TEMPLATE_COL.kpiId + 1)) === id) return ws.getRow(r);
      throw new Error(`no ${id}`);
    };
    const refund = rowOf("refund_rate");
    expect(valueOf(refund.getCell(TEMPLATE_COL.polarity + 1))).toBe(WORDS[lang].lower);
    expect(valueOf(refund.getCell(TEMPLATE_COL.gate + 1))).toBe(WORDS[lang].no);
    // 2 − 0.015/0.02 = 1.25 → kpi_cap 1.2
    expect(valueOf(refund.getCell(TEMPLATE_COL.attainment + 1))).toBeCloseTo(1.2, 12);
    // "lower" typed: 2 − 0.0125/0.01 = 0.75
    expect(valueOf(rowOf("negative_feedback_rate").getCell(TEMPLATE_COL.attainment + 1))).toBeCloseTo(0.75, 12);
  });

  test.each(LANGS)("%s: no formula is left poisoned or in error", (lang) => {
    const problems: string[] = [];
    const b = books.get(lang)!;
    for (const wb of [b.built, b.typed, b.template])
      wb.eachSheet((ws) =>
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
});
