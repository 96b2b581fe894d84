/**
 * A file's warnings as the Data view lists them: the importer's structured notices said in the pane's
 * language (src/i18n/importWarnings.ts); a report without notices (an older reader) keeps its English
 * lines, which are the CLI's.
 */
import type { Lang } from "../../core/types";
import { importNoticeText } from "../../i18n/importWarnings";
import type { ParsedReport } from "../../import/types";

export function warningsOf(report: ParsedReport, lang: Lang): string[] {
  const notices = report.notices as ParsedReport["notices"] | undefined;
  return notices === undefined ? report.warnings : notices.map((n) => importNoticeText(n, lang));
}
