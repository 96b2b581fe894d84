/**
 * Every text the task pane shows, in zh-CN, en-US and es-MX. One typed catalog: `PaneMessages` lists
 * the keys, and each language must supply all of them (the compiler checks presence, a test checks
 * that none is empty and that each language uses the same {placeholders}).
 *
 * Region, role, platform and KPI names come from the core (they are data, shared with the sheets);
 * the status words of a scorecard come from src/i18n (the words the sheet's formulas write).
 */
import type { Lang } from "../core/types";

export interface PaneMessages {
  // shell
  title: string;
  subtitle: string;
  outsideOffice: string;
  language: string;
  tabsLabel: string;
  tabTemplates: string;
  tabScorecard: string;
  tabData: string;
  tabFunctions: string;
  tabSettings: string;
  tabReview: string;
  loading: string;
  viewFailed: string;
  // shared
  region: string;
  role: string;
  platforms: string;
  gate: string;
  progress: string;
  progressStep: string;
  notInExcel: string;
  failed: string;
  builtOffice: string;
  builtBrowser: string;
  warnings: string;
  // templates
  templatesIntro: string;
  roles: string;
  preview: string;
  colKpi: string;
  colWeight: string;
  colTarget: string;
  pickRole: string;
  insertTemplate: string;
  platformsNote: string;
  // scorecard
  scorecardIntro: string;
  scorecardTitle: string;
  scorecardTitleDefault: string;
  period: string;
  people: string;
  colPerson: string;
  colBaseBonus: string;
  addPerson: string;
  removePerson: string;
  personName: string;
  fromTable: string;
  fromSelection: string;
  noPeopleTable: string;
  readPeople: string;
  readProblems: string;
  missingHeaders: string;
  rowNoName: string;
  rowBadRegion: string;
  rowBadRole: string;
  rowBadBonus: string;
  needPeople: string;
  badTeam: string;
  buildScorecard: string;
  openSummary: string;
  // functions
  functionsIntro: string;
  search: string;
  searchPlaceholder: string;
  resultCount: string;
  noResults: string;
  definition: string;
  formula: string;
  source: string;
  noSource: string;
  thresholdLine: string;
  unit: string;
  polarity: string;
  polarityHigher: string;
  polarityLower: string;
  unitCurrency: string;
  unitPercent: string;
  unitRatio: string;
  unitDays: string;
  unitCount: string;
  unitFlag: string;
  unitNumber: string;
  functionToInsert: string;
  arguments: string;
  optional: string;
  argumentsHint: string;
  formulaPreview: string;
  insertFormula: string;
  inserted: string;
  needArguments: string;
  // settings
  settingsIntro: string;
  dataDefinitions: string;
  taxInclusive: string;
  byRegion: string;
  yes: string;
  no: string;
  ivaRate: string;
  refundsDeducted: string;
  attributionDays: string;
  currency: string;
  scoringRules: string;
  cap: string;
  capHint: string;
  gateFailPayout: string;
  tiers: string;
  tierMin: string;
  tierPayout: string;
  addTier: string;
  removeTier: string;
  saveSettings: string;
  savedOffice: string;
  savedBrowser: string;
  notANumber: string;
  tiersAscending: string;
  needTier: string;
  noSettingsSheet: string;
  tierCountDiffers: string;
  // review
  reviewIntro: string;
  readScorecard: string;
  noScorecard: string;
  scorecardUnreadable: string;
  allOnTrack: string;
  offTrackCount: string;
  colAttainment: string;
  colStatus: string;
  statusOnTrack: string;
  statusAtRisk: string;
  statusOffTrack: string;
  statusMissing: string;
  statusPass: string;
  statusFail: string;
  statusInvalidTarget: string;
  statusUnknown: string;
  // review: change and trend over tblHistory
  historyTitle: string;
  noHistory: string;
  historyUnreadable: string;
  colPrevious: string;
  colChange: string;
  trendTitle: string;
  colTrend: string;
  trendNow: string;
}

export type MessageKey = keyof PaneMessages;

