/**
 * Renders the custom-function reference (docs/functions*.md) from the functions' metadata: the JSON
 * that `custom-functions-metadata` generates from the JSDoc of src/functions/functions.ts (the same
 * functions.json Excel reads), with the zh-CN and es-MX texts of src/functions/locales.ts applied the
 * way scripts/gen-function-locales.ts applies them for Excel. `renderFunctionDocs` is pure (metadata
 * and language in, Markdown out), so a test can tell when the committed docs have drifted.
 *
 * Each function gets a `## <lowercase id>` heading: the anchor its @helpurl points at
 * (docs/functions.md#rate). A function whose @helpurl points at the KPI catalog (kpis.md#roas) links
 * there from its section.
 */

import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { Lang } from "../src/core/types";
import { LANGS } from "../src/core/types";
import { FUNCTION_TEXTS } from "../src/functions/locales";
import { localizeMetadata, type Metadata } from "./gen-function-locales";
import { KPI_DOC_FILES, LANG_NAMES, docFileName } from "./kpiDocs";

/** The namespace the manifest registers the functions under (=KPI.ROAS). */
export const FUNCTION_NAMESPACE = "KPI";

/** The file the metadata is generated from, relative to the repository root. */
export const FUNCTIONS_SOURCE = "src/functions/functions.ts";

/** Where each language's reference lives, relative to the repository root. */
export const FUNCTION_DOC_FILES: Readonly<Record<Lang, string>> = {
  "en-US": "docs/functions.md",
  "zh-CN": "docs/functions.zh-CN.md",
  "es-MX": "docs/functions.es-MX.md",
};

// The part of functions.json the reference reads. Type aliases (not interfaces), so a value of these
// types is also a `Metadata` of gen-function-locales.ts.
export type FunctionParameterMetadata = {
  name: string;
  description?: string;
  optional?: boolean;
  repeating?: boolean;
  [key: string]: unknown;
};

export type FunctionMetadataEntry = {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameterMetadata[];
  [key: string]: unknown;
};

export type FunctionsMetadata = {
  functions: FunctionMetadataEntry[];
  [key: string]: unknown;
};

/**
 * Generates the metadata from the JSDoc of `sourceFile` (FUNCTIONS_SOURCE resolved by the caller)
 * with custom-functions-metadata's Node API, as the webpack plugin does; throws on its errors.
 */
