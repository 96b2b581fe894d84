/**
 * Workbook-level identifiers: defined names and table names share one namespace in Excel and must be
 * unique in it. Rendering the same plan into a workbook twice (a second "build scorecard") would clash
 * with the first run's `kpi_cap` or `tblScorecard`, and `names.add` / `table.name = …` would fail the
 * whole request. We never touch the user's existing names; ours get a numeric suffix instead, and every
 * formula we write follows the rename.
 */

/** Finds a free identifier: `wanted`, else `wanted_2`, `wanted_3`, … (case-insensitive, as Excel compares). */
export function uniqueIdentifier(wanted: string, takenLower: Set<string>): string {
  let candidate = wanted;
  for (let n = 2; takenLower.has(candidate.toLowerCase()); n++) candidate = `${wanted}_${n}`;
  return candidate;
}

const IDENT_START = /[A-Za-z_\\]/;
const IDENT_PART = /[A-Za-z0-9_.\\]/;
const NUMBER_PART = /[A-Za-z0-9_.]/;

function skipQuoted(text: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return j;
}

function skipBrackets(text: string, start: number): number {
  let depth = 0;
  let j = start;
  while (j < text.length) {
    const ch = text[j];
    if (ch === "'" && depth > 0) {
      j += 2; // ' escapes a special character inside a structured reference
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/**
 * Replaces whole-word references to renamed names/tables (keys lower-case) in an A1 formula. Leaves
 * alone: string literals, quoted sheet names, structured-reference column specifiers `[...]`, function
 * names (followed by "("), and sheet-qualified names (`Sheet1!x`, which are sheet-scoped).
 */
export function renameIdentifiers(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = skipBrackets(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (/[0-9]/.test(ch)) {
      let j = i + 1;
      while (j < formula.length && NUMBER_PART.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
    } else if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < formula.length && IDENT_PART.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const qualified = i > 0 && formula[i - 1] === "!";
      const isFunction = formula[j] === "(";
      const renamed = qualified || isFunction ? undefined : renames.get(word.toLowerCase());
      out += renamed ?? word;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