const EN_US: PaneMessages = {
  title: "Cross-Border KPI",
  subtitle: "KPI templates, custom functions and bonus scorecards for cross-border sellers.",
  outsideOffice:
    "Outside Excel: workbooks are built as .xlsx downloads. Open this page from Excel to work in a workbook.",
  language: "Language",
  tabsLabel: "Views",
  tabTemplates: "Templates",
  tabScorecard: "Scorecard",
  tabData: "Data",
  tabFunctions: "Functions",
  tabSettings: "Settings",
  tabReview: "Review",
  loading: "Loading…",
  viewFailed: "This view could not load: {detail}. Close and reopen the pane to try again.",
  region: "Region",
  role: "Role",
  platforms: "Platforms",
  gate: "gate",
  progress: "Progress",
  progressStep: "{label} ({done} of {total})",
  notInExcel: "This needs Excel: open the add-in in Excel to use it.",
  failed: "That did not work: {detail}",
  builtOffice: "Added {count} sheets to the workbook.",
  builtBrowser: "Downloaded {file}.",
  warnings: "Notes",
  templatesIntro: "Pick a region, the roles and the platforms you sell on, then insert the KPI templates.",
  roles: "Roles",
  preview: "KPIs in the template",
  colKpi: "KPI",
  colWeight: "Weight",
  colTarget: "Target",
  pickRole: "Pick at least one role.",
  insertTemplate: "Insert templates",
  platformsNote: "Gates of platforms you do not sell on are left out of the preview.",
  scorecardIntro: "List the team (or read it from the workbook), then build the scorecard sheets.",
  scorecardTitle: "Title",
  scorecardTitleDefault: "Team scorecard",
  period: "Period",
  people: "People",
  colPerson: "Person",
  colBaseBonus: "Base bonus",
  addPerson: "Add person",
  removePerson: "Remove {name}",
  personName: "Name of person {row}",
  fromTable: "Read the people table",
  fromSelection: "Read the selected range",
  noPeopleTable:
    "No people table ({table}) in this workbook. Select a range with Person, Region, Role and Base bonus instead.",
  readPeople: "Read {count} people.",
  readProblems: "{count} rows skipped. {first}",
  missingHeaders: "The range needs a header row with Person, Region and Role (Base bonus optional).",
  rowNoName: "Row {row}: the name is empty.",
  rowBadRegion: "Row {row}: unknown region “{value}” (US or MX).",
  rowBadRole: "Row {row}: unknown role “{value}”.",
  rowBadBonus: "Row {row}: the base bonus “{value}” is not a number.",
  needPeople: "Add at least one person with a name.",
  badTeam: "Check the team: {detail}",
  buildScorecard: "Build scorecard",
  openSummary: "Go to the {sheet} sheet",
  functionsIntro:
    "Search the KPI catalog, read how each KPI is measured, and insert a KPI formula into the active cell.",
  search: "Search KPIs",
  searchPlaceholder: "ROAS, 退款, devoluciones…",
  resultCount: "{count} KPIs",
  noResults: "No KPI matches “{query}”.",
  definition: "Data definition (数据口径)",
  formula: "Formula",
  source: "Source",
  noSource: "Catalog definition; no platform threshold applies.",
  thresholdLine: "{platform}: {comparator} {value} over {window} — {source} (checked {checked})",
  unit: "Unit",
  polarity: "Better when",
  polarityHigher: "higher",
  polarityLower: "lower",
  unitCurrency: "currency",
  unitPercent: "percent",
  unitRatio: "ratio",
  unitDays: "days",
  unitCount: "count",
  unitFlag: "yes/no (1/0)",
  unitNumber: "number",
  functionToInsert: "Function",
  arguments: "Arguments",
  optional: "optional",
  argumentsHint: "Cell references (B2), numbers or quoted text, separated by commas",
  formulaPreview: "Formula to insert",
  insertFormula: "Insert into the active cell",
  inserted: "Inserted into {address}.",
  needArguments: "Fill in the required arguments.",
  settingsIntro:
    "Data definitions and scoring rules. They go into the next workbook you build, and Save writes them to this workbook's Settings sheet.",
  dataDefinitions: "Data definitions",
  taxInclusive: "Sales include tax",
  byRegion: "By region",
  yes: "Yes",
  no: "No",
  ivaRate: "MX IVA rate (%)",
  refundsDeducted: "Refunds deducted",
  attributionDays: "Ad attribution window (days)",
  currency: "Bonus currency",
  scoringRules: "Scoring rules",
  cap: "Attainment cap (%)",
  capHint: "Leave blank for no cap.",
  gateFailPayout: "Payout when a gate fails (%)",
  tiers: "Payout tiers",
  tierMin: "Score from (%)",
  tierPayout: "Payout (%)",
  addTier: "Add tier",
  removeTier: "Remove tier {row}",
  saveSettings: "Save to workbook",
  savedOffice: "Saved to the Settings sheet.",
  savedBrowser: "Saved: the next workbook you download uses these settings.",
  notANumber: "{field}: enter a number of at least 0.",
  tiersAscending: "Tier minimums must rise from row to row.",
  needTier: "Keep at least one tier.",
  noSettingsSheet: "This workbook has no Settings sheet yet: build a scorecard or insert templates first.",
  tierCountDiffers:
    "The workbook has {count} payout tiers; the tier count is fixed once a workbook is built (rebuild to change it).",
  reviewIntro: "Read a scorecard back from the workbook and see the KPIs that need attention, worst first.",
  readScorecard: "Read scorecard",
  noScorecard: "No scorecard ({table}) found: build one first.",
  scorecardUnreadable: "The scorecard table lacks the Person, KPI ID, Attainment or Status column.",
  allOnTrack: "Every KPI is on track and every gate passes.",
  offTrackCount: "{count} of {total} KPIs need attention.",
  colAttainment: "Attainment",
  colStatus: "Status",
  statusOnTrack: "on track",
  statusAtRisk: "at risk",
  statusOffTrack: "off track",
  statusMissing: "missing data",
  statusPass: "gate passed",
  statusFail: "gate failed",
  statusInvalidTarget: "invalid target",
  statusUnknown: "unknown status",
  historyTitle: "Change since {period}",
  noHistory: "No history ({table}) yet: change and trend appear once a period is closed.",
  historyUnreadable: "The history table lacks the Period, Person, KPI ID, Attainment or Score column.",
  colPrevious: "Previous attainment",
  colChange: "Change",
  trendTitle: "Score by period",
  colTrend: "Trend",
  trendNow: "now",
};

