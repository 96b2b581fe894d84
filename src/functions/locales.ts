/**
 * zh-CN and es-MX texts of the custom functions' metadata: one description per function id and one
 * help text per parameter name. English lives in the JSDoc of functions.ts (→ functions.json);
 * scripts/gen-function-locales.ts copies functions.json with these texts into
 * functions.zh-CN.json and functions.es-MX.json, and fails the build when an id or parameter is
 * missing here or unknown there.
 *
 * Function and parameter names stay English in every language: a formula written in Shenzhen must
 * work in Monterrey.
 */

export type FunctionLocale = "zh-CN" | "es-MX";
export const FUNCTION_LOCALES: readonly FunctionLocale[] = ["zh-CN", "es-MX"];

export interface FunctionText {
  description: string;
  /** help per parameter, keyed by the parameter's name */
  params: Readonly<Record<string, string>>;
}

export type FunctionTexts = Readonly<Record<string, FunctionText>>;

const ZH_CN: FunctionTexts = {
  ROAS: {
    description: "广告投入产出比：广告销售额 ÷ 广告花费。示例：=KPI.ROAS(500, 125) 返回 4。",
    params: {
      adSales: "广告带来的销售额（数字或区域）。",
      adSpend: "同币种的广告花费（数字或同样大小的区域）。",
    },
  },
  ACOS: {
    description: "广告销售成本比：广告花费 ÷ 广告销售额。示例：=KPI.ACOS(125, 500) 返回 0.25（25%）。",
    params: {
      adSpend: "广告花费（数字或区域）。",
      adSales: "同币种的广告销售额（数字或同样大小的区域）。",
    },
  },
  TACOS: {
    description: "总广告销售成本比：广告花费 ÷ 总销售额（自然 + 广告）。示例：=KPI.TACOS(125, 2500) 返回 0.05。",
    params: {
      adSpend: "广告花费（数字或区域）。",
      totalSales: "同币种的当期总销售额（数字或同样大小的区域）。",
    },
  },
  CTR: {
    description: "点击率：点击量 ÷ 曝光量。示例：=KPI.CTR(45, 10000) 返回 0.0045。",
    params: {
      clicks: "广告点击量（数字或区域）。",
      impressions: "广告曝光量（数字或同样大小的区域）。",
    },
  },
  CPC: {
    description: "单次点击成本：广告花费 ÷ 点击量。示例：=KPI.CPC(90, 120) 返回 0.75。",
    params: {
      adSpend: "广告花费（数字或区域）。",
      clicks: "广告点击量（数字或同样大小的区域）。",
    },
  },
  CVR: {
    description: "转化率：订单数 ÷ 访问量。示例：=KPI.CVR(30, 1200) 返回 0.025。",
    params: {
      orders: "订单数（数字或区域）。",
      sessions: "访问量/会话数（数字或同样大小的区域）。",
    },
  },
  AOV: {
    description: "客单价：销售额 ÷ 订单数。示例：=KPI.AOV(2500, 100) 返回 25。",
    params: {
      sales: "当期销售额（数字或区域）。",
      orders: "当期订单数（数字或同样大小的区域）。",
    },
  },
  TURNOVERDAYS: {
    description: "库存周转天数：平均库存金额 ÷ 销货成本 × 天数。示例：=KPI.TURNOVERDAYS(6000, 3000, 30) 返回 60。",
    params: {
      avgInventoryValue: "按成本计的平均库存金额（数字或区域）。",
      cogs: "当期销货成本（数字或同样大小的区域）。",
      days: "销货成本覆盖的天数；省略时为 30。",
    },
  },
  DAYSOFSUPPLY: {
    description: "可售天数：可售库存 ÷ 日均销量。示例：=KPI.DAYSOFSUPPLY(900, 30) 返回 30。",
    params: {
      unitsAvailable: "现有可售件数（数字或区域）。",
      avgDailyUnitsSold: "日均销售件数（数字或同样大小的区域）。",
    },
  },
  SELLTHROUGH: {
    description: "售罄率：售出件数 ÷ 平均可售件数。示例：=KPI.SELLTHROUGH(300, 1200) 返回 0.25。",
    params: {
      unitsSold: "当期售出件数（数字或区域）。",
      avgUnitsAvailable: "当期平均可售件数（数字或同样大小的区域）。",
    },
  },
  NETSALES: {
    description:
      "净销售额：(含税销售额 − 退款) ÷ (1 + 税率)。示例：=KPI.NETSALES(1160, 0, 0.16) 返回 1000（墨西哥 IVA）。",
    params: {
      grossSales: "前台显示的销售额（数字或区域）。",
      refunds: "需扣除的退款；省略时为 0。",
      taxRate: "价格中包含的税率，如墨西哥 IVA 为 0.16；省略时为 0（美国销售额不含税）。",
    },
  },
  RATE: {
    description: "占比：部分 ÷ 整体，用于退货率、退款率、取消率、有货率等。示例：=KPI.RATE(3, 200) 返回 0.015。",
    params: {
      part: "被计数的部分，如退货件数（数字或区域）。",
      whole: "整体，如售出件数（数字或同样大小的区域）。",
    },
  },
  GROWTH: {
    description: "增长率：本期 ÷ 上期 − 1。示例：=KPI.GROWTH(1200, 1000) 返回 0.2（20%）。",
    params: {
      current: "本期数值（数字或区域）。",
      previous: "对比期数值（数字或同样大小的区域）。",
    },
  },
  ATTAINMENT: {
    description:
      'KPI 达成率：越高越好时为 实际 ÷ 目标，越低越好时为 2 − 实际 ÷ 目标；不低于 0，给出上限时封顶。实际值为空记 0。示例：=KPI.ATTAINMENT(0.12, 0.1, "lower") 返回 0.8。',
    params: {
      actual: "实际值（数字或区域）；为空表示未上报，记 0。",
      target: "目标值（数字或同样大小的区域）。",
      polarity: '"higher"（默认，越高越好）或 "lower"（越低越好），也可填 KPI 编号（如 "acos"）以使用其方向。',
      cap: "计入的最高达成率，如 1.2；省略时不封顶。",
    },
  },
  SCORE: {
    description: "加权得分：Σ 权重 × min(达成率, 上限) ÷ Σ 权重。示例：=KPI.SCORE({1,0.8}, {60,40}) 返回 0.92。",
    params: {
      attainments: "各加权 KPI 的达成率（区域；空单元格记 0）。",
      weights: "对应的权重，单元格数量与达成率相同（百分比或任意比例）。",
      cap: "计入的最高达成率；省略时不封顶。",
    },
  },
  PAYOUT: {
    description:
      "奖金系数：得分达到的最高档位的系数；低于最低档为 0。示例：=KPI.PAYOUT(0.9, {0.8,0.9,1,1.1}, {0.5,0.8,1,1.2}) 返回 0.8。",
    params: {
      score: "得分（数字或区域）。",
      tierMins: "各档位的最低得分（区域）。",
      tierPayouts: "各档位的奖金系数，与 tierMins 一一对应。",
    },
  },
  BONUS: {
    description: "奖金：基础奖金 × 奖金系数。示例：=KPI.BONUS(5000, 0.8) 返回 4000。",
    params: {
      baseBonus: "系数为 100% 时的奖金（数字或区域）。",
      payout: "奖金系数，如 KPI.PAYOUT 的结果（数字或同样大小的区域）。",
    },
  },
  GATE: {
    description:
      '平台健康门槛：按规则判断实际值是否在阈值正确一侧："<"、"<="、">"、">=" 严格照用；"lower"/"higher" 为含边界（≤ / ≥）；填门槛 KPI 编号则用其平台规则（亚马逊为严格 < / >，美客多与沃尔玛含边界 ≤ / ≥）。实际值为空视为未通过。示例：=KPI.GATE(0.01, 0.01, "odr") 返回 FALSE（ODR 须低于 1%）。',
    params: {
      actual: "实际比率（数字或区域）；为空表示未上报，视为未通过。",
      threshold: '平台阈值，如 KPI.LIMIT("odr", "amazon_us")。',
      rule: '"<"、"<="、">"、">="，或 "lower"（≤）、"higher"（≥），或门槛 KPI 编号（如 "odr"，用其平台规则）。',
    },
  },
  STATUS: {
    description:
      '达成率红绿灯：达到 greenAt 为 "green"，达到 amberAt 为 "amber"，否则为 "red"。示例：=KPI.STATUS(0.95) 返回 "amber"。',
    params: {
      attainment: "达成率（数字或区域）。",
      greenAt: "视为达标的达成率；省略时为 1。",
      amberAt: "视为预警的达成率；省略时为 0.9。",
    },
  },
  LIMIT: {
    description: '从 KPI 目录取平台健康阈值。示例：=KPI.LIMIT("odr", "amazon_us") 返回 0.01。',
    params: {
      kpiId: 'KPI 编号，如 "odr"、"late_shipment_rate"、"ml_claims_rate"、"wm_cancel_rate"。',
      platform: '平台编号："amazon_us"、"amazon_mx"、"mercadolibre_mx"、"walmart_us"；省略时取该 KPI 的第一个平台。',
    },
  },
  PHASE: {
    description: '按季节性把年度目标拆分到月（或季度）并溢出显示。示例：=KPI.PHASE(1200000, "MX") 溢出 12 个月度目标。',
    params: {
      annual: "年度目标（数字，或一列目标，每个目标占一行）。",
      seasonality: '"US" 或 "MX" 使用默认季节曲线，或填写月度占比区域；省略时各月平均。',
      by: '"month"（默认，按月）或 "quarter"（按季度）。',
    },
  },
  BUENFIN: {
    description:
      "墨西哥 Buen Fin 大促在某年的日期（结束于革命纪念日所在的周一）。示例：=KPI.BUENFIN(2025) 返回日期 2025-11-13。",
    params: {
      year: "年份（数字或区域）。",
      which: '"start"（默认，开始日）或 "end"（结束日）。',
    },
  },
  PROMO: {
    description:
      '某年大促或节日的日期："prime_day"、"hot_sale"、"buen_fin"、"black_friday"、"cyber_monday"、"dia_de_las_madres"、"christmas" 等。示例：=KPI.PROMO("prime_day", 2025) 返回日期 2025-07-08。',
    params: {
      eventId: '活动编号，如 "prime_day" 或 "hot_sale"。',
      year: "年份（数字或区域）。",
      which: '"start"（默认，开始日）或 "end"（结束日）。',
      region: '"US"、"MX" 或 "any"（默认：先查美国，再查墨西哥）。',
    },
  },
};

