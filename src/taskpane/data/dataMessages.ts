/**
 * The Data view's texts in zh-CN, en-US and es-MX. A catalog of its own, loaded with the view: the
 * pane's catalog (src/taskpane/messages.ts) rides in the first JavaScript the page runs, which is at
 * its budget (140 KiB gzip); only the tab's name lives there. Same rules: every language supplies
 * every key with the same {placeholders} (test/taskpane/DataView.test.tsx checks).
 *
 * A refused file's line is the CLI's own (`file: reason`, in English, as `kpi-scorecard import`
 * prints it), so a person and a support engineer read the same words.
 */
import type { Lang } from "../../core/types";
import type { ReportKind } from "../../import/types";
import { catalogTranslator, type CatalogTranslate } from "../viewCatalog";

export interface DataMessages {
  dataIntro: string;
  chooseFiles: string;
  dropHere: string;
  readSheet: string;
  sheetEmpty: string;
  period: string;
  files: string;
  fileFacts: string;
  colWarnings: string;
  pickMarketplace: string;
  marketplaceOf: string;
  removeFile: string;
  reading: string;
  readingStep: string;
  stage_bytes: string;
  stage_parse: string;
  stagePeople: string;
  stageActuals: string;
  periodFromWorkbook: string;
  periodPrevious: string;
  patternsHint: string;
  scopedPeople: string;
  refused: string;
  needMarketplace: string;
  apply: string;
  applying: string;
  needPeople: string;
  badTeam: string;
  appliedOffice: string;
  appliedBrowser: string;
  clearFiles: string;
  locale_en: string;
  locale_es: string;
  locale_zh: string;
  kind_amazon_business_report: string;
  kind_amazon_ads_sp: string;
  kind_amazon_all_orders: string;
  kind_amazon_fba_returns: string;
  kind_mercadolibre_ventas: string;
  kind_amazon_account_health: string;
}

export type DataMessageKey = keyof DataMessages;

const EN_US: DataMessages = {
  dataIntro:
    "Import the month's reports as downloaded (Seller Central, the Ads console, Mercado Libre): each file is recognised by its header, and the actuals become formulas over a Data sheet. An actual someone typed is never changed.",
  chooseFiles: "Choose files",
  dropHere: "Or drop report files here (CSV, TSV, XLSX, JSON).",
  readSheet: "Read the active sheet",
  sheetEmpty: "The active sheet “{sheet}” is empty: paste a report into it first.",
  period: "Period",
  files: "Files",
  fileFacts: "Headers in {locale} · {rows} rows",
  colWarnings: "Warnings",
  pickMarketplace: "Choose…",
  marketplaceOf: "Marketplace of {file}",
  removeFile: "Remove {file}",
  reading: "Reading files",
  readingStep: "{done} of {total}: {label}",
  stage_bytes: "reading the file",
  stage_parse: "recognising the header and typing the rows",
  stagePeople: "Reading the people table",
  stageActuals: "Working out each person's actuals",
  periodFromWorkbook: "The period the workbook was built for (its Settings sheet).",
  periodPrevious: "Last month: the workbook names no period.",
  patternsHint:
    "Whose rows are whose: in the People table's “SKUs” and “Campaigns” columns (add them to a table of your own) give each person's patterns, comma-separated, * a wildcard (SKU-A-*, B0*). A blank cell takes every row.",
  scopedPeople: "{count} of {total} people's actuals follow their SKU or campaign patterns.",
  refused: "Not imported, nothing applied:",
  needMarketplace: "{count} file(s) do not say their marketplace: choose it in the list.",
  apply: "Apply to the workbook",
  applying: "Applying",
  needPeople: "The workbook has no people table ({table}): build the scorecard first, then import its reports.",
  badTeam: "The team cannot take these actuals: {detail}",
  appliedOffice:
    "Imported into “{data}” and “{imports}”: {rows} data rows, {imported} actuals from the reports, {kept} typed actuals kept, {cleared} cleared.",
  appliedBrowser:
    "Downloaded {file} with the imports: {rows} data rows, {imported} actuals from the reports, {kept} typed actuals kept.",
  clearFiles: "Clear the list",
  locale_en: "English",
  locale_es: "Spanish",
  locale_zh: "Chinese",
  kind_amazon_business_report: "Amazon business report",
  kind_amazon_ads_sp: "Amazon Sponsored Products",
  kind_amazon_all_orders: "Amazon All Orders",
  kind_amazon_fba_returns: "Amazon FBA returns",
  kind_mercadolibre_ventas: "Mercado Libre sales",
  kind_amazon_account_health: "Amazon account health",
};

