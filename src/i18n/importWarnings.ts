/**
 * What an imported file could not give (src/import `ImportNotice`), said in each of our languages.
 * The en-US texts are the report's `warnings` as `import` prints them: the importer makes its
 * English lines with this function, so the lines and the notices cannot disagree.
 */
import type { Lang } from "../core/types";
import type { ImportNotice, LeftOutCause, ParsedReport } from "../import/types";

/** The text of one notice in a language. */
export function importNoticeText(notice: ImportNotice, lang: Lang): string {
  const texts = TEXTS[lang];
  switch (notice.code) {
    case "invalid_values":
      return texts.invalidValues(notice.count, notice.column, notice.example);
    case "left_out":
      return texts.leftOut(notice.count, notice.cause, notice.values);
    case "invalid_rates":
      return texts.invalidRates(notice.count);
    case "unknown_marketplaces":
      return texts.unknownMarketplaces(notice.count, notice.ids);
    case "overlaps":
      return texts.overlaps(notice.count, notice.other, notice.example);
  }
}

/**
 * A file's warnings in a language, as the Imports sheet, the Data view and `kpi-scorecard import` list
 * them: its structured notices said in `lang`; a report without notices (an older reader) keeps its
 * English lines.
 */
export function reportWarnings(report: Pick<ParsedReport, "notices" | "warnings">, lang: Lang): string[] {
  const notices = report.notices as ParsedReport["notices"] | undefined;
  return notices === undefined || notices.length === 0
    ? [...report.warnings]
    : notices.map((n) => importNoticeText(n, lang));
}

interface NoticeTexts {
  invalidValues(count: number, column: string, example: string): string;
  leftOut(count: number, cause: LeftOutCause, values: readonly string[]): string;
  invalidRates(count: number): string;
  unknownMarketplaces(count: number, ids: readonly string[]): string;
  overlaps(count: number, other: string, example: string): string;
}

/** English adds an s for more than one; Spanish chooses between its two forms the same way. */
const many = (count: number): boolean => count !== 1;

/** A list of written values, a blank one named as the language names it. */
const shown = (values: readonly string[], blank: string, separator: string): string =>
  values.map((v) => (v === "" ? blank : v)).join(separator);

const EN_US: NoticeTexts = {
  invalidValues: (count, column, example) =>
    `${count} value${many(count) ? "s" : ""} in \`${column}\` did not parse (e.g. ${JSON.stringify(example)}) and count${many(count) ? "" : "s"} as missing`,
  leftOut: (count, cause, values) =>
    `${count} row${many(count) ? "s" : ""} of ${cause === "sales_channel" ? "sales channel" : "currency"} ${shown(values, "(blank)", ", ")} left out`,
  invalidRates: (count) => `${count} rate${many(count) ? "s" : ""} did not parse and count as missing`,
  unknownMarketplaces: (count, ids) =>
    `${count} marketplace${many(count) ? "s" : ""} not ours left out: ${shown(ids, "(none)", ", ")}`,
  overlaps: (count, other, example) =>
    `${count} row${many(count) ? "s" : ""} of the period repeat${many(count) ? "" : "s"} ${other} (same date, marketplace and campaign or SKU, e.g. ${example}) and ${many(count) ? "are" : "is"} counted twice: leave one file out if they hold the same data`,
};

const ZH_CN: NoticeTexts = {
  invalidValues: (count, column, example) => `\`${column}\` 列有 ${count} 个值无法解析（例如“${example}”），按缺失处理`,
  leftOut: (count, cause, values) =>
    `有 ${count} 行${cause === "sales_channel" ? "销售渠道" : "货币"}为 ${shown(values, "（空白）", "、")}，已排除`,
  invalidRates: (count) => `有 ${count} 个比率无法解析，按缺失处理`,
  unknownMarketplaces: (count, ids) => `有 ${count} 个不属于本团队的站点已排除：${shown(ids, "（无）", "、")}`,
  overlaps: (count, other, example) =>
    `本期有 ${count} 行与 ${other} 重复（日期、站点及广告活动或 SKU 相同，例如 ${example}），会被重复计入：若两个文件是同一份数据，请只保留一个`,
};

const ES_MX: NoticeTexts = {
  invalidValues: (count, column, example) =>
    many(count)
      ? `${count} valores en \`${column}\` no se pudieron leer (p. ej., "${example}") y cuentan como faltantes`
      : `1 valor en \`${column}\` no se pudo leer (p. ej., "${example}") y cuenta como faltante`,
  leftOut: (count, cause, values) => {
    const several = values.length > 1;
    const what =
      cause === "sales_channel"
        ? several
          ? "de los canales de venta"
          : "del canal de venta"
        : several
          ? "con las monedas"
          : "con la moneda";
    const rows = many(count) ? `Se dejaron fuera ${count} filas` : "Se dejó fuera 1 fila";
    return `${rows} ${what} ${shown(values, "(en blanco)", ", ")}`;
  },
  invalidRates: (count) =>
    many(count)
      ? `${count} tasas no se pudieron leer y cuentan como faltantes`
      : "1 tasa no se pudo leer y cuenta como faltante",
  unknownMarketplaces: (count, ids) =>
    many(count)
      ? `Se dejaron fuera ${count} marketplaces que no son del equipo: ${shown(ids, "(ninguno)", ", ")}`
      : `Se dejó fuera 1 marketplace que no es del equipo: ${shown(ids, "(ninguno)", ", ")}`,
  overlaps: (count, other, example) =>
    many(count)
      ? `${count} filas del periodo repiten ${other} (misma fecha, marketplace y campaña o SKU; p. ej., ${example}) y se cuentan dos veces: si los dos archivos traen los mismos datos, deje fuera uno`
      : `1 fila del periodo repite ${other} (misma fecha, marketplace y campaña o SKU; p. ej., ${example}) y se cuenta dos veces: si los dos archivos traen los mismos datos, deje fuera uno`,
};

const TEXTS: Readonly<Record<Lang, NoticeTexts>> = { "zh-CN": ZH_CN, "en-US": EN_US, "es-MX": ES_MX };
