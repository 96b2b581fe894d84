/**
 * Regions, their marketplaces and their dated tax settings. Tax rates change by law and by year,
 * so they are rows with a validity window and a source, looked up by date, never constants.
 */

import { MX_PLATFORMS, SOURCES_CHECKED, US_PLATFORMS } from "./catalog/common";
import { kpiError, type Currency, type Localized, type Platform, type Region, type Result } from "./types";

/** The day the tax sources below were last read: the catalog's one checked date (bump together). */
export const TAX_SOURCES_CHECKED = SOURCES_CHECKED;

export type TaxKind =
  | "vat" // value-added tax included in shelf prices (MX IVA)
  | "withholding_vat" // IVA a platform withholds from the seller's sales
  | "withholding_income" // ISR a platform withholds from the seller's sales
  | "sales_tax_facilitator"; // US: the marketplace collects and remits sales tax itself

/** Which sellers a row applies to. */
export type TaxAppliesTo = "all" | "with-rfc" | "without-rfc" | "foreign-payout";

export interface TaxSetting {
  id: string;
  kind: TaxKind;
  rate: number; // fraction, 0.16 for 16%
  appliesTo: TaxAppliesTo;
  validFrom: string; // ISO date, inclusive
  validTo?: string; // ISO date, inclusive; absent while in force
  note: Localized;
  source: string;
  url: string;
  checked: string;
}

export interface RegionInfo {
  id: Region;
  name: Localized;
  currency: Currency;
  platforms: readonly Platform[];
  /** Whether the sales figures the marketplaces report include tax. */
  salesTaxInclusive: boolean;
  taxSettings: readonly TaxSetting[];
}

const LIVA = "https://www.diputados.gob.mx/LeyesBiblio/pdf/LIVA.pdf";
const LISR = "https://www.diputados.gob.mx/LeyesBiblio/pdf/LISR.pdf";
const REFORM_2026 = "2026 Economic Package (Paquete Económico 2026, DOF 2025-11-07)";

