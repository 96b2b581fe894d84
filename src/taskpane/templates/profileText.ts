/**
 * What the Templates view says under a role's preview: which weight profiles made its weights for
 * the month and stage, and why (DESIGN §9), as the template sheet's note line says it, but with the
 * KPIs' names instead of their ids: "El Buen Fin 2026-11-13 – 2026-11-16: Conversion rate −10 →
 * Buen Fin stock-up attainment +10 — <reason>".
 */
import { getKpi } from "../../core/catalog";
import type { AppliedProfile } from "../../core/templates";
import type { Lang } from "../../core/types";
import { stageKey, type TemplateTranslate } from "./templateMessages";

const kpiName = (id: string, lang: Lang): string => getKpi(id)?.name[lang] ?? id;

function colon(lang: Lang): string {
  return lang === "zh-CN" ? "：" : ": ";
}

/** One applied profile: its event and dates, or its stage; the points moved; the reason. */
export function appliedText(applied: AppliedProfile, lang: Lang, t: TemplateTranslate): string {
  const { profile, event } = applied;
  const head =
    event !== undefined
      ? `${event.name[lang]} ${event.start} – ${event.end}`
      : profile.trigger.kind === "stage"
        ? t("stageProfile", { stage: t(stageKey(profile.trigger.stage)).toLowerCase() })
        : "";
  const moves = applied.moved
    .map((m) => `${kpiName(m.from, lang)} −${m.points} → ${kpiName(m.to, lang)} +${m.points}`)
    .join(lang === "zh-CN" ? "；" : "; ");
  return `${head}${colon(lang)}${moves} — ${profile.reason[lang]}`;
}

/** "Weights for 2026-11: …" for a role's template; a plain month and stage say so. */
export function profilesLine(
  applied: readonly AppliedProfile[],
  month: string | undefined,
  lang: Lang,
  t: TemplateTranslate,
): string {
  const lead = month === undefined ? "" : `${t("weightsFor", { month })}${colon(lang)}`;
  if (applied.length === 0) {
    const plain = t("plainWeights");
    return lead === "" ? plain.charAt(0).toUpperCase() + plain.slice(1) : `${lead}${plain}`;
  }
  return `${lead}${applied.map((a) => appliedText(a, lang, t)).join(" ")}`;
}
