/**
 * The per-language metadata: the source JSDoc parsed by custom-functions-metadata (no webpack
 * needed), the zh-CN/es-MX table covering it exactly, and the generator's refusal of a mismatch.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { localizeMetadata, type Metadata } from "../../scripts/gen-function-locales";
import { getKpi } from "../../src/core/catalog";
import { FUNCTION_LOCALES, FUNCTION_TEXTS } from "../../src/functions/locales";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
}, 60_000);

test("the ten fixed signatures of DESIGN §4 are declared as specified", () => {
  const sig = (id: string): string => {
    const f = metadata.functions.find((g) => g.id === id);
    return f ? f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ") : "missing";
  };
  expect(sig("ROAS")).toBe("adSales, adSpend");
  expect(sig("ACOS")).toBe("adSpend, adSales");
  expect(sig("TACOS")).toBe("adSpend, totalSales");
  expect(sig("TURNOVERDAYS")).toBe("avgInventoryValue, cogs, [days]");
  expect(sig("DAYSOFSUPPLY")).toBe("unitsAvailable, avgDailyUnitsSold");
  expect(sig("SELLTHROUGH")).toBe("unitsSold, avgUnitsAvailable");
  expect(sig("ATTAINMENT")).toBe("actual, target, [polarity], [cap]");
  expect(sig("SCORE")).toBe("attainments, weights, [cap]");
  expect(sig("PAYOUT")).toBe("score, tierMins, tierPayouts");
  expect(sig("NETSALES")).toBe("grossSales, [refunds], [taxRate]");
});

test("every parameter takes a range (matrix of any), so Excel hands ranges over whole", () => {
  for (const f of metadata.functions) {
    for (const p of f.parameters)
      expect([f.id, p.name, p.type, p.dimensionality]).toEqual([f.id, p.name, "any", "matrix"]);
  }
});

test("only SCORE returns a single value; every other function spills a matrix", () => {
  const single = metadata.functions.filter(
    (f) => (f.result as { dimensionality?: string }).dimensionality !== "matrix",
  );
  expect(single.map((f) => f.id)).toEqual(["SCORE"]);
});

test("a help URL on kpis.md points at a KPI of the catalog", () => {
  for (const f of metadata.functions) {
    const m = /docs\/kpis\.md#(.+)$/.exec(String(f.helpUrl));
    if (m) expect([f.id, getKpi(m[1])?.id]).toEqual([f.id, m[1]]);
  }
});

test.each(FUNCTION_LOCALES)("%s texts cover every function and parameter exactly", (locale) => {
  const r = localizeMetadata(metadata, FUNCTION_TEXTS[locale], locale);
  expect(r.problems).toEqual([]);
  expect(r.metadata.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
});

test("the generator keeps ids, names and help URLs and replaces only the texts", () => {
  const r = localizeMetadata(metadata, FUNCTION_TEXTS["zh-CN"], "zh-CN");
  const roas = r.metadata.functions.find((f) => f.id === "ROAS");
  expect(roas?.name).toBe("ROAS");
  expect(roas?.helpUrl).toBe("https://cross-border-kpi.example.com/docs/kpis.md#roas");
  expect(roas?.description).toContain("广告");
  expect(roas?.parameters.map((p) => p.name)).toEqual(["adSales", "adSpend"]);
});

test("the generator reports a missing function, a missing parameter and an unknown one", () => {
  const texts = { ...FUNCTION_TEXTS["es-MX"] };
  delete (texts as Record<string, unknown>).ROAS;
  texts.ACOS = { description: "x", params: { adSpend: "x" } };
  texts.NOPE = { description: "x", params: {} };
  texts.CTR = { description: "x", params: { clicks: "x", impressions: "x", extra: "x" } };
  const r = localizeMetadata(metadata, texts, "es-MX");
  expect(r.problems).toEqual(
    expect.arrayContaining([
      "es-MX: no text for ROAS",
      "es-MX: no help for ACOS(adSales)",
      "es-MX: NOPE is not a function in functions.json",
      "es-MX: CTR has no parameter extra",
    ]),
  );
});
