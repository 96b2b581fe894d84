/**
 * Sales, traffic and listing KPIs (运营 / store lead).
 * Money KPIs follow the marketplace's own tax basis ("by-region"): US marketplace sales are
 * tax-exclusive, MX shelf prices include IVA 16%. net_sales is the one that strips tax and refunds.
 */

import type { KpiDef } from "./kpiDef";
import { ALL_PLATFORMS, BOTH_REGIONS, MX_ONLY, MX_PLATFORMS } from "./common";

export const SALES_KPIS: readonly KpiDef[] = [
  {
    id: "gmv",
    name: { "zh-CN": "销售额（GMV）", "en-US": "Gross merchandise value (GMV)", "es-MX": "Ventas brutas (GMV)" },
    definition: {
      "zh-CN":
        "统计期内已下单商品金额，不扣退款，剔除已取消订单，不含向买家收取的运费。税务口径随站点：美国站销售额不含税（平台以 marketplace facilitator 身份代收销售税）；墨西哥站标价含 16% IVA。窗口：自然月，站点本币。",
      "en-US":
        "Value of items ordered in the period, before refunds, without cancelled orders and without shipping charged to the buyer. Tax follows the marketplace: US sales are tax-exclusive (the marketplace collects sales tax as facilitator); MX shelf prices include IVA 16%. Window: calendar month, in the region's currency.",
      "es-MX":
        "Valor de los artículos pedidos en el periodo, antes de reembolsos, sin pedidos cancelados y sin el envío cobrado al comprador. El impuesto sigue al marketplace: en EE. UU. las ventas no incluyen impuesto (el marketplace lo cobra como facilitador); en México los precios incluyen IVA del 16%. Ventana: mes calendario, en la moneda de la región.",
    },
    formula: "Σ item price × units ordered (cancelled orders excluded)",
    unit: "currency",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "manager"],
    defaultTarget: { US: 120000, MX: 1200000 },
    defaultWeight: 25,
    gate: false,
    data: { taxInclusive: "by-region", netOfRefunds: false, windowDays: 30 },
  },
  {
    id: "net_sales",
    name: { "zh-CN": "净销售额", "en-US": "Net sales", "es-MX": "Ventas netas" },
    definition: {
      "zh-CN":
        "扣除退款并剔除税额后的销售额：(销售额 − 退款) ÷ (1 + 税率)。墨西哥税率取 0.16（标价含 IVA），美国取 0（平台销售额本就不含税）。退款按退款日期计入当期。窗口：自然月。",
      "en-US":
        "Sales after refunds and without tax: (gross sales − refunds) ÷ (1 + tax rate). MX uses a tax rate of 0.16 because shelf prices include IVA; US uses 0 because marketplace sales are already tax-exclusive. Refunds count in the period they are issued. Window: calendar month.",
      "es-MX":
        "Ventas después de reembolsos y sin impuesto: (ventas brutas − reembolsos) ÷ (1 + tasa de impuesto). En México la tasa es 0.16 porque los precios incluyen IVA; en EE. UU. es 0 porque las ventas del marketplace ya no incluyen impuesto. Los reembolsos cuentan en el periodo en que se emiten. Ventana: mes calendario.",
    },
    formula: "(gross sales − refunds) ÷ (1 + tax rate)",
    fn: "NETSALES",
    unit: "currency",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "compliance", "manager"],
    defaultTarget: { US: 110000, MX: 950000 },
    defaultWeight: 20,
    gate: false,
    data: { taxInclusive: false, netOfRefunds: true, windowDays: 30 },
  },
  {
    id: "gmv_growth",
    name: {
      "zh-CN": "销售额同比增长率",
      "en-US": "GMV growth (year on year)",
      "es-MX": "Crecimiento de ventas (vs. año anterior)",
    },
    definition: {
      "zh-CN":
        "本期 GMV ÷ 去年同期 GMV − 1。两期口径一致（同样含税或不含税、同样剔除取消订单），大促月与去年同一大促月比较。",
      "en-US":
        "GMV of the period ÷ GMV of the same period last year − 1. Both periods use the same basis (same tax treatment, cancelled orders excluded), so a promo month is compared with last year's same promo.",
      "es-MX":
        "GMV del periodo ÷ GMV del mismo periodo del año anterior − 1. Ambos periodos con el mismo criterio (mismo tratamiento de impuestos, sin cancelaciones), así un mes de promoción se compara con la misma promoción del año pasado.",
    },
    formula: "GMV this period ÷ GMV same period last year − 1",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "manager"],
    defaultTarget: { US: 0.2, MX: 0.3 },
    defaultWeight: 15,
    gate: false,
    data: { taxInclusive: "by-region", netOfRefunds: false, windowDays: 30 },
  },
  {
    id: "aov",
    name: { "zh-CN": "客单价", "en-US": "Average order value (AOV)", "es-MX": "Ticket promedio" },
    definition: {
      "zh-CN": "GMV ÷ 订单数，与 GMV 同一税务口径（墨西哥含 IVA，美国不含税），剔除取消订单。窗口：自然月。",
      "en-US":
        "GMV ÷ number of orders, on the same tax basis as GMV (MX incl. IVA, US tax-exclusive), cancelled orders excluded. Window: calendar month.",
      "es-MX":
        "GMV ÷ número de pedidos, con el mismo criterio de impuestos que el GMV (México con IVA, EE. UU. sin impuesto), sin pedidos cancelados. Ventana: mes calendario.",
    },
    formula: "GMV ÷ orders",
    fn: "AOV",
    unit: "currency",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "manager"],
    defaultTarget: { US: 35, MX: 450 },
    defaultWeight: 10,
    gate: false,
    data: { taxInclusive: "by-region", netOfRefunds: false, windowDays: 30 },
  },
  {
    id: "sessions_growth",
    name: {
      "zh-CN": "流量同比增长率",
      "en-US": "Sessions growth (year on year)",
      "es-MX": "Crecimiento de visitas (vs. año anterior)",
    },
    definition: {
      "zh-CN":
        "本期访问量 ÷ 去年同期访问量 − 1。访问量取平台报表：亚马逊业务报告 Sessions、美客多「visitas」、沃尔玛页面浏览量。",
      "en-US":
        "Sessions of the period ÷ sessions of the same period last year − 1, as the platform reports them: Amazon Business Reports sessions, Mercado Libre visits (visitas), Walmart page views.",
      "es-MX":
        "Sesiones del periodo ÷ sesiones del mismo periodo del año anterior − 1, según el reporte de cada plataforma: sesiones de Informes de Negocio de Amazon, visitas de Mercado Libre, vistas de página de Walmart.",
    },
    formula: "sessions this period ÷ sessions same period last year − 1",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "ads", "manager"],
    defaultTarget: { US: 0.15, MX: 0.25 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "cvr",
    name: { "zh-CN": "转化率", "en-US": "Conversion rate (CVR)", "es-MX": "Tasa de conversión" },
    definition: {
      "zh-CN":
        "订单数 ÷ 访问量（亚马逊 Sessions、美客多 visitas），同一站点、同一统计期。亚马逊按订单计，不用「商品会话百分比」的件数口径。窗口：自然月。",
      "en-US":
        "Orders ÷ sessions (Amazon sessions, Mercado Libre visits) for the same marketplace and period. Counted per order, not per unit as Amazon's unit session percentage does. Window: calendar month.",
      "es-MX":
        "Pedidos ÷ sesiones (sesiones de Amazon, visitas de Mercado Libre) del mismo marketplace y periodo. Se cuenta por pedido, no por unidad como el porcentaje de sesiones por unidad de Amazon. Ventana: mes calendario.",
    },
    formula: "orders ÷ sessions",
    fn: "CVR",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "ads", "manager"],
    defaultTarget: { US: 0.12, MX: 0.06 },
    defaultWeight: 15,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "listing_update_rate",
    name: {
      "zh-CN": "Listing 优化完成率",
      "en-US": "Listing update rate",
      "es-MX": "Tasa de actualización de publicaciones",
    },
    definition: {
      "zh-CN":
        "按计划完成优化的 Listing 数 ÷ 本期计划优化的 Listing 数（标题、五点/属性、图片、关键词、价格）。同一 Listing 每期只计一次。",
      "en-US":
        "Listings optimised as planned ÷ listings planned for optimisation in the period (title, bullet points or attributes, images, keywords, price). A listing counts once per period.",
      "es-MX":
        "Publicaciones optimizadas según el plan ÷ publicaciones planeadas para optimizar en el periodo (título, viñetas o atributos, imágenes, palabras clave, precio). Cada publicación cuenta una vez por periodo.",
    },
    formula: "listings updated as planned ÷ listings planned",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops"],
    defaultTarget: { US: 0.9, MX: 0.9 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "new_asin_launches",
    name: { "zh-CN": "新品上架数", "en-US": "New listings launched", "es-MX": "Nuevas publicaciones lanzadas" },
    definition: {
      "zh-CN":
        "本期上线并可售的新品数：亚马逊新 ASIN、美客多新商品（MLM 编号）、沃尔玛新商品。同一父体下的变体只计一次。",
      "en-US":
        "New products live and buyable in the period: new Amazon ASINs, new Mercado Libre items (MLM IDs), new Walmart items. Variations of one parent count once.",
      "es-MX":
        "Productos nuevos activos y a la venta en el periodo: ASIN nuevos en Amazon, publicaciones nuevas en Mercado Libre (ID MLM), artículos nuevos en Walmart. Las variantes de un mismo padre cuentan una vez.",
    },
    formula: "count of new parent listings live and buyable",
    unit: "count",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "manager"],
    defaultTarget: { US: 6, MX: 8 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "buybox_win_rate",
    name: {
      "zh-CN": "黄金购物车占有率",
      "en-US": "Featured Offer (Buy Box) win rate",
      "es-MX": "Tasa de oferta destacada (Buy Box)",
    },
    definition: {
      "zh-CN":
        "亚马逊业务报告中的「推荐报价（购物车）百分比」：自己的报价赢得购物车的页面浏览量 ÷ 页面浏览量；沃尔玛取卖家中心的 Buy Box 赢得率。窗口：自然月。",
      "en-US":
        "Amazon Business Reports Featured Offer (Buy Box) percentage: page views on which your offer held the Featured Offer ÷ page views. Walmart: Buy Box win rate from Seller Center. Window: calendar month.",
      "es-MX":
        "Porcentaje de oferta destacada (Buy Box) de los Informes de Negocio de Amazon: vistas de página en las que tu oferta tuvo la oferta destacada ÷ vistas de página. Walmart: tasa de Buy Box del Seller Center. Ventana: mes calendario.",
    },
    formula: "page views with your Featured Offer ÷ page views",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ["amazon_us", "amazon_mx", "walmart_us"],
    roles: ["ops"],
    defaultTarget: { US: 0.95, MX: 0.92 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "a_plus_coverage",
    name: { "zh-CN": "A+ 页面覆盖率", "en-US": "A+ Content coverage", "es-MX": "Cobertura de Contenido A+" },
    definition: {
      "zh-CN": "期末已发布 A+ 页面的品牌备案在售 ASIN ÷ 品牌备案在售 ASIN。",
      "en-US":
        "Active brand-registered ASINs with published A+ Content ÷ active brand-registered ASINs, at period end.",
      "es-MX":
        "ASIN activos con Registro de Marca y Contenido A+ publicado ÷ ASIN activos con Registro de Marca, al cierre del periodo.",
    },
    formula: "ASINs with A+ Content ÷ brand-registered ASINs",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ["amazon_us", "amazon_mx"],
    roles: ["ops"],
    defaultTarget: { US: 0.9, MX: 0.8 },
    defaultWeight: 10,
    gate: false,
    data: {},
  },
  {
    id: "review_rating",
    name: {
      "zh-CN": "商品平均星级",
      "en-US": "Average product star rating",
      "es-MX": "Calificación promedio de productos",
    },
    definition: {
      "zh-CN": "期末各在售商品在前台显示的星级（1–5 星），按本期销量加权平均。",
      "en-US":
        "Star rating (1–5) each active product shows on the marketplace at period end, averaged with the period's units sold as weights.",
      "es-MX":
        "Calificación en estrellas (1 a 5) que muestra cada producto activo en el marketplace al cierre del periodo, promediada con las unidades vendidas del periodo como ponderación.",
    },
    formula: "Σ (rating × units sold) ÷ Σ units sold",
    unit: "number",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ops", "cs", "manager"],
    defaultTarget: { US: 4.4, MX: 4.5 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "cash_instalment_share",
    name: {
      "zh-CN": "现金及免息分期（MSI）付款占比",
      "en-US": "Cash and interest-free instalment (MSI) share",
      "es-MX": "Participación de pagos en efectivo y a meses sin intereses",
    },
    definition: {
      "zh-CN":
        "以现金（OXXO 等便利店）或免息分期（meses sin intereses，MSI）支付的 GMV ÷ GMV（含 IVA）。墨西哥买家按付款方式选购：不支持 MSI 的 Listing 会流失高客单价买家，因此跟踪这一占比。",
      "en-US":
        "GMV paid in cash (OXXO and other convenience stores) or with interest-free instalments (meses sin intereses, MSI) ÷ GMV, IVA included. Mexican buyers choose by payment option: a listing without MSI loses higher-ticket buyers, which is why the share is tracked.",
      "es-MX":
        "GMV pagado en efectivo (OXXO y otras tiendas de conveniencia) o a meses sin intereses (MSI) ÷ GMV, con IVA. El comprador mexicano elige por forma de pago: una publicación sin MSI pierde compras de ticket alto; por eso se mide esta participación.",
    },
    formula: "GMV paid in cash or MSI ÷ GMV",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["ops", "manager"],
    defaultTarget: { MX: 0.35 },
    defaultWeight: 10,
    gate: false,
    data: { taxInclusive: true, netOfRefunds: false, windowDays: 30 },
  },
];
