/**
 * Compliance and finance KPIs (合规 / finance). Two of them are gates: a lapsed FDA food
 * facility registration or a missing RFC stops the business (or, for the RFC, more than
 * quadruples platform withholding), so no weighted score should pay out over them.
 */

import type { KpiDef, PlatformThreshold } from "./kpiDef";
import { ALL_PLATFORMS, BOTH_REGIONS, MX_ONLY, MX_PLATFORMS, SOURCES_CHECKED, US_ONLY } from "./common";

const FDA_REGISTRATION_SOURCE = {
  source: "U.S. FDA — Registration of Food Facilities (FD&C Act §415, 21 CFR 1.230–1.235; biennial renewal)",
  url: "https://www.fda.gov/food/guidance-regulation-food-and-dietary-supplements/registration-food-facilities-and-other-submissions",
  checked: SOURCES_CHECKED,
} as const;

const RFC_SOURCE = {
  source:
    "LISR art. 113-A and LIVA art. 18-J as amended by the 2026 Economic Package (DOF 2025-11-07): platform withholding without RFC",
  url: "https://www.diputados.gob.mx/LeyesBiblio/pdf/LISR.pdf",
  checked: SOURCES_CHECKED,
} as const;

const FDA_THRESHOLDS: readonly PlatformThreshold[] = [
  {
    platform: "amazon_us",
    value: 1,
    comparator: ">=",
    window: "continuous; renew 1 Oct–31 Dec of even years",
    ...FDA_REGISTRATION_SOURCE,
  },
  {
    platform: "walmart_us",
    value: 1,
    comparator: ">=",
    window: "continuous; renew 1 Oct–31 Dec of even years",
    ...FDA_REGISTRATION_SOURCE,
  },
];

const RFC_THRESHOLDS: readonly PlatformThreshold[] = [
  { platform: "mercadolibre_mx", value: 1, comparator: ">=", window: "continuous; checked monthly", ...RFC_SOURCE },
  { platform: "amazon_mx", value: 1, comparator: ">=", window: "continuous; checked monthly", ...RFC_SOURCE },
];