const ZH_CN: PaneMessages = {
  title: "Cross-Border KPI 跨境 KPI",
  subtitle: "面向跨境卖家的 KPI 模板、自定义函数与绩效奖金考核表。",
  outsideOffice: "当前不在 Excel 中：工作簿将以 .xlsx 文件下载。请在 Excel 中打开本页面以直接操作工作簿。",
  language: "语言",
  tabsLabel: "视图",
  tabTemplates: "模板",
  tabScorecard: "考核表",
  tabData: "数据导入",
  tabFunctions: "函数",
  tabSettings: "设置",
  tabReview: "复盘",
  loading: "加载中…",
  viewFailed: "此视图加载失败：{detail}。请关闭并重新打开任务窗格后重试。",
  region: "区域",
  role: "岗位",
  platforms: "平台",
  gate: "门槛",
  progress: "进度",
  progressStep: "{label}（{done}/{total}）",
  notInExcel: "此功能需要 Excel：请在 Excel 中打开本插件。",
  failed: "操作未成功：{detail}",
  builtOffice: "已向工作簿添加 {count} 张工作表。",
  builtBrowser: "已下载 {file}。",
  warnings: "提示",
  templatesIntro: "选择区域、岗位和所经营的平台，然后插入 KPI 模板。",
  roles: "岗位",
  preview: "模板中的 KPI",
  colKpi: "KPI",
  colWeight: "权重",
  colTarget: "目标",
  pickRole: "请至少选择一个岗位。",
  insertTemplate: "插入模板",
  platformsNote: "未经营平台的门槛指标不显示在预览中。",
  scorecardIntro: "录入团队成员（或从工作簿读取），然后生成考核表。",
  scorecardTitle: "标题",
  scorecardTitleDefault: "团队考核表",
  period: "考核周期",
  people: "人员",
  colPerson: "人员",
  colBaseBonus: "基础奖金",
  addPerson: "添加人员",
  removePerson: "删除 {name}",
  personName: "第 {row} 位人员的姓名",
  fromTable: "读取人员表",
  fromSelection: "读取所选区域",
  noPeopleTable: "此工作簿中没有人员表（{table}）。请改为选中包含“人员、区域、岗位、基础奖金”的区域。",
  readPeople: "已读取 {count} 位人员。",
  readProblems: "跳过了 {count} 行。{first}",
  missingHeaders: "所选区域需要一行表头：人员、区域、岗位（基础奖金可选）。",
  rowNoName: "第 {row} 行：姓名为空。",
  rowBadRegion: "第 {row} 行：未知区域“{value}”（应为 US 或 MX）。",
  rowBadRole: "第 {row} 行：未知岗位“{value}”。",
  rowBadBonus: "第 {row} 行：基础奖金“{value}”不是数字。",
  needPeople: "请至少添加一位有姓名的人员。",
  badTeam: "请检查团队数据：{detail}",
  buildScorecard: "生成考核表",
  openSummary: "转到“{sheet}”工作表",
  functionsIntro: "搜索 KPI 目录，查看每个 KPI 的计算口径，并把 KPI 公式插入当前单元格。",
  search: "搜索 KPI",
  searchPlaceholder: "ROAS、退款、devoluciones…",
  resultCount: "共 {count} 个 KPI",
  noResults: "没有与“{query}”匹配的 KPI。",
  definition: "数据口径",
  formula: "计算公式",
  source: "来源",
  noSource: "目录定义；不涉及平台门槛。",
  thresholdLine: "{platform}：{comparator} {value}，统计窗口 {window} — {source}（核对日期 {checked}）",
  unit: "单位",
  polarity: "方向",
  polarityHigher: "越高越好",
  polarityLower: "越低越好",
  unitCurrency: "金额",
  unitPercent: "百分比",
  unitRatio: "倍数",
  unitDays: "天",
  unitCount: "个数",
  unitFlag: "是/否（1/0）",
  unitNumber: "数值",
  functionToInsert: "函数",
  arguments: "参数",
  optional: "可选",
  argumentsHint: "单元格引用（如 B2）、数字或带引号的文本，用逗号分隔",
  formulaPreview: "将插入的公式",
  insertFormula: "插入到当前单元格",
  inserted: "已插入到 {address}。",
  needArguments: "请填写必填参数。",
  settingsIntro: "数据口径与计分规则。它们会用于下一次生成的工作簿；点击“保存”会写入当前工作簿的“设置”工作表。",
  dataDefinitions: "数据口径",
  taxInclusive: "销售额含税",
  byRegion: "按区域",
  yes: "是",
  no: "否",
  ivaRate: "墨西哥 IVA 税率（%）",
  refundsDeducted: "扣除退款",
  attributionDays: "广告归因窗口（天）",
  currency: "奖金币种",
  scoringRules: "计分规则",
  cap: "达成率上限（%）",
  capHint: "留空表示不设上限。",
  gateFailPayout: "门槛未通过时的奖金系数（%）",
  tiers: "奖金档位",
  tierMin: "得分起点（%）",
  tierPayout: "奖金系数（%）",
  addTier: "添加档位",
  removeTier: "删除第 {row} 档",
  saveSettings: "保存到工作簿",
  savedOffice: "已保存到“设置”工作表。",
  savedBrowser: "已保存：下一次下载的工作簿将使用这些设置。",
  notANumber: "{field}：请输入不小于 0 的数字。",
  tiersAscending: "各档位的得分起点必须逐行递增。",
  needTier: "至少保留一个档位。",
  noSettingsSheet: "此工作簿还没有“设置”工作表：请先生成考核表或插入模板。",
  tierCountDiffers: "工作簿中有 {count} 个奖金档位；工作簿生成后档位数量固定（如需更改请重新生成）。",
  reviewIntro: "从工作簿读回考核表，按偏差从大到小列出需要关注的 KPI。",
  readScorecard: "读取考核表",
  noScorecard: "未找到考核表（{table}）：请先生成。",
  scorecardUnreadable: "考核表缺少“人员”“KPI编号”“达成率”或“状态”列。",
  allOnTrack: "所有 KPI 均达标，所有门槛均通过。",
  offTrackCount: "{total} 个 KPI 中有 {count} 个需要关注。",
  colAttainment: "达成率",
  colStatus: "状态",
  statusOnTrack: "达标",
  statusAtRisk: "预警",
  statusOffTrack: "落后",
  statusMissing: "缺数据",
  statusPass: "门槛通过",
  statusFail: "门槛未通过",
  statusInvalidTarget: "目标无效",
  statusUnknown: "状态未知",
  historyTitle: "较 {period} 的变化",
  noHistory: "尚无历史（{table}）：关闭一个考核期后即可看到变化和趋势。",
  historyUnreadable: "历史表缺少“考核期”“人员”“KPI编号”“达成率”或“得分”列。",
  colPrevious: "上期达成率",
  colChange: "变化",
  trendTitle: "各期得分",
  colTrend: "趋势",
  trendNow: "本期",
};

