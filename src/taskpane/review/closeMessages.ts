/**
 * The Review view's "close the period" texts (and what a close changes in the view) in zh-CN, en-US
 * and es-MX. A catalog of its own, loaded with the view: the pane's catalog
 * (src/taskpane/messages.ts) rides in the first JavaScript the page runs, which is at its budget
 * (140 KiB gzip). Same rules: every language, every key, the same {placeholders}.
 */
import type { Lang } from "../../core/types";
import { catalogTranslator, type CatalogTranslate } from "../viewCatalog";

export interface CloseMessages {
  closePeriod: string;
  closeConfirm: string;
  closeConfirmButton: string;
  cancel: string;
  periodClosed: string;
  periodAlreadyClosed: string;
  periodLaterClosed: string;
  noPeriodSetting: string;
  /** the review's change: the history holds only the workbook's period (or later ones) */
  noEarlierPeriod: string;
}

const CLOSE_MESSAGES: Readonly<Record<Lang, CloseMessages>> = {
  "en-US": {
    closePeriod: "Close the period…",
    closeConfirm:
      "This workbook's results are appended to the history (rows already there never change) and the actuals typed on the Inputs sheet are cleared for the next period. Formulas and other sheets are not touched.",
    closeConfirmButton: "Append and clear",
    cancel: "Cancel",
    periodClosed: "{period} closed: {appended} rows added to the history, {cleared} typed actuals cleared.",
    periodAlreadyClosed: "{period} is already in the history: nothing was written.",
    periodLaterClosed: "The history already holds a later period ({period}): nothing was written.",
    noPeriodSetting: "The Settings sheet has no period: nothing was written.",
    noEarlierPeriod: "The history holds no period before {period} to compare with.",
  },
  "zh-CN": {
    closePeriod: "关闭考核期…",
    closeConfirm:
      "本工作簿的结果将追加到历史（已有的行永不改动），并清空“录入”表中手工填写的实际值，供下一期使用。公式和其他工作表不受影响。",
    closeConfirmButton: "追加并清空",
    cancel: "取消",
    periodClosed: "{period} 已关闭：历史新增 {appended} 行，清空 {cleared} 个手填实际值。",
    periodAlreadyClosed: "{period} 已在历史中：未写入任何内容。",
    periodLaterClosed: "历史中已有更晚的考核期（{period}）：未写入任何内容。",
    noPeriodSetting: "设置表中没有考核期：未写入任何内容。",
    noEarlierPeriod: "历史中没有 {period} 之前的考核期可供比较。",
  },
  "es-MX": {
    closePeriod: "Cerrar el periodo…",
    closeConfirm:
      "Los resultados de este libro se agregan al historial (las filas que ya están nunca cambian) y se borran los valores reales capturados a mano en la hoja de captura para el siguiente periodo. Las fórmulas y las demás hojas no se tocan.",
    closeConfirmButton: "Agregar y borrar",
    cancel: "Cancelar",
    periodClosed:
      "{period} cerrado: {appended} filas agregadas al historial, {cleared} valores reales capturados borrados.",
    periodAlreadyClosed: "{period} ya está en el historial: no se escribió nada.",
    periodLaterClosed: "El historial ya tiene un periodo posterior ({period}): no se escribió nada.",
    noPeriodSetting: "La hoja de configuración no tiene periodo: no se escribió nada.",
    noEarlierPeriod: "El historial no tiene un periodo anterior a {period} con el cual comparar.",
  },
};

export type CloseKey = keyof CloseMessages;

/** A bound lookup for one language: `ct("periodClosed", { period, appended, cleared })`. */
export function closeTranslator(lang: Lang): CatalogTranslate<CloseKey> {
  return catalogTranslator<CloseKey>(CLOSE_MESSAGES, lang);
}
