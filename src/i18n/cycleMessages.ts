/**
 * Words of the monthly cycle's sheets (DESIGN §9): History and Review. Kept beside the main catalog
 * (messages.ts) with the same shape: English defines the keys, the other languages are full records.
 *
 * The en-US headers of tblHistory and tblReview are DESIGN §9's words; the table names never change
 * with the language, the headers do (as tblScorecard's).
 */
import type { Lang } from "../core/types";

const EN_US = {
  // Excel reserves the sheet name "History" (its change tracking): ExcelJS and Excel refuse it
  "sheet.history": "KPI history",
  "sheet.review": "Review",
  "col.period": "Period",
  "col.previousAttainment": "Previous attainment",
  "col.change": "Change",
  "col.cause": "Cause",
  "col.action": "Action",
  "col.owner": "Owner",
  "col.dueDate": "Due date",
  "label.reviewTitle": "KPI review",
  "label.comparedWith": "Compared with period",
  "label.reviewOrder":
    "Rows were put in order when the workbook was built: off track first, then by attainment, lowest first. Later edits change the values, not the order.",
  "label.historyNote":
    "Values only: one row per person × KPI of every closed period. A build adds the last period's rows and never changes a row.",
  "label.chartTrend": "Score by period",
  "label.chartTrendNote": "Chart: a line chart of each person's score by period (the block above).",
} as const;

export type CycleKey = keyof typeof EN_US;
type CycleCatalog = Readonly<Record<CycleKey, string>>;

const ZH_CN: CycleCatalog = {
  "sheet.history": "历史",
  "sheet.review": "评审",
  "col.period": "考核期",
  "col.previousAttainment": "上期达成率",
  "col.change": "变化",
  "col.cause": "原因",
  "col.action": "措施",
  "col.owner": "负责人",
  "col.dueDate": "截止日期",
  "label.reviewTitle": "KPI评审会",
  "label.comparedWith": "对比考核期",
  "label.reviewOrder": "生成工作簿时已排序：未达标在前，再按达成率从低到高。之后的修改只改变数值，不会重新排序。",
  "label.historyNote": "仅数值：每个已结束考核期的每人 × 每个KPI一行。生成时追加上一期的行，从不修改已有行。",
  "label.chartTrend": "各期得分趋势",
  "label.chartTrendNote": "图表：每人各期得分的折线图（上方数据块）。",
};

const ES_MX: CycleCatalog = {
  "sheet.history": "Historial",
  "sheet.review": "Revisión",
  "col.period": "Periodo",
  "col.previousAttainment": "Cumplimiento anterior",
  "col.change": "Cambio",
  "col.cause": "Causa",
  "col.action": "Acción",
  "col.owner": "Responsable",
  "col.dueDate": "Fecha límite",
  "label.reviewTitle": "Revisión de KPI",
  "label.comparedWith": "Comparado con el periodo",
  "label.reviewOrder":
    "Las filas se ordenaron al generar el libro: fuera de meta primero, luego por cumplimiento, de menor a mayor. Editar después cambia los valores, no el orden.",
  "label.historyNote":
    "Solo valores: una fila por persona × KPI de cada periodo cerrado. Cada generación agrega las filas del último periodo y nunca cambia una fila.",
  "label.chartTrend": "Puntaje por periodo",
  "label.chartTrendNote": "Gráfico: líneas del puntaje de cada persona por periodo (el bloque de arriba).",
};

const CYCLE_MESSAGES: Readonly<Record<Lang, CycleCatalog>> = { "en-US": EN_US, "zh-CN": ZH_CN, "es-MX": ES_MX };

export function cycleTranslator(lang: Lang): (key: CycleKey) => string {
  const catalog = CYCLE_MESSAGES[lang];
  return (key) => catalog[key];
}

/** A key's word in every language (reading a workbook whose language is not known yet). */
export function cycleWords(key: CycleKey): string[] {
  return Object.values(CYCLE_MESSAGES).map((c) => c[key]);
}
