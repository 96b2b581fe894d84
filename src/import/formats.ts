/**
 * Report formats as data (DESIGN §8, STYLE "Report formats are data too"): per report kind and
 * header language, the headers as the platform writes them, each mapped to a field. Headers are
 * matched exactly after `normalizeHeader`, so the UK/CA spellings (`Sessions – Total`,
 * `Units ordered`) are the en rows already, and a `- B2B` twin never matches its total.
 * Adding Walmart Seller Center or LingXing (领星) is adding a format here and, if its fields are
 * new, a reader in `reports.ts`.
 */
import type { HeaderLocale, ReportKind } from "./types";

/** The columns a reader understands, across kinds (one name per meaning). */
export type Field =
  // business report
  | "parent_asin"
  | "child_asin"
  | "title"
  | "sku"
  | "sessions"
  | "page_views"
  | "units_ordered"
  | "ordered_sales"
  | "order_items"
  // ads
  | "start_date"
  | "end_date"
  | "date"
  | "date_range"
  | "currency"
  | "campaign"
  | "impressions"
  | "clicks"
  | "spend"
  | "ad_sales"
  | "ad_orders"
  // all orders / returns
  | "order_id"
  | "purchase_date"
  | "order_status"
  | "sales_channel"
  | "quantity"
  | "item_price"
  | "return_date"
  | "asin"
  | "disposition"
  | "reason"
  // mercado libre
  | "sale_id"
  | "sale_date"
  | "status"
  | "units"
  | "income"
  | "fees"
  | "shipping"
  | "refunds"
  | "total"
  | "ad_sale";

export interface ReportFormat {
  /** unique within the kind: the header language, or the console generation for ads */
  id: string;
  kind: ReportKind;
  locale: HeaderLocale;
  /** what the headers were verified against (DESIGN §8, 2026) */
  verified: string;
  /** headers as written (first = how messages name the column), per field */
  columns: Readonly<Partial<Record<Field, readonly string[]>>>;
  /** without these the file is refused, naming the first missing column */
  required: readonly Field[];
  /** a header distinctive enough that a file holding it "looks like" this kind */
  signature: readonly Field[];
}

/** How a message names a kind ("looks like a business report but …"). */
export const KIND_NAMES: Readonly<Record<ReportKind, string>> = {
  amazon_business_report: "an Amazon business report",
  amazon_ads_sp: "an Amazon Sponsored Products report",
  amazon_all_orders: "an Amazon All Orders report",
  amazon_fba_returns: "an Amazon FBA customer returns report",
  mercadolibre_ventas: "a Mercado Libre ventas report",
  amazon_account_health: "an Amazon account health report",
};

const BUSINESS_REQUIRED: readonly Field[] = ["sessions", "units_ordered", "ordered_sales", "order_items"];
const BUSINESS_SIGNATURE: readonly Field[] = [
  "parent_asin",
  "child_asin",
  "sessions",
  "page_views",
  "units_ordered",
  "ordered_sales",
  "order_items",
];
const BR_SOURCE =
  "Seller Central Business Reports → Detail Page Sales and Traffic By Child Item (US/UK/CA, MX and CN consoles, 2026)";