export async function loadFunctionsMetadata(sourceFile: string): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(sourceFile);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata: ${sourceFile}:\n${result.errors.join("\n")}`);
  }
  if (result.metadataJson === "") throw new Error(`custom-functions-metadata: no functions in ${sourceFile}`);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

interface DocLabels {
  colon: string; // full-width in Chinese
  title: string;
  generated: string;
  intro: string;
  /** only where Excel shows the descriptions in another language than the names */
  namesNote?: string;
  otherLanguages: string;
  contents: string;
  parameter: string;
  required: string;
  description: string;
  yes: string;
  no: string;
  noParameters: string;
  example: string;
  /** how the metadata's descriptions introduce their example */
  exampleMarker: string;
  kpiDefinition: string;
  help: string;
}

// The reference's own message catalog: the labels a reader sees around the metadata's texts.
const LABELS: Readonly<Record<Lang, DocLabels>> = {
  "en-US": {
    colon: ": ",
    title: "Custom functions",
    generated:
      "Generated from the JSDoc of `src/functions/functions.ts` (through `custom-functions-metadata`) by `npm run docs:functions`; do not edit by hand.",
    intro:
      "Type `=KPI.` in a cell to list the functions. Parameters in [brackets] are optional; an omitted one takes its default. Percentages are fractions (25% is 0.25).",
    otherLanguages: "Other languages",
    contents: "Contents",
    parameter: "Parameter",
    required: "Required",
    description: "Description",
    yes: "yes",
    no: "no",
    noParameters: "No parameters.",
    example: "Example",
    exampleMarker: "Example: ",
    kpiDefinition: "KPI definition",
    help: "Help",
  },
  "zh-CN": {
    colon: "：",
    title: "自定义函数",
    generated:
      "由 `npm run docs:functions` 根据 `src/functions/functions.ts` 的 JSDoc（经 `custom-functions-metadata` 解析）和 `src/functions/locales.ts` 生成，请勿手工修改。",
    intro:
      "在单元格中输入 `=KPI.` 即可列出全部函数。方括号 [ ] 中的参数可省略，省略时取默认值。百分比以小数表示（25% 即 0.25）。",
    namesNote: "函数名和参数名在所有语言中都保持英文，同一公式在任何语言的 Excel 中都能使用。",
    otherLanguages: "其他语言",
    contents: "目录",
    parameter: "参数",
    required: "必填",
    description: "说明",
    yes: "是",
    no: "否",
    noParameters: "无参数。",
    example: "示例",
    exampleMarker: "示例：",
    kpiDefinition: "KPI 口径",
    help: "帮助",
  },
  "es-MX": {
    colon: ": ",
    title: "Funciones personalizadas",
    generated:
      "Generado desde el JSDoc de `src/functions/functions.ts` (con `custom-functions-metadata`) y `src/functions/locales.ts` con `npm run docs:functions`; no lo edites a mano.",
    intro:
      "Escribe `=KPI.` en una celda para ver la lista de funciones. Los parámetros entre [corchetes] son opcionales; si se omiten toman su valor predeterminado. Los porcentajes son fracciones (25% es 0.25).",
    namesNote:
      "Los nombres de las funciones y de los parámetros están en inglés en todos los idiomas, así una fórmula funciona en Excel en cualquier idioma.",
    otherLanguages: "Otros idiomas",
    contents: "Contenido",
    parameter: "Parámetro",
    required: "Obligatorio",
    description: "Descripción",
    yes: "sí",
    no: "no",
    noParameters: "Sin parámetros.",
    example: "Ejemplo",
    exampleMarker: "Ejemplo: ",
    kpiDefinition: "Definición del KPI",
    help: "Ayuda",
  },
};

const FUNCTIONS_DOC_NAME = "functions.md";
const KPIS_DOC_NAME = "kpis.md";

/** The anchor of a help URL that points at `docName` (…/docs/kpis.md#roas → "roas"), if it does. */
export function helpAnchor(helpUrl: string | undefined, docName: string): string | undefined {
  const match = helpUrl === undefined ? null : /\/([^/#?]+)#([^#]+)$/.exec(helpUrl);
  return match !== null && match[1] === docName ? match[2] : undefined;
}

/** The `## …` heading (and so the anchor) of a function's section. */
export function functionAnchor(id: string): string {
  return id.toLowerCase();
}

/** The metadata with the language's descriptions and parameter help; throws on any gap in locales.ts. */
function localized(metadata: FunctionsMetadata, lang: Lang): FunctionsMetadata {
  if (lang === "en-US") return metadata;
  const { metadata: out, problems } = localizeMetadata(metadata as Metadata, FUNCTION_TEXTS[lang], lang);
  if (problems.length > 0) throw new Error(`src/functions/locales.ts: ${problems.join("; ")}`);
  // localizeMetadata spreads every function and parameter, so the fields read here are all kept.
  return out as FunctionsMetadata;
}

