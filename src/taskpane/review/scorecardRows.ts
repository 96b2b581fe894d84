/**
 * The rows of a scorecard read back from a workbook (tblScorecard): columns are found by their
 * header in any of our languages (the workbook may be in another language than the pane), and the
 * Status word the sheet's formula wrote is mapped back to its meaning.
 */
import { LANGS } from "../../core/types";
import { MESSAGES as SHEET_MESSAGES, type MessageKey as SheetKey } from "../../i18n/messages";
import type { ReviewRow, ReviewStatus } from "./rankOffTrack";

const norm = (value: unknown): string =>
  String(value ?? "")
    .trim()
    .toLowerCase();

const STATUS_KEYS: Readonly<Record<ReviewStatus, SheetKey | null>> = {
  onTrack: "status.onTrack",
  atRisk: "status.atRisk",
  offTrack: "status.offTrack",
  missing: "status.missing",
  pass: "status.pass",
  fail: "status.fail",
  invalidTarget: "status.invalidTarget",
  unknown: null,
};

const STATUS_WORDS = new Map<string, ReviewStatus>();
for (const [status, key] of Object.entries(STATUS_KEYS) as [ReviewStatus, SheetKey | null][]) {
  if (key === null) continue;
  for (const lang of LANGS) STATUS_WORDS.set(norm(SHEET_MESSAGES[lang][key]), status);
}

/** "off track", "落后", "fuera de meta" → "offTrack"; anything else → "unknown". */
export function statusOfWord(word: unknown): ReviewStatus {
  return STATUS_WORDS.get(norm(word)) ?? "unknown";
}

function headerIndex(header: readonly string[], key: SheetKey): number {
  const words = new Set(LANGS.map((lang) => norm(SHEET_MESSAGES[lang][key])));
  return header.findIndex((h) => words.has(h));
}

/** A number the sheet computed, or null for blanks, text and Excel errors ("#DIV/0!"). */
function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function parseScorecardGrid(
  grid: readonly (readonly unknown[])[],
): { ok: true; rows: ReviewRow[] } | { ok: false } {
  const header = (grid[0] ?? []).map(norm);
  const cols = {
    person: headerIndex(header, "col.person"),
    kpiId: headerIndex(header, "col.kpiId"),
    kpi: headerIndex(header, "col.kpi"),
    attainment: headerIndex(header, "col.attainment"),
    status: headerIndex(header, "col.status"),
  };
  if (cols.person < 0 || cols.kpiId < 0 || cols.attainment < 0 || cols.status < 0) return { ok: false };
  const rows: ReviewRow[] = [];
  for (const cells of grid.slice(1)) {
    const person = String(cells[cols.person] ?? "").trim();
    const kpiId = String(cells[cols.kpiId] ?? "").trim();
    if (person === "" && kpiId === "") continue;
    rows.push({
      person,
      kpiId,
      kpi: cols.kpi >= 0 ? String(cells[cols.kpi] ?? "").trim() : kpiId,
      attainment: numberOrNull(cells[cols.attainment]),
      status: statusOfWord(cells[cols.status]),
    });
  }
  return { ok: true, rows };
}