export const COMPLIANCE_KPIS: readonly KpiDef[] = [
  {
    id: "cfdi_issuance_rate",
    name: { "zh-CN": "CFDI 发票开具率", "en-US": "CFDI e-invoice issuance rate", "es-MX": "Tasa de emisión de CFDI" },
    definition: {
      "zh-CN":
        "按期开具 CFDI 4.0 电子发票的订单 ÷ 需要开票的订单。买家在销售当月申请的单独开具，其余计入当月的全局发票（factura global）。按销售月份统计。",
      "en-US":
        "Orders with a CFDI 4.0 e-invoice issued on time ÷ orders that need one. Invoices requested by the buyer within the month of sale are issued individually; the rest go into that month's global invoice (factura global). Counted by month of sale.",
      "es-MX":
        "Pedidos con CFDI 4.0 emitido en tiempo ÷ pedidos que lo requieren. Las facturas que el comprador pide dentro del mes de la venta se emiten individualmente; el resto entra en la factura global del mes. Se cuenta por mes de venta.",
    },
    formula: "orders invoiced on time ÷ orders requiring a CFDI",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["compliance", "cs"],
    defaultTarget: { MX: 0.99 },
    defaultWeight: 30,
    gate: false,
    data: { taxInclusive: true, windowDays: 30 },
  },
  {
    id: "rfc_current",
    name: { "zh-CN": "RFC 税号有效", "en-US": "RFC registration current", "es-MX": "RFC vigente" },
    definition: {
      "zh-CN":
        "期末经营主体的 RFC 处于有效状态，且已在美客多和亚马逊墨西哥站登记，则为 1，否则为 0。没有 RFC 时平台代扣 IVA 16% 和 ISR 20%，有 RFC 时为 IVA 8% 和 ISR 2.5%（2026 年）。",
      "en-US":
        "1 if the selling entity's RFC is active with SAT and registered with Mercado Libre and Amazon Mexico at period end, else 0. Without an RFC the platforms withhold IVA 16% and ISR 20% instead of IVA 8% and ISR 2.5% (2026).",
      "es-MX":
        "1 si el RFC de la empresa vendedora está activo ante el SAT y registrado en Mercado Libre y Amazon México al cierre del periodo; 0 si no. Sin RFC las plataformas retienen IVA 16% e ISR 20% en lugar de IVA 8% e ISR 2.5% (2026).",
    },
    formula: "1 if RFC active and registered on every MX platform, else 0",
    unit: "flag",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["compliance", "manager"],
    defaultTarget: { MX: 1 },
    defaultWeight: 0,
    gate: true,
    thresholds: RFC_THRESHOLDS,
    data: {},
  },
  {
    id: "fda_registration_current",
    name: {
      "zh-CN": "FDA 食品设施注册有效",
      "en-US": "FDA food facility registration current",
      "es-MX": "Registro de instalación alimentaria ante la FDA vigente",
    },
    definition: {
      "zh-CN":
        "期末所有在美国销售的食品相关设施都持有有效的 FDA 食品设施注册则为 1，否则为 0。注册须在每个偶数年 10 月 1 日至 12 月 31 日续期，未续期即失效。",
      "en-US":
        "1 if every food facility whose products are sold in the US holds a current FDA food facility registration at period end, else 0. Registrations must be renewed between 1 October and 31 December of each even-numbered year; an unrenewed registration expires.",
      "es-MX":
        "1 si todas las instalaciones alimentarias cuyos productos se venden en EE. UU. tienen registro vigente ante la FDA al cierre del periodo; 0 si no. El registro se renueva entre el 1 de octubre y el 31 de diciembre de cada año par; si no se renueva, vence.",
    },
    formula: "1 if every facility's FDA registration is current, else 0",
    unit: "flag",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us", "walmart_us"],
    roles: ["compliance", "manager"],
    defaultTarget: { US: 1 },
    defaultWeight: 0,
    gate: true,
    thresholds: FDA_THRESHOLDS,
    data: {},
  },
  {
    id: "fda_days_to_renewal",
    name: {
      "zh-CN": "FDA 续期提前天数",
      "en-US": "FDA renewal lead days",
      "es-MX": "Días de anticipación en la renovación FDA",
    },
    definition: {
      "zh-CN":
        "完成 FDA 食品设施注册续期的日期距续期截止日（偶数年 12 月 31 日）的天数；多个设施取最小值。非续期年份沿用上次的值。",
      "en-US":
        "Days between the day the FDA food facility registration renewal was completed and the renewal deadline (31 December of the even-numbered year); with several facilities, the smallest. In years without a renewal window the last value carries over.",
      "es-MX":
        "Días entre la fecha en que se completó la renovación del registro FDA y la fecha límite (31 de diciembre del año par); con varias instalaciones, el menor. En años sin periodo de renovación se conserva el último valor.",
    },
    formula: "deadline (31 Dec, even year) − renewal completion date, in days",
    unit: "days",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us", "walmart_us"],
    roles: ["compliance"],
    defaultTarget: { US: 30 },
    defaultWeight: 15,
    gate: false,
    data: {},
  },
  {
    id: "cpc_certificate_coverage",
    name: {
      "zh-CN": "儿童产品证书（CPC）覆盖率",
      "en-US": "Children's Product Certificate (CPC) coverage",
      "es-MX": "Cobertura de certificados CPC (productos infantiles)",
    },
    definition: {
      "zh-CN":
        "期末持有有效 CPC（基于 CPSC 认可实验室测试）的在售儿童产品（主要为 12 岁及以下儿童设计）÷ 在售儿童产品。",
      "en-US":
        "Active children's products (designed mainly for children 12 and under) with a valid Children's Product Certificate based on tests by a CPSC-accepted laboratory ÷ active children's products, at period end.",
      "es-MX":
        "Productos infantiles activos (diseñados principalmente para menores de 12 años o menos) con Certificado de Producto Infantil (CPC) vigente, basado en pruebas de un laboratorio aceptado por la CPSC ÷ productos infantiles activos, al cierre del periodo.",
    },
    formula: "children's products with a valid CPC ÷ active children's products",
    unit: "percent",
    polarity: "higher",
    regions: US_ONLY,
    platforms: ["amazon_us", "walmart_us", "tiktok_us"],
    roles: ["compliance", "ops"],
    defaultTarget: { US: 1 },
    defaultWeight: 35,
    gate: false,
    data: {},
  },
  {
    id: "nom_labeling_compliance",
    name: { "zh-CN": "NOM 标签合规率", "en-US": "NOM labelling compliance", "es-MX": "Cumplimiento de etiquetado NOM" },
    definition: {
      "zh-CN":
        "期末带有所需西班牙语 NOM 标签（如通用商业信息 NOM-050-SCFI、纺织品 NOM-004-SE）的在售墨西哥 SKU ÷ 在售墨西哥 SKU。",
      "en-US":
        "Active SKUs sold in Mexico that carry the required Spanish NOM labelling (for example NOM-050-SCFI commercial information, NOM-004-SE for textiles) ÷ active SKUs sold in Mexico, at period end.",
      "es-MX":
        "SKU activos vendidos en México con el etiquetado NOM requerido en español (por ejemplo NOM-050-SCFI de información comercial, NOM-004-SE para textiles) ÷ SKU activos vendidos en México, al cierre del periodo.",
    },
    formula: "SKUs with compliant NOM labels ÷ active SKUs",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["compliance", "warehouse"],
    defaultTarget: { MX: 1 },
    defaultWeight: 25,
    gate: false,
    data: {},
  },
  {
    id: "withholding_reconciliation_rate",
    name: {
      "zh-CN": "平台代扣税对账率",
      "en-US": "Platform withholding reconciliation rate",
      "es-MX": "Conciliación de retenciones de plataformas",
    },
    definition: {
      "zh-CN":
        "平台代扣税凭证（CFDI de retenciones）上的 IVA 与 ISR 代扣金额中已与账簿核对一致的部分 ÷ 平台当月申报的代扣总额。",
      "en-US":
        "IVA and ISR withheld by the platforms, as stated on their withholding CFDIs (CFDI de retenciones), that is matched to the books ÷ total withholding the platforms report for the month.",
      "es-MX":
        "IVA e ISR retenidos por las plataformas, según sus CFDI de retenciones, que está conciliado con la contabilidad ÷ total de retenciones reportado por las plataformas en el mes.",
    },
    formula: "withholding matched to the books ÷ withholding reported by platforms",
    unit: "percent",
    polarity: "higher",
    regions: MX_ONLY,
    platforms: MX_PLATFORMS,
    roles: ["compliance"],
    defaultTarget: { MX: 1 },
    defaultWeight: 25,
    gate: false,
    data: { windowDays: 30 },
  },
  {
    id: "settlement_reconciliation_rate",
    name: {
      "zh-CN": "平台回款对账率",
      "en-US": "Settlement reconciliation rate",
      "es-MX": "Conciliación de liquidaciones",
    },
    definition: {
      "zh-CN": "已逐项核对到订单、佣金、退款和广告费的平台回款金额 ÷ 本期平台回款总额。",
      "en-US":
        "Platform settlement (payout) amount reconciled line by line to orders, fees, refunds and ad charges ÷ total settlement amount of the period.",
      "es-MX":
        "Monto de liquidaciones de la plataforma conciliado partida por partida con pedidos, comisiones, reembolsos y cargos de publicidad ÷ monto total liquidado en el periodo.",
    },
    formula: "settlement amount reconciled ÷ settlement amount",
    unit: "percent",
    polarity: "higher",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["compliance", "manager"],
    defaultTarget: { US: 0.99, MX: 0.99 },
    defaultWeight: 25,
    gate: false,
    data: { netOfRefunds: true, windowDays: 30 },
  },
  {
    id: "policy_violation_count",
    name: { "zh-CN": "政策违规次数", "en-US": "Policy violations", "es-MX": "Infracciones de políticas" },
    definition: {
      "zh-CN":
        "本期账户记录的政策违规次数：亚马逊账户状况中的政策问题、美客多违规与下架、沃尔玛政策通知（知识产权投诉、商品政策、受限商品、真伪问题）。目标 0：有一次即该项得 0。",
      "en-US":
        "Policy violations recorded on the accounts in the period: Amazon Account Health policy issues, Mercado Libre infractions and moderations, Walmart policy notices (IP complaints, listing policy, restricted products, authenticity). Target 0: any violation scores 0 on this line.",
      "es-MX":
        "Infracciones registradas en las cuentas durante el periodo: problemas de políticas en el Estado de la cuenta de Amazon, infracciones y moderaciones de Mercado Libre, avisos de políticas de Walmart (quejas de propiedad intelectual, políticas de publicación, productos restringidos, autenticidad). Meta 0: cualquier infracción deja esta línea en 0.",
    },
    formula: "count of policy violations recorded",
    unit: "count",
    polarity: "lower",
    regions: BOTH_REGIONS,
    platforms: ALL_PLATFORMS,
    roles: ["compliance", "ops", "manager"],
    defaultTarget: { US: 0, MX: 0 },
    defaultWeight: 20,
    gate: false,
    data: { windowDays: 30 },
  },
];
