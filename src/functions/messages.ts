/**
 * User-facing texts of the custom functions' errors, in each of our three languages.
 *
 * Excel shows a custom message only for #VALUE! and #N/A (in the error indicator's menu), so only
 * those errors carry text. The language follows Excel's display language when the Office runtime is
 * there, else English (tests, Node).
 */
import type { Lang } from "../core/types";

export interface FunctionMessages {
  /** `{arg}` holds text that is not a number */
  notANumber(arg: string, text: string): string;
  /** `{arg}` holds something that is neither a value nor an error (an object, a nested array) */
  notAValue(arg: string): string;
  /** `{arg}` is a range with no cells, or rows of different lengths */
  badRange(arg: string): string;
  /** two ranges that must line up do not */
  shapeMismatch(arg1: string, shape1: string, arg2: string, shape2: string): string;
  /** `{arg}` must be one value, not a range */
  notSingle(arg: string): string;
  /** `{arg}` is not one of the words the function understands */
  notOneOf(arg: string, text: string, allowed: string): string;
  /** a polarity is neither "higher"/"lower" nor the id of a catalog KPI */
  badPolarity(arg: string, text: string): string;
  /** no KPI in the catalog has this id */
  unknownKpi(id: string): string;
  /** the KPI has no threshold on that platform */
  noThreshold(id: string, platform: string): string;
  /** no event with that id in that year */
  unknownEvent(id: string, year: number): string;
  /** the tier tables differ in length or a row is half blank */
  badTiers(): string;
  /** generic #VALUE! from the core */
  invalidValue(): string;
}

/** Quotes a user value for a message, cut short so a huge cell cannot make a huge message. */
function q(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${t}"`;
}

const EN: FunctionMessages = {
  notANumber: (arg, text) => `${arg}: ${q(text)} is not a number.`,
  notAValue: (arg) => `${arg}: expected a number, text or logical value.`,
  badRange: (arg) => `${arg}: the range is empty or its rows differ in length.`,
  shapeMismatch: (a1, s1, a2, s2) =>
    `${a1} is ${s1} but ${a2} is ${s2}: ranges must be the same size, or a single value.`,
  notSingle: (arg) => `${arg}: expected a single value, not a range.`,
  notOneOf: (arg, text, allowed) => `${arg}: ${q(text)} is not one of ${allowed}.`,
  badPolarity: (arg, text) => `${arg}: ${q(text)} is not "higher", "lower" or a KPI id.`,
  unknownKpi: (id) => `No KPI with the id ${q(id)}.`,
  noThreshold: (id, platform) => `${q(id)} has no platform threshold on ${q(platform)}.`,
  unknownEvent: (id, year) => `No event ${q(id)} in ${year}.`,
  badTiers: () => "tierMins and tierPayouts must have the same number of filled cells.",
  invalidValue: () => "A value is of the wrong type.",
};

const ZH: FunctionMessages = {
  notANumber: (arg, text) => `${arg}：${q(text)} 不是数字。`,
  notAValue: (arg) => `${arg}：应为数字、文本或逻辑值。`,
  badRange: (arg) => `${arg}：区域为空，或各行长度不一致。`,
  shapeMismatch: (a1, s1, a2, s2) => `${a1} 为 ${s1}，${a2} 为 ${s2}：区域大小必须相同，或为单个值。`,
  notSingle: (arg) => `${arg}：应为单个值，而不是区域。`,
  notOneOf: (arg, text, allowed) => `${arg}：${q(text)} 不是 ${allowed} 之一。`,
  badPolarity: (arg, text) => `${arg}：${q(text)} 不是 "higher"、"lower" 或 KPI 编号。`,
  unknownKpi: (id) => `没有编号为 ${q(id)} 的 KPI。`,
  noThreshold: (id, platform) => `${q(id)} 在 ${q(platform)} 上没有平台阈值。`,
  unknownEvent: (id, year) => `${year} 年没有活动 ${q(id)}。`,
  badTiers: () => "tierMins 与 tierPayouts 的非空单元格数量必须相同。",
  invalidValue: () => "数值类型不正确。",
};

const ES: FunctionMessages = {
  notANumber: (arg, text) => `${arg}: ${q(text)} no es un número.`,
  notAValue: (arg) => `${arg}: se esperaba un número, texto o valor lógico.`,
  badRange: (arg) => `${arg}: el rango está vacío o sus filas tienen distinto largo.`,
  shapeMismatch: (a1, s1, a2, s2) =>
    `${a1} es ${s1} pero ${a2} es ${s2}: los rangos deben tener el mismo tamaño, o ser un solo valor.`,
  notSingle: (arg) => `${arg}: se esperaba un solo valor, no un rango.`,
  notOneOf: (arg, text, allowed) => `${arg}: ${q(text)} no es uno de ${allowed}.`,
  badPolarity: (arg, text) => `${arg}: ${q(text)} no es "higher", "lower" ni un id de KPI.`,
  unknownKpi: (id) => `No hay un KPI con el id ${q(id)}.`,
  noThreshold: (id, platform) => `${q(id)} no tiene umbral de plataforma en ${q(platform)}.`,
  unknownEvent: (id, year) => `No hay un evento ${q(id)} en ${year}.`,
  badTiers: () => "tierMins y tierPayouts deben tener el mismo número de celdas llenas.",
  invalidValue: () => "Un valor es de un tipo incorrecto.",
};

export const FUNCTION_MESSAGES: Readonly<Record<Lang, FunctionMessages>> = {
  "en-US": EN,
  "zh-CN": ZH,
  "es-MX": ES,
};

/** Maps an Office display language ("zh-CN", "es-ES", "en-GB", …) to one of ours. */
export function langFor(displayLanguage: string | undefined): Lang {
  const l = (displayLanguage ?? "").toLowerCase();
  if (l.startsWith("zh")) return "zh-CN";
  if (l.startsWith("es")) return "es-MX";
  return "en-US";
}

/** The messages in Excel's display language; English outside Office. */
export function messages(): FunctionMessages {
  // `Office` is a global only inside the add-in's runtime; read it defensively so Node and tests work.
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let display: string | undefined;
  try {
    display = office?.context?.displayLanguage;
  } catch {
    display = undefined;
  }
  return FUNCTION_MESSAGES[langFor(display)];
}
