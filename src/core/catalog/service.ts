/**
 * Customer-service and returns KPIs (客服). Rates are per order (or per unit where stated)
 * in the period; platform-enforced versions of these rates live in platformHealth.ts as gates.
 */

import type { KpiDef } from "./kpiDef";
import { ALL_PLATFORMS, AMAZON_PLATFORMS, BOTH_REGIONS, MX_ONLY, US_ONLY } from "./common";

export const SERVICE_KPIS: readonly KpiDef[] = [
  {
    id: "response_24h_rate",
    name: { "zh-CN": "24 小时回复率", "en-US": "24-hour response rate", "es-MX": "Tasa de respuesta en 24 horas" },
    definition: {
      "zh-CN":
        "24 小时内回复的买家消息 ÷ 需要回复的买家消息（亚马逊买家与卖家消息、美客多消息和提问、沃尔玛咨询）。与亚马逊一致，周末和节假日也计时。窗口：自然月。",
      "en-US":
        "Buyer messages answered within 24 hours ÷ buyer messages that need a reply (Amazon Buyer-Seller Messaging, Mercado Libre messages and questions, Walmart inquiries). As Amazon counts it, weekends and holidays are included. Window: calendar month.",
      "es-MX":
        "Mensajes de compradores respondidos en menos de 24 horas ÷ mensajes que requieren respuesta (mensajería de Amazon, mensajes y preguntas de Mercado Libre, consultas de Walmart). Como lo cuenta Amazon, se incluyen fines de semana y días festivos. Ventana: mes calendario.",
    },
    formula: "messages answered within 24 h ÷ messages needing a reply",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs"],
    defaultTarget: { US: 0.95, MX: 0.95 },
    defaultWeight: 25,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "first_response_hours",
    name: {
      "zh-CN": "平均首次响应时长（小时）",
      "en-US": "Average first response time (hours)",
      "es-MX": "Tiempo promedio de primera respuesta (horas)",
    },
    definition: {
      "zh-CN": "从买家第一条消息到第一条人工回复的平均小时数，覆盖本期新开的全部会话；自动回复不算。",
      "en-US":
        "Average hours from a buyer's first message to the first reply written by a person, over all conversations opened in the period; auto-replies do not count.",
      "es-MX":
        "Promedio de horas desde el primer mensaje del comprador hasta la primera respuesta escrita por una persona, en todas las conversaciones abiertas en el periodo; las respuestas automáticas no cuentan.",
    },
    formula: "Σ hours to first human reply ÷ conversations",
    unit: "number",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs"],
    defaultTarget: { US: 6, MX: 4 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    // A process KPI (DESIGN §9): how fast a bad review gets an answer, beside the rates it later moves.
    id: "negative_review_response_hours",
    name: {
      "zh-CN": "差评响应时长（小时）",
      "en-US": "Negative review response time (hours)",
      "es-MX": "Tiempo de respuesta a reseñas negativas (horas)",
    },
    definition: {
      "zh-CN":
        "1–2 星商品评论或店铺评价出现后，到卖家通过平台允许的渠道首次回应的平均小时数（平台支持公开回复时为公开回复，否则为从评论后台联系买家或开案）。覆盖本期出现的全部 1–2 星评价；按自然时间计，含周末。期末仍未回应的评价按截至期末已过的小时数计入。",
      "en-US":
        "Average hours from a 1–2 star product review or seller rating becoming visible to the seller's first response through the channel the marketplace allows (a public reply where it offers one, otherwise a buyer contact or a case opened from the review dashboard). Over all 1–2 star reviews that appeared in the period; clock hours, weekends included. A review still unanswered at period end counts with the hours elapsed until then.",
      "es-MX":
        "Promedio de horas desde que una reseña de producto o calificación del vendedor de 1 a 2 estrellas es visible hasta la primera respuesta del vendedor por el canal que permite el marketplace (respuesta pública donde exista; si no, contacto con el comprador o caso abierto desde el panel de reseñas). Sobre todas las reseñas de 1 a 2 estrellas aparecidas en el periodo; horas naturales, fines de semana incluidos. Una reseña sin respuesta al cierre cuenta con las horas transcurridas hasta entonces.",
    },
    formula: "Σ hours from a 1–2 star review to the first response ÷ 1–2 star reviews",
    unit: "number",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs"],
    defaultTarget: { US: 24, MX: 24 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "negative_feedback_rate",
    name: { "zh-CN": "店铺差评率", "en-US": "Negative feedback rate", "es-MX": "Tasa de calificaciones negativas" },
    definition: {
      "zh-CN":
        "收到 1–2 星卖家反馈的订单 ÷ 订单数（亚马逊卖家反馈、美客多负面评价、沃尔玛 1–2 星卖家评价）。窗口：90 天，与亚马逊反馈页一致。",
      "en-US":
        "Orders with 1–2 star seller feedback ÷ orders (Amazon seller feedback, Mercado Libre negative ratings, Walmart 1–2 star seller reviews). Window: 90 days, as Amazon's feedback page shows it.",
      "es-MX":
        "Pedidos con calificación del vendedor de 1 a 2 estrellas ÷ pedidos (feedback de vendedor en Amazon, calificaciones negativas en Mercado Libre, reseñas de vendedor de 1 a 2 estrellas en Walmart). Ventana: 90 días, como la muestra Amazon.",
    },
    formula: "orders with 1–2 star seller feedback ÷ orders",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs", "manager"],
    defaultTarget: { US: 0.01, MX: 0.015 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 90 },
  },
  {
    id: "a_to_z_claim_rate",
    name: {
      "zh-CN": "A-to-z 索赔率",
      "en-US": "A-to-z Guarantee claim rate",
      "es-MX": "Tasa de reclamos de la Garantía de la A a la Z",
    },
    definition: {
      "zh-CN": "被受理（未被驳回）的 A-to-z 索赔订单 ÷ 订单数，60 天窗口，是订单缺陷率（ODR）的组成部分。",
      "en-US":
        "Orders with an A-to-z Guarantee claim that was not declined ÷ orders, over 60 days; one component of the Order Defect Rate.",
      "es-MX":
        "Pedidos con un reclamo de la Garantía de la A a la Z no rechazado ÷ pedidos, en 60 días; es un componente de la tasa de pedidos defectuosos.",
    },
    formula: "orders with an A-to-z claim ÷ orders (60 days)",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: AMAZON_PLATFORMS,
    roles: ["cs"],
    defaultTarget: { US: 0.002, MX: 0.002 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 60 },
  },
  {
    id: "return_rate",
    name: { "zh-CN": "退货率", "en-US": "Return rate", "es-MX": "Tasa de devoluciones" },
    definition: {
      "zh-CN": "本期退回件数 ÷ 本期发货件数（按退货日期计，含 FBA 与自发货）。",
      "en-US": "Units returned ÷ units shipped in the period, by return date, FBA and seller-fulfilled together.",
      "es-MX":
        "Unidades devueltas ÷ unidades enviadas en el periodo, por fecha de devolución, Full/FBA y envíos propios juntos.",
    },
    formula: "units returned ÷ units shipped",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs", "ops", "warehouse", "manager"],
    defaultTarget: { US: 0.08, MX: 0.06 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "refund_rate",
    name: { "zh-CN": "退款率", "en-US": "Refund rate", "es-MX": "Tasa de reembolsos" },
    definition: {
      "zh-CN": "本期全额或部分退款的订单 ÷ 本期已发货订单（按退款日期计，含仅退款不退货）。",
      "en-US":
        "Orders refunded in full or in part ÷ orders shipped in the period, by refund date; returnless refunds included.",
      "es-MX":
        "Pedidos reembolsados total o parcialmente ÷ pedidos enviados en el periodo, por fecha de reembolso; incluye reembolsos sin devolución.",
    },
    formula: "refunded orders ÷ shipped orders",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["cs", "manager"],
    defaultTarget: { US: 0.05, MX: 0.05 },
    defaultWeight: 15,
    gate: false,
    data: { netOfRefunds: false, windowDays: 30 },
  },
  {
    id: "return_label_compliance",
    name: {
      "zh-CN": "预付退货标签合规率",
      "en-US": "Prepaid return label compliance",
      "es-MX": "Cumplimiento de etiquetas de devolución prepagadas",
    },
    definition: {
      "zh-CN":
        "1 个工作日内以预付退货标签（或无需退货的退款）授权的退货请求 ÷ 退货请求，限自发货订单。亚马逊美国站要求卖家为符合政策的国内退货提供预付退货标签。",
      "en-US":
        "Return requests authorised within 1 business day with a prepaid return label (or a returnless refund) ÷ return requests, for seller-fulfilled orders. Amazon US requires sellers to provide prepaid return labels for domestic returns within its policy.",
      "es-MX":
        "Solicitudes de devolución autorizadas en 1 día hábil con etiqueta de devolución prepagada (o reembolso sin devolución) ÷ solicitudes de devolución, en pedidos con envío propio. Amazon EE. UU. exige etiquetas prepagadas para devoluciones nacionales dentro de su política.",
    },
    formula: "requests authorised with a prepaid label within 1 business day ÷ return requests",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us", "walmart_us"],
    roles: ["cs", "warehouse"],
    defaultTarget: { US: 0.98 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "return_dissatisfaction_rate",
    name: {
      "zh-CN": "退货不满意率",
      "en-US": "Return dissatisfaction rate",
      "es-MX": "Tasa de insatisfacción con devoluciones",
    },
    definition: {
      "zh-CN":
        "有负面退货反馈、48 小时内未处理或被错误拒绝的退货请求 ÷ 退货请求，30 天窗口（亚马逊自发货指标，平台目标 < 10%，团队目标更严）。",
      "en-US":
        "Return requests with negative return feedback, not answered within 48 hours or wrongly rejected ÷ return requests, over 30 days (Amazon seller-fulfilled metric; Amazon's target is under 10%, the team target is stricter).",
      "es-MX":
        "Solicitudes de devolución con comentario negativo, sin respuesta en 48 horas o rechazadas por error ÷ solicitudes de devolución, en 30 días (métrica de Amazon para envíos propios; la meta de Amazon es menor a 10%, la del equipo es más exigente).",
    },
    formula: "dissatisfied return requests ÷ return requests (30 days)",
    unit: "percent",
    polarity: "lower",
    regions: US_ONLY,
    platforms: ["amazon_us"],
    roles: ["cs"],
    defaultTarget: { US: 0.05 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "ml_reputation_green",
    name: {
      "zh-CN": "美客多绿色声誉保持率",
      "en-US": "Mercado Libre green reputation kept",
      "es-MX": "Reputación verde en Mercado Libre",
    },
    definition: {
      "zh-CN": "本期美客多声誉温度计显示绿色（verde）或 MercadoLíder 的天数 ÷ 本期天数。达成率封顶 100%。",
      "en-US":
        "Days in the period on which the Mercado Libre reputation thermometer showed green (verde) or MercadoLíder ÷ days in the period. Attainment is capped at 100%.",
      "es-MX":
        "Días del periodo en que el termómetro de reputación de Mercado Libre estuvo en verde o MercadoLíder ÷ días del periodo. El cumplimiento tiene tope de 100%.",
    },
    formula: "days green or MercadoLíder ÷ days in period",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: ["mercadolibre_mx"],
    roles: ["cs", "ops", "manager"],
    defaultTarget: { MX: 1 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 30 },
    cap: 1,
  },
];