const MX_TAX_SETTINGS: readonly TaxSetting[] = [
  {
    id: "mx_iva",
    kind: "vat",
    rate: 0.16,
    appliesTo: "all",
    validFrom: "2010-01-01",
    note: {
      "zh-CN": "墨西哥增值税 IVA 16%，标价含税：净额 = 含税额 ÷ 1.16（边境地区 8% 的优惠不适用于全国性平台销售口径）。",
      "en-US":
        "Mexican IVA 16%, included in shelf prices: net = gross ÷ 1.16 (the 8% border-region incentive is not used for marketplace-wide figures).",
      "es-MX":
        "IVA de 16%, incluido en el precio: neto = bruto ÷ 1.16 (el estímulo de 8% de la región fronteriza no se usa para las cifras de todo el marketplace).",
    },
    source: "Ley del IVA, art. 1",
    url: LIVA,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_iva_rfc",
    kind: "withholding_vat",
    rate: 0.08,
    appliesTo: "with-rfc",
    validFrom: "2020-06-01",
    note: {
      "zh-CN": "有 RFC 的卖家：平台代扣一半 IVA（8%）。2020-06-01 起适用于个人卖家，2026 年起也适用于公司。",
      "en-US":
        "Sellers with an RFC: the platform withholds half the IVA (8%). Individuals since 2020-06-01; companies too from 2026.",
      "es-MX":
        "Vendedores con RFC: la plataforma retiene la mitad del IVA (8%). Personas físicas desde 2020-06-01; también personas morales desde 2026.",
    },
    source: `Ley del IVA, art. 18-J; extended to companies by the ${REFORM_2026}`,
    url: LIVA,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_iva_no_rfc",
    kind: "withholding_vat",
    rate: 0.16,
    appliesTo: "without-rfc",
    validFrom: "2020-06-01",
    note: {
      "zh-CN": "没有 RFC 的卖家：平台代扣全部 IVA（16%）。",
      "en-US": "Sellers without an RFC: the platform withholds the whole IVA (16%).",
      "es-MX": "Vendedores sin RFC: la plataforma retiene todo el IVA (16%).",
    },
    source: "Ley del IVA, arts. 18-J and 18-M",
    url: LIVA,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_iva_foreign_payout",
    kind: "withholding_vat",
    rate: 0.16,
    appliesTo: "foreign-payout",
    validFrom: "2026-01-01",
    note: {
      "zh-CN":
        "非居民卖家在墨西哥境内销售，或货款付到境外银行账户：平台代扣全部 IVA（16%）。中国卖家回款到境外账户时适用。",
      "en-US":
        "Non-resident sellers selling within Mexico, or proceeds paid to a foreign bank account: the platform withholds the whole IVA (16%). Applies to Chinese sellers paid out abroad.",
      "es-MX":
        "Vendedores no residentes con ventas en México, o pagos depositados en una cuenta bancaria extranjera: la plataforma retiene todo el IVA (16%). Aplica a vendedores chinos que cobran en el extranjero.",
    },
    source: `Ley del IVA, art. 18-J regime; foreign-payout rule from the ${REFORM_2026}`,
    url: LIVA,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_isr_rfc_2022",
    kind: "withholding_income",
    rate: 0.01,
    appliesTo: "with-rfc",
    validFrom: "2022-01-01",
    validTo: "2025-12-31",
    note: {
      "zh-CN": "有 RFC 的个人卖家销售商品：平台代扣 ISR 1%（2022–2025）。",
      "en-US": "Individual sellers of goods with an RFC: the platform withheld ISR 1% (2022–2025).",
      "es-MX": "Personas físicas con RFC que venden bienes: la plataforma retenía ISR de 1% (2022–2025).",
    },
    source: "Ley del ISR, art. 113-A (2022 text)",
    url: LISR,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_isr_rfc",
    kind: "withholding_income",
    rate: 0.025,
    appliesTo: "with-rfc",
    validFrom: "2026-01-01",
    note: {
      "zh-CN": "有 RFC 的卖家销售商品：平台代扣 ISR 2.5%（2026 年起，由 1% 上调）。",
      "en-US": "Sellers of goods with an RFC: the platform withholds ISR 2.5% (from 2026, up from 1%).",
      "es-MX": "Vendedores de bienes con RFC: la plataforma retiene ISR de 2.5% (desde 2026; antes 1%).",
    },
    source: `Ley del ISR, art. 113-A regime; 2.5% rate from the ${REFORM_2026}`,
    url: LISR,
    checked: TAX_SOURCES_CHECKED,
  },
  {
    id: "mx_withholding_isr_no_rfc",
    kind: "withholding_income",
    rate: 0.2,
    appliesTo: "without-rfc",
    validFrom: "2020-06-01",
    note: {
      "zh-CN": "没有 RFC 的卖家：平台代扣 ISR 20%。",
      "en-US": "Sellers without an RFC: the platform withholds ISR 20%.",
      "es-MX": "Vendedores sin RFC: la plataforma retiene ISR de 20%.",
    },
    source: "Ley del ISR, arts. 113-A and 113-C",
    url: LISR,
    checked: TAX_SOURCES_CHECKED,
  },
];

const US_TAX_SETTINGS: readonly TaxSetting[] = [
  {
    id: "us_marketplace_facilitator",
    kind: "sales_tax_facilitator",
    rate: 0,
    appliesTo: "all",
    validFrom: "2018-06-21",
    note: {
      "zh-CN":
        "美国各州的 marketplace facilitator 法规由平台代收代缴销售税：平台报表中的销售额不含税，卖家无需从销售额中再剔除税额。",
      "en-US":
        "State marketplace facilitator laws make the marketplace collect and remit sales tax: marketplace sales figures are tax-exclusive and need no tax stripped.",
      "es-MX":
        "Las leyes estatales de marketplace facilitator obligan al marketplace a cobrar y enterar el impuesto sobre ventas: las ventas reportadas no incluyen impuesto.",
    },
    source: "South Dakota v. Wayfair (2018) and the state marketplace facilitator laws that followed",
    url: "https://www.supremecourt.gov/opinions/17pdf/17-494_j4el.pdf",
    checked: TAX_SOURCES_CHECKED,
  },
];

