/**
 * Bytes of a downloaded report → text → rows of cells. Pure (no fs): the CLI reads the file, the task
 * pane a File. CSV, TSV (`.txt`) and semicolon files are sniffed by papaparse, which also handles
 * quotes, CRLF and quoted line breaks; the BOM is stripped here so the first header matches.
 */
import Papa from "papaparse";

/** What the bytes are, judged by their content (names lie: Amazon's TSV files end in .txt). */
export type ByteKind = "xlsx" | "json" | "text" | "binary";

export function sniffBytes(bytes: Uint8Array): ByteKind {
  return isZip(bytes) ? "xlsx" : sniffText(decodeText(bytes));
}

/** XLSX is a zip: "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** What a file that is not a zip is, from its decoded text (`decodeText`; undefined: binary). */
export function sniffText(text: string | undefined): Exclude<ByteKind, "xlsx"> {
  if (text === undefined) return "binary";
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""));
  return first !== null && (first[0] === "{" || first[0] === "[") ? "json" : "text";
}

/**
 * UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), else Windows-1252;
 * undefined when the text holds NUL characters (a binary file, an old .xls).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    } else {
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        // Not UTF-8: flat files of older Seller Central marketplaces are Windows-1252 (Latin-1),
        // where every byte is a character; NUL bytes below still tell a binary file.
        text = new TextDecoder("windows-1252").decode(bytes);
      }
    }
  } catch {
    return undefined;
  }
  return text.includes("\u0000") ? undefined : text.replace(/^\uFEFF/, "");
}

export const DELIMITERS = ["\t", ",", ";", "|"] as const;

/**
 * How much of a long text the header scan and the delimiter guess read: papaparse's guesses read the
 * first 1 MiB (line endings) and the first rows, so a head of 2 MiB holding every row they read gives
 * them what the whole text would; a 34 MB file is then split once, not once per guess.
 */
const HEAD_CHARS = 2 * 1024 * 1024;

/**
 * The text the first `rows` rows of `text` can be read from: its first 2 MiB when they hold no
 * quote (so no field can run past the cut) and more than `rows` rows, else the whole text.
 */
function head(text: string, rows: number): string {
  if (text.length <= HEAD_CHARS) return text;
  const start = text.slice(0, HEAD_CHARS);
  if (start.includes('"')) return text;
  // The last row of the head may be cut short: it must come after the rows asked for.
  const got = Papa.parse<string[]>(start, { delimiter: ",", preview: rows + 1 }).data.length;
  return got > rows ? start : text;
}

/**
 * Rows of a delimited text. With no delimiter given papaparse guesses one (comma, tab, semicolon,
 * pipe); callers that can tell a right guess from a wrong one (a recognised header) try the others.
 * With `preview`, only that many rows are read.
 */
export function parseDelimited(text: string, delimiter = "", preview = 0): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(preview > 0 ? head(source, preview) : source, {
    delimiter,
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    header: false,
    preview,
  });
  return result.data;
}

/**
 * Every row of a delimited text, handed to `onRow` as papaparse reads it (the same rows, in the same
 * order, as `parseDelimited(text, delimiter)` returns), so that no grid of all the cells is kept.
 */
export function eachDelimitedRow(text: string, delimiter: string, onRow: (cells: string[]) => void): void {
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter,
    skipEmptyLines: false,
    header: false,
    step: (result) => onRow(result.data),
  });
}

/** The delimiter papaparse guesses for a text. */
export function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(head(text.replace(/^\uFEFF/, ""), 20), {
    delimiter: "",
    delimitersToGuess: [...DELIMITERS],
    preview: 20,
  }).meta.delimiter;
}
