/**
 * Header normalisation (DESIGN §8): the one transformation applied to a header before it is matched
 * *exactly* against the alias tables. Exact matching after normalising is what keeps
 * `Sessions - Total - B2B` from ever counting as `Sessions - Total`.
 */

// U+2010 hyphen … U+2015 horizontal bar, U+2212 minus sign: every dash a spreadsheet or a locale writes.
const DASHES = /[\u2010-\u2015\u2212]/g;
// Full-width brackets and colon (zh-CN headers write （父）ASIN).
const FULL_WIDTH: Readonly<Record<string, string>> = { "（": "(", "）": ")", "：": ":" };
const FULL_WIDTH_CHARS = /[（）：]/g;
// Any run of Unicode whitespace (tabs, no-break spaces, ideographic spaces) is one space.
const SPACES = /\s+/gu;

/** Strip a BOM, map dashes and full-width （）：, collapse whitespace, trim, lowercase. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(DASHES, "-")
    .replace(FULL_WIDTH_CHARS, (c) => FULL_WIDTH[c])
    .replace(SPACES, " ")
    .trim()
    .toLowerCase();
}
