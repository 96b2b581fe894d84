/**
 * Writes the per-language custom-function metadata: dist/functions.zh-CN.json and
 * dist/functions.es-MX.json, copies of dist/functions.json (generated from the JSDoc of
 * src/functions/functions.ts) with descriptions and parameter help from src/functions/locales.ts.
 * Ids, names, types and help URLs stay as they are, so every locale registers the same functions.
 *
 * The webpack build emits them (FunctionLocalesPlugin in webpack.config.js calls `localeFiles`), so
 * `npm run build`, `build:dev` and the dev server all serve them. By hand, on an existing dist/:
 *   npx tsx scripts/gen-function-locales.ts [distDir]
 * Either way it fails (nothing written) when locales.ts misses a function or parameter, or names one
 * that functions.json does not have.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTION_LOCALES, FUNCTION_TEXTS, type FunctionLocale, type FunctionTexts } from "../src/functions/locales";

interface ParamMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMetadata[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export interface Localized {
  metadata: Metadata;
  /** what is missing or unknown; empty when the texts cover the metadata exactly */
  problems: string[];
}

/** The metadata with one locale's texts, and every mismatch between the two. */
export function localizeMetadata(metadata: Metadata, texts: FunctionTexts, locale: string): Localized {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(texts)) {
    if (!ids.has(id)) problems.push(`${locale}: ${id} is not a function in functions.json`);
  }
  const functions = metadata.functions.map((f) => {
    const text = texts[f.id];
    if (text === undefined) {
      problems.push(`${locale}: no text for ${f.id}`);
      return f;
    }
    const names = new Set(f.parameters.map((p) => p.name));
    for (const name of Object.keys(text.params)) {
      if (!names.has(name)) problems.push(`${locale}: ${f.id} has no parameter ${name}`);
    }
    const parameters = f.parameters.map((p) => {
      const help = text.params[p.name];
      if (help === undefined) {
        problems.push(`${locale}: no help for ${f.id}(${p.name})`);
        return p;
      }
      return { ...p, description: help };
    });
    return { ...f, description: text.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

export function localeFileName(locale: FunctionLocale): string {
  return `functions.${locale}.json`;
}

/**
 * Every locale's file from the text of functions.json: file name → JSON text, and the problems
 * (files only when there are none). Used by the webpack build (in memory, so the dev server serves
 * them too) and by the command line below.
 */
export function localeFiles(metadataJson: string): { files: Record<string, string>; problems: string[] } {
  const metadata = JSON.parse(metadataJson) as Metadata;
  const files: Record<string, string> = {};
  const problems: string[] = [];
  for (const locale of FUNCTION_LOCALES) {
    const r = localizeMetadata(metadata, FUNCTION_TEXTS[locale], locale);
    problems.push(...r.problems);
    files[localeFileName(locale)] = `${JSON.stringify(r.metadata, null, 2)}\n`;
  }
  return problems.length > 0 ? { files: {}, problems } : { files, problems };
}

/** Reads distDir/functions.json and writes one file per locale; returns the problems (none = written). */
export function generateFunctionLocales(distDir: string): string[] {
  const source = path.join(distDir, "functions.json");
  if (!fs.existsSync(source)) return [`${source} does not exist: run the webpack build first`];
  const { files, problems } = localeFiles(fs.readFileSync(source, "utf8"));
  if (problems.length > 0) return problems;
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(distDir, name), text, "utf8");
  return [];
}

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? "dist");
  const problems = generateFunctionLocales(distDir);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`gen-function-locales: ${p}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `gen-function-locales: wrote ${FUNCTION_LOCALES.map((l) => localeFileName(l)).join(", ")} in ${distDir}\n`,
  );
}

if (require.main === module) main();
