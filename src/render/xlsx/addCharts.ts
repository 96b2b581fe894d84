/**
 * Native charts in the .xlsx ExcelJS wrote (ExcelJS 4.4 writes no charts): for each sheet with
 * charts, a chart part per chart, a drawing part that places them, the relationships between sheet,
 * drawing and charts, a <drawing> element in the sheet and the content types of the new parts.
 *
 * Only the parts that change are rewritten: JSZip reuses the compressed bytes of the others.
 */
import JSZip from "jszip";
import type { CellValue, RangeRef, SheetPlan, WorkbookPlan } from "../../plan/types";
import { isFormulaCell } from "../../plan/types";
import { planGrid } from "./planGrid";
import {
  CONTENT_TYPE,
  REL_TYPE,
  chartXml,
  drawingXml,
  drawsNatively,
  relationshipXml,
  relationshipsXml,
  type ChartSource,
} from "./chartXml";

const CONTENT_TYPES = "[Content_Types].xml";

/** The CT_Worksheet children that come after <drawing>; it goes before the first of them. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? whole;
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Start tags `<name …>` or `<name …/>` (attribute values may hold ">"). */
function tags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, "g")) ?? [];
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`The workbook has no ${path}`);
  return file.async("string");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a path in the zip, relative to the folder of the part that owns it. */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = part.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The worksheet part of each sheet, by sheet name (from workbook.xml and its relationships). */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = "xl/workbook.xml";
  const targets = new Map<string, string>();
  for (const rel of tags(await text(zip, relsPath(workbook)), "Relationship")) {
    targets.set(attr(rel, "Id") ?? "", resolveTarget(workbook, attr(rel, "Target") ?? ""));
  }
  const parts = new Map<string, string>();
  for (const sheet of tags(await text(zip, workbook), "sheet")) {
    const part = targets.get(attr(sheet, "r:id") ?? "");
    if (part !== undefined) parts.set(attr(sheet, "name") ?? "", part);
  }
  return parts;
}

/** The first free numbered part name: xl/charts/chart1.xml, chart2.xml … */
function nextPart(zip: JSZip, folder: string, stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${stem}${n}.xml`;
    if (zip.file(path) === null && !taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

/**
 * Puts `element` among the worksheet's children where CT_Worksheet wants <drawing>: before
 * legacyDrawing … tableParts, extLst, or at the end. Only top-level children count: an extLst inside a
 * conditional format is not the worksheet's.
 */
export function insertDrawingElement(sheetXml: string, element: string): string {
  const end = sheetXml.indexOf("</sheetData>");
  let i = end >= 0 ? end + "</sheetData>".length : sheetXml.indexOf("<sheetData");
  if (i < 0) throw new Error("A worksheet without <sheetData>");
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  tag.lastIndex = i;
  let depth = 1; // inside <worksheet>
  for (let m = tag.exec(sheetXml); m !== null; m = tag.exec(sheetXml)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) {
        i = m.index; // </worksheet>
        break;
      }
    } else {
      if (depth === 1 && AFTER_DRAWING.has(name)) {
        i = m.index;
        break;
      }
      if (!selfClosing) depth++;
    }
  }
  return sheetXml.slice(0, i) + element + sheetXml.slice(i);
}

/** Appends `child` as the last child of the document element `root` (which may be an empty `<root/>`). */
function appendChild(xml: string, root: string, child: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + child + xml.slice(close);
  const empty = new RegExp(`<${root}\\b((?:[^>"']|"[^"]*"|'[^']*')*?)\\s*/>`).exec(xml);
  if (empty === null) throw new Error(`No <${root}> element to add to`);
  return (
    xml.slice(0, empty.index) + `<${root}${empty[1]}>${child}</${root}>` + xml.slice(empty.index + empty[0].length)
  );
}

/** The first `rIdN` a .rels part does not use yet. */
function freeRelId(relsXml: string): string {
  const used = new Set(tags(relsXml, "Relationship").map((r) => attr(r, "Id")));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A sheet's cells as the file holds them: literals, formulas' cached results, number formats. */
export function chartSource(sheet: SheetPlan): ChartSource {
  const cellAt = planGrid(sheet);
  const at = (row: number, col: number): CellValue | undefined => {
    const cell = cellAt(row, col);
    return cell !== undefined && isFormulaCell(cell) ? cell.result : cell;
  };
  const inside = (r: RangeRef, row: number, col: number) =>
    row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  return {
    values(r) {
      const out: (CellValue | undefined)[] = [];
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) out.push(at(row, col));
      return out;
    },
    format(row, col) {
      // renderXlsx applies number formats in plan order, so the last one over a cell wins.
      const formats = sheet.numberFormats ?? [];
      for (let i = formats.length - 1; i >= 0; i--) if (inside(formats[i].range, row, col)) return formats[i].format;
      return undefined;
    },
  };
}

/**
 * Adds the plan's charts to .xlsx bytes written by ExcelJS from the same plan. `names` are the
 * final sheet names (sheetNames(plan)); chart references use them. Bytes without charts to add are
 * returned as they are.
 */
export async function addCharts(
  xlsx: Uint8Array | ArrayBuffer,
  plan: WorkbookPlan,
  names: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const sheets = plan.sheets
    .map((sheet) => ({ sheet, charts: (sheet.charts ?? []).filter(drawsNatively) }))
    .filter((s) => s.charts.length > 0);
  if (sheets.length === 0) return xlsx instanceof Uint8Array ? xlsx : new Uint8Array(xlsx);

  const zip = await JSZip.loadAsync(xlsx);
  const partOf = await worksheetParts(zip);
  const taken = new Set<string>();
  const overrides: string[] = [];

  for (const { sheet, charts } of sheets) {
    const name = names.get(sheet.key) as string;
    const sheetPart = partOf.get(name);
    if (sheetPart === undefined) throw new Error(`The workbook has no sheet "${name}"`);
    const sheetXml = await text(zip, sheetPart);
    // ExcelJS writes a drawing for images only, and plans have none; two drawings per sheet cannot be.
    if (/<drawing\b/.test(sheetXml)) throw new Error(`Sheet "${name}" already has a drawing`);

    const source = chartSource(sheet);
    const drawingPart = nextPart(zip, "xl/drawings", "drawing", taken);
    const drawingRels = charts.map((chart, i) => {
      const chartPart = nextPart(zip, "xl/charts", "chart", taken);
      zip.file(chartPart, chartXml(chart, name, source));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${CONTENT_TYPE.chart}"/>`);
      return { id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/${chartPart.split("/").pop()}` };
    });
    zip.file(drawingPart, drawingXml(charts.map((chart, i) => ({ chart, rId: drawingRels[i].id }))));
    zip.file(relsPath(drawingPart), relationshipsXml(drawingRels));
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CONTENT_TYPE.drawing}"/>`);

    const sheetRels = relsPath(sheetPart);
    const relsXml = zip.file(sheetRels) === null ? relationshipsXml([]) : await text(zip, sheetRels);
    const rel = {
      id: freeRelId(relsXml),
      type: REL_TYPE.drawing,
      target: `../drawings/${drawingPart.split("/").pop()}`,
    };
    zip.file(sheetRels, appendChild(relsXml, "Relationships", relationshipXml(rel)));
    zip.file(sheetPart, insertDrawingElement(sheetXml, `<drawing r:id="${rel.id}"/>`));
  }

  const types = await text(zip, CONTENT_TYPES);
  zip.file(CONTENT_TYPES, appendChild(types, "Types", overrides.join("")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
