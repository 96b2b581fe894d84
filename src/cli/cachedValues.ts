/**
 * The cached results of an .xlsx file's formula cells, read from the sheet XML itself. ExcelJS 4.4
 * reads a cached 0 or "" as no result at all (`<v>0</v>` comes back as `{ formula }`), so it cannot
 * tell a weight of 0 or a blank attainment from a file that a program saved without computing its
 * formulas. Here a formula cell maps to its value, and a formula cell without a `<v>` to undefined.
 */
import JSZip from "jszip";
import type { CellValue } from "../plan/types";

/** Formula cells of a sheet by A1 address: the cached value, or undefined when none was saved. */
export type CachedValues = Map<string, CellValue | undefined>;

function unescapeXml(s: string): string {
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

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
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

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f === null ? undefined : f.async("string");
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (const si of xml.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
    out.push([...si.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join(""));
  }
  return out;
}

function cellsOf(xml: string, strings: readonly string[]): CachedValues {
  const out: CachedValues = new Map();
  const cell = /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = cell.exec(xml); m !== null; m = cell.exec(xml)) {
    const inner = m[2] ?? "";
    if (!/<f[\s>/]/.test(inner)) continue;
    const address = attr(` ${m[1]}`, "r");
    if (address === undefined) continue;
    const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v\s*\/>/.exec(inner);
    if (v === null) {
      out.set(address, undefined);
      continue;
    }
    const raw = unescapeXml(v[1] ?? "");
    const type = attr(` ${m[1]}`, "t");
    if (type === "str" || type === "inlineStr") out.set(address, raw);
    else if (type === "s") out.set(address, strings[Number(raw)] ?? "");
    else if (type === "b") out.set(address, raw === "1");
    else if (type === "e") out.set(address, null);
    else out.set(address, raw === "" ? "" : Number(raw));
  }
  return out;
}

/** The cached formula values of the named sheets (others are not read). */
export async function cachedValues(bytes: Uint8Array, sheets: readonly string[]): Promise<Map<string, CachedValues>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = "xl/workbook.xml";
  const rels = (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    targets.set(attr(rel, "Id") ?? "", resolveTarget(workbook, attr(rel, "Target") ?? ""));
  }
  const strings = sharedStrings(await partText(zip, "xl/sharedStrings.xml"));
  const out = new Map<string, CachedValues>();
  for (const tag of ((await partText(zip, workbook)) ?? "").match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const part = targets.get(attr(tag, "r:id") ?? "");
    if (name === undefined || part === undefined || !sheets.includes(name)) continue;
    const xml = await partText(zip, part);
    if (xml !== undefined) out.set(name, cellsOf(xml, strings));
  }
  return out;
}
