import { getKpi, KPI_CATALOG } from "../../../src/core/catalog";
import {
  fetchFunctionMetadata,
  formulaChoices,
  formulaText,
  metadataFile,
} from "../../../src/taskpane/functions/formulaText";
import { searchKpis } from "../../../src/taskpane/functions/searchKpis";

const ATTAINMENT = [
  { name: "actual" },
  { name: "target" },
  { name: "polarity", optional: true },
  { name: "cap", optional: true },
];

describe("formula choices for a KPI", () => {
  test("a KPI with its own function offers it first, then its attainment", () => {
    expect(formulaChoices(getKpi("roas")!)).toEqual([
      { fn: "ROAS", prefill: {} },
      { fn: "ATTAINMENT", prefill: { polarity: '"higher"' } },
    ]);
  });

  test("a gate offers the pass/fail test against its catalog threshold and the threshold itself", () => {
    expect(formulaChoices(getKpi("odr")!)).toEqual([
      { fn: "GATE", prefill: { threshold: 'KPI.LIMIT("odr")', polarity: '"lower"' } },
      { fn: "LIMIT", prefill: { kpiId: '"odr"' } },
      { fn: "ATTAINMENT", prefill: { polarity: '"lower"' } },
    ]);
  });

  test("every catalog KPI has at least the attainment choice", () => {
    for (const kpi of KPI_CATALOG) expect(formulaChoices(kpi).at(-1)!.fn).toBe("ATTAINMENT");
  });
});

describe("formulaText", () => {
  test("joins the arguments in parameter order", () => {
    expect(formulaText("ROAS", [{ name: "adSales" }, { name: "adSpend" }], { adSpend: "C2", adSales: " B2 " })).toEqual(
      { text: "=KPI.ROAS(B2,C2)", missing: [] },
    );
  });

  test("drops trailing blank optional arguments but keeps a blank one before a given one", () => {
    expect(formulaText("ATTAINMENT", ATTAINMENT, { actual: "B2", target: "C2" }).text).toBe("=KPI.ATTAINMENT(B2,C2)");
    expect(formulaText("ATTAINMENT", ATTAINMENT, { actual: "B2", target: "C2", cap: "1.2" }).text).toBe(
      "=KPI.ATTAINMENT(B2,C2,,1.2)",
    );
  });

  test("lists the required arguments left blank", () => {
    expect(formulaText("ATTAINMENT", ATTAINMENT, { polarity: '"lower"' })).toEqual({
      text: '=KPI.ATTAINMENT(,,"lower")',
      missing: ["actual", "target"],
    });
  });
});

describe("function metadata", () => {
  test("file per language", () => {
    expect(metadataFile("en-US")).toBe("functions.json");
    expect(metadataFile("zh-CN")).toBe("functions.zh-CN.json");
  });

  test("fetches the language's file, falling back to English", async () => {
    const asked: string[] = [];
    const fetcher = (async (file: string) => {
      asked.push(file);
      if (file === "functions.es-MX.json") return { ok: false } as Response;
      return {
        ok: true,
        json: async () => ({ functions: [{ id: "ROAS", name: "ROAS", parameters: [] }] }),
      } as unknown as Response;
    }) as typeof fetch;
    expect(await fetchFunctionMetadata("es-MX", fetcher)).toEqual([{ id: "ROAS", name: "ROAS", parameters: [] }]);
    expect(asked).toEqual(["functions.es-MX.json", "functions.json"]);
  });

  test("a network failure gives an empty list, not an error", async () => {
    const fetcher = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    expect(await fetchFunctionMetadata("en-US", fetcher)).toEqual([]);
  });
});

describe("searchKpis", () => {
  test("an empty query lists the whole catalog in catalog order", () => {
    expect(searchKpis(KPI_CATALOG, "  ", "en-US").map((k) => k.id)).toEqual(KPI_CATALOG.map((k) => k.id));
  });

  test("an exact id or function name comes first", () => {
    const ids = searchKpis(KPI_CATALOG, "roas", "en-US").map((k) => k.id);
    expect(ids[0]).toBe("roas");
    expect(ids).toContain("acos"); // its definition mentions ROAS
  });

  test("names match in any language, whatever the pane's language", () => {
    expect(searchKpis(KPI_CATALOG, "退款率", "en-US").map((k) => k.id)).toContain("refund_rate");
    expect(searchKpis(KPI_CATALOG, "devoluciones", "zh-CN").length).toBeGreaterThan(0);
  });

  test("every word must match", () => {
    const hits = searchKpis(KPI_CATALOG, "mercado cancel", "en-US").map((k) => k.id);
    expect(hits).toContain("ml_cancel_rate");
    expect(hits).not.toContain("cancel_rate");
  });

  test("nothing matches nonsense", () => {
    expect(searchKpis(KPI_CATALOG, "zzzqqq", "es-MX")).toEqual([]);
  });
});
