/**
 * Bytes of a downloaded report → text → rows of cells. Pure (no fs): the CLI reads the file, the task
 * pane a File. CSV, TSV (`.txt`) and semicolon files are sniffed by papaparse, which also handles
 * quotes, CRLF and quoted line breaks; the BOM is stripped here so the first header matches.
 */
import Papa from "papaparse";

/** What the bytes are, judged by their content (names lie: Amazon's TSV files end in .txt). */
export type ByteKind = "xlsx" | "json" | "text" | "binary";

export function sniffBytes(bytes: Uint8Array): ByteKind {
  // XLSX is a zip: "PK\x03\x04".
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return "xlsx";
  }
  const text = decodeText(bytes);
  if (text === undefined) return "binary";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return start.startsWith("{") || start.startsWith("[") ? "json" : "text";
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
 * Rows of a delimited text. With no delimiter given papaparse guesses one (comma, tab, semicolon,
 * pipe); callers that can tell a right guess from a wrong one (a recognised header) try the others.
 */
export function parseDelimited(text: string, delimiter = "", preview = 0): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter,
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    header: false,
    preview,
  });
  return result.data;
}

/** The delimiter papaparse guesses for a text. */
export function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: "",
    delimitersToGuess: [...DELIMITERS],
    preview: 20,
  }).meta.delimiter;
}
