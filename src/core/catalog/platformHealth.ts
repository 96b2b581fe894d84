/**
 * Platform-health gates: the account-health limits Amazon, Mercado Libre and Walmart enforce.
 * A gate carries no weight; its target is the platform threshold, and a failed gate sets the
 * payout to the gate-fail payout (DESIGN §3). Thresholds are dated data with their source:
 * when a platform changes a limit, edit the table and SOURCES_CHECKED, not the scoring code.
 */

import type { KpiDef, PlatformThreshold } from "./kpiDef";
import { BOTH_REGIONS, MX_ONLY, SOURCES_CHECKED, US_ONLY } from "./common";

const AMAZON_US_HELP = "https://sellercentral.amazon.com/help/hub/reference/external/";
const AMAZON_MX_ACCOUNT_HEALTH = {
  source: "Amazon Seller Central México — Supervisar el estado de la cuenta (Account Health)",
  url: "https://sellercentral.amazon.com.mx/gp/help/external/help.html?itemID=200205250",
  checked: SOURCES_CHECKED,
} as const;

const ML_REPUTATION = {
  url: "https://global-selling.mercadolibre.com/help/what-the-changes-in-reputation-are_27672",
  checked: SOURCES_CHECKED,
} as const;
const ML_LEADER_SOURCE = "Mercado Libre — reputation limits, Mexico: MercadoLíder level (in force since April 2023)";
const ML_GREEN_SOURCE = "Mercado Libre — reputation limits, Mexico: green (verde) level";
const ML_WINDOW = "60 days (365 days under 40 sales)";

const WALMART_SPS = {
  source: "Walmart Marketplace — Seller Performance Standards",
  url: "https://marketplacelearn.walmart.com/guides/Policies%20&%20standards/Performance/Seller-performance-standards",
  checked: SOURCES_CHECKED,
} as const;

function amazonUs(helpId: string, title: string): { source: string; url: string; checked: string } {
  return { source: `Amazon Seller Central — ${title}`, url: `${AMAZON_US_HELP}${helpId}`, checked: SOURCES_CHECKED };
}

/** MercadoLíder limit first (the gate), green level second (recorded for reference). */
function mlThresholds(leader: number, green: number): readonly PlatformThreshold[] {
  return [
    {
      platform: "mercadolibre_mx",
      value: leader,
      comparator: "<=",
      window: ML_WINDOW,
      source: ML_LEADER_SOURCE,
      ...ML_REPUTATION,
    },
    {
      platform: "mercadolibre_mx",
      value: green,
      comparator: "<=",
      window: ML_WINDOW,
      source: ML_GREEN_SOURCE,
      ...ML_REPUTATION,
    },
  ];
}

