/**
 * Which KPIs of a scorecard need attention, worst first. Pure.
 *
 * Kept: every row that is not on track and not a passed gate (at risk, off track, missing data, an
 * invalid target, a failed gate, an unreadable status). Order:
 *   1. failed gates first — any one of them sets the person's payout to the gate-fail payout,
 *      whatever the other KPIs score;
 *   2. then by deviation, largest first: deviation = 1 − attainment, floored at 0; a row without a
 *      usable attainment (missing data, invalid target, error) counts as attainment 0 (deviation 1),
 *      as the scorecard itself scores it;
 *   3. ties: by severity (invalid target, missing, off track, at risk, unknown), then person and KPI
 *      id, so the list is the same on every run and in every language.
 */

export type ReviewStatus =
  "onTrack" | "atRisk" | "offTrack" | "missing" | "pass" | "fail" | "invalidTarget" | "unknown";

export interface ReviewRow {
  person: string;
  kpiId: string;
  /** the KPI's name as the sheet shows it; the id when the sheet has no name column */
  kpi?: string;
  /** as the sheet computed it (a fraction, 1 = on target); null when blank or an error */
  attainment: number | null;
  status: ReviewStatus;
}

export interface RankedRow extends ReviewRow {
  /** 1 − attainment, at least 0 */
  deviation: number;
}

const SEVERITY: Readonly<Record<ReviewStatus, number>> = {
  fail: 0,
  invalidTarget: 1,
  missing: 2,
  offTrack: 3,
  atRisk: 4,
  unknown: 5,
  onTrack: 6,
  pass: 6,
};

function deviationOf(row: ReviewRow): number {
  const att = row.attainment;
  if (att === null || !Number.isFinite(att)) return 1;
  return Math.max(0, 1 - att);
}

/** Plain code-unit order: the same in every locale (localeCompare is not). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function rankOffTrack(rows: readonly ReviewRow[]): RankedRow[] {
  return rows
    .filter((row) => row.status !== "onTrack" && row.status !== "pass")
    .map((row) => ({ ...row, deviation: deviationOf(row) }))
    .sort(
      (a, b) =>
        Number(b.status === "fail") - Number(a.status === "fail") ||
        b.deviation - a.deviation ||
        SEVERITY[a.status] - SEVERITY[b.status] ||
        byText(a.person, b.person) ||
        byText(a.kpiId, b.kpiId),
    );
}
