/**
 * What an .xlsx file's cells show, read from the parts themselves (JSZip and the sheet XML), and only
 * the parts asked for: the workbook's sheet list, its tables (name, sheet, ref), and the cells of the
 * named sheets. `build --previous` reads last month's workbook this way (src/cli/previous.ts), so a
 * 28,800-row history costs the scan of three sheets, not a full ExcelJS load of all twelve.
 *
 * A formula cell shows its cached result as saved (`<v>`), or undefined when none was saved. ExcelJS
 * 4.4 reads a cached 0 or "" as no result at all (`<v>0</v>` comes back as `{ formula }`), so it
 * cannot tell a weight of 0 or a blank attainment from a file that a program saved without computing
 * its formulas; here the two differ. A typed number in a date format is a Date, as ExcelJS reads it
 * (a formula's cached number stays a number); an error value shows as null.
 */
import JSZip from "jszip";
import type { CellValue } from "../plan/types";

/** Formula cells of a sheet by A1 address: the cached value, or undefined when none was saved. */
export type CachedValues = Map<string, CellValue | undefined>;

/** What a cell shows: null when blank, undefined for a formula without a saved result. */
export type Shown = CellValue | Date | undefined;

interface Slot {
  value: Shown;
  formula: boolean;
}

/** The cells of one sheet, by one-based row and column. */
export class SheetCells {
  constructor(
    readonly name: string,
    private readonly rows: readonly (readonly (Slot | undefined)[] | undefined)[],
  ) {}

  /** The last row that holds a cell (0 when none). */
  get rowCount(): number {
    return Math.max(0, this.rows.length - 1);
  }

  value(row: number, col: number): Shown {
    const slot = this.rows[row]?.[col];
    return slot === undefined ? null : slot.value;
  }

  isFormula(row: number, col: number): boolean {
    return this.rows[row]?.[col]?.formula ?? false;
  }

  /** Every cell, in row order: A1 address, formula or not, shown value. */
  *cells(): Generator<[string, Slot]> {
    for (let r = 1; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      for (let c = 1; c < row.length; c++) {
        const slot = row[c];
        if (slot !== undefined) yield [a1(r, c), slot];
      }
    }
  }
}

export interface XlsxTable {
  /** the table's name (Excel's displayName, which formulas use) */
  name: string;
  sheet: string;
  /** one-based bounds of its ref, header row included */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XlsxWorkbook {
  sheetNames: string[];
  tables: XlsxTable[];
  /** the cells of the named sheet (undefined when there is no such sheet); read from its XML on call */
  sheet(name: string): Promise<SheetCells | undefined>;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

/** "B4:K30" → one-based bounds. */
export function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (m === null) return undefined;
  return {
    top: Number(m[2]),
    left: colNumber(m[1]),
    bottom: Number(m[4] ?? m[2]),
    right: colNumber(m[3] ?? m[1]),
  };
}

function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    }
  });
}

/** The attributes of a start tag's attribute text (` r="A1" t="s"`), unescaped. */
function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = part.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f === null ? undefined : f.async("string");
}

/** Relationship id → { target part, type } of a part's .rels. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { target: string; type: string }>> {
  const out = new Map<string, { target: string; type: string }>();
  const xml = (await partText(zip, relsPath(part))) ?? "";
  for (const tag of xml.match(/<Relationship\s[^>]*>/g) ?? []) {
    const a = attrs(tag.slice("<Relationship".length));
    if (a.Id === undefined || a.Target === undefined || a.TargetMode === "External") continue;
    out.set(a.Id, { target: resolveTarget(part, a.Target), type: a.Type ?? "" });
  }
  return out;
}

/** The text of a string item (shared string or inline): its runs joined, phonetic runs left out. */
function itemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  const t = /<t(?:\s[^>]*)?\/>|<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = t.exec(body); m !== null; m = t.exec(body)) out += unescapeXml(m[1] ?? "");
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const si = /<si(?:\s[^>]*)?\/>|<si(?:\s[^>]*)?>([\s\S]*?)<\/si>/g;
  for (let m = si.exec(xml); m !== null; m = si.exec(xml)) out.push(itemText(m[1] ?? ""));
  return out;
}

