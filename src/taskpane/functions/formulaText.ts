/**
 * The `=KPI.X(…)` formulas the Functions view offers for a catalog KPI, and the text it inserts.
 * Parameter names and help come from the functions' own metadata (functions.json, generated from
 * the JSDoc of src/functions), so the pane never restates a signature.
 */
import type { KpiDef } from "../../core/catalog/kpiDef";

/** One function as functions.json describes it. */
export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

/** A function offered for a KPI, with arguments the KPI already determines filled in. */
export interface FormulaChoice {
  fn: string;
  prefill: Readonly<Record<string, string>>;
}

export const NAMESPACE = "KPI";

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The KPI's own function when it has one; for a platform-health gate its threshold (LIMIT) and the
 * pass/fail test against it (GATE); for every KPI its attainment (ATTAINMENT) with the KPI's polarity.
 */
export function formulaChoices(kpi: KpiDef): FormulaChoice[] {
  const choices: FormulaChoice[] = [];
  if (kpi.fn) choices.push({ fn: kpi.fn, prefill: {} });
  if (kpi.gate) {
    choices.push({
      fn: "GATE",
      prefill: { threshold: `${NAMESPACE}.LIMIT(${quoted(kpi.id)})`, polarity: quoted(kpi.polarity) },
    });
    choices.push({ fn: "LIMIT", prefill: { kpiId: quoted(kpi.id) } });
  }
  choices.push({ fn: "ATTAINMENT", prefill: { polarity: quoted(kpi.polarity) } });
  return choices;
}

/**
 * `=KPI.FN(a,b)` from the values typed per parameter. Trailing blank optional arguments are dropped;
 * a blank optional one before a given one stays as an empty argument, which Excel passes as null.
 * `missing` lists the required parameters left blank (the view does not insert then).
 */
export function formulaText(
  fn: string,
  parameters: FunctionMeta["parameters"],
  values: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  const args = parameters.map((p) => (values[p.name] ?? "").trim());
  const missing = parameters.filter((p, i) => !p.optional && args[i] === "").map((p) => p.name);
  let end = args.length;
  while (end > 0 && args[end - 1] === "" && parameters[end - 1].optional) end--;
  return { text: `=${NAMESPACE}.${fn}(${args.slice(0, end).join(",")})`, missing };
}

/** functions.json for English, functions.<lang>.json for the others (written by the build). */
export function metadataFile(lang: string): string {
  return lang === "en-US" ? "functions.json" : `functions.${lang}.json`;
}

/**
 * Fetches the functions' metadata next to the page, in the pane's language when the build wrote it,
 * else in English.
 */
export async function fetchFunctionMetadata(lang: string, fetcher: typeof fetch = fetch): Promise<FunctionMeta[]> {
  for (const file of [...new Set([metadataFile(lang), metadataFile("en-US")])]) {
    try {
      const response = await fetcher(file);
      if (!response.ok) continue;
      const json = (await response.json()) as { functions?: FunctionMeta[] };
      if (Array.isArray(json.functions)) return json.functions;
    } catch {
      // Try the next file; the view then offers a single free-text argument box.
    }
  }
  return [];
}
