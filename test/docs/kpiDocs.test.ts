import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { KPI_CATALOG } from "../../src/core/catalog";
import { LANGS } from "../../src/core/types";
import { KPI_DOC_FILES, renderKpiDocs } from "../../scripts/kpiDocs";

const root = resolve(__dirname, "../..");

describe("generated KPI docs", () => {
  test.each(LANGS)("committed %s docs match the catalog (regenerate: npx tsx scripts/gen-kpi-docs.ts)", (lang) => {
    const committed = readFileSync(resolve(root, KPI_DOC_FILES[lang]), "utf8");
    expect(committed).toBe(renderKpiDocs(lang));
  });

  test.each(LANGS)("%s docs have a `## <id>` anchor heading for every KPI", (lang) => {
    const headings = renderKpiDocs(lang)
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3));
    expect(headings).toEqual(KPI_CATALOG.map((k) => k.id));
  });

  test("English docs live at docs/kpis.md, the help URL custom functions point at", () => {
    expect(KPI_DOC_FILES["en-US"]).toBe("docs/kpis.md");
  });

  test("a gate's section shows its threshold with the source link", () => {
    const en = renderKpiDocs("en-US");
    const odr = en.slice(en.indexOf("## odr\n"), en.indexOf("## late_shipment_rate\n"));
    expect(odr).toContain("Amazon US: < 1% · 60 days");
    expect(odr).toContain("(https://sellercentral.amazon.com/help/hub/reference/external/G200285170)");
  });

  test("percent targets render as percentages and money with the region's currency", () => {
    const en = renderKpiDocs("en-US");
    const acos = en.slice(en.indexOf("## acos\n"), en.indexOf("## tacos\n"));
    expect(acos).toContain("Default target: US 25% · MX 28%");
    const gmv = en.slice(en.indexOf("## gmv\n"), en.indexOf("## net_sales\n"));
    expect(gmv).toContain("US 120,000 USD · MX 1,200,000 MXN");
  });
});