const ES_MX: FunctionTexts = {
  ROAS: {
    description:
      "Retorno de la inversión publicitaria: ventas por publicidad ÷ gasto en publicidad. Ejemplo: =KPI.ROAS(500, 125) devuelve 4.",
    params: {
      adSales: "Ventas atribuidas a la publicidad (un número o un rango).",
      adSpend: "Gasto en publicidad en la misma moneda (un número o un rango del mismo tamaño).",
    },
  },
  ACOS: {
    description:
      "Costo publicitario de venta: gasto en publicidad ÷ ventas por publicidad. Ejemplo: =KPI.ACOS(125, 500) devuelve 0.25 (25%).",
    params: {
      adSpend: "Gasto en publicidad (un número o un rango).",
      adSales: "Ventas atribuidas a la publicidad en la misma moneda (un número o un rango del mismo tamaño).",
    },
  },
  TACOS: {
    description:
      "ACoS total: gasto en publicidad ÷ ventas totales (orgánicas y por publicidad). Ejemplo: =KPI.TACOS(125, 2500) devuelve 0.05.",
    params: {
      adSpend: "Gasto en publicidad (un número o un rango).",
      totalSales: "Todas las ventas del periodo en la misma moneda (un número o un rango del mismo tamaño).",
    },
  },
  CTR: {
    description: "Tasa de clics: clics ÷ impresiones. Ejemplo: =KPI.CTR(45, 10000) devuelve 0.0045.",
    params: {
      clicks: "Clics en anuncios (un número o un rango).",
      impressions: "Impresiones de anuncios (un número o un rango del mismo tamaño).",
    },
  },
  CPC: {
    description: "Costo por clic: gasto en publicidad ÷ clics. Ejemplo: =KPI.CPC(90, 120) devuelve 0.75.",
    params: {
      adSpend: "Gasto en publicidad (un número o un rango).",
      clicks: "Clics en anuncios (un número o un rango del mismo tamaño).",
    },
  },
  CVR: {
    description: "Tasa de conversión: pedidos ÷ sesiones. Ejemplo: =KPI.CVR(30, 1200) devuelve 0.025.",
    params: {
      orders: "Pedidos (un número o un rango).",
      sessions: "Sesiones o visitas (un número o un rango del mismo tamaño).",
    },
  },
  AOV: {
    description: "Ticket promedio: ventas ÷ pedidos. Ejemplo: =KPI.AOV(2500, 100) devuelve 25.",
    params: {
      sales: "Ventas del periodo (un número o un rango).",
      orders: "Pedidos del periodo (un número o un rango del mismo tamaño).",
    },
  },
  TURNOVERDAYS: {
    description:
      "Días de rotación de inventario: valor promedio del inventario ÷ costo de ventas × días. Ejemplo: =KPI.TURNOVERDAYS(6000, 3000, 30) devuelve 60.",
    params: {
      avgInventoryValue: "Valor promedio del inventario a costo (un número o un rango).",
      cogs: "Costo de ventas del periodo (un número o un rango del mismo tamaño).",
      days: "Días del periodo que cubre el costo de ventas; 30 si se omite.",
    },
  },
  DAYSOFSUPPLY: {
    description:
      "Días de inventario: unidades disponibles ÷ unidades vendidas por día. Ejemplo: =KPI.DAYSOFSUPPLY(900, 30) devuelve 30.",
    params: {
      unitsAvailable: "Unidades vendibles en existencia (un número o un rango).",
      avgDailyUnitsSold: "Unidades vendidas por día en promedio (un número o un rango del mismo tamaño).",
    },
  },
  SELLTHROUGH: {
    description:
      "Tasa de venta (sell-through): unidades vendidas ÷ unidades disponibles promedio. Ejemplo: =KPI.SELLTHROUGH(300, 1200) devuelve 0.25.",
    params: {
      unitsSold: "Unidades vendidas en el periodo (un número o un rango).",
      avgUnitsAvailable: "Unidades disponibles promedio en el periodo (un número o un rango del mismo tamaño).",
    },
  },
  NETSALES: {
    description:
      "Ventas netas: (ventas brutas − reembolsos) ÷ (1 + tasa de impuesto). Ejemplo: =KPI.NETSALES(1160, 0, 0.16) devuelve 1000 (IVA de México).",
    params: {
      grossSales: "Ventas brutas como las muestra el precio al público (un número o un rango).",
      refunds: "Reembolsos a descontar; 0 si se omite.",
      taxRate:
        "Impuesto incluido en los precios, p. ej. 0.16 por el IVA en México; 0 si se omite (en EE. UU. las ventas no incluyen impuesto).",
    },
  },
  RATE: {
    description:
      "Proporción: parte ÷ total, para tasas de devolución, reembolso, cancelación o disponibilidad. Ejemplo: =KPI.RATE(3, 200) devuelve 0.015.",
    params: {
      part: "La parte contada, p. ej. unidades devueltas (un número o un rango).",
      whole: "El total, p. ej. unidades vendidas (un número o un rango del mismo tamaño).",
    },
  },
  GROWTH: {
    description: "Crecimiento: actual ÷ anterior − 1. Ejemplo: =KPI.GROWTH(1200, 1000) devuelve 0.2 (20%).",
    params: {
      current: "Valor de este periodo (un número o un rango).",
      previous: "Valor del periodo de comparación (un número o un rango del mismo tamaño).",
    },
  },
  ATTAINMENT: {
    description:
      'Cumplimiento de un KPI: real ÷ meta si más es mejor, 2 − real ÷ meta si menos es mejor; nunca menor que 0 y con tope si se indica. Un real en blanco cuenta 0. Ejemplo: =KPI.ATTAINMENT(0.12, 0.1, "lower") devuelve 0.8.',
    params: {
      actual: "El valor real (un número o un rango); en blanco significa no reportado y cuenta 0.",
      target: "La meta (un número o un rango del mismo tamaño).",
      polarity:
        '"higher" (predeterminado, más es mejor) o "lower" (menos es mejor), o el id de un KPI como "acos" para usar su sentido.',
      cap: "Cumplimiento máximo que se cuenta, p. ej. 1.2; sin tope si se omite.",
    },
  },
  SCORE: {
    description:
      "Puntaje ponderado: Σ peso × mín(cumplimiento, tope) ÷ Σ peso. Ejemplo: =KPI.SCORE({1,0.8}, {60,40}) devuelve 0.92.",
    params: {
      attainments: "Cumplimientos de los KPI ponderados (un rango; las celdas en blanco cuentan 0).",
      weights: "Sus pesos, tantas celdas como cumplimientos (porcentaje o cualquier escala).",
      cap: "Cumplimiento máximo que se cuenta; sin tope si se omite.",
    },
  },
  PAYOUT: {
    description:
      "Multiplicador del bono: el del nivel más alto cuyo mínimo alcanza el puntaje; 0 debajo del nivel más bajo. Ejemplo: =KPI.PAYOUT(0.9, {0.8,0.9,1,1.1}, {0.5,0.8,1,1.2}) devuelve 0.8.",
    params: {
      score: "El puntaje (un número o un rango).",
      tierMins: "Puntaje mínimo de cada nivel (un rango).",
      tierPayouts: "Multiplicador de cada nivel, a la par de tierMins.",
    },
  },
  BONUS: {
    description: "Bono: bono base × multiplicador. Ejemplo: =KPI.BONUS(5000, 0.8) devuelve 4000.",
    params: {
      baseBonus: "El bono al 100% (un número o un rango).",
      payout: "El multiplicador, p. ej. de KPI.PAYOUT (un número o un rango del mismo tamaño).",
    },
  },
  GATE: {
    description:
      'Umbral de salud de la plataforma: VERDADERO si el real está del lado correcto del umbral según la regla: "<", "<=", ">", ">=" exactos; "lower"/"higher" inclusivos (≤ / ≥); un id de KPI usa la regla de su plataforma (Amazon estricta < / >, Mercado Libre y Walmart inclusivas ≤ / ≥). Un real en blanco no pasa. Ejemplo: =KPI.GATE(0.01, 0.01, "odr") devuelve FALSO (la ODR debe ser menor a 1%).',
    params: {
      actual: "La tasa medida (un número o un rango); en blanco significa no reportado y no pasa.",
      threshold: 'El límite de la plataforma, p. ej. KPI.LIMIT("odr", "amazon_us").',
      rule: '"<", "<=", ">", ">=", "lower" (≤), "higher" (≥), o el id del KPI del umbral como "odr" (regla de su plataforma).',
    },
  },
  STATUS: {
    description:
      'Semáforo de un cumplimiento: "green" desde greenAt, "amber" desde amberAt, si no "red". Ejemplo: =KPI.STATUS(0.95) devuelve "amber".',
    params: {
      attainment: "El cumplimiento (un número o un rango).",
      greenAt: "Cumplimiento que cuenta como en meta; 1 si se omite.",
      amberAt: "Cumplimiento que cuenta como en riesgo; 0.9 si se omite.",
    },
  },
  LIMIT: {
    description:
      'Umbral de la plataforma para un KPI de salud, tomado del catálogo. Ejemplo: =KPI.LIMIT("odr", "amazon_us") devuelve 0.01.',
    params: {
      kpiId: 'Id del KPI, p. ej. "odr", "late_shipment_rate", "ml_claims_rate", "wm_cancel_rate".',
      platform:
        'Id de la plataforma: "amazon_us", "amazon_mx", "mercadolibre_mx", "walmart_us"; la primera del KPI si se omite.',
    },
  },
  PHASE: {
    description:
      'Reparte una meta anual en meses (o trimestres) según la estacionalidad y los desborda. Ejemplo: =KPI.PHASE(1200000, "MX") desborda 12 metas mensuales.',
    params: {
      annual: "La meta anual (un número, o una columna de metas, una fila por meta).",
      seasonality:
        '"US" o "MX" para la curva de temporada predeterminada, o un rango de proporciones mensuales; meses iguales si se omite.',
      by: '"month" (predeterminado, por mes) o "quarter" (por trimestre).',
    },
  },
  BUENFIN: {
    description:
      "Fecha de El Buen Fin en México para un año (termina el lunes del Día de la Revolución). Ejemplo: =KPI.BUENFIN(2025) devuelve la fecha 2025-11-13.",
    params: {
      year: "El año (un número o un rango).",
      which: '"start" (predeterminado, inicio) o "end" (fin).',
    },
  },
  PROMO: {
    description:
      'Fecha de una promoción o día festivo en un año: "prime_day", "hot_sale", "buen_fin", "black_friday", "cyber_monday", "dia_de_las_madres", "christmas", … Ejemplo: =KPI.PROMO("prime_day", 2025) devuelve la fecha 2025-07-08.',
    params: {
      eventId: 'Id del evento, p. ej. "prime_day" o "hot_sale".',
      year: "El año (un número o un rango).",
      which: '"start" (predeterminado, inicio) o "end" (fin).',
      region: '"US", "MX" o "any" (predeterminado: primero EE. UU., luego México).',
    },
  },
};

export const FUNCTION_TEXTS: Readonly<Record<FunctionLocale, FunctionTexts>> = {
  "zh-CN": ZH_CN,
  "es-MX": ES_MX,
};