export const PLATFORM_HEALTH_KPIS: readonly KpiDef[] = [
  // ---- Amazon -------------------------------------------------------------------------------
  {
    id: "odr",
    name: {
      "zh-CN": "订单缺陷率 ODR",
      "en-US": "Order defect rate (ODR)",
      "es-MX": "Tasa de pedidos defectuosos (ODR)",
    },
    definition: {
      "zh-CN":
        "60 天内有缺陷的订单 ÷ 订单数。缺陷指负面反馈（1–2 星）、未被驳回的 A-to-z 索赔或服务类信用卡拒付。亚马逊要求 ODR 低于 1%。",
      "en-US":
        "Orders with a defect ÷ orders, over 60 days. A defect is negative feedback (1–2 stars), an A-to-z Guarantee claim that was not declined, or a service chargeback. Amazon requires an ODR under 1%.",
      "es-MX":
        "Pedidos con defecto ÷ pedidos, en 60 días. Un defecto es una calificación negativa (1 a 2 estrellas), un reclamo de la Garantía de la A a la Z no rechazado o un contracargo por servicio. Amazon exige una ODR menor a 1%.",
    },
    formula: "defective orders ÷ orders (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ["amazon_us", "amazon_mx"],
    roles: ["ops", "cs", "ads", "manager"],
    defaultTarget: { US: 0.01, MX: 0.01 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "amazon_us",
        value: 0.01,
        comparator: "<",
        window: "60 days",
        ...amazonUs("G200285170", "Order Defect Rate"),
      },
      { platform: "amazon_mx", value: 0.01, comparator: "<", window: "60 days", ...AMAZON_MX_ACCOUNT_HEALTH },
    ],
    data: { windowDays: 60 },
  },
  {
    id: "late_shipment_rate",
    name: { "zh-CN": "迟发率", "en-US": "Late shipment rate", "es-MX": "Tasa de envíos con retraso" },
    definition: {
      "zh-CN": "在预计发货日之后才确认发货的自发货订单 ÷ 自发货订单，按 10 天和 30 天两个窗口计算。亚马逊要求低于 4%。",
      "en-US":
        "Seller-fulfilled orders whose shipment was confirmed after the expected ship date ÷ seller-fulfilled orders, over 10-day and 30-day windows. Amazon requires under 4%.",
      "es-MX":
        "Pedidos con envío propio cuya confirmación de envío fue posterior a la fecha prevista ÷ pedidos con envío propio, en ventanas de 10 y 30 días. Amazon exige menos de 4%.",
    },
    formula: "orders confirmed after the expected ship date ÷ seller-fulfilled orders",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ["amazon_us", "amazon_mx"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.04, MX: 0.04 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "amazon_us",
        value: 0.04,
        comparator: "<",
        window: "10 days",
        ...amazonUs("G200285190", "Late Shipment Rate"),
      },
      {
        platform: "amazon_us",
        value: 0.04,
        comparator: "<",
        window: "30 days",
        ...amazonUs("G200285190", "Late Shipment Rate"),
      },
      { platform: "amazon_mx", value: 0.04, comparator: "<", window: "10 days", ...AMAZON_MX_ACCOUNT_HEALTH },
      { platform: "amazon_mx", value: 0.04, comparator: "<", window: "30 days", ...AMAZON_MX_ACCOUNT_HEALTH },
    ],
    data: { windowDays: 10 },
  },
  {
    id: "cancel_rate",
    name: {
      "zh-CN": "配送前取消率",
      "en-US": "Pre-fulfilment cancel rate",
      "es-MX": "Tasa de cancelación previa al envío",
    },
    definition: {
      "zh-CN":
        "7 天内卖家在确认发货前取消的自发货订单 ÷ 自发货订单（买家经官方流程申请的取消不计）。亚马逊要求低于 2.5%。",
      "en-US":
        "Seller-fulfilled orders cancelled by the seller before shipment confirmation ÷ seller-fulfilled orders, over 7 days (cancellations the buyer requested through Amazon's process excluded). Amazon requires under 2.5%.",
      "es-MX":
        "Pedidos con envío propio cancelados por el vendedor antes de confirmar el envío ÷ pedidos con envío propio, en 7 días (sin las cancelaciones solicitadas por el comprador por el proceso de Amazon). Amazon exige menos de 2.5%.",
    },
    formula: "seller-cancelled orders before shipment ÷ seller-fulfilled orders (7 days)",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ["amazon_us", "amazon_mx"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.025, MX: 0.025 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "amazon_us",
        value: 0.025,
        comparator: "<",
        window: "7 days",
        ...amazonUs("G200285210", "Cancellation Rate"),
      },
      { platform: "amazon_mx", value: 0.025, comparator: "<", window: "7 days", ...AMAZON_MX_ACCOUNT_HEALTH },
    ],
    data: { windowDays: 7 },
  },
  {
    id: "valid_tracking_rate",
    name: { "zh-CN": "有效追踪率", "en-US": "Valid tracking rate", "es-MX": "Tasa de seguimiento válido" },
    definition: {
      "zh-CN":
        "带有效追踪号（至少一次承运商扫描）的自发货包裹 ÷ 已确认发货的自发货包裹，30 天窗口，按品类考核。亚马逊要求不低于 95%。",
      "en-US":
        "Seller-fulfilled packages with a valid tracking number (at least one carrier scan) ÷ seller-fulfilled packages confirmed, over 30 days, assessed per product category. Amazon requires at least 95%.",
      "es-MX":
        "Paquetes con envío propio con número de seguimiento válido (al menos un escaneo del transportista) ÷ paquetes con envío confirmado, en 30 días, por categoría de producto. Amazon exige al menos 95%.",
    },
    formula: "packages with valid tracking ÷ packages confirmed (30 days)",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.95 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "amazon_us",
        value: 0.95,
        comparator: ">",
        window: "30 days",
        ...amazonUs("G201817070", "Valid Tracking Rate (VTR)"),
      },
    ],
    data: { windowDays: 30 },
  },
  {
    id: "on_time_delivery_rate",
    name: { "zh-CN": "准时送达率", "en-US": "On-time delivery rate", "es-MX": "Tasa de entregas a tiempo" },
    definition: {
      "zh-CN": "在预计送达日或之前送达的自发货包裹 ÷ 有追踪信息的自发货包裹，14 天窗口。亚马逊要求高于 90%。",
      "en-US":
        "Seller-fulfilled packages delivered by the estimated delivery date ÷ seller-fulfilled packages with tracking, over 14 days. Amazon requires more than 90%.",
      "es-MX":
        "Paquetes con envío propio entregados a más tardar en la fecha estimada ÷ paquetes con envío propio con seguimiento, en 14 días. Amazon exige más de 90%.",
    },
    formula: "packages delivered by the estimated date ÷ tracked packages (14 days)",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.9 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "amazon_us",
        value: 0.9,
        comparator: ">",
        window: "14 days",
        ...amazonUs("G200847280", "On-time delivery rate"),
      },
    ],
    data: { windowDays: 14 },
  },
  // ---- Mercado Libre Mexico ------------------------------------------------------------------
  {
    id: "ml_claims_rate",
    name: {
      "zh-CN": "美客多买家投诉率（Reclamos）",
      "en-US": "Mercado Libre claims rate",
      "es-MX": "Reclamos (Mercado Libre)",
    },
    definition: {
      "zh-CN":
        "有买家投诉（reclamo）的销售 ÷ 已完成销售，60 天窗口（60 天内少于 40 单时取 365 天）。MercadoLíder 要求 ≤ 1%；绿色声誉为 ≤ 1.5%。",
      "en-US":
        "Sales with a buyer claim (reclamo) ÷ completed sales, over 60 days (365 days when there are fewer than 40 sales in 60 days). MercadoLíder requires at most 1%; green reputation allows up to 1.5%.",
      "es-MX":
        "Ventas con reclamo ÷ ventas concretadas, en 60 días (365 días si hay menos de 40 ventas en 60 días). MercadoLíder exige como máximo 1%; la reputación verde permite hasta 1.5%.",
    },
    formula: "sales with claims ÷ completed sales (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: MX_ONLY,
    platforms: ["mercadolibre_mx"],
    roles: ["ops", "cs", "ads", "manager"],
    defaultTarget: { MX: 0.01 },
    defaultWeight: 0,
    gate: true,
    thresholds: mlThresholds(0.01, 0.015),
    data: { windowDays: 60 },
  },
  {
    id: "ml_cancel_rate",
    name: {
      "zh-CN": "美客多卖家取消率",
      "en-US": "Mercado Libre seller cancellation rate",
      "es-MX": "Ventas canceladas por ti (Mercado Libre)",
    },
    definition: {
      "zh-CN":
        "卖家取消的销售 ÷ 销售，60 天窗口（60 天内少于 40 单时取 365 天）。MercadoLíder 要求 ≤ 0.5%；绿色声誉为 ≤ 1%。",
      "en-US":
        "Sales cancelled by the seller ÷ sales, over 60 days (365 days when there are fewer than 40 sales in 60 days). MercadoLíder requires at most 0.5%; green reputation allows up to 1%.",
      "es-MX":
        "Ventas canceladas por el vendedor ÷ ventas, en 60 días (365 días si hay menos de 40 ventas en 60 días). MercadoLíder exige como máximo 0.5%; la reputación verde permite hasta 1%.",
    },
    formula: "sales cancelled by the seller ÷ sales (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: MX_ONLY,
    platforms: ["mercadolibre_mx"],
    roles: ["ops", "cs", "warehouse", "manager"],
    defaultTarget: { MX: 0.005 },
    defaultWeight: 0,
    gate: true,
    thresholds: mlThresholds(0.005, 0.01),
    data: { windowDays: 60 },
  },
  {
    id: "ml_delayed_rate",
    name: {
      "zh-CN": "美客多延迟发货率",
      "en-US": "Mercado Libre delayed shipping rate",
      "es-MX": "Despachos con demora (Mercado Libre)",
    },
    definition: {
      "zh-CN":
        "晚于承诺时间交给物流的销售 ÷ 需发货的销售，60 天窗口（60 天内少于 40 单时取 365 天）。MercadoLíder 要求 ≤ 8%；绿色声誉为 ≤ 10%。",
      "en-US":
        "Sales handed to the carrier later than promised ÷ sales shipped, over 60 days (365 days when there are fewer than 40 sales in 60 days). MercadoLíder requires at most 8%; green reputation allows up to 10%.",
      "es-MX":
        "Ventas despachadas al transportista después del plazo ÷ ventas enviadas, en 60 días (365 días si hay menos de 40 ventas en 60 días). MercadoLíder exige como máximo 8%; la reputación verde permite hasta 10%.",
    },
    formula: "sales dispatched late ÷ sales shipped (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: MX_ONLY,
    platforms: ["mercadolibre_mx"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { MX: 0.08 },
    defaultWeight: 0,
    gate: true,
    thresholds: mlThresholds(0.08, 0.1),
    data: { windowDays: 60 },
  },
  // ---- Walmart US ----------------------------------------------------------------------------
  {
    id: "wm_cancel_rate",
    name: { "zh-CN": "沃尔玛取消率", "en-US": "Walmart cancellation rate", "es-MX": "Tasa de cancelación (Walmart)" },
    definition: {
      "zh-CN": "卖家在收到订单后取消的订单 ÷ 订单，30 天窗口。沃尔玛要求 ≤ 2%。",
      "en-US":
        "Orders the seller cancelled after receiving them from Walmart ÷ orders, over 30 days. Walmart requires at most 2%.",
      "es-MX":
        "Pedidos cancelados por el vendedor después de recibirlos de Walmart ÷ pedidos, en 30 días. Walmart exige como máximo 2%.",
    },
    formula: "seller-cancelled orders ÷ orders (30 days)",
    unit: "percent",
    polarity: "lower",
    regions: US_ONLY,
    platforms: ["walmart_us"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.02 },
    defaultWeight: 0,
    gate: true,
    thresholds: [{ platform: "walmart_us", value: 0.02, comparator: "<=", window: "30 days", ...WALMART_SPS }],
    data: { windowDays: 30 },
  },
  {
    id: "wm_on_time_delivery_rate",
    name: {
      "zh-CN": "沃尔玛准时送达率",
      "en-US": "Walmart on-time delivery rate",
      "es-MX": "Tasa de entregas a tiempo (Walmart)",
    },
    definition: {
      "zh-CN": "在预计送达日（EDD）或之前送达的订单 ÷ 订单，30 天窗口，仅自发货订单。沃尔玛要求 ≥ 90%。",
      "en-US":
        "Orders delivered on or before the Expected Delivery Date ÷ orders, over 30 days, seller-fulfilled orders only. Walmart requires at least 90%.",
      "es-MX":
        "Pedidos entregados a más tardar en la fecha de entrega esperada ÷ pedidos, en 30 días, solo envíos del vendedor. Walmart exige al menos 90%.",
    },
    formula: "orders delivered by the expected date ÷ orders (30 days)",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["walmart_us"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.9 },
    defaultWeight: 0,
    gate: true,
    thresholds: [{ platform: "walmart_us", value: 0.9, comparator: ">=", window: "30 days", ...WALMART_SPS }],
    data: { windowDays: 30 },
  },
  {
    id: "wm_valid_tracking_rate",
    name: {
      "zh-CN": "沃尔玛有效追踪率",
      "en-US": "Walmart valid tracking rate",
      "es-MX": "Tasa de seguimiento válido (Walmart)",
    },
    definition: {
      "zh-CN": "提供有效追踪信息的订单 ÷ 订单，30 天窗口，仅自发货订单。沃尔玛要求 ≥ 99%。",
      "en-US":
        "Orders with valid tracking information ÷ orders, over 30 days, seller-fulfilled orders only. Walmart requires at least 99%.",
      "es-MX":
        "Pedidos con información de seguimiento válida ÷ pedidos, en 30 días, solo envíos del vendedor. Walmart exige al menos 99%.",
    },
    formula: "orders with valid tracking ÷ orders (30 days)",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["walmart_us"],
    roles: ["ops", "warehouse", "manager"],
    defaultTarget: { US: 0.99 },
    defaultWeight: 0,
    gate: true,
    thresholds: [{ platform: "walmart_us", value: 0.99, comparator: ">=", window: "30 days", ...WALMART_SPS }],
    data: { windowDays: 30 },
  },
  {
    id: "wm_refund_rate",
    name: { "zh-CN": "沃尔玛退款率", "en-US": "Walmart refund rate", "es-MX": "Tasa de reembolsos (Walmart)" },
    definition: {
      "zh-CN": "因卖家责任（商品损坏、发错货等）退款的订单 ÷ 订单，30 天窗口。沃尔玛要求 ≤ 6%。",
      "en-US":
        "Orders refunded for reasons the seller is responsible for (item damaged, wrong item sent) ÷ orders, over 30 days. Walmart requires at most 6%.",
      "es-MX":
        "Pedidos reembolsados por causas atribuibles al vendedor (artículo dañado, artículo equivocado) ÷ pedidos, en 30 días. Walmart exige como máximo 6%.",
    },
    formula: "seller-accountable refunded orders ÷ orders (30 days)",
    unit: "percent",
    polarity: "lower",
    regions: US_ONLY,
    platforms: ["walmart_us"],
    roles: ["cs", "manager"],
    defaultTarget: { US: 0.06 },
    defaultWeight: 0,
    gate: true,
    thresholds: [{ platform: "walmart_us", value: 0.06, comparator: "<=", window: "30 days", ...WALMART_SPS }],
    data: { windowDays: 30 },
  },
  {
    id: "wm_negative_feedback_rate",
    name: {
      "zh-CN": "沃尔玛差评率",
      "en-US": "Walmart negative feedback rate",
      "es-MX": "Tasa de calificaciones negativas (Walmart)",
    },
    definition: {
      "zh-CN": "60 天内收到 1–2 星评价的订单 ÷ 订单；同一订单的商品评价和卖家评价取较低者。沃尔玛要求 ≤ 2%。",
      "en-US":
        "Orders that received a 1- or 2-star rating ÷ orders, over 60 days; when an order has both an item and a seller review, the lower counts. Walmart requires at most 2%.",
      "es-MX":
        "Pedidos con calificación de 1 o 2 estrellas ÷ pedidos, en 60 días; si un pedido tiene reseña del artículo y del vendedor, cuenta la más baja. Walmart exige como máximo 2%.",
    },
    formula: "orders rated 1–2 stars ÷ orders (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: US_ONLY,
    platforms: ["walmart_us"],
    roles: ["cs", "manager"],
    defaultTarget: { US: 0.02 },
    defaultWeight: 0,
    gate: true,
    thresholds: [
      {
        platform: "walmart_us",
        value: 0.02,
        comparator: "<=",
        window: "60 days",
        source: "Walmart Marketplace — Negative Feedback Rate: Overview (Seller Performance Standards)",
        url: "https://marketplacelearn.walmart.com/guides/negative-feedback-rate-overview",
        checked: SOURCES_CHECKED,
      },
    ],
    data: { windowDays: 60 },
  },
];