export const REGION_INFO: Readonly<Record<Region, RegionInfo>> = {
  US: {
    id: "US",
    name: { "zh-CN": "美国", "en-US": "United States", "es-MX": "Estados Unidos" },
    currency: "USD",
    platforms: US_PLATFORMS,
    salesTaxInclusive: false,
    taxSettings: US_TAX_SETTINGS,
  },
  MX: {
    id: "MX",
    name: { "zh-CN": "墨西哥", "en-US": "Mexico", "es-MX": "México" },
    currency: "MXN",
    platforms: MX_PLATFORMS,
    salesTaxInclusive: true,
    taxSettings: MX_TAX_SETTINGS,
  },
};

export const PLATFORM_NAMES: Readonly<Record<Platform, Localized>> = {
  amazon_us: { "zh-CN": "亚马逊美国站", "en-US": "Amazon US", "es-MX": "Amazon Estados Unidos" },
  amazon_mx: { "zh-CN": "亚马逊墨西哥站", "en-US": "Amazon Mexico", "es-MX": "Amazon México" },
  mercadolibre_mx: { "zh-CN": "美客多墨西哥站", "en-US": "Mercado Libre Mexico", "es-MX": "Mercado Libre México" },
  walmart_us: { "zh-CN": "沃尔玛美国站", "en-US": "Walmart Marketplace US", "es-MX": "Walmart Marketplace EE. UU." },
  tiktok_us: { "zh-CN": "TikTok Shop 美国站", "en-US": "TikTok Shop US", "es-MX": "TikTok Shop EE. UU." },
};

export function getRegion(region: Region): RegionInfo {
  return REGION_INFO[region];
}

function inForce(setting: TaxSetting, onDate: string): boolean {
  // ISO yyyy-mm-dd strings order the same way as the dates they name.
  return setting.validFrom <= onDate && (setting.validTo === undefined || onDate <= setting.validTo);
}

/** The settings of a region in force on a date (ISO yyyy-mm-dd). */
export function taxSettingsOn(region: Region, onDate: string): readonly TaxSetting[] {
  return REGION_INFO[region].taxSettings.filter((s) => inForce(s, onDate));
}

function rateOn(region: Region, kind: TaxKind, appliesTo: TaxAppliesTo, onDate: string): number | undefined {
  return taxSettingsOn(region, onDate).find((s) => s.kind === kind && s.appliesTo === appliesTo)?.rate;
}

/** The VAT rate included in shelf prices (MX 0.16; US 0, its marketplace sales being tax-exclusive). */
export function includedTaxRate(region: Region, onDate: string): number {
  return rateOn(region, "vat", "all", onDate) ?? 0;
}

export interface WithholdingRates {
  vat: number;
  income: number;
}

/**
 * IVA and ISR a platform withholds from a seller's sales on a date, by RFC status.
 * US has no platform withholding (0 and 0). A Mexican date with no setting in force is "na":
 * better a flagged cell than a silent 0 on someone's payout.
 */
export function withholdingRates(region: Region, hasRfc: boolean, onDate: string): Result<WithholdingRates> {
  if (region === "US") return { vat: 0, income: 0 };
  const appliesTo: TaxAppliesTo = hasRfc ? "with-rfc" : "without-rfc";
  const vat = rateOn(region, "withholding_vat", appliesTo, onDate);
  const income = rateOn(region, "withholding_income", appliesTo, onDate);
  if (vat === undefined || income === undefined) {
    return kpiError("na", `No ${region} withholding setting in force on ${onDate} (${appliesTo})`);
  }
  return { vat, income };
}
