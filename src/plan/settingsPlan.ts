/**
 * The Settings sheet: scoring rules (cap, gate-fail payout, payout tiers) and data definitions (口径)
 * as workbook-scoped named cells, so one edit there recalculates every scorecard formula; plus the
 * dated tax settings and platform thresholds the numbers rest on, each with its source.
 */
import { KPI_CATALOG } from "../core/catalog";
import { PLATFORM_NAMES, REGION_INFO, includedTaxRate, type TaxAppliesTo, type TaxKind } from "../core/regions";
import { sortedTiers, type ScoringRules, type Tier } from "../core/scoring";
import { isKpiError, type Currency, type Lang, type Region } from "../core/types";
import { translator, windowText, yesNo, type MessageKey } from "../i18n/messages";
import { range } from "./a1";
import {
  FMT_PAYOUT,
  FMT_PERCENT,
  STYLE_INPUT,
  STYLE_LABEL,
  STYLE_NOTE,
  STYLE_TITLE,
  columnRange,
  formatRuns,
  unitFormat,
} from "./formats";
import { CURRENCIES } from "./teamConfig";
import type { NamedRangePlan, PlanCell, SheetPlan, StyledRange, TablePlan } from "./types";

export const SETTINGS_SHEET_KEY = "settings";

/** The workbook-scoped names the formulas use (SCORECARD_DESIGN). */
export const NAMES = {
  period: "kpi_period",
  cap: "kpi_cap",
  gateFailPayout: "kpi_gate_fail_payout",
  tierMin: "kpi_tier_min",
  tierPayout: "kpi_tier_payout",
  ivaRate: "kpi_iva_rate",
  taxInclusive: "kpi_tax_inclusive",
  refundsDeducted: "kpi_refunds_deducted",
  attributionDays: "kpi_attribution_days",
  currency: "kpi_currency",
} as const;

/** The data definitions (口径) the Settings sheet starts from; the task pane offers the same defaults. */
export const SETTING_DEFAULTS = { salesIncludeTax: false, refundsDeducted: false, attributionDays: 7 } as const;

/** The default IVA rate: MX's VAT included in shelf prices on `onDate` (ISO), from core/regions' dated rows. */
export function defaultIvaRate(onDate: string): number {
  return includedTaxRate("MX", onDate);
}

const TAX_KIND_KEYS: Readonly<Record<TaxKind, MessageKey>> = {
  vat: "tax.vat",
  withholding_vat: "tax.withholding_vat",
  withholding_income: "tax.withholding_income",
  sales_tax_facilitator: "tax.sales_tax_facilitator",
};

const APPLIES_TO_KEYS: Readonly<Record<TaxAppliesTo, MessageKey>> = {
  all: "applies.all",
  "with-rfc": "applies.with-rfc",
  "without-rfc": "applies.without-rfc",
  "foreign-payout": "applies.foreign-payout",
};

export interface SettingsInput {
  title: string;
  period: string;
  currency: Currency;
  rules: ScoringRules;
  regions: readonly Region[];
  /** the year whose tax rates apply */
  year: number;
  /** the config's data definitions (DESIGN §5), both default false: sales net of tax, GMV as ordered */
  salesIncludeTax?: boolean;
  refundsDeducted?: boolean;
}

export interface PlannedSheet {
  sheet: SheetPlan;
  namedRanges: (NamedRangePlan & { sheetKey: string })[];
}

interface SettingRow {
  label: MessageKey;
  value: PlanCell;
  note?: MessageKey;
  name?: string;
  format?: string;
  list?: string[];
}

