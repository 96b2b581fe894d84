/**
 * Text written so that it reads back as written (ECMA-376 ST_Xstring).
 *
 * In a shared string `<t>` (and an inline `<is><t>`), readers take `_xHHHH_` as the escaped
 * character U+HHHH: Excel any of them, ExcelJS 4.4 those with upper-case hex, LibreOffice 7.4 the
 * control characters and `_x005F_` (LibreOffice also in a table column name and a sheet name;
 * ExcelJS reads those attributes raw). ExcelJS 4.4 escapes nothing when it writes, so a person called `_x000D_` came back as a carriage return and
 * `a_x0041_b` as `aAb`. It also drops the characters XML 1.0 cannot hold (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F) and U+007F, and a raw carriage return is read back as a line feed
 * (XML end-of-line handling turns "\r\n" into "\n").
 *
 * So, as Excel itself writes: the underscore that starts a literal `_xHHHH_` (any case) becomes
 * `_x005F_`, and every control character but tab and line feed becomes its `_xHHHH_`. Tab and line
 * feed stay as they are: XML keeps them in element text. Apply once, to the text ExcelJS is given;
 * escaping an escaped text again would show the escapes.
 */

// An underscore that starts "_xHHHH_", or a character XML or ExcelJS would not keep.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** `_x000D_` → `_x005F_x000D_`; "x\r\ny" → "x_x000D_\ny"; text without either is returned as is. */
export function escapeOoxmlText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) => (c === "_" ? "_x005F_" : `_x${hex4(c.charCodeAt(0))}_`));
}