const ZH_CN: DataMessages = {
  dataIntro:
    "按原样导入本月下载的报表（卖家中心、广告控制台、美客多）：按表头识别每个文件，实际值写成引用“数据”表的公式。手工填写的实际值不会被改动。",
  chooseFiles: "选择文件",
  dropHere: "或把报表文件拖到这里（CSV、TSV、XLSX、JSON）。",
  readSheet: "读取当前工作表",
  sheetEmpty: "当前工作表“{sheet}”为空：请先把报表粘贴进去。",
  period: "期间",
  files: "文件",
  fileFacts: "{locale}表头 · {rows} 行",
  colWarnings: "警告",
  pickMarketplace: "请选择…",
  marketplaceOf: "{file} 的站点",
  removeFile: "移除 {file}",
  reading: "正在读取文件",
  readingStep: "第 {done}/{total} 个：{label}",
  stage_bytes: "读取文件",
  stage_parse: "识别表头并解析各行",
  stagePeople: "正在读取人员表",
  stageActuals: "正在计算每人的实际值",
  periodFromWorkbook: "工作簿生成时的考核期（“设置”表）。",
  periodPrevious: "上个月：工作簿未写明考核期。",
  patternsHint:
    "行归属：在人员表的“SKU 范围”和“广告活动”列（自建的表请添加这两列）填写每人的匹配模式，用逗号分隔，* 为通配符（如 SKU-A-*, B0*）。留空表示全部行。",
  scopedPeople: "{total} 人中有 {count} 人的实际值按其 SKU 或广告活动模式计算。",
  refused: "未导入，未做任何更改：",
  needMarketplace: "有 {count} 个文件未注明站点：请在列表中选择。",
  apply: "应用到工作簿",
  applying: "正在应用",
  needPeople: "工作簿中没有人员表（{table}）：请先生成考核表，再导入报表。",
  badTeam: "团队无法使用这些实际值：{detail}",
  appliedOffice:
    "已导入“{data}”和“{imports}”：数据 {rows} 行，来自报表的实际值 {imported} 个，保留手工实际值 {kept} 个，清空 {cleared} 个。",
  appliedBrowser:
    "已下载含导入数据的 {file}：数据 {rows} 行，来自报表的实际值 {imported} 个，保留手工实际值 {kept} 个。",
  clearFiles: "清空列表",
  locale_en: "英语",
  locale_es: "西班牙语",
  locale_zh: "中文",
  kind_amazon_business_report: "亚马逊业务报告",
  kind_amazon_ads_sp: "亚马逊商品推广报告",
  kind_amazon_all_orders: "亚马逊全部订单报告",
  kind_amazon_fba_returns: "亚马逊 FBA 退货报告",
  kind_mercadolibre_ventas: "美客多销售报告",
  kind_amazon_account_health: "亚马逊账户状况",
};

const ES_MX: DataMessages = {
  dataIntro:
    "Importa los reportes del mes tal como se descargan (Seller Central, la consola de anuncios, Mercado Libre): cada archivo se reconoce por su encabezado y los reales se vuelven fórmulas sobre una hoja Datos. Un real que alguien escribió nunca se cambia.",
  chooseFiles: "Elegir archivos",
  dropHere: "O suelta aquí los archivos de reportes (CSV, TSV, XLSX, JSON).",
  readSheet: "Leer la hoja activa",
  sheetEmpty: "La hoja activa “{sheet}” está vacía: primero pega un reporte en ella.",
  period: "Periodo",
  files: "Archivos",
  fileFacts: "Encabezados en {locale} · {rows} filas",
  colWarnings: "Advertencias",
  pickMarketplace: "Elegir…",
  marketplaceOf: "Marketplace de {file}",
  removeFile: "Quitar {file}",
  reading: "Leyendo archivos",
  readingStep: "{done} de {total}: {label}",
  stage_bytes: "leyendo el archivo",
  stage_parse: "reconociendo el encabezado e interpretando las filas",
  stagePeople: "Leyendo la tabla de personas",
  stageActuals: "Calculando los reales de cada persona",
  periodFromWorkbook: "El periodo para el que se generó el libro (su hoja Configuración).",
  periodPrevious: "El mes pasado: el libro no indica periodo.",
  patternsHint:
    "De quién es cada fila: en las columnas “Patrones de SKU” y “Campañas” de la tabla de personas (agrégalas a una tabla propia) escribe los patrones de cada persona, separados por comas, * como comodín (SKU-A-*, B0*). Una celda vacía toma todas las filas.",
  scopedPeople: "Los reales de {count} de {total} personas siguen sus patrones de SKU o de campaña.",
  refused: "No se importó, no se aplicó nada:",
  needMarketplace: "{count} archivo(s) no dicen su marketplace: elígelo en la lista.",
  apply: "Aplicar al libro",
  applying: "Aplicando",
  needPeople: "El libro no tiene tabla de personas ({table}): primero genera el tablero y luego importa sus reportes.",
  badTeam: "El equipo no puede tomar estos reales: {detail}",
  appliedOffice:
    "Importado en “{data}” e “{imports}”: {rows} filas de datos, {imported} reales de los reportes, {kept} reales escritos conservados, {cleared} borrados.",
  appliedBrowser:
    "Se descargó {file} con lo importado: {rows} filas de datos, {imported} reales de los reportes, {kept} reales escritos conservados.",
  clearFiles: "Vaciar la lista",
  // lower case: the names stand inside a sentence ("Encabezados en inglés")
  locale_en: "inglés",
  locale_es: "español",
  locale_zh: "chino",
  kind_amazon_business_report: "Reporte de negocio de Amazon",
  kind_amazon_ads_sp: "Sponsored Products de Amazon",
  kind_amazon_all_orders: "Todos los pedidos de Amazon",
  kind_amazon_fba_returns: "Devoluciones FBA de Amazon",
  kind_mercadolibre_ventas: "Ventas de Mercado Libre",
  kind_amazon_account_health: "Estado de la cuenta de Amazon",
};

export const DATA_MESSAGES: Readonly<Record<Lang, DataMessages>> = {
  "zh-CN": ZH_CN,
  "en-US": EN_US,
  "es-MX": ES_MX,
};

export type DataTranslate = CatalogTranslate<DataMessageKey>;

export function dataTranslator(lang: Lang): DataTranslate {
  return catalogTranslator<DataMessageKey>(DATA_MESSAGES, lang);
}

export const kindKey = (kind: ReportKind): DataMessageKey => `kind_${kind}`;
export const localeKey = (locale: string): DataMessageKey | undefined =>
  locale === "en" || locale === "es" || locale === "zh" ? `locale_${locale}` : undefined;
