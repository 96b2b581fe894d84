/**
 * Advertising KPIs (广告). Attributed sales use the ad console's attribution windows:
 * Sponsored Products 7 days, Sponsored Brands / Sponsored Display 14 days (Amazon's defaults).
 * Ad spend is taken without tax; attributed sales on the console's own basis (MX incl. IVA).
 */

import type { KpiDef } from "./kpiDef";
import { ALL_PLATFORMS, BOTH_REGIONS } from "./common";

const ATTRIBUTION_NOTE = {
  "zh-CN":
    "归因窗口：商品推广（SP）7 天，品牌推广（SB）和展示型推广（SD）14 天；美客多广告和沃尔玛广告按其后台默认窗口。",
  "en-US":
    "Attribution: Sponsored Products 7 days, Sponsored Brands and Sponsored Display 14 days; Mercado Ads and Walmart Sponsored Search use their console defaults.",
  "es-MX":
    "Atribución: Sponsored Products 7 días, Sponsored Brands y Sponsored Display 14 días; Mercado Ads y Walmart Sponsored Search usan la ventana predeterminada de su consola.",
} as const;

export const ADS_KPIS: readonly KpiDef[] = [
  {
    id: "roas",
    name: {
      "zh-CN": "投入产出比 ROAS",
      "en-US": "Return on ad spend (ROAS)",
      "es-MX": "Retorno de la inversión publicitaria (ROAS)",
    },
    definition: {
      "zh-CN": `广告归因销售额 ÷ 广告花费，取自广告后台。${ATTRIBUTION_NOTE["zh-CN"]}销售额按后台口径（墨西哥含 IVA，美国不含税），花费不含税。窗口：自然月。`,
      "en-US": `Ad-attributed sales ÷ ad spend, from the ad console. ${ATTRIBUTION_NOTE["en-US"]} Sales as the console reports them (MX incl. IVA, US tax-exclusive); spend without tax. Window: calendar month.`,
      "es-MX": `Ventas atribuidas a publicidad ÷ inversión publicitaria, según la consola de anuncios. ${ATTRIBUTION_NOTE["es-MX"]} Ventas tal como las reporta la consola (México con IVA, EE. UU. sin impuesto); inversión sin impuesto. Ventana: mes calendario.`,
    },
    formula: "ad-attributed sales ÷ ad spend",
    fn: "ROAS",
    unit: "ratio",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads", "manager"],
    defaultTarget: { US: 4, MX: 3.5 },
    defaultWeight: 30,
    gate: false,
    data: { taxInclusive: "by-region", attributionWindowDays: 7, windowDays: 30 },
  },
  {
    id: "acos",
    name: {
      "zh-CN": "广告销售成本比 ACoS",
      "en-US": "Advertising cost of sales (ACoS)",
      "es-MX": "Costo publicitario de ventas (ACoS)",
    },
    definition: {
      "zh-CN": `广告花费 ÷ 广告归因销售额（ACoS = 1 ÷ ROAS），归因窗口与税务口径同 ROAS。${ATTRIBUTION_NOTE["zh-CN"]}窗口：自然月。`,
      "en-US": `Ad spend ÷ ad-attributed sales (ACoS = 1 ÷ ROAS), with the same attribution and tax basis as ROAS. ${ATTRIBUTION_NOTE["en-US"]} Window: calendar month.`,
      "es-MX": `Inversión publicitaria ÷ ventas atribuidas (ACoS = 1 ÷ ROAS), con la misma atribución y criterio de impuestos que el ROAS. ${ATTRIBUTION_NOTE["es-MX"]} Ventana: mes calendario.`,
    },
    formula: "ad spend ÷ ad-attributed sales",
    fn: "ACOS",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads", "manager"],
    defaultTarget: { US: 0.25, MX: 0.28 },
    defaultWeight: 25,
    gate: false,
    data: { taxInclusive: "by-region", attributionWindowDays: 7, windowDays: 30 },
  },
  {
    id: "tacos",
    name: {
      "zh-CN": "总广告销售成本比 TACoS",
      "en-US": "Total advertising cost of sales (TACoS)",
      "es-MX": "Costo publicitario sobre ventas totales (TACoS)",
    },
    definition: {
      "zh-CN":
        "广告花费 ÷ 店铺总销售额（广告 + 自然，按 GMV 口径，不扣退款）。衡量广告对整体利润的负担。窗口：自然月。",
      "en-US":
        "Ad spend ÷ total store sales (ad-attributed plus organic, GMV basis, refunds not deducted). Shows the weight of advertising on the whole business. Window: calendar month.",
      "es-MX":
        "Inversión publicitaria ÷ ventas totales de la tienda (atribuidas más orgánicas, criterio GMV, sin descontar reembolsos). Muestra el peso de la publicidad en todo el negocio. Ventana: mes calendario.",
    },
    formula: "ad spend ÷ total sales",
    fn: "TACOS",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads", "manager"],
    defaultTarget: { US: 0.1, MX: 0.12 },
    defaultWeight: 20,
    gate: false,
    data: { taxInclusive: "by-region", netOfRefunds: false, windowDays: 30 },
  },
  {
    id: "ctr",
    name: { "zh-CN": "点击率 CTR", "en-US": "Click-through rate (CTR)", "es-MX": "Tasa de clics (CTR)" },
    definition: {
      "zh-CN": "广告点击量 ÷ 广告曝光量，汇总所有广告类型。窗口：自然月。",
      "en-US": "Ad clicks ÷ ad impressions, across all ad types. Window: calendar month.",
      "es-MX": "Clics en anuncios ÷ impresiones de anuncios, de todos los tipos de anuncio. Ventana: mes calendario.",
    },
    formula: "clicks ÷ impressions",
    fn: "CTR",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads"],
    defaultTarget: { US: 0.004, MX: 0.005 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "cpc",
    name: { "zh-CN": "单次点击成本 CPC", "en-US": "Cost per click (CPC)", "es-MX": "Costo por clic (CPC)" },
    definition: {
      "zh-CN": "广告花费 ÷ 点击量，站点本币，不含税。窗口：自然月。",
      "en-US": "Ad spend ÷ clicks, in the region's currency, without tax. Window: calendar month.",
      "es-MX": "Inversión publicitaria ÷ clics, en la moneda de la región y sin impuesto. Ventana: mes calendario.",
    },
    formula: "ad spend ÷ clicks",
    fn: "CPC",
    unit: "currency",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads"],
    defaultTarget: { US: 1, MX: 4 },
    defaultWeight: 10,
    gate: false,
    data: { taxInclusive: false, windowDays: 30 },
  },
  {
    id: "ad_budget_utilization",
    name: {
      "zh-CN": "广告预算执行率",
      "en-US": "Ad budget utilisation",
      "es-MX": "Ejecución del presupuesto publicitario",
    },
    definition: {
      "zh-CN": "实际广告花费 ÷ 本期计划广告预算。达成率封顶 100%：超预算花费不加分。",
      "en-US":
        "Actual ad spend ÷ planned ad budget for the period. Attainment is capped at 100%: spending past the budget earns nothing extra.",
      "es-MX":
        "Inversión publicitaria real ÷ presupuesto publicitario planeado del periodo. El cumplimiento tiene tope de 100%: gastar más del presupuesto no suma.",
    },
    formula: "ad spend ÷ planned ad budget",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads"],
    defaultTarget: { US: 0.95, MX: 0.95 },
    defaultWeight: 5,
    gate: false,
    data: { taxInclusive: false, windowDays: 30 },
    cap: 1,
  },
  {
    // A process KPI beside the results (DESIGN §9, "只考核结果不考核过程"): the tests are what moves
    // ROAS next quarter, and a new store has no ROAS history to be held to.
    id: "ad_tests_launched",
    name: { "zh-CN": "广告测试上线数", "en-US": "Ad tests launched", "es-MX": "Pruebas publicitarias lanzadas" },
    definition: {
      "zh-CN":
        "本期上线的结构化广告测试数：新建的广告活动或广告组，只改变一项变量（关键词、定向、素材、竞价策略或广告位）并与对照组比较，有书面假设，计划运行至少 7 天。按上线日期计；未满 7 天且无记录原因即停止的测试不计。窗口：自然月。",
      "en-US":
        "Structured ad tests launched in the period: a new campaign or ad group that changes one variable (keywords, targeting, creative, bid strategy or placement) against a control, with a written hypothesis and a planned run of at least 7 days. Counted on the launch date; a test stopped before 7 days without a recorded reason does not count. Window: calendar month.",
      "es-MX":
        "Pruebas publicitarias estructuradas lanzadas en el periodo: una campaña o grupo de anuncios nuevo que cambia una sola variable (palabras clave, segmentación, creatividad, estrategia de puja o ubicación) frente a un control, con una hipótesis escrita y una duración planeada de al menos 7 días. Se cuentan en la fecha de lanzamiento; una prueba detenida antes de 7 días sin motivo registrado no cuenta. Ventana: mes calendario.",
    },
    formula: "count of ad tests launched (one variable against a control, at least 7 days planned)",
    unit: "count",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads"],
    defaultTarget: { US: 4, MX: 3 },
    defaultWeight: 5,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "organic_sales_share",
    name: { "zh-CN": "自然销售占比", "en-US": "Organic sales share", "es-MX": "Participación de ventas orgánicas" },
    definition: {
      "zh-CN": "(总销售额 − 广告归因销售额) ÷ 总销售额。看增长来自自然排名还是付费流量。归因窗口同 ROAS。",
      "en-US":
        "(Total sales − ad-attributed sales) ÷ total sales. Shows whether growth comes from organic rank or from paid traffic. Attribution windows as for ROAS.",
      "es-MX":
        "(Ventas totales − ventas atribuidas a publicidad) ÷ ventas totales. Indica si el crecimiento viene del posicionamiento orgánico o del tráfico pagado. Atribución igual que en el ROAS.",
    },
    formula: "(total sales − ad-attributed sales) ÷ total sales",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads", "ops", "manager"],
    defaultTarget: { US: 0.6, MX: 0.55 },
    defaultWeight: 10,
    gate: false,
    data: { taxInclusive: "by-region", attributionWindowDays: 7, windowDays: 30 },
  },
  {
    id: "keyword_top_page_share",
    name: {
      "zh-CN": "核心关键词首页占比",
      "en-US": "Core keywords on page one",
      "es-MX": "Palabras clave principales en primera página",
    },
    definition: {
      "zh-CN": "自然排名在搜索结果首页的核心关键词数 ÷ 跟踪的核心关键词数。词表在期初固定，每周查一次，取本期平均。",
      "en-US":
        "Core keywords for which a listing ranks organically on the first results page ÷ core keywords tracked. The keyword list is fixed at the start of the period; read weekly and averaged over the period.",
      "es-MX":
        "Palabras clave principales en las que una publicación aparece orgánicamente en la primera página de resultados ÷ palabras clave monitoreadas. La lista se fija al inicio del periodo; se revisa cada semana y se promedia.",
    },
    formula: "core keywords ranking on page one ÷ core keywords tracked",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["ads", "ops"],
    defaultTarget: { US: 0.6, MX: 0.6 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
];