/** `=KPI.ID(a, b, [c])`: Excel's notation, optional parameters in brackets. */
export function functionSignature(fn: FunctionMetadataEntry): string {
  const params = fn.parameters.map((p) => {
    const name = p.optional === true ? `[${p.name}]` : p.name;
    return p.repeating === true ? `${name}, …` : name;
  });
  return `=${FUNCTION_NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

/** Where the formula that starts the example ends: at the parenthesis closing its argument list. */
function formulaEnd(example: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < example.length; i += 1) {
    const c = example[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "(" || c === "{") depth += 1;
    else if (c === ")" || c === "}") {
      depth -= 1;
      if (depth === 0 && c === ")") return i + 1;
    }
  }
  return -1;
}

interface SplitDescription {
  description: string;
  formula: string;
  /** what the description says the formula returns, e.g. "returns 4." */
  outcome: string;
}

/** A description is "<text> Example: =KPI.ID(…) <outcome>"; throws when it is not. */
function splitDescription(fn: FunctionMetadataEntry, lang: Lang): SplitDescription {
  const marker = LABELS[lang].exampleMarker;
  const text = fn.description ?? "";
  const at = text.indexOf(marker);
  const example = at < 0 ? "" : text.slice(at + marker.length).trim();
  const prefix = `=${FUNCTION_NAMESPACE}.${fn.name}(`;
  const end = example.startsWith(prefix) ? formulaEnd(example) : -1;
  if (end < 0) {
    throw new Error(`${lang} description of ${fn.id} has no example "${marker}${prefix}…)": ${JSON.stringify(text)}`);
  }
  return {
    description: text.slice(0, at).trim(),
    formula: example.slice(0, end),
    outcome: example.slice(end).trim(),
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** Columns a character takes in a monospaced editor: 2 for CJK and full-width forms (as prettier counts). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A Markdown table with padded columns, the way prettier writes it (so `prettier --write` keeps it). */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(3, textWidth(h), ...rows.map((r) => textWidth(r[i]))));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c + " ".repeat(widths[i] - textWidth(c))).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

function renderFunction(fn: FunctionMetadataEntry, lang: Lang): string {
  const labels = LABELS[lang];
  const { description, formula, outcome } = splitDescription(fn, lang);
  const lines: string[] = [];
  lines.push(`## ${functionAnchor(fn.id)}`, "");
  lines.push(`\`${functionSignature(fn)}\``, "");
  if (description !== "") lines.push(description, "");
  if (fn.parameters.length === 0) {
    lines.push(labels.noParameters, "");
  } else {
    const rows = fn.parameters.map((p) => [
      `\`${p.name}\``,
      p.optional === true ? labels.no : labels.yes,
      cell(p.description ?? ""),
    ]);
    lines.push(...table([labels.parameter, labels.required, labels.description], rows), "");
  }
  lines.push(`${labels.example}${labels.colon}\`${formula}\`${outcome === "" ? "" : ` ${outcome}`}`, "");
  const kpi = helpAnchor(fn.helpUrl, KPIS_DOC_NAME);
  if (kpi !== undefined) {
    lines.push(`${labels.kpiDefinition}${labels.colon}[${kpi}](${docFileName(KPI_DOC_FILES[lang])}#${kpi})`, "");
  } else if (fn.helpUrl !== undefined && helpAnchor(fn.helpUrl, FUNCTIONS_DOC_NAME) === undefined) {
    lines.push(`${labels.help}${labels.colon}<${fn.helpUrl}>`, "");
  }
  return lines.join("\n");
}

/** The reference in one language; throws when a description lacks its example or locales.ts a text. */
export function renderFunctionDocs(metadata: FunctionsMetadata, lang: Lang): string {
  const labels = LABELS[lang];
  const functions = localized(metadata, lang).functions;
  const out: string[] = [];
  out.push(`# ${labels.title}`, "");
  out.push(labels.generated, "");
  const others = LANGS.filter((l) => l !== lang).map(
    (l) => `[${LANG_NAMES[l]}](${docFileName(FUNCTION_DOC_FILES[l])})`,
  );
  out.push(`${labels.otherLanguages}${labels.colon}${others.join(" · ")}`, "");
  out.push(labels.intro, "");
  if (labels.namesNote !== undefined) out.push(labels.namesNote, "");
  out.push(`### ${labels.contents}`, "");
  const links = functions.map((f) => `[${FUNCTION_NAMESPACE}.${f.name}](#${functionAnchor(f.id)})`);
  out.push(links.join(", "), "");
  for (const fn of functions) out.push(renderFunction(fn, lang));
  return `${out.join("\n").trimEnd()}\n`;
}
