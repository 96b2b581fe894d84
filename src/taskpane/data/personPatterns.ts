/**
 * Whose rows are whose (DESIGN §8): a person's `skus` and `campaigns` patterns, read from the
 * workbook's people table, where the Data view's team comes from. The table the scorecard build
 * writes has a "SKUs" and a "Campaigns" column (filled from the config's `skus` and `campaigns`;
 * in a table of one's own, typed beside it) holding each person's patterns, comma-separated, `*` a
 * wildcard, as the CLI config's lists: `SKU-A-*, B0*`. A blank cell, or no such column, is "all", as
 * an absent config field is.
 */
import { LANGS } from "../../core/types";
import { MESSAGES as SHEET_MESSAGES } from "../../i18n/messages";

export interface PersonPatterns {
  skus?: string[];
  campaigns?: string[];
}

const norm = (value: unknown): string =>
  String(value ?? "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

/** The header words, in our three languages (and the config's field names). */
export const PATTERN_HEADERS = {
  person: new Set([
    ...LANGS.map((lang) => norm(SHEET_MESSAGES[lang]["col.person"])),
    "name",
    "姓名",
    "nombre",
    "employee",
  ]),
  skus: new Set(["skus", "sku", "sku patterns", "sku 模式", "sku 范围", "patrones de sku"]),
  campaigns: new Set([
    "campaigns",
    "campaign",
    "campaign patterns",
    "广告活动",
    "广告活动模式",
    "campañas",
    "campaña",
    "patrones de campaña",
  ]),
};

/**
 * A cell's patterns: split at commas or semicolons (full-width too) and line breaks, trimmed, blanks
 * and repeats (ignoring case, as matching does) dropped; undefined when none is left.
 */
export function splitPatterns(cell: unknown): string[] | undefined {
  const out: string[] = [];
  for (const part of String(cell ?? "").split(/[,;，；、\r\n]+/)) {
    const p = part.trim();
    if (p !== "" && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  }
  return out.length > 0 ? out : undefined;
}

/** Each person's patterns by name (lower case), from the people table's header row and rows. */
export function patternsByPerson(grid: readonly (readonly unknown[])[]): Map<string, PersonPatterns> {
  const header = (grid[0] ?? []).map(norm);
  const col = (words: Set<string>) => header.findIndex((h) => words.has(h));
  const person = col(PATTERN_HEADERS.person);
  const skus = col(PATTERN_HEADERS.skus);
  const campaigns = col(PATTERN_HEADERS.campaigns);
  const out = new Map<string, PersonPatterns>();
  if (person < 0 || (skus < 0 && campaigns < 0)) return out;
  for (const cells of grid.slice(1)) {
    const name = norm(cells[person]);
    if (name === "" || out.has(name)) continue;
    const p: PersonPatterns = {};
    const s = skus < 0 ? undefined : splitPatterns(cells[skus]);
    const c = campaigns < 0 ? undefined : splitPatterns(cells[campaigns]);
    if (s) p.skus = s;
    if (c) p.campaigns = c;
    if (s || c) out.set(name, p);
  }
  return out;
}
