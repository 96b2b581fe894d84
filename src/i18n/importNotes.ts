/**
 * The Data sheet's note on an actual no file could give (import/actuals `gap`), in the sheet's
 * language: the metric totals missing and, when only some marketplaces lack them, which.
 */
import { PLATFORM_NAMES } from "../core/regions";
import type { Lang, Platform } from "../core/types";
import type { ImportedActual } from "../import/actuals";
import { translator, type MessageKey } from "./messages";

const WORDS: Readonly<
  Record<Lang, { and: string; gives: (what: string, where: string | null) => string; health: string }>
> = {
  "zh-CN": {
    and: "和",
    gives: (what, where) => `没有报表提供${what}（${where ?? "本人的平台"}）`,
    health: "没有账户健康报告覆盖此项",
  },
  "en-US": {
    and: " and ",
    gives: (what, where) => `no file gives ${what} for ${where ?? "the person's marketplaces"}`,
    health: "no account health report covers it",
  },
  "es-MX": {
    and: " y ",
    gives: (what, where) => `ningún archivo da ${what} para ${where ?? "las plataformas de la persona"}`,
    health: "ningún reporte de salud de la cuenta lo cubre",
  },
};

/** The note for an actual with a gap, else its own note (a core message), else null. */
export function importNote(actual: Pick<ImportedActual, "gap" | "note">, lang: Lang): string | null {
  const gap = actual.gap;
  if (gap === undefined) return actual.note ?? null;
  const words = WORDS[lang];
  if ("health" in gap) return words.health;
  const t = translator(lang);
  // inside a sentence: "ad spend", not "Ad spend" (Chinese has no case)
  const name = (m: string) => (t(`metric.${m}` as MessageKey) ?? m).toLowerCase();
  const what = gap.metrics.map(name).join(words.and);
  const where = gap.marketplaces?.map((p: Platform) => PLATFORM_NAMES[p][lang]).join(", ") ?? null;
  return words.gives(what, where);
}
