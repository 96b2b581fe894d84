/**
 * A view's own message catalog, loaded with the view (the Data, Review, Templates and Scorecard views
 * keep their newer texts out of the first JavaScript, src/taskpane/messages.ts, which is at its
 * budget): the bound lookup for one language, with the pane's {placeholder} rules.
 */
import type { Lang } from "../core/types";
import { format, type MessageParams } from "./messages";

export type CatalogTranslate<K extends string> = (key: K, params?: MessageParams) => string;

export function catalogTranslator<K extends string>(
  catalogs: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
  lang: Lang,
): CatalogTranslate<K> {
  const catalog = catalogs[lang];
  return (key, params) => format(catalog[key], params);
}
