/**
 * The Templates view's texts for the month and store stage (DESIGN §9 weight profiles), in zh-CN,
 * en-US and es-MX. A catalog of its own, loaded with the view: the pane's catalog
 * (src/taskpane/messages.ts) rides in the first JavaScript the page runs, which is at its budget.
 * Every language supplies every key with the same {placeholders} (TemplatesView.test.tsx checks).
 */
import type { Lang } from "../../core/types";
import type { Stage } from "../../core/weightProfiles";
import { catalogTranslator, type CatalogTranslate } from "../viewCatalog";

export interface TemplateMessages {
  month: string;
  monthHint: string;
  monthInvalid: string;
  stage: string;
  stage_launch: string;
  stage_growth: string;
  stage_mature: string;
  weightsFor: string;
  plainWeights: string;
  stageProfile: string;
}

export type TemplateMessageKey = keyof TemplateMessages;

const EN_US: TemplateMessages = {
  month: "Month",
  monthHint: "YYYY-MM. In a promo month (Buen Fin, Hot Sale, Prime Day, BF/CM) the weights shift.",
  monthInvalid: "Type the month as YYYY-MM, e.g. 2026-11.",
  stage: "Store stage",
  stage_launch: "Launch",
  stage_growth: "Growth",
  stage_mature: "Mature",
  weightsFor: "Weights for {month}",
  plainWeights: "plain template weights.",
  stageProfile: "Store stage {stage}",
};

const ZH_CN: TemplateMessages = {
  month: "月份",
  monthHint: "格式 YYYY-MM。大促月份（Buen Fin、Hot Sale、Prime Day、黑五网一）权重会调整。",
  monthInvalid: "请按 YYYY-MM 填写月份，例如 2026-11。",
  stage: "店铺阶段",
  stage_launch: "新店期",
  stage_growth: "成长期",
  stage_mature: "成熟期",
  weightsFor: "{month} 权重",
  plainWeights: "模板原始权重。",
  stageProfile: "店铺阶段 {stage}",
};

const ES_MX: TemplateMessages = {
  month: "Mes",
  monthHint: "AAAA-MM. En un mes de evento (El Buen Fin, Hot Sale, Prime Day, BF/CM) los pesos cambian.",
  monthInvalid: "Escriba el mes como AAAA-MM, por ejemplo 2026-11.",
  stage: "Etapa de la tienda",
  stage_launch: "Lanzamiento",
  stage_growth: "Crecimiento",
  stage_mature: "Madurez",
  weightsFor: "Pesos de {month}",
  plainWeights: "pesos de la plantilla sin ajustes.",
  stageProfile: "Etapa de la tienda {stage}",
};

export const TEMPLATE_MESSAGES: Readonly<Record<Lang, TemplateMessages>> = {
  "zh-CN": ZH_CN,
  "en-US": EN_US,
  "es-MX": ES_MX,
};

export type TemplateTranslate = CatalogTranslate<TemplateMessageKey>;

export function templateTranslator(lang: Lang): TemplateTranslate {
  return catalogTranslator<TemplateMessageKey>(TEMPLATE_MESSAGES, lang);
}

export const stageKey = (stage: Stage): TemplateMessageKey => `stage_${stage}`;
