/**
 * What every view receives: the language, its texts, the workbook host, and the state the views
 * share (settings feed the next build; the last build names the sheets and tables to go back to).
 * Types only, so the shell stays light.
 */
import type { Lang } from "../core/types";
import type { FunctionMeta } from "./functions/formulaText";
import type { BuildOutcome, HostResult, WorkbookHost } from "./hosts/WorkbookHost";
import type { Translate } from "./messages";
import type { PaneSettings } from "./settings/settings";

export interface Pane {
  lang: Lang;
  t: Translate;
  host: WorkbookHost;
  /** undefined until the Settings view saves: the defaults apply */
  settings: PaneSettings | undefined;
  setSettings(settings: PaneSettings): void;
  lastBuild: BuildOutcome | undefined;
  setLastBuild(outcome: BuildOutcome): void;
  /** The custom functions' metadata (functions.json) in the pane's language. */
  loadFunctions(lang: Lang): Promise<FunctionMeta[]>;
}

/** A host failure in the pane's words; `notFound` needs the caller's own sentence. */
export function hostErrorText(
  t: Translate,
  result: Extract<HostResult<unknown>, { ok: false }>,
  notFound?: string,
): string {
  switch (result.code) {
    case "notInExcel":
      return t("notInExcel");
    case "notFound":
      return notFound ?? t("failed", { detail: result.detail ?? "" });
    case "tierCount":
      return t("tierCountDiffers", { count: result.count ?? 0 });
    default:
      return t("failed", { detail: result.detail ?? "" });
  }
}
