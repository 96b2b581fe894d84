/**
 * Inventory, fulfilment and cross-border logistics KPIs (仓储 / supply chain).
 * Stock-up attainments are capped at 100%: stock beyond the plan is cost, not performance.
 */

import type { KpiDef } from "./kpiDef";
import { ALL_PLATFORMS, BOTH_REGIONS, MX_ONLY, MX_PLATFORMS, US_ONLY } from "./common";

export const INVENTORY_KPIS: readonly KpiDef[] = [
  {
    id: "sell_through",
    name: { "zh-CN": "售出率（Sell-through）", "en-US": "Sell-through rate", "es-MX": "Tasa de sell-through" },
    definition: {
      "zh-CN":
        "过去 90 天售出件数 ÷ 同期平均可售库存件数，与亚马逊 FBA 售出率同口径（倍数；90 天内低于 1 说明库存过剩）。",
      "en-US":
        "Units sold over the trailing 90 days ÷ average units available over the same days, as in Amazon's FBA sell-through (a multiple; under 1 per 90 days signals excess stock).",
      "es-MX":
        "Unidades vendidas en los últimos 90 días ÷ unidades disponibles promedio en esos días, como el sell-through de FBA de Amazon (un múltiplo; menos de 1 en 90 días indica exceso de inventario).",
    },
    formula: "units sold ÷ average units available (90 days)",
    fn: "SELLTHROUGH",
    unit: "ratio",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse", "ops"],
    defaultTarget: { US: 2.5, MX: 2 },
    defaultWeight: 15,
    gate: false,
    data: { windowDays: 90 },
  },
  {
    id: "in_stock_rate",
    name: { "zh-CN": "在售有货率", "en-US": "In-stock rate", "es-MX": "Tasa de disponibilidad (in-stock)" },
    definition: {
      "zh-CN": "在售 SKU 可购买（FBA/Full 或自有仓有货）的天数之和 ÷（在售 SKU 数 × 本期天数）。",
      "en-US":
        "Days on which each active SKU was buyable (in stock at FBA, Mercado Libre Full or the seller's warehouse), summed ÷ (active SKUs × days in the period).",
      "es-MX":
        "Suma de los días en que cada SKU activo estuvo disponible para compra (con inventario en FBA, Full o bodega propia) ÷ (SKU activos × días del periodo).",
    },
    formula: "Σ SKU-days in stock ÷ (active SKUs × days)",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse", "ops", "manager"],
    defaultTarget: { US: 0.95, MX: 0.93 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "stockout_rate",
    name: {
      "zh-CN": "核心款断货率",
      "en-US": "Stockout rate (core SKUs)",
      "es-MX": "Tasa de quiebre de stock (SKU principales)",
    },
    definition: {
      "zh-CN": "核心（A 类）SKU 断货天数之和 ÷（核心 SKU 数 × 本期天数）。与在售有货率互补，但只看贡献大部分销售的款。",
      "en-US":
        "Days out of stock summed over core (A-class) SKUs ÷ (core SKUs × days in the period). The complement of in-stock rate, restricted to the SKUs that make most of the sales.",
      "es-MX":
        "Suma de días sin inventario de los SKU principales (clase A) ÷ (SKU principales × días del periodo). Complemento de la tasa de disponibilidad, solo para los SKU que hacen la mayor parte de las ventas.",
    },
    formula: "Σ core SKU-days out of stock ÷ (core SKUs × days)",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse", "manager"],
    defaultTarget: { US: 0.03, MX: 0.05 },
    defaultWeight: 15,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "turnover_days",
    name: { "zh-CN": "库存周转天数", "en-US": "Inventory turnover days", "es-MX": "Días de rotación de inventario" },
    definition: {
      "zh-CN": "平均库存成本 ÷ 本期销售成本（COGS）× 本期天数（月度取 30）。库存含平台仓、第三方仓，不含在途。",
      "en-US":
        "Average inventory value at cost ÷ cost of goods sold in the period × days in the period (30 for a month). Inventory at platform warehouses and 3PLs, in-transit stock excluded.",
      "es-MX":
        "Valor promedio del inventario a costo ÷ costo de ventas del periodo × días del periodo (30 en un mes). Inventario en bodegas del marketplace y 3PL, sin mercancía en tránsito.",
    },
    formula: "average inventory value ÷ COGS × days",
    fn: "TURNOVERDAYS",
    unit: "days",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse", "manager"],
    defaultTarget: { US: 60, MX: 75 },
    defaultWeight: 20,
    gate: false,
    data: { taxInclusive: false, windowDays: 30 },
  },
  {
    id: "days_of_supply",
    name: { "zh-CN": "可售天数", "en-US": "Days of supply", "es-MX": "Días de inventario disponible" },
    definition: {
      "zh-CN":
        "可售库存件数（FBA/Full/第三方仓）÷ 过去 30 天日均销量。达到目标即可，达成率封顶 100%，库存过多由周转天数和超龄库存来约束。",
      "en-US":
        "Sellable units (FBA, Mercado Libre Full, 3PL) ÷ average daily units sold over the last 30 days. Reaching the target is enough: attainment is capped at 100%, and turnover days and aged inventory carry the cost of too much stock.",
      "es-MX":
        "Unidades vendibles (FBA, Full, 3PL) ÷ unidades vendidas por día en promedio en los últimos 30 días. Basta con llegar a la meta: el cumplimiento tiene tope de 100%, y los días de rotación y el inventario añejo reflejan el costo del exceso.",
    },
    formula: "units available ÷ average daily units sold",
    fn: "DAYSOFSUPPLY",
    unit: "days",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse"],
    defaultTarget: { US: 45, MX: 60 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
    cap: 1,
  },
  {
    id: "inventory_accuracy",
    name: { "zh-CN": "库存准确率", "en-US": "Inventory record accuracy", "es-MX": "Exactitud de inventario" },
    definition: {
      "zh-CN": "盘点数量与系统数量一致的 SKU ÷ 本期盘点的 SKU（FBA/Full 对账或第三方仓循环盘点）。",
      "en-US":
        "SKUs whose counted quantity matches the system quantity ÷ SKUs counted in the period (FBA or Full reconciliation, 3PL cycle counts).",
      "es-MX":
        "SKU cuyo conteo físico coincide con el sistema ÷ SKU contados en el periodo (conciliación de FBA o Full, conteos cíclicos del 3PL).",
    },
    formula: "SKUs with matching count ÷ SKUs counted",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse"],
    defaultTarget: { US: 0.99, MX: 0.98 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "customs_clearance_days",
    name: {
      "zh-CN": "墨西哥清关时效（天）",
      "en-US": "Customs clearance time (days)",
      "es-MX": "Días de despacho aduanal",
    },
    definition: {
      "zh-CN":
        "货物到达墨西哥港口、机场或陆路口岸至海关放行（缴纳进口税费、pedimento 过闸放行）的平均自然日，统计本期放行的批次。",
      "en-US":
        "Average calendar days from arrival at the Mexican port, airport or border crossing to customs release (pedimento paid and cleared), over shipments released in the period.",
      "es-MX":
        "Promedio de días naturales desde la llegada al puerto, aeropuerto o cruce fronterizo en México hasta el desaduanamiento (pedimento pagado y modulado), en los embarques liberados en el periodo.",
    },
    formula: "Σ (release date − arrival date) ÷ shipments released",
    unit: "days",
    polarity: "lower",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["warehouse", "compliance", "manager"],
    defaultTarget: { MX: 5 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "inbound_lead_time_days",
    name: {
      "zh-CN": "头程时效（天）",
      "en-US": "Inbound lead time (days)",
      "es-MX": "Tiempo de tránsito de primera milla (días)",
    },
    definition: {
      "zh-CN":
        "从国内供应商仓库提货到 FBA、WFS 或美客多 Full 仓签收入库的平均自然日，统计本期入库的批次（海运空运合并；需要时分开跟踪）。",
      "en-US":
        "Average calendar days from pick-up at the supplier's warehouse in China to receipt at FBA, WFS or Mercado Libre Full, over shipments received in the period (sea and air together; track them apart if needed).",
      "es-MX":
        "Promedio de días naturales desde la recolección en la bodega del proveedor en China hasta la recepción en FBA, WFS o Full de Mercado Libre, en los envíos recibidos en el periodo (marítimo y aéreo juntos; separarlos si hace falta).",
    },
    formula: "Σ (received date − pick-up date) ÷ shipments received",
    unit: "days",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse"],
    defaultTarget: { US: 35, MX: 45 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "buen_fin_stock_attainment",
    name: {
      "zh-CN": "Buen Fin 备货达成率",
      "en-US": "Buen Fin stock-up attainment",
      "es-MX": "Cumplimiento de abasto para El Buen Fin",
    },
    definition: {
      "zh-CN":
        "截至 Buen Fin 入仓截止日已在美客多 Full 或亚马逊墨西哥 FBA 上架可售的件数 ÷ 计划备货件数。达成率封顶 100%。",
      "en-US":
        "Units received and sellable at Mercado Libre Full or FBA Mexico by the Buen Fin inbound cut-off ÷ units planned for Buen Fin. Attainment is capped at 100%.",
      "es-MX":
        "Unidades recibidas y disponibles en Full de Mercado Libre o FBA México al corte de recepción de El Buen Fin ÷ unidades planeadas para El Buen Fin. El cumplimiento tiene tope de 100%.",
    },
    formula: "units sellable by the Buen Fin cut-off ÷ units planned",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["warehouse", "ops", "manager"],
    defaultTarget: { MX: 1 },
    defaultWeight: 15,
    gate: false,
    data: {},
    cap: 1,
  },
  {
    id: "peak_stock_attainment",
    name: {
      "zh-CN": "大促备货达成率（Prime Day / 黑五网一）",
      "en-US": "Peak-season stock-up attainment",
      "es-MX": "Cumplimiento de abasto para temporada alta",
    },
    definition: {
      "zh-CN": "截至 Prime Day 或黑五网一入仓截止日已在 FBA/WFS 上架可售的件数 ÷ 该大促计划备货件数。达成率封顶 100%。",
      "en-US":
        "Units received and sellable at FBA or WFS by the inbound cut-off for Prime Day or Black Friday–Cyber Monday ÷ units planned for that event. Attainment is capped at 100%.",
      "es-MX":
        "Unidades recibidas y disponibles en FBA o WFS al corte de recepción de Prime Day o Black Friday–Cyber Monday ÷ unidades planeadas para ese evento. El cumplimiento tiene tope de 100%.",
    },
    formula: "units sellable by the event cut-off ÷ units planned",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us", "walmart_us"],
    roles: ["warehouse", "ops"],
    defaultTarget: { US: 1 },
    defaultWeight: 10,
    gate: false,
    data: {},
    cap: 1,
  },
  {
    id: "prime_coverage",
    name: { "zh-CN": "Prime 资格覆盖率", "en-US": "Prime-eligible coverage", "es-MX": "Cobertura Prime" },
    definition: {
      "zh-CN": "期末带 Prime 标识（FBA 或卖家自配送 Prime）的在售 ASIN ÷ 在售 ASIN。",
      "en-US": "Active ASINs that are Prime-eligible (FBA or Seller Fulfilled Prime) ÷ active ASINs, at period end.",
      "es-MX":
        "ASIN activos con elegibilidad Prime (FBA o Prime gestionado por el vendedor) ÷ ASIN activos, al cierre del periodo.",
    },
    formula: "Prime-eligible active ASINs ÷ active ASINs",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us"],
    roles: ["ops", "warehouse"],
    defaultTarget: { US: 0.9 },
    defaultWeight: 15,
    gate: false,
    data: {},
  },
  {
    id: "storage_cost_ratio",
    name: { "zh-CN": "仓储费占比", "en-US": "Storage cost to sales", "es-MX": "Costo de almacenamiento sobre ventas" },
    definition: {
      "zh-CN": "本期仓储费（月度仓储费、超龄/长期仓储附加费、第三方仓费用）÷ 本期净销售额。",
      "en-US":
        "Storage fees of the period (monthly storage, aged or long-term storage surcharges, 3PL storage) ÷ net sales of the period.",
      "es-MX":
        "Costos de almacenamiento del periodo (almacenamiento mensual, recargos por inventario añejo o de largo plazo, 3PL) ÷ ventas netas del periodo.",
    },
    formula: "storage fees ÷ net sales",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse", "manager"],
    defaultTarget: { US: 0.03, MX: 0.035 },
    defaultWeight: 10,
    gate: false,
    data: { taxInclusive: false, netOfRefunds: true, windowDays: 30 },
  },
  {
    id: "aged_inventory_share",
    name: {
      "zh-CN": "超龄库存占比（> 180 天）",
      "en-US": "Aged inventory share (over 180 days)",
      "es-MX": "Inventario con más de 180 días",
    },
    definition: {
      "zh-CN": "期末平台仓库龄超过 180 天的件数 ÷ 在库总件数（亚马逊从 181 天起收取超龄库存附加费）。",
      "en-US":
        "Units older than 180 days in platform warehouses ÷ units on hand, at period end (Amazon charges aged-inventory surcharges from day 181).",
      "es-MX":
        "Unidades con más de 180 días en bodegas del marketplace ÷ unidades en inventario, al cierre del periodo (Amazon cobra recargo por inventario añejo desde el día 181).",
    },
    formula: "units aged over 180 days ÷ units on hand",
    unit: "percent",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["warehouse"],
    defaultTarget: { US: 0.05, MX: 0.08 },
    defaultWeight: 10,
    gate: false,
    data: {},
  },
  {
    id: "ml_full_share",
    name: {
      "zh-CN": "美客多 Full 仓发货占比",
      "en-US": "Mercado Libre Full share",
      "es-MX": "Participación de envíos Full",
    },
    definition: {
      "zh-CN": "美客多由 Full 仓（Mercado Libre 官方履约）发出的件数 ÷ 美客多发货总件数。",
      "en-US":
        "Mercado Libre units shipped from Full (fulfilment by Mercado Libre) ÷ Mercado Libre units shipped in the period.",
      "es-MX": "Unidades de Mercado Libre enviadas desde Full ÷ unidades de Mercado Libre enviadas en el periodo.",
    },
    formula: "units shipped from Full ÷ units shipped on Mercado Libre",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: ["mercadolibre_mx"],
    roles: ["warehouse", "ops"],
    defaultTarget: { MX: 0.7 },
    defaultWeight: 10,
    gate: false,
    data: { windowDays: 30 },
  },
];