const ADS_REQUIRED: readonly Field[] = ["impressions", "clicks", "spend", "ad_sales"];

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    id: "en",
    kind: "amazon_business_report",
    locale: "en",
    verified: BR_SOURCE,
    columns: {
      parent_asin: ["(Parent) ASIN"],
      child_asin: ["(Child) ASIN"],
      title: ["Title"],
      sku: ["SKU"],
      // UK/CA: "Sessions – Total" (en dash), "Units ordered": the same after normalising.
      sessions: ["Sessions - Total"],
      page_views: ["Page Views - Total"],
      units_ordered: ["Units Ordered"],
      ordered_sales: ["Ordered Product Sales"],
      order_items: ["Total Order Items"],
    },
    required: BUSINESS_REQUIRED,
    signature: BUSINESS_SIGNATURE,
  },
  {
    id: "es",
    kind: "amazon_business_report",
    locale: "es",
    verified: BR_SOURCE,
    columns: {
      parent_asin: ["ASIN (parent)"],
      child_asin: ["ASIN (child)"],
      title: ["Título"],
      sku: ["SKU"],
      sessions: ["Sesiones: total"],
      page_views: ["Vistas de página: total"],
      units_ordered: ["Unidades pedidas"],
      ordered_sales: ["Ventas de productos pedidos"],
      order_items: ["Total de artículos del pedido"],
    },
    required: BUSINESS_REQUIRED,
    signature: BUSINESS_SIGNATURE,
  },
  {
    id: "zh",
    kind: "amazon_business_report",
    locale: "zh",
    verified: BR_SOURCE,
    columns: {
      parent_asin: ["（父）ASIN"],
      child_asin: ["（子）ASIN"],
      title: ["标题"],
      sku: ["SKU"],
      sessions: ["会话数 - 总计"],
      page_views: ["页面浏览量 - 总计"],
      units_ordered: ["已订购商品数量"],
      ordered_sales: ["已订购商品销售额"],
      order_items: ["订单商品总数"],
    },
    required: BUSINESS_REQUIRED,
    signature: BUSINESS_SIGNATURE,
  },
  {
    id: "legacy",
    kind: "amazon_ads_sp",
    locale: "en",
    verified: "Amazon Ads console, Sponsored Products reports (legacy generation; trailing spaces as downloaded)",
    columns: {
      start_date: ["Start Date"],
      end_date: ["End Date"],
      date: ["Date"],
      currency: ["Currency"],
      campaign: ["Campaign Name"],
      sku: ["Advertised SKU"],
      impressions: ["Impressions"],
      clicks: ["Clicks"],
      spend: ["Spend"],
      ad_sales: ["7 Day Total Sales "],
      ad_orders: ["7 Day Total Orders (#)"],
    },
    required: ADS_REQUIRED,
    signature: ["spend", "ad_sales", "ad_orders", "sku"],
  },
  {
    id: "console-2026",
    kind: "amazon_ads_sp",
    locale: "en",
    verified: "Amazon Ads console, Sponsored Products reports (2026 generation)",
    columns: {
      currency: ["Budget currency"],
      date_range: ["Date range"],
      campaign: ["Campaign name"],
      sku: ["Advertised product SKU"],
      impressions: ["Impressions"],
      clicks: ["Clicks"],
      spend: ["Total cost"],
      ad_sales: ["Sales"],
      ad_orders: ["Purchases"],
    },
    required: ADS_REQUIRED,
    signature: ["spend", "date_range", "ad_orders", "sku"],
  },
  {
    id: "api-v3",
    kind: "amazon_ads_sp",
    locale: "en",
    verified: "Amazon Ads API v3 reporting, spAdvertisedProduct / spCampaigns column names",
    columns: {
      date: ["date"],
      campaign: ["campaignName"],
      sku: ["advertisedSku"],
      impressions: ["impressions"],
      clicks: ["clicks"],
      spend: ["cost"],
      ad_sales: ["sales7d"],
      ad_orders: ["purchases7d"],
    },
    required: ADS_REQUIRED,
    signature: ["spend", "ad_sales", "ad_orders", "sku", "campaign"],
  },
  {
    id: "en",
    kind: "amazon_all_orders",
    locale: "en",
    verified: "Seller Central Reports → Order Reports → All Orders (flat file, tab-separated)",
    columns: {
      order_id: ["amazon-order-id"],
      purchase_date: ["purchase-date"],
      order_status: ["order-status"],
      sales_channel: ["sales-channel"],
      sku: ["sku"],
      quantity: ["quantity"],
      currency: ["currency"],
      item_price: ["item-price"],
    },
    required: ["order_id", "purchase_date", "order_status", "sales_channel", "sku", "quantity", "item_price"],
    signature: ["order_id", "purchase_date", "order_status", "sales_channel", "item_price"],
  },
  {
    id: "en",
    kind: "amazon_fba_returns",
    locale: "en",
    verified: "Seller Central Fulfillment → Customer returns (FBA returns report)",
    columns: {
      return_date: ["return-date"],
      order_id: ["order-id"],
      sku: ["sku"],
      asin: ["asin"],
      quantity: ["quantity"],
      disposition: ["detailed-disposition"],
      reason: ["reason"],
    },
    required: ["return_date", "sku", "quantity"],
    signature: ["return_date", "disposition"],
  },
  {
    id: "es",
    kind: "mercadolibre_ventas",
    locale: "es",
    verified: "Mercado Libre México, Ventas → Descargar Excel de ventas (sheet Ventas MX, header on row 6)",
    columns: {
      sale_id: ["# de venta", "# Venta"],
      sale_date: ["Fecha de venta"],
      status: ["Estado"],
      units: ["Unidades"],
      income: ["Ingresos por productos (MXN)", "Ingresos por productos"],
      fees: ["Cargo por venta e impuestos (MXN)", "Cargo por venta e impuestos"],
      shipping: ["Costos de envío (MXN)", "Costos de envío"],
      refunds: ["Anulaciones y reembolsos (MXN)", "Anulaciones y reembolsos"],
      total: ["Total (MXN)", "Total"],
      ad_sale: ["Venta por publicidad"],
      sku: ["SKU"],
    },
    required: ["sale_id", "sale_date", "status", "units", "income", "total"],
    signature: ["sale_id", "sale_date", "income", "ad_sale"],
  },
];

/** Where a marketplace id of the account health JSON points (SP-API marketplace ids). */
export const AMAZON_MARKETPLACE_IDS: Readonly<Record<string, "amazon_us" | "amazon_mx">> = {
  ATVPDKIKX0DER: "amazon_us",
  A1AM78C64UM0Y8: "amazon_mx",
};

/** Ads currencies → marketplace; All Orders sales channels → marketplace (normalised, lowercase). */
export const ADS_CURRENCIES: Readonly<Record<string, "amazon_us" | "amazon_mx">> = {
  usd: "amazon_us",
  mxn: "amazon_mx",
};

export const SALES_CHANNELS: Readonly<Record<string, "amazon_us" | "amazon_mx">> = {
  "amazon.com": "amazon_us",
  "amazon.com.mx": "amazon_mx",
};
