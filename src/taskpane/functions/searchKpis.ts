/**
 * Search over the KPI catalog: every word typed must appear in the KPI's id, function, names (any
 * language: a Shenzhen analyst may type 退款 in an English pane) or definition in the pane's language.
 */
import type { KpiDef } from "../../core/catalog/kpiDef";
import { LANGS, type Lang } from "../../core/types";

function haystack(kpi: KpiDef, lang: Lang): string {
  return [kpi.id, kpi.fn ?? "", ...LANGS.map((l) => kpi.name[l]), kpi.definition[lang], kpi.formula]
    .join("\n")
    .toLowerCase();
}

export function searchKpis(catalog: readonly KpiDef[], query: string, lang: Lang): KpiDef[] {
  const words = query
    .toLowerCase()
    .split(/[\s,，、]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...catalog];
  const hits = catalog.filter((kpi) => {
    const text = haystack(kpi, lang);
    return words.every((w) => text.includes(w));
  });
  // An exact id or function name first ("roas" → ROAS before TACOS' definition mentioning ROAS).
  const exact = (kpi: KpiDef) =>
    words.length === 1 && (kpi.id === words[0] || (kpi.fn ?? "").toLowerCase() === words[0]);
  return [...hits.filter(exact), ...hits.filter((k) => !exact(k))];
}
