/**
 * The Scorecard view's texts for the store stage (DESIGN §9), in zh-CN, en-US and es-MX. A catalog of
 * its own, loaded with the view: the pane's catalog (src/taskpane/messages.ts) rides in the first
 * JavaScript the page runs, which is at its budget. Same keys and {placeholders} in every language
 * (ScorecardView.test.tsx checks).
 */
import type { Lang } from "../../core/types";
import { catalogTranslator, type CatalogTranslate } from "../viewCatalog";

export interface ScorecardMessages {
  rowBadStage: string;
  stagesRead: string;
}

export type ScorecardMessageKey = keyof ScorecardMessages;

export const SCORECARD_MESSAGES: Readonly<Record<Lang, ScorecardMessages>> = {
  "en-US": {
    rowBadStage: "Row {row}: unknown store stage “{value}” (launch, growth or mature).",
    stagesRead: "Store stage from the table, which shifts their template weights: {list}.",
  },
  "zh-CN": {
    rowBadStage: "第 {row} 行：未知店铺阶段“{value}”（新店期、成长期或成熟期）。",
    stagesRead: "表中的店铺阶段（会调整模板权重）：{list}。",
  },
  "es-MX": {
    rowBadStage: "Fila {row}: etapa de la tienda desconocida “{value}” (lanzamiento, crecimiento o madura).",
    stagesRead: "Etapa de la tienda según la tabla, que ajusta los pesos de su plantilla: {list}.",
  },
};

export type ScorecardTranslate = CatalogTranslate<ScorecardMessageKey>;

export function scorecardTranslator(lang: Lang): ScorecardTranslate {
  return catalogTranslator<ScorecardMessageKey>(SCORECARD_MESSAGES, lang);
}
