/**
 * Renders the KPI reference (docs/kpis*.md) from the catalog. Pure: catalog in, Markdown out, so
 * a test can tell when the committed docs have drifted from the catalog. Each KPI gets a `## <id>`
 * heading, which is the anchor the custom functions' help URLs point at (docs/kpis.md#roas).
 */

import { CATALOG_SECTIONS, KPI_CATALOG } from "../src/core/catalog";
import type { DataDefinition, KpiDef, PlatformThreshold } from "../src/core/catalog";
import { PLATFORM_NAMES, REGION_INFO } from "../src/core/regions";
import { ROLE_INFO } from "../src/core/roles";
import type { Lang, Polarity, Region, Unit } from "../src/core/types";
import { LANGS } from "../src/core/types";

/** Where each language's reference lives, relative to the repository root. */
export const KPI_DOC_FILES: Readonly<Record<Lang, string>> = {
  "en-US": "docs/kpis.md",
  "zh-CN": "docs/kpis.zh-CN.md",
  "es-MX": "docs/kpis.es-MX.md",
};

interface DocLabels {
  colon: string; // full-width in Chinese
  listSep: string;
  clauseSep: string;
  title: string;
  generated: string;
  otherLanguages: string;
  contents: string;
  gatesNote: string;
  names: string;
  definition: string;
  formula: string;
  customFunction: string;
  unit: string;
  polarity: string;
  regions: string;
  platforms: string;
  roles: string;
  defaultTarget: string;
  defaultWeight: string;
  gate: string;
  cap: string;
  dataDefinition: string;
  thresholds: string;
  checked: string;
  yes: string;
  no: string;
  polarityText: Record<Polarity, string>;
  unitText: Record<Unit, string>;
  days: (n: string) => string;
  taxInclusive: string;
  taxExclusive: string;
  taxByRegion: string;
  netOfRefunds: string;
  refundsNotDeducted: string;
  attribution: (spDays: string) => string;
  window: (days: string) => string;
  gateWeight: string;
}

