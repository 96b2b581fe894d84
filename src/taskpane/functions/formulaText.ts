/**
 * The `=KPI.X(…)` formulas the Functions view offers for a catalog KPI, and the text it inserts.
 * Parameter names and help come from the functions' own metadata (functions.json, generated from
 * the JSDoc of src/functions), so the pane never restates a signature.
 */
import type { KpiDef } from "../../core/catalog/kpiDef";
import { formulaString } from "../../plan/a1";

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
      prefill: { threshold: `${NAMESPACE}.LIMIT(${formulaString(kpi.id)})`, polarity: formulaString(kpi.polarity) },
    });
    choices.push({ fn: "LIMIT", prefill: { kpiId: formulaString(kpi.id) } });
  }
  choices.push({ fn: "ATTAINMENT", prefill: { polarity: formulaString(kpi.polarity) } });
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

export { fetchFunctionMetadata, metadataFile } from "./metadata";
