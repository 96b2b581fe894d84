import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LANGS } from "../../src/core/types";
import {
  FUNCTION_DOC_FILES,
  FUNCTIONS_SOURCE,
  type FunctionsMetadata,
  helpAnchor,
  loadFunctionsMetadata,
  renderFunctionDocs,
} from "../../scripts/functionDocs";
import { KPI_DOC_FILES } from "../../scripts/kpiDocs";

const root = resolve(__dirname, "../..");
const read = (path: string): string => readFileSync(resolve(root, path), "utf8");
const headings = (markdown: string): string[] =>
  markdown
    .split("\n")
    .filter((line) => line.startsWith("## "))
    .map((line) => line.slice(3));

/** Every @helpurl of functions.ts, read from the source itself rather than through the metadata. */
const sourceHelpUrls = (): string[] => [...read(FUNCTIONS_SOURCE).matchAll(/@helpurl\s+(\S+)/g)].map((m) => m[1]);

let metadata: FunctionsMetadata;

beforeAll(async () => {
  metadata = await loadFunctionsMetadata(resolve(root, FUNCTIONS_SOURCE));
});

describe("generated custom-function docs", () => {
  test.each(LANGS)("committed %s docs match the metadata (regenerate: npm run docs:functions)", (lang) => {
    expect(read(FUNCTION_DOC_FILES[lang])).toBe(renderFunctionDocs(metadata, lang));
  });

  test("committed docs are as prettier writes them (so `prettier --write` keeps them fresh)", () => {
    const files = LANGS.map((lang) => FUNCTION_DOC_FILES[lang]);
    const cli = resolve(root, "node_modules/prettier/bin/prettier.cjs");
    const run = spawnSync(process.execPath, [cli, "--check", ...files], { cwd: root, encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toContain("All matched files use Prettier code style!");
    expect(run.status).toBe(0);
  });

  test.each(LANGS)("%s docs have a `## <lowercase id>` heading for every custom function", (lang) => {
    const ids = metadata.functions.map((f) => f.id.toLowerCase());
    expect(ids.length).toBeGreaterThan(0);
    expect(headings(read(FUNCTION_DOC_FILES[lang]))).toEqual(ids);
  });

  test("the metadata lists every @customfunction of functions.ts", () => {
    const ids = [...read(FUNCTIONS_SOURCE).matchAll(/@customfunction\s+(\S+)/g)].map((m) => m[1]);
    expect(metadata.functions.map((f) => f.id)).toEqual(ids);
  });

  test("every @helpurl pointing at functions.md has its heading in docs/functions.md", () => {
    const anchors = sourceHelpUrls()
      .map((url) => helpAnchor(url, "functions.md"))
      .filter((a): a is string => a !== undefined);
    expect(anchors.length).toBeGreaterThan(0);
    const present = new Set(headings(read(FUNCTION_DOC_FILES["en-US"])));
    expect(anchors.filter((a) => !present.has(a))).toEqual([]);
  });

  test("every @helpurl pointing at kpis.md has its heading in docs/kpis.md", () => {
    const anchors = sourceHelpUrls()
      .map((url) => helpAnchor(url, "kpis.md"))
      .filter((a): a is string => a !== undefined);
    expect(anchors.length).toBeGreaterThan(0);
    const present = new Set(headings(read(KPI_DOC_FILES["en-US"])));
    expect(anchors.filter((a) => !present.has(a))).toEqual([]);
  });

  test("every @helpurl points at docs/functions.md or docs/kpis.md of the same site", () => {
    const urls = sourceHelpUrls();
    expect(urls).toHaveLength(metadata.functions.length);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/cross-border-kpi\.example\.com\/docs\/(functions|kpis)\.md#[a-z0-9_]+$/);
    }
  });

  test.each(LANGS)("every KPI link of the %s docs has its heading in that language's KPI catalog", (lang) => {
    const kpiFile = KPI_DOC_FILES[lang].replace(/^docs\//, "");
    const links = [...read(FUNCTION_DOC_FILES[lang]).matchAll(/\]\(([^)#]+)#([^)]+)\)/g)].filter(
      (m) => m[1] !== FUNCTION_DOC_FILES[lang].replace(/^docs\//, ""),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const m of links) expect(m[1]).toBe(kpiFile);
    const present = new Set(headings(read(KPI_DOC_FILES[lang])));
    expect(links.map((m) => m[2]).filter((a) => !present.has(a))).toEqual([]);
  });

  test("a section shows the signature with optional parameters in brackets, the table and the example", () => {
    const en = renderFunctionDocs(metadata, "en-US");
    const promo = en.slice(en.indexOf("## promo\n"));
    expect(promo).toContain("`=KPI.PROMO(eventId, year, [which], [region])`");
    expect(promo).toMatch(/^\| `which` +\| no +\| "start" \(default\) or "end"\. +\|$/m);
    expect(promo).toContain('Example: `=KPI.PROMO("prime_day", 2025)` returns the date 2025-07-08.');
    expect(promo).not.toContain("kpis.md");
  });

  test("a KPI function links to its KPI in each language's catalog", () => {
    const section = (md: string): string => md.slice(md.indexOf("## turnoverdays\n"), md.indexOf("## daysofsupply\n"));
    expect(section(renderFunctionDocs(metadata, "en-US"))).toContain("[turnover_days](kpis.md#turnover_days)");
    expect(section(renderFunctionDocs(metadata, "zh-CN"))).toContain("[turnover_days](kpis.zh-CN.md#turnover_days)");
    expect(section(renderFunctionDocs(metadata, "es-MX"))).toContain("[turnover_days](kpis.es-MX.md#turnover_days)");
  });

  test("zh-CN and es-MX sections use the texts of locales.ts", () => {
    const zh = renderFunctionDocs(metadata, "zh-CN");
    expect(zh).toMatch(/^\| `part` +\| 是 +\| 被计数的部分，如退货件数（数字或区域）。 +\|$/m);
    expect(zh).toContain("示例：`=KPI.RATE(3, 200)` 返回 0.015。");
    const es = renderFunctionDocs(metadata, "es-MX");
    expect(es).toContain("Ejemplo: `=KPI.SCORE({1,0.8}, {60,40})` devuelve 0.92.");
  });

  test("rendering fails when locales.ts misses a function or a description its example", () => {
    const extra = {
      id: "EXTRA",
      name: "EXTRA",
      description: "Extra. Example: =KPI.EXTRA() returns 1.",
      parameters: [],
    };
    const withExtra: FunctionsMetadata = { ...metadata, functions: [...metadata.functions, extra] };
    expect(() => renderFunctionDocs(withExtra, "en-US")).not.toThrow();
    expect(() => renderFunctionDocs(withExtra, "zh-CN")).toThrow(/no text for EXTRA/);
    const noExample: FunctionsMetadata = { ...metadata, functions: [{ ...extra, description: "Extra." }] };
    expect(() => renderFunctionDocs(noExample, "en-US")).toThrow(/EXTRA has no example/);
  });
});