// The reference's own message catalog: the labels a reader sees around the catalog's data.
const LABELS: Readonly<Record<Lang, DocLabels>> = {
  "en-US": {
    colon: ": ",
    listSep: ", ",
    clauseSep: "; ",
    title: "KPI catalog",
    generated:
      "Generated from `src/core/catalog` by `npx tsx scripts/gen-kpi-docs.ts`; do not edit by hand. Percentages are fractions in the workbook (25% is 0.25).",
    otherLanguages: "Other languages",
    contents: "Contents",
    gatesNote:
      "Gates carry no weight: their target is the platform threshold, and a failed gate sets the payout to the gate-fail payout.",
    names: "Names",
    definition: "Definition",
    formula: "Formula",
    customFunction: "Custom function",
    unit: "Unit",
    polarity: "Polarity",
    regions: "Regions",
    platforms: "Platforms",
    roles: "Roles",
    defaultTarget: "Default target",
    defaultWeight: "Default weight",
    gate: "gate",
    cap: "Attainment cap",
    dataDefinition: "Data definition",
    thresholds: "Platform thresholds",
    checked: "checked",
    yes: "yes",
    no: "no",
    polarityText: { higher: "higher is better", lower: "lower is better" },
    unitText: {
      currency: "currency",
      percent: "percent",
      ratio: "ratio (multiple)",
      days: "days",
      count: "count",
      flag: "flag (1 = yes, 0 = no)",
      number: "number",
    },
    days: (n) => `${n} days`,
    taxInclusive: "tax-inclusive",
    taxExclusive: "tax-exclusive",
    taxByRegion: "tax as the marketplace reports it (US tax-exclusive, MX incl. IVA 16%)",
    netOfRefunds: "net of refunds",
    refundsNotDeducted: "refunds not deducted",
    attribution: (sp) => `attribution: Sponsored Products ${sp} days, Sponsored Brands/Display 14 days`,
    window: (d) => `window: ${d} days`,
    gateWeight: "0 (gate)",
  },
  "zh-CN": {
    colon: "：",
    listSep: "、",
    clauseSep: "；",
    title: "KPI 指标目录",
    generated:
      "由 `npx tsx scripts/gen-kpi-docs.ts` 根据 `src/core/catalog` 生成，请勿手工修改。工作簿中百分比以小数存储（25% 即 0.25）。",
    otherLanguages: "其他语言",
    contents: "目录",
    gatesNote: "门槛指标不计权重：目标即平台阈值，任一门槛未达标，奖金系数按门槛失败系数计算。",
    names: "名称",
    definition: "数据口径",
    formula: "公式",
    customFunction: "自定义函数",
    unit: "单位",
    polarity: "方向",
    regions: "区域",
    platforms: "平台",
    roles: "岗位",
    defaultTarget: "默认目标",
    defaultWeight: "默认权重",
    gate: "门槛",
    cap: "达成率上限",
    dataDefinition: "统计口径",
    thresholds: "平台阈值",
    checked: "核对于",
    yes: "是",
    no: "否",
    polarityText: { higher: "越高越好", lower: "越低越好" },
    unitText: {
      currency: "金额",
      percent: "百分比",
      ratio: "倍数",
      days: "天数",
      count: "数量",
      flag: "是否（1 = 是，0 = 否）",
      number: "数值",
    },
    days: (n) => `${n} 天`,
    taxInclusive: "含税",
    taxExclusive: "不含税",
    taxByRegion: "按平台报表口径（美国不含税，墨西哥含 16% IVA）",
    netOfRefunds: "扣除退款",
    refundsNotDeducted: "不扣退款",
    attribution: (sp) => `归因窗口为商品推广 ${sp} 天、品牌/展示型推广 14 天`,
    window: (d) => `统计窗口 ${d} 天`,
    gateWeight: "0（门槛）",
  },
  "es-MX": {
    colon: ": ",
    listSep: ", ",
    clauseSep: "; ",
    title: "Catálogo de KPI",
    generated:
      "Generado desde `src/core/catalog` con `npx tsx scripts/gen-kpi-docs.ts`; no lo edites a mano. En el libro los porcentajes son fracciones (25% es 0.25).",
    otherLanguages: "Otros idiomas",
    contents: "Contenido",
    gatesNote:
      "Los umbrales no tienen peso: su meta es el umbral de la plataforma, y si uno no se cumple el pago es el pago por umbral incumplido.",
    names: "Nombres",
    definition: "Definición",
    formula: "Fórmula",
    customFunction: "Función personalizada",
    unit: "Unidad",
    polarity: "Polaridad",
    regions: "Regiones",
    platforms: "Plataformas",
    roles: "Roles",
    defaultTarget: "Meta predeterminada",
    defaultWeight: "Peso predeterminado",
    gate: "umbral",
    cap: "Tope de cumplimiento",
    dataDefinition: "Criterio de datos",
    thresholds: "Umbrales de la plataforma",
    checked: "revisado",
    yes: "sí",
    no: "no",
    polarityText: { higher: "más alto es mejor", lower: "más bajo es mejor" },
    unitText: {
      currency: "moneda",
      percent: "porcentaje",
      ratio: "razón (múltiplo)",
      days: "días",
      count: "cantidad",
      flag: "indicador (1 = sí, 0 = no)",
      number: "número",
    },
    days: (n) => `${n} días`,
    taxInclusive: "con impuesto",
    taxExclusive: "sin impuesto",
    taxByRegion: "impuesto como lo reporta el marketplace (EE. UU. sin impuesto, México con IVA 16%)",
    netOfRefunds: "neto de reembolsos",
    refundsNotDeducted: "sin descontar reembolsos",
    attribution: (sp) => `atribución: Sponsored Products ${sp} días, Sponsored Brands/Display 14 días`,
    window: (d) => `ventana: ${d} días`,
    gateWeight: "0 (umbral)",
  },
};

