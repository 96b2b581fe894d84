/**
 * The DrawingML parts of a native chart, as XML strings: the chart (c:chartSpace), the sheet's
 * drawing that places it (xdr:wsDr) and a relationships part. Pure text, no zip: addCharts puts
 * them into the file ExcelJS wrote.
 *
 * Element order follows the schema (ECMA-376 Part 1, dml-chart.xsd and dml-spreadsheetDrawing.xsd):
 * Excel rejects a chart whose children are out of order.
 */
import { rangeAbs } from "../../plan/a1";
import { quoteSheetName } from "../../plan/sheetRefs";
import type { CellValue, ChartPlan, RangeRef } from "../../plan/types";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

export const REL_TYPE = {
  chart: `${NS_R}/chart`,
  drawing: `${NS_R}/drawing`,
} as const;

/** A chart is drawn when it has something to plot; otherwise its fallbackNote stands in the sheet. */
export function drawsNatively(chart: ChartPlan): boolean {
  return chart.series.length > 0;
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text for element content or a double-quoted attribute (an apostrophe stays: `'Summary'!$A$5`). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"]/g, (ch) => ENTITY[ch]);
}

/** `'Summary'!$A$5:$A$7`: the reference a chart series reads, on the sheet's final name. */
export function chartRef(sheetName: string, r: RangeRef): string {
  return `${quoteSheetName(sheetName)}!${rangeAbs(r)}`;
}

/** What the chart reads from its sheet's plan. */
export interface ChartSource {
  /** the cell values of a range as the file holds them (a formula's cached result), row-major */
  values(r: RangeRef): (CellValue | undefined)[];
  /** the number format of a cell, if the plan gives it one */
  format(row: number, col: number): string | undefined;
}

function cells(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** c:strRef with its cache: what a viewer that does not read the cells shows. */
function strRef(ref: string, r: RangeRef, source: ChartSource): string {
  const pts = source
    .values(r)
    .map((v, i) =>
      v === null || v === undefined || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`,
    )
    .join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${cells(r)}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, r: RangeRef, format: string, source: ChartSource): string {
  const pts = source
    .values(r)
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${cells(r)}"/>${pts}</c:numCache></c:numRef>`
  );
}

const CAT_AX_ID = 500000001;
const VAL_AX_ID = 500000002;

function axes(kind: ChartPlan["kind"], valueFormat: string): string {
  // A horizontal bar chart has its categories on the left and its values along the bottom.
  const [catPos, valPos] = kind === "bar" ? ["l", "b"] : ["b", "l"];
  const common = (id: number, pos: string) =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>`;
  const ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx>${common(CAT_AX_ID, catPos)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${VAL_AX_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    // The value axis in the cells' number format: a score reads 90.0%, not 0.9 (LibreOffice ignores
    // sourceLinked, so the format is spelled out).
    `<c:valAx>${common(VAL_AX_ID, valPos)}<c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/>${ticks}` +
    `<c:crossAx val="${CAT_AX_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

/** The chart part (xl/charts/chartN.xml) of a plan chart on the sheet now named `sheetName`. */
export function chartXml(chart: ChartPlan, sheetName: string, source: ChartSource): string {
  const cat = `<c:cat>${strRef(chartRef(sheetName, chart.categories), chart.categories, source)}</c:cat>`;
  const formatOf = (r: RangeRef) => source.format(r.top, r.left) ?? "General";
  const line = chart.kind === "line";
  const series = chart.series
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
      const val = `<c:val>${numRef(chartRef(sheetName, s.values), s.values, formatOf(s.values), source)}</c:val>`;
      return line
        ? `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    })
    .join("");
  const axIds = `<c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
      `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axIds}</c:barChart>`;
  // One series needs no legend: the title names it.
  const legend = chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "";
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:plotArea><c:layout/>${plot}${axes(chart.kind, formatOf(chart.series[0].values))}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): each chart spans `widthCols` columns and
 * `heightRows` rows from its anchor cell, and points at its chart part through `rId`.
 */
export function drawingXml(charts: readonly { chart: ChartPlan; rId: string }[]): string {
  const anchors = charts
    .map(({ chart, rId }, i) => {
      const { row, col } = chart.anchor;
      return (
        `<xdr:twoCellAnchor>${marker("from", row, col)}` +
        marker("to", row + Math.max(1, chart.heightRows), col + Math.max(1, chart.widthCols)) +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${escapeXml(rId)}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return XML_DECL + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}

export interface Relationship {
  id: string;
  type: string;
  /** relative to the folder of the part that owns the relationships */
  target: string;
}

/** One relationship element, to append to a .rels part. */
export function relationshipXml(rel: Relationship): string {
  return `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
}

/** A whole .rels part. */
export function relationshipsXml(rels: readonly Relationship[]): string {
  return XML_DECL + `<Relationships xmlns="${NS_PKG_RELS}">${rels.map(relationshipXml).join("")}</Relationships>`;
}
