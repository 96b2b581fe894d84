/**
 * Formulas in a plan name other sheets by key, not by name: a renderer may have to rename a sheet
 * (a user's sheet already has that name, or the name breaks Excel's rules), and every reference must
 * follow. The renderer resolves the tokens once it knows the final names.
 */

const TOKEN = /\{\{sheet:([A-Za-z0-9_-]+)\}\}/g;

/** A token that stands for the quoted name of the sheet with this key, e.g. `{{sheet:inputs}}!A2`. */
export function sheetRef(key: string): string {
  return `{{sheet:${key}}}`;
}

/** Quotes a sheet name for use in a formula: 'My sheet' with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces every sheet token with the quoted final name; an unknown key is a planning bug. */
export function resolveSheetRefs(formula: string, nameByKey: ReadonlyMap<string, string>): string {
  return formula.replace(TOKEN, (_match, key: string) => {
    const name = nameByKey.get(key);
    if (name === undefined) {
      throw new Error(`Formula refers to an unknown sheet key "${key}"`);
    }
    return quoteSheetName(name);
  });
}

const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

/**
 * Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], not blank, and no leading or
 * trailing apostrophe. Returns a name made unique against `taken` (compared case-insensitively, as Excel does).
 */
export function sanitizeSheetName(wanted: string, taken: Iterable<string>): string {
  let base = wanted
    .replace(FORBIDDEN, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "") base = "Sheet";
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  let candidate = base.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return candidate;
}