/** ExcelJS's test of a number format for a date (utils.isDateFmt): y m d h s b outside quotes and []. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, as ExcelJS's table has them). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Per cellXfs index: whether its number format is a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const tag of xml.match(/<numFmt\s[^>]*>/g) ?? []) {
    const a = attrs(tag.slice("<numFmt".length));
    if (a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return (xfs.match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attrs(tag.slice(3)).numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** Excel's serial date → Date (ExcelJS's utils.excelToDate). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface Context {
  strings: readonly string[];
  dates: readonly boolean[];
  date1904: boolean;
}

const CELL_REF = /^([A-Z]+)(\d+)$/;
const CELL_ATTR = /(?:^|\s)(r|s|t)\s*=\s*"([^"]*)"/g;

/** The cells of a sheet's XML. */
function parseSheet(name: string, xml: string, ctx: Context): SheetCells {
  const rows: (Slot | undefined)[][] = [];
  // a row start tag, or a cell (empty or with content); <cols>, <col>, <cfRule> and the like are neither
  const re = /<row(?=[\s>/])([^>]*)>|<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let row = 0;
  let col = 0;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[1] !== undefined) {
      const r = /\sr\s*=\s*"(\d+)"/.exec(m[1]);
      row = r === null ? row + 1 : Number(r[1]);
      col = 0;
      continue;
    }
    // r, s and t are all a cell's start tag says that matters here (none needs unescaping)
    let r: string | undefined;
    let style: string | undefined;
    let type: string | undefined;
    CELL_ATTR.lastIndex = 0;
    for (let at = CELL_ATTR.exec(m[2]); at !== null; at = CELL_ATTR.exec(m[2])) {
      if (at[1] === "r") r = at[2];
      else if (at[1] === "s") style = at[2];
      else type = at[2];
    }
    const ref = r === undefined ? null : CELL_REF.exec(r);
    if (ref !== null) {
      col = colNumber(ref[1]);
      row = Number(ref[2]);
    } else col++;
    const inner = m[3] ?? "";
    const formula = inner.includes("<f") && /<f[\s>/]/.test(inner);
    const v = inner === "" ? null : /<v(?:\s[^>]*)?\/>|<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
    let value: Shown;
    if (type === "inlineStr") {
      const is = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(inner);
      value = is !== null ? itemText(is[1]) : v !== null ? unescapeXml(v[1] ?? "") : formula ? undefined : null;
    } else if (v === null) {
      value = formula ? undefined : null;
    } else {
      const raw = unescapeXml(v[1] ?? "");
      if (type === "str") value = raw;
      else if (type === "s") value = ctx.strings[Number(raw)] ?? "";
      else if (type === "b") value = raw === "1" || raw === "true";
      else if (type === "e") value = null;
      else if (type === "d") value = formula ? raw : new Date(raw);
      else if (raw === "") value = formula ? "" : null;
      else {
        const n = Number(raw);
        value = !formula && style !== undefined && ctx.dates[Number(style)] ? excelDate(n, ctx.date1904) : n;
      }
    }
    if (value === null && !formula) continue;
    (rows[row] ??= [])[col] = { value, formula };
  }
  return new SheetCells(name, rows);
}

/**
 * Opens an .xlsx file's bytes: the sheet list and the tables are read at once (small parts), a
 * sheet's cells when asked for. Rejects when the zip cannot be read (a damaged file).
 */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = "xl/workbook.xml";
  const workbookXml = (await partText(zip, workbook)) ?? "";
  const rels = await relationships(zip, workbook);
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*"(1|true)"/.test(workbookXml);
  const parts = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\s[^>]*>/g) ?? []) {
    const a = attrs(tag.slice("<sheet".length));
    const target = rels.get(a["r:id"] ?? "")?.target;
    if (a.name !== undefined && target !== undefined && !parts.has(a.name)) parts.set(a.name, target);
  }
  const tables: XlsxTable[] = [];
  for (const [sheet, part] of parts) {
    for (const rel of (await relationships(zip, part)).values()) {
      if (!rel.type.endsWith("/table")) continue;
      const tag = /<table\s[^>]*>/.exec((await partText(zip, rel.target)) ?? "")?.[0];
      if (tag === undefined) continue;
      const a = attrs(tag.slice("<table".length));
      const name = a.displayName ?? a.name;
      const bounds = a.ref === undefined ? undefined : parseRef(a.ref);
      if (name !== undefined && bounds !== undefined) tables.push({ name, sheet, ...bounds });
    }
  }
  let ctx: Context | undefined;
  const context = async (): Promise<Context> =>
    (ctx ??= {
      strings: sharedStrings(await partText(zip, "xl/sharedStrings.xml")),
      dates: dateStyles(await partText(zip, "xl/styles.xml")),
      date1904,
    });
  return {
    sheetNames: [...parts.keys()],
    tables,
    async sheet(name) {
      const part = parts.get(name);
      if (part === undefined) return undefined;
      const xml = await partText(zip, part);
      return parseSheet(name, xml ?? "", await context());
    },
  };
}

/** The cached formula values of the named sheets (others are not read). */
export async function cachedValues(bytes: Uint8Array, sheets: readonly string[]): Promise<Map<string, CachedValues>> {
  const wb = await openXlsx(bytes);
  const out = new Map<string, CachedValues>();
  for (const name of wb.sheetNames) {
    if (!sheets.includes(name)) continue;
    const cells = (await wb.sheet(name)) as SheetCells;
    const values: CachedValues = new Map();
    for (const [address, slot] of cells.cells()) {
      if (slot.formula) values.set(address, slot.value as CellValue | undefined); // never a Date
    }
    out.set(name, values);
  }
  return out;
}
