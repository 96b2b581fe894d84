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
import { format, type MessageParams } from "../messages";

export interface DataMessages {
  dataIntro: string;
  chooseFiles: string;
  dropHere: string;
  readSheet: string;
  sheetEmpty: string;
  period: string;
  files: string;
  colFile: string;
  colKind: string;
  colMarketplace: string;
  colLocale: string;
  colRows: string;
  colWarnings: string;
  pickMarketplace: string;
  marketplaceOf: string;
  removeFile: string;
  noWarnings: string;
  reading: string;
  readingStep: string;
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
  colFile: "File",
  colKind: "Report",
  colMarketplace: "Marketplace",
  colLocale: "Language",
  colRows: "Rows",
  colWarnings: "Warnings",
  pickMarketplace: "Choose…",
  marketplaceOf: "Marketplace of {file}",
  removeFile: "Remove {file}",
  noWarnings: "none",
  reading: "Reading files",
  readingStep: "{done} of {total}: {label}",
  refused: "Not imported, nothing applied:",
  needMarketplace: "{count} file(s) do not say their marketplace: choose it in the table.",
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
  colFile: "文件",
  colKind: "报表",
  colMarketplace: "站点",
  colLocale: "语言",
  colRows: "行数",
  colWarnings: "警告",
  pickMarketplace: "请选择…",
  marketplaceOf: "{file} 的站点",
  removeFile: "移除 {file}",
  noWarnings: "无",
  reading: "正在读取文件",
  readingStep: "第 {done}/{total} 个：{label}",
  refused: "未导入，未做任何更改：",
  needMarketplace: "有 {count} 个文件未注明站点：请在表中选择。",
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
  colFile: "Archivo",
  colKind: "Reporte",
  colMarketplace: "Marketplace",
  colLocale: "Idioma",
  colRows: "Filas",
  colWarnings: "Advertencias",
  pickMarketplace: "Elegir…",
  marketplaceOf: "Marketplace de {file}",
  removeFile: "Quitar {file}",
  noWarnings: "ninguna",
  reading: "Leyendo archivos",
  readingStep: "{done} de {total}: {label}",
  refused: "No se importó, no se aplicó nada:",
  needMarketplace: "{count} archivo(s) no dicen su marketplace: elígelo en la tabla.",
  apply: "Aplicar al libro",
  applying: "Aplicando",
  needPeople: "El libro no tiene tabla de personas ({table}): primero genera el tablero y luego importa sus reportes.",
  badTeam: "El equipo no puede tomar estos reales: {detail}",
  appliedOffice:
    "Importado en “{data}” e “{imports}”: {rows} filas de datos, {imported} reales de los reportes, {kept} reales escritos conservados, {cleared} borrados.",
  appliedBrowser:
    "Se descargó {file} con lo importado: {rows} filas de datos, {imported} reales de los reportes, {kept} reales escritos conservados.",
  clearFiles: "Vaciar la lista",
  locale_en: "Inglés",
  locale_es: "Español",
  locale_zh: "Chino",
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

export type DataTranslate = (key: DataMessageKey, params?: MessageParams) => string;

export function dataTranslator(lang: Lang): DataTranslate {
  const catalog = DATA_MESSAGES[lang];
  return (key, params) => format(catalog[key], params);
}

export const kindKey = (kind: ReportKind): DataMessageKey => `kind_${kind}`;
export const localeKey = (locale: string): DataMessageKey | undefined =>
  locale === "en" || locale === "es" || locale === "zh" ? `locale_${locale}` : undefined;
