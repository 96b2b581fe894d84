/**
 * The KPIs sheet: the catalog as a lookup table (tblKpis) in the workbook's language, so every
 * workbook carries the definitions (口径) its numbers were scored by.
 */
import { KPI_CATALOG } from "../core/catalog";
import type { KpiDef } from "../core/catalog/kpiDef";
import type { Lang, Unit } from "../core/types";
import { kpiFormulaText, translator, yesNo, type MessageKey } from "../i18n/messages";
import { range } from "./a1";
import { sheetPolarityWords } from "./formulas";
import { FMT_WEIGHT, columnRange } from "./formats";
import type { NamedRangePlan, PlanCell, SheetPlan } from "./types";

import { PLATFORM_NAMES } from "../core/regions";
import { ROLE_INFO } from "../core/roles";

export const KPIS_SHEET_KEY = "kpis";
export const KPIS_TABLE = "tblKpis";
/** The workbook name over the catalog's KPI ID column (the Weights sheet checks its KPIs against it). */
export const KPI_IDS_NAME = "kpi_ids";

/** The KPI ID column of a planned KPIs sheet, as a workbook name. */
export function kpiIdsNamedRange(sheet: SheetPlan): NamedRangePlan & { sheetKey: string } {
  const bottom = sheet.tables?.find((x) => x.name === KPIS_TABLE)?.range.bottom ?? 1;
  return { name: KPI_IDS_NAME, range: range(1, 0, Math.max(1, bottom), 0), sheetKey: sheet.key };
}

const HEADERS: readonly MessageKey[] = [
  "col.kpiId",
  "col.kpi",
  "col.definition",
  "col.formula",
  "col.unit",
  "col.polarity",
  "col.gate",
  "col.regions",
  "col.platforms",
  "col.roles",
  "col.defaultTargetUS",
  "col.defaultTargetMX",
  "col.defaultWeight",
  "col.comparator",
];

export const UNIT_KEYS: Readonly<Record<Unit, MessageKey>> = {
  currency: "unit.currency",
  percent: "unit.percent",
  ratio: "unit.ratio",
  days: "unit.days",
  count: "unit.count",
  flag: "unit.flag",
  number: "unit.number",
};

export function planKpis(lang: Lang, catalog: readonly KpiDef[] = KPI_CATALOG): SheetPlan {
  const t = translator(lang);
  const headers = HEADERS.map((k) => t(k));
  const rows: PlanCell[][] = [headers];
  // the Inputs' blank rows read the polarity (6th column) and gate (7th) from here as these words
  const polarity = sheetPolarityWords(lang);
  for (const k of catalog) {
    rows.push([
      k.id,
      k.name[lang],
      k.definition[lang],
      kpiFormulaText(k.id, k.formula, lang),
      t(UNIT_KEYS[k.unit]),
      polarity[k.polarity],
      yesNo(lang, k.gate),
      k.regions.join(", "),
      // names in the sheet's language; the ids are in the CLI's `kpis` listing and the docs
      k.platforms.map((p) => PLATFORM_NAMES[p][lang]).join(", "),
      k.roles.map((r) => ROLE_INFO[r].name[lang]).join(lang === "zh-CN" ? "、" : ", "),
      k.defaultTarget.US ?? null,
      k.defaultTarget.MX ?? null,
      k.defaultWeight,
      // a gate's comparator (every threshold of one KPI states the same one); a KPI row typed into the
      // Inputs reads it from here by its ID
      k.thresholds?.[0]?.comparator ?? null,
    ]);
  }
  const n = catalog.length;
  return {
    key: KPIS_SHEET_KEY,
    name: t("sheet.kpis"),
    blocks: [{ at: { row: 0, col: 0 }, cells: rows }],
    tables: [{ name: KPIS_TABLE, range: range(0, 0, n, headers.length - 1), headers, style: "TableStyleLight9" }],
    numberFormats: [{ range: columnRange(1, n, 12), format: FMT_WEIGHT }],
    styles: [{ range: range(1, 2, n, 2), style: { wrap: true } }],
    columnWidths: { 0: 26, 1: 32, 2: 70, 3: 36, 4: 12, 5: 9, 6: 7, 7: 9, 8: 30, 9: 24, 10: 14, 11: 14, 12: 10, 13: 8 },
    freeze: { rows: 1, cols: 1 },
  };
}