export function planSettings(input: SettingsInput, lang: Lang): PlannedSheet {
  const t = translator(lang);
  const rows: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const numberFormats: SheetPlan["numberFormats"] = [];
  const validations: SheetPlan["validations"] = [];
  const names: PlannedSheet["namedRanges"] = [];
  const tables: TablePlan[] = [];
  const key = SETTINGS_SHEET_KEY;

  const name = (n: string, r: number, c: number, bottom = r) =>
    names.push({ name: n, range: range(r, c, bottom, c), sheetKey: key });
  const heading = (text: string) => {
    styles.push({ range: range(rows.length, 0, rows.length, 0), style: STYLE_LABEL });
    rows.push([text]);
  };
  /** Makes rows header..last a table, if it has any body rows; says whether it did. */
  const table = (tableName: string, header: number, last: number, tableHeaders: string[]) => {
    if (last <= header) return false;
    tables.push({
      name: tableName,
      range: range(header, 0, last, tableHeaders.length - 1),
      headers: tableHeaders,
      style: "TableStyleLight9",
    });
    return true;
  };
  const settingRows = (list: SettingRow[]) => {
    for (const s of list) {
      const r = rows.length;
      rows.push([t(s.label), s.value, s.note ? t(s.note) : null]);
      styles.push({ range: range(r, 1, r, 1), style: STYLE_INPUT });
      if (s.note) styles.push({ range: range(r, 2, r, 2), style: STYLE_NOTE });
      if (s.name) name(s.name, r, 1);
      if (s.format) numberFormats.push({ range: range(r, 1, r, 1), format: s.format });
      if (s.list) validations.push({ range: range(r, 1, r, 1), list: s.list });
    }
  };

  rows.push([t("sheet.settings")]);
  styles.push({ range: range(0, 0, 0, 0), style: STYLE_TITLE });
  rows.push([t("col.setting"), t("col.value"), t("col.note")]);
  styles.push({ range: range(1, 0, 1, 2), style: STYLE_LABEL });
  settingRows([
    { label: "label.title", value: input.title },
    { label: "label.period", value: input.period, name: NAMES.period },
    { label: "label.currency", value: input.currency, name: NAMES.currency, list: [...CURRENCIES] },
  ]);
  rows.push([]);
  heading(t("label.scoringRules"));
  settingRows([
    { label: "label.cap", value: input.rules.cap, note: "label.capNote", name: NAMES.cap, format: FMT_PERCENT },
    {
      label: "label.gateFailPayout",
      value: input.rules.gateFailPayout,
      note: "label.gateFailPayoutNote",
      name: NAMES.gateFailPayout,
      format: FMT_PAYOUT,
    },
  ]);
  rows.push([]);
  heading(t("label.dataDefinitions"));
  // yes/no flags as the sheet's words (no formula reads them); the drop-down offers the two words
  const flag = (v: boolean) => yesNo(lang, v);
  const flagList = [yesNo(lang, true), yesNo(lang, false)];
  settingRows([
    {
      label: "label.ivaRate",
      value: defaultIvaRate(`${input.year}-01-01`),
      note: "label.ivaRateNote",
      name: NAMES.ivaRate,
      format: FMT_PERCENT,
    },
    // Reported net of tax by default: MX gross ÷ (1 + IVA), US sales are tax-exclusive already.
    {
      label: "label.taxInclusive",
      // the definition the Data sheet's formulas follow (DESIGN §5, §8), not whether shelf prices include tax
      value: flag(input.salesIncludeTax ?? SETTING_DEFAULTS.salesIncludeTax),
      note: "label.taxInclusiveNote",
      name: NAMES.taxInclusive,
      list: flagList,
    },
    {
      label: "label.refundsDeducted",
      value: flag(input.refundsDeducted ?? SETTING_DEFAULTS.refundsDeducted),
      note: "label.refundsDeductedNote",
      name: NAMES.refundsDeducted,
      list: flagList,
    },
    {
      label: "label.attributionDays",
      value: SETTING_DEFAULTS.attributionDays,
      note: "label.attributionDaysNote",
      name: NAMES.attributionDays,
    },
  ]);
  rows.push([]);

  // ---------- payout tiers (ascending; LOOKUP in the summary needs that order) ----------
  heading(t("label.tiers"));
  const sorted = sortedTiers(input.rules.tiers);
  const tiers: Tier[] = isKpiError(sorted) ? [] : sorted;
  const tierHeader = rows.length;
  const tierHeaders = [t("col.tierMin"), t("col.tierPayout")];
  rows.push(tierHeaders);
  for (const tier of tiers) rows.push([tier.min, tier.payout]);
  const tierLast = rows.length - 1;
  if (table("tblTiers", tierHeader, tierLast, tierHeaders)) {
    name(NAMES.tierMin, tierHeader + 1, 0, tierLast);
    name(NAMES.tierPayout, tierHeader + 1, 1, tierLast);
    numberFormats.push({ range: range(tierHeader + 1, 0, tierLast, 0), format: FMT_PERCENT });
    numberFormats.push({ range: range(tierHeader + 1, 1, tierLast, 1), format: FMT_PAYOUT });
    styles.push({ range: range(tierHeader + 1, 0, tierLast, 1), style: STYLE_INPUT });
  }
  rows.push([]);

  // ---------- dated tax settings ----------
  heading(t("label.taxSettings"));
  const taxHeaders = [
    t("col.region"),
    t("col.taxSetting"),
    t("col.rate"),
    t("col.appliesTo"),
    t("col.validFrom"),
    t("col.validTo"),
    t("col.note"),
    t("col.source"),
    t("col.url"),
    t("col.checked"),
  ];
  const taxHeader = rows.length;
  rows.push(taxHeaders);
  for (const region of input.regions) {
    for (const s of REGION_INFO[region].taxSettings) {
      rows.push([
        region,
        t(TAX_KIND_KEYS[s.kind]),
        s.rate,
        t(APPLIES_TO_KEYS[s.appliesTo]),
        s.validFrom,
        s.validTo ?? null,
        s.note[lang],
        s.source,
        s.url,
        s.checked,
      ]);
    }
  }
  const taxLast = rows.length - 1;
  if (table("tblTaxSettings", taxHeader, taxLast, taxHeaders)) {
    numberFormats.push({ range: columnRange(taxHeader + 1, taxLast, 2), format: FMT_PERCENT });
  }
  rows.push([]);

  // ---------- platform thresholds of the gates sold in these regions ----------
  heading(t("label.thresholds"));
  const thrHeaders = [
    t("col.kpiId"),
    t("col.kpi"),
    t("col.platform"),
    t("col.comparator"),
    t("col.threshold"),
    t("col.window"),
    t("col.source"),
    t("col.url"),
    t("col.checked"),
  ];
  const thrHeader = rows.length;
  rows.push(thrHeaders);
  const platforms = new Set(input.regions.flatMap((r) => REGION_INFO[r].platforms));
  const thrFormats: string[] = [];
  for (const k of KPI_CATALOG) {
    for (const th of k.thresholds ?? []) {
      if (!platforms.has(th.platform)) continue;
      rows.push([
        k.id,
        k.name[lang],
        PLATFORM_NAMES[th.platform][lang],
        th.comparator,
        th.value,
        windowText(th.window, lang),
        th.source,
        th.url,
        th.checked,
      ]);
      thrFormats.push(unitFormat(k.unit, input.currency));
    }
  }
  const thrLast = rows.length - 1;
  if (table("tblThresholds", thrHeader, thrLast, thrHeaders)) {
    numberFormats.push(...formatRuns(thrFormats, thrHeader + 1, 4, 4));
  }

  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...new Array<PlanCell>(width - r.length).fill(null)]);
  return {
    sheet: {
      key,
      name: t("sheet.settings"),
      blocks: [{ at: { row: 0, col: 0 }, cells }],
      styles,
      numberFormats,
      validations,
      tables,
      columnWidths: { 0: 30, 1: 30, 2: 34, 3: 12, 4: 14, 5: 18, 6: 60, 7: 50, 8: 40, 9: 12 },
      tabColor: "#7F7F7F",
    },
    namedRanges: names,
  };
}
