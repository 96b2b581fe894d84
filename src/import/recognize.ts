/**
 * Which report a table is, and where its header is (DESIGN §8 "Recognising a file"): columns are
 * found by name, never by position; the header row is the first of the first 20 rows that holds
 * every required column of a format. When none does, the reason names the closest kind and the
 * column it lacks ("looks like an Amazon business report but has no `Ordered Product Sales`").
 */
import { KIND_NAMES, REPORT_FORMATS, type Field, type ReportFormat } from "./formats";
import { normalizeHeader } from "./normalize";
import { cellText, type Cell } from "./values";

/** Rows scanned for a header (title rows of the Mercado Libre export sit above it). */
export const HEADER_SCAN_ROWS = 20;

export interface HeaderMatch {
  format: ReportFormat;
  /** 0-based index of the header row */
  headerRow: number;
  /** field → 0-based column index (the first column of a repeated name: the sale's, in Mercado Libre) */
  columns: Partial<Record<Field, number>>;
}

export type Recognition = { ok: true; match: HeaderMatch } | { ok: false; reason: string };

// Normalised once: the alias tables are read on every file.
const NORMALIZED = REPORT_FORMATS.map((format) => ({
  format,
  aliases: Object.entries(format.columns).map(([field, names]) => ({
    field: field as Field,
    names: (names as readonly string[]).map(normalizeHeader),
  })),
}));

interface Candidate {
  format: ReportFormat;
  columns: Partial<Record<Field, number>>;
  matched: number;
  missing: Field[];
  signature: boolean;
}

function candidates(row: readonly Cell[]): Candidate[] {
  const first = new Map<string, number>();
  row.forEach((cell, i) => {
    const h = normalizeHeader(cellText(cell));
    if (h !== "" && !first.has(h)) first.set(h, i);
  });
  return NORMALIZED.map(({ format, aliases }) => {
    const columns: Partial<Record<Field, number>> = {};
    for (const { field, names } of aliases) {
      for (const name of names) {
        const at = first.get(name);
        if (at !== undefined) {
          columns[field] = at;
          break;
        }
      }
    }
    return {
      format,
      columns,
      matched: Object.keys(columns).length,
      missing: format.required.filter((f) => columns[f] === undefined),
      signature: format.signature.some((f) => columns[f] !== undefined),
    };
  });
}

/** How a message names a column of a format: its first alias as written, trimmed. */
export function columnName(format: ReportFormat, field: Field): string {
  return (format.columns[field]?.[0] ?? field).trim();
}

/** Finds the header row and the report kind, or says why the table is no known report. */
export function recognize(rows: readonly (readonly Cell[])[]): Recognition {
  let closest: Candidate | undefined;
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    const found = candidates(rows[r]);
    const complete = found.filter((c) => c.missing.length === 0);
    if (complete.length > 0) {
      // Two formats can share columns (Impressions, Clicks): the one that names more of them wins.
      const best = complete.reduce((a, b) => (b.matched > a.matched ? b : a));
      return { ok: true, match: { format: best.format, headerRow: r, columns: best.columns } };
    }
    for (const c of found) {
      if (c.signature && c.matched >= 2 && (closest === undefined || c.matched > closest.matched)) closest = c;
    }
  }
  if (closest !== undefined) {
    const missing = closest.missing.map((f) => `\`${columnName(closest.format, f)}\``).join(", ");
    return { ok: false, reason: `looks like ${KIND_NAMES[closest.format.kind]} but has no ${missing}` };
  }
  return {
    ok: false,
    reason: `no known report header in the first ${HEADER_SCAN_ROWS} rows (expected the columns of a business report, Sponsored Products report, All Orders, FBA returns or Mercado Libre ventas export)`,
  };
}
