/**
 * Request size. Office batches every command queued before a `context.sync()` into one request, and
 * Excel on the web rejects a request (or response) over 5 MB. We estimate what each queued command
 * adds — the JSON of its arguments plus a fixed overhead for the action and object path — split big
 * blocks by rows into chunks, and pack commands into requests under a budget (4.5 MB, leaving 10%
 * headroom for the envelope and our estimate's error, which already counts a generous overhead per
 * command). At 4 MB the 500 × 12 zh-CN scorecard, with its gate rules and 100 blank rows for lines
 * typed later, needed a third write request.
 */

export const DEFAULT_MAX_REQUEST_BYTES = 4_500_000;
/**
 * A chunk is a single `range.values` / `range.formulas` write. Chunks well under the request budget pack
 * requests tightly (fewer, fuller requests) and keep one write far from the limit on its own: a request
 * is closed when the next command does not fit, so it can end up to one chunk short of the budget (with
 * 1 MB chunks the 500 × 12 scorecard in zh-CN needed a third write request; with 500 kB it takes two).
 */
export const DEFAULT_MAX_CHUNK_BYTES = 500_000;
/** Action + object path of one command in the request JSON (measured order of magnitude, generous). */
export const COMMAND_OVERHEAD_BYTES = 200;

/** UTF-8 length of a string (Chinese text is 3 bytes a character on the wire). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated size of a value in the request JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * Exact UTF-8 size of `JSON.stringify(text)` without building it (rows of formulas are megabytes; the
 * renderer sizes every row, and allocating its JSON only to measure it doubles the garbage).
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2; // the quotes
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c)
      bytes += 2; // \" and \\
    else if (code < 0x20)
      bytes += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is escaped as \uXXXX
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** Exact UTF-8 size of `JSON.stringify(row)` for a row of cell inputs. */
export function rowJsonBytes(row: readonly (string | number | boolean)[]): number {
  let bytes = 1 + Math.max(0, row.length - 1); // brackets and commas, less the trailing bracket below
  for (const cell of row) {
    if (typeof cell === "string") bytes += jsonStringBytes(cell);
    else if (typeof cell === "number") bytes += Number.isFinite(cell) ? String(cell).length : 4;
    else bytes += cell ? 4 : 5;
  }
  return bytes + 1;
}

/**
 * Splits rows into consecutive runs whose JSON stays under `maxBytes` (a single row larger than that
 * is a run of its own: rows are the unit we split by). Returns the [start, end) row indexes.
 */
export function chunkRows(rowBytes: readonly number[], maxBytes: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 2; // "[" and "]"
  for (let i = 0; i < rowBytes.length; i++) {
    const add = rowBytes[i] + 1; // the row and its comma
    if (i > start && size + add > maxBytes) {
      chunks.push([start, i]);
      start = i;
      size = 2;
    }
    size += add;
  }
  if (rowBytes.length > start) chunks.push([start, rowBytes.length]);
  return chunks;
}

/**
 * Packs commands, in order, into requests under `budget` bytes; a command larger than the budget gets
 * a request of its own. Returns the index of the first command of each request.
 */
export function packRequests(commandBytes: readonly number[], budget: number): number[] {
  const starts: number[] = commandBytes.length > 0 ? [0] : [];
  let size = 0;
  for (let i = 0; i < commandBytes.length; i++) {
    if (size > 0 && size + commandBytes[i] > budget) {
      starts.push(i);
      size = 0;
    }
    size += commandBytes[i];
  }
  return starts;
}