const ES_MX: PaneMessages = {
  title: "Cross-Border KPI",
  subtitle: "Plantillas de KPI, funciones personalizadas y tableros de bonos para vendedores transfronterizos.",
  outsideOffice:
    "Fuera de Excel: los libros se generan como descargas .xlsx. Abra esta página desde Excel para trabajar en un libro.",
  language: "Idioma",
  tabsLabel: "Vistas",
  tabTemplates: "Plantillas",
  tabScorecard: "Tablero",
  tabData: "Datos",
  tabFunctions: "Funciones",
  tabSettings: "Ajustes",
  tabReview: "Revisión",
  loading: "Cargando…",
  viewFailed: "No se pudo cargar esta vista: {detail}. Cierre y vuelva a abrir el panel para intentarlo de nuevo.",
  region: "Región",
  role: "Puesto",
  platforms: "Plataformas",
  gate: "umbral",
  progress: "Progreso",
  progressStep: "{label} ({done} de {total})",
  notInExcel: "Esto requiere Excel: abra el complemento en Excel para usarlo.",
  failed: "No se pudo completar: {detail}",
  builtOffice: "Se agregaron {count} hojas al libro.",
  builtBrowser: "Se descargó {file}.",
  warnings: "Notas",
  templatesIntro: "Elija la región, los puestos y las plataformas donde vende, y luego inserte las plantillas de KPI.",
  roles: "Puestos",
  preview: "KPI de la plantilla",
  colKpi: "KPI",
  colWeight: "Peso",
  colTarget: "Meta",
  pickRole: "Elija al menos un puesto.",
  insertTemplate: "Insertar plantillas",
  platformsNote: "Los umbrales de plataformas donde no vende no aparecen en la vista previa.",
  scorecardIntro: "Capture el equipo (o léalo del libro) y luego genere las hojas del tablero.",
  scorecardTitle: "Título",
  scorecardTitleDefault: "Tablero del equipo",
  period: "Periodo",
  people: "Personas",
  colPerson: "Persona",
  colBaseBonus: "Bono base",
  addPerson: "Agregar persona",
  removePerson: "Quitar a {name}",
  personName: "Nombre de la persona {row}",
  fromTable: "Leer la tabla de personas",
  fromSelection: "Leer el rango seleccionado",
  noPeopleTable:
    "Este libro no tiene tabla de personas ({table}). Seleccione un rango con Persona, Región, Puesto y Bono base.",
  readPeople: "Se leyeron {count} personas.",
  readProblems: "Se omitieron {count} filas. {first}",
  missingHeaders: "El rango necesita una fila de encabezados con Persona, Región y Puesto (Bono base opcional).",
  rowNoName: "Fila {row}: el nombre está vacío.",
  rowBadRegion: "Fila {row}: región desconocida “{value}” (US o MX).",
  rowBadRole: "Fila {row}: puesto desconocido “{value}”.",
  rowBadBonus: "Fila {row}: el bono base “{value}” no es un número.",
  needPeople: "Agregue al menos una persona con nombre.",
  badTeam: "Revise el equipo: {detail}",
  buildScorecard: "Generar tablero",
  openSummary: "Ir a la hoja {sheet}",
  functionsIntro:
    "Busque en el catálogo de KPI, lea cómo se mide cada uno e inserte una fórmula de KPI en la celda activa.",
  search: "Buscar KPI",
  searchPlaceholder: "ROAS, 退款, devoluciones…",
  resultCount: "{count} KPI",
  noResults: "Ningún KPI coincide con “{query}”.",
  definition: "Definición de datos (数据口径)",
  formula: "Fórmula",
  source: "Fuente",
  noSource: "Definición del catálogo; no aplica umbral de plataforma.",
  thresholdLine: "{platform}: {comparator} {value} en {window} — {source} (revisado {checked})",
  unit: "Unidad",
  polarity: "Mejor cuando es",
  polarityHigher: "mayor",
  polarityLower: "menor",
  unitCurrency: "moneda",
  unitPercent: "porcentaje",
  unitRatio: "múltiplo",
  unitDays: "días",
  unitCount: "cantidad",
  unitFlag: "sí/no (1/0)",
  unitNumber: "número",
  functionToInsert: "Función",
  arguments: "Argumentos",
  optional: "opcional",
  argumentsHint: "Referencias (B2), números o texto entre comillas, separados por comas",
  formulaPreview: "Fórmula a insertar",
  insertFormula: "Insertar en la celda activa",
  inserted: "Insertada en {address}.",
  needArguments: "Complete los argumentos obligatorios.",
  settingsIntro:
    "Definiciones de datos y reglas de puntaje. Se aplican al siguiente libro que genere, y Guardar las escribe en la hoja Ajustes de este libro.",
  dataDefinitions: "Definiciones de datos",
  taxInclusive: "Ventas con impuestos",
  byRegion: "Según la región",
  yes: "Sí",
  no: "No",
  ivaRate: "Tasa de IVA MX (%)",
  refundsDeducted: "Reembolsos descontados",
  attributionDays: "Ventana de atribución de anuncios (días)",
  currency: "Moneda del bono",
  scoringRules: "Reglas de puntaje",
  cap: "Tope de cumplimiento (%)",
  capHint: "Déjelo vacío para no poner tope.",
  gateFailPayout: "Pago si falla un umbral (%)",
  tiers: "Niveles de pago",
  tierMin: "Puntaje desde (%)",
  tierPayout: "Pago (%)",
  addTier: "Agregar nivel",
  removeTier: "Quitar el nivel {row}",
  saveSettings: "Guardar en el libro",
  savedOffice: "Se guardó en la hoja Ajustes.",
  savedBrowser: "Guardado: el siguiente libro que descargue usará estos ajustes.",
  notANumber: "{field}: escriba un número mayor o igual a 0.",
  tiersAscending: "El mínimo de cada nivel debe ser mayor que el del anterior.",
  needTier: "Conserve al menos un nivel.",
  noSettingsSheet: "Este libro aún no tiene hoja de Ajustes: genere un tablero o inserte plantillas primero.",
  tierCountDiffers:
    "El libro tiene {count} niveles de pago; la cantidad queda fija al generar el libro (vuelva a generarlo para cambiarla).",
  reviewIntro: "Lea un tablero del libro y vea los KPI que requieren atención, del peor al mejor.",
  readScorecard: "Leer tablero",
  noScorecard: "No se encontró un tablero ({table}): genere uno primero.",
  scorecardUnreadable: "A la tabla del tablero le falta la columna Persona, ID de KPI, Cumplimiento o Estado.",
  allOnTrack: "Todos los KPI están en meta y todos los umbrales se cumplen.",
  offTrackCount: "{count} de {total} KPI requieren atención.",
  colAttainment: "Cumplimiento",
  colStatus: "Estado",
  statusOnTrack: "en meta",
  statusAtRisk: "en riesgo",
  statusOffTrack: "fuera de meta",
  statusMissing: "sin dato",
  statusPass: "umbral cumplido",
  statusFail: "umbral reprobado",
  statusInvalidTarget: "meta inválida",
  statusUnknown: "estado desconocido",
  historyTitle: "Cambio desde {period}",
  noHistory: "Aún no hay historial ({table}): el cambio y la tendencia aparecen al cerrar un periodo.",
  historyUnreadable:
    "A la tabla del historial le falta la columna Periodo, Persona, ID de KPI, Cumplimiento o Puntaje.",
  colPrevious: "Cumplimiento anterior",
  colChange: "Cambio",
  trendTitle: "Puntaje por periodo",
  colTrend: "Tendencia",
  trendNow: "actual",
};

export const MESSAGES: Readonly<Record<Lang, PaneMessages>> = {
  "en-US": EN_US,
  "zh-CN": ZH_CN,
  "es-MX": ES_MX,
};

/** Each language named in itself, for the language switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  "zh-CN": "中文",
  "en-US": "English",
  "es-MX": "Español",
};

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written so a gap is visible, not blank. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A bound lookup for one language: `t("builtBrowser", { file })`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  const catalog = MESSAGES[lang];
  return (key, params) => format(catalog[key], params);
}

/** Maps an Office or browser language tag (e.g. "zh-TW", "es-ES") to the nearest language we ship. */
export function pickLang(tag: string | null | undefined): Lang {
  const lower = (tag ?? "").toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("es")) return "es-MX";
  return "en-US";
}
