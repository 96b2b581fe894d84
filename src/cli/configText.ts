/**
 * The bytes of a TEAM.json → text, and JSON.parse's complaint → line and column. UTF-8 with or
 * without a byte-order mark (Windows editors write one) and UTF-16 LE/BE with a BOM (Notepad's
 * "Unicode") are read; anything else that is not valid UTF-8 is refused with the byte offset.
 */

export function decodeConfigText(bytes: Uint8Array): string | { problem: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    return { problem: `not valid UTF-8 text (bad byte 0x${hex(bytes[at])} at offset ${at}); save the file as UTF-8` };
  }
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, "0");
}

function utf16(body: Uint8Array, littleEndian: boolean): string | { problem: string } {
  const name = littleEndian ? "UTF-16 LE" : "UTF-16 BE";
  if (body.length % 2 !== 0) return { problem: `not valid ${name} text (odd number of bytes); save the file as UTF-8` };
  const units = new Uint16Array(body.length / 2);
  for (let i = 0; i < units.length; i++) {
    units[i] = littleEndian ? body[2 * i] | (body[2 * i + 1] << 8) : (body[2 * i] << 8) | body[2 * i + 1];
  }
  // Lone surrogates survive decoding here; the config validator refuses them by field.
  let text = "";
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += n + 1;
  }
  return b.length;
}

/**
 * V8's JSON.parse says "… in JSON at position N" (Node 20; Node 22 adds "(line L column C)").
 * Line and column are 1-based; the column counts UTF-16 code units, as editors mostly do.
 */
export function jsonErrorPosition(message: string, text: string): { line?: number; column?: number; message: string } {
  const m = /\s*in JSON at position (\d+)(?:\s*\(line \d+ column \d+\))?/.exec(message);
  const clean = message.replace(/[\r\n]+/g, " ");
  if (m === null) {
    if (/Unexpected end of JSON input/.test(message)) return { ...endOf(text), message: clean };
    return { message: clean };
  }
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return { line, column, message: message.replace(m[0], "").replace(/[\r\n]+/g, " ") };
}

function endOf(text: string): { line: number; column: number } {
  const line = text.split("\n").length;
  return { line, column: text.length - text.lastIndexOf("\n") };
}