/** Each language's name in itself, for the links between the language versions of a reference. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  "zh-CN": "简体中文",
  "en-US": "English",
  "es-MX": "Español (México)",
};

/** Plain number with thousands separators and at most 4 decimals; same in every language here. */
function formatNumber(value: number): string {
  const rounded = Number(value.toFixed(4));
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

function formatValue(value: number, unit: Unit, region: Region | undefined, lang: Lang): string {
  const labels = LABELS[lang];
  switch (unit) {
    case "percent":
      return `${formatNumber(value * 100)}%`;
    case "currency":
      return region === undefined ? formatNumber(value) : `${formatNumber(value)} ${REGION_INFO[region].currency}`;
    case "ratio":
      return `${formatNumber(value)}x`;
    case "days":
      return labels.days(formatNumber(value));
    case "flag":
      return `${formatNumber(value)} (${value >= 1 ? labels.yes : labels.no})`;
    case "count":
    case "number":
      return formatNumber(value);
  }
}

function dataDefinitionText(data: DataDefinition, lang: Lang): string {
  const labels = LABELS[lang];
  const parts: string[] = [];
  if (data.taxInclusive === "by-region") parts.push(labels.taxByRegion);
  else if (data.taxInclusive === true) parts.push(labels.taxInclusive);
  else if (data.taxInclusive === false) parts.push(labels.taxExclusive);
  if (data.netOfRefunds === true) parts.push(labels.netOfRefunds);
  else if (data.netOfRefunds === false) parts.push(labels.refundsNotDeducted);
  if (data.attributionWindowDays !== undefined)
    parts.push(labels.attribution(formatNumber(data.attributionWindowDays)));
  if (data.windowDays !== undefined) parts.push(labels.window(formatNumber(data.windowDays)));
  return parts.length === 0 ? "—" : parts.join(labels.clauseSep);
}

function thresholdLine(kpi: KpiDef, t: PlatformThreshold, lang: Lang): string {
  const value = formatValue(t.value, kpi.unit, undefined, lang);
  return `  - ${PLATFORM_NAMES[t.platform][lang]}${LABELS[lang].colon}${t.comparator} ${value} · ${t.window} — [${t.source}](${t.url}) (${LABELS[lang].checked} ${t.checked})`;
}

function renderKpi(kpi: KpiDef, lang: Lang): string {
  const labels = LABELS[lang];
  const lines: string[] = [];
  lines.push(`## ${kpi.id}`, "");
  lines.push(`**${kpi.name[lang]}**${kpi.gate ? ` · ${labels.gate}` : ""}`, "");
  lines.push(`- ${labels.names}${labels.colon}${LANGS.map((l) => kpi.name[l]).join(" / ")}`);
  lines.push(`- ${labels.definition}${labels.colon}${kpi.definition[lang]}`);
  lines.push(`- ${labels.formula}${labels.colon}${kpi.formula}`);
  if (kpi.fn !== undefined) lines.push(`- ${labels.customFunction}${labels.colon}\`KPI.${kpi.fn}\``);
  lines.push(`- ${labels.unit}${labels.colon}${labels.unitText[kpi.unit]}`);
  lines.push(`- ${labels.polarity}${labels.colon}${labels.polarityText[kpi.polarity]}`);
  lines.push(
    `- ${labels.regions}${labels.colon}${kpi.regions.map((r) => `${REGION_INFO[r].name[lang]} (${r})`).join(labels.listSep)}`,
  );
  lines.push(
    `- ${labels.platforms}${labels.colon}${kpi.platforms.map((p) => PLATFORM_NAMES[p][lang]).join(labels.listSep)}`,
  );
  lines.push(`- ${labels.roles}${labels.colon}${kpi.roles.map((r) => ROLE_INFO[r].name[lang]).join(labels.listSep)}`);
  const targets = kpi.regions
    .filter((r) => kpi.defaultTarget[r] !== undefined)
    .map((r) => `${r} ${formatValue(kpi.defaultTarget[r] as number, kpi.unit, r, lang)}`);
  lines.push(`- ${labels.defaultTarget}${labels.colon}${targets.join(" · ")}`);
  lines.push(
    `- ${labels.defaultWeight}${labels.colon}${kpi.gate ? labels.gateWeight : formatNumber(kpi.defaultWeight)}`,
  );
  if (kpi.cap !== undefined) lines.push(`- ${labels.cap}${labels.colon}${formatNumber(kpi.cap * 100)}%`);
  lines.push(`- ${labels.dataDefinition}${labels.colon}${dataDefinitionText(kpi.data, lang)}`);
  if (kpi.thresholds !== undefined && kpi.thresholds.length > 0) {
    lines.push(`- ${labels.thresholds}${labels.colon.trimEnd()}`);
    for (const t of kpi.thresholds) lines.push(thresholdLine(kpi, t, lang));
  }
  lines.push("");
  return lines.join("\n");
}

/** A reference's path relative to docs/ (where the references link each other): "docs/kpis.md" → "kpis.md". */
export function docFileName(path: string): string {
  return path.replace(/^docs\//, "");
}

function fileName(lang: Lang): string {
  return docFileName(KPI_DOC_FILES[lang]);
}

export function renderKpiDocs(lang: Lang): string {
  const labels = LABELS[lang];
  const out: string[] = [];
  out.push(`# ${labels.title}`, "");
  out.push(labels.generated, "");
  const others = LANGS.filter((l) => l !== lang).map((l) => `[${LANG_NAMES[l]}](${fileName(l)})`);
  out.push(`${labels.otherLanguages}${labels.colon}${others.join(" · ")}`, "");
  out.push(`${labels.gatesNote}`, "");
  out.push(`### ${labels.contents}`, "");
  for (const section of CATALOG_SECTIONS) {
    const links = section.kpis.map((k) => `[${k.id}](#${k.id})`).join(", ");
    out.push(`- **${section.name[lang]}**: ${links}`);
  }
  out.push("");
  for (const kpi of KPI_CATALOG) out.push(renderKpi(kpi, lang));
  return `${out.join("\n").trimEnd()}\n`;
}
