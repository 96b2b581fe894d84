/**
 * Files that repeat each other (DESIGN §8, "nothing lost", nothing counted twice unseen): the same
 * ads report exported twice, a keyword report beside the campaign report of the same campaigns, two
 * business reports over the same days. Totals add every file, so rows two files share are counted
 * twice. Not deduplicated (two rows alike may both be real, in one file or two): each later file that
 * repeats an earlier one of the same kind gets an `overlaps` notice naming it, with how many of its
 * rows of the period repeat and the first such row, on the Imports sheet, the Data view and stderr.
 *
 * A row's key: its marketplace (the row's, else the file's), date, campaign, SKUs and order id.
 * Rows outside the period are not counted by the actuals, so they do not count here either.
 */
import { importNoticeText } from "../i18n/importWarnings";
import { periodMonths } from "./actuals";
import type { ImportNotice, ParsedReport, ReportRecord } from "./types";

function keyOf(report: ParsedReport, r: ReportRecord): string {
  return [
    r.marketplace ?? report.marketplace ?? "",
    r.date ?? "",
    r.campaign ?? "",
    r.skus.join(","),
    r.distinct?.orders ?? "",
  ].join("\u001f");
}

function exampleOf(r: ReportRecord): string {
  return [r.date, r.campaign, r.skus.join(", "), r.distinct?.orders]
    .filter((x) => x !== undefined && x !== "")
    .join(" ");
}

/** Per report (same order), the `overlaps` notices it gets: one per earlier file of its kind it repeats. */
export function overlapNotices(reports: readonly ParsedReport[], period: string): ImportNotice[][] {
  const months = new Set(periodMonths(period));
  const inPeriod = (r: ReportRecord) => r.date === undefined || months.has(r.date.slice(0, 7));
  const keys = reports.map((report) => {
    const own = new Set<string>();
    for (const r of report.records) if (inPeriod(r)) own.add(keyOf(report, r));
    return own;
  });
  return reports.map((report, i) => {
    const out: ImportNotice[] = [];
    for (let j = 0; j < i; j++) {
      const earlier = keys[j];
      if (reports[j].kind !== report.kind || earlier.size === 0) continue;
      let count = 0;
      let first: ReportRecord | undefined;
      for (const r of report.records) {
        if (!inPeriod(r) || !earlier.has(keyOf(report, r))) continue;
        count++;
        first ??= r;
      }
      if (first !== undefined) out.push({ code: "overlaps", other: reports[j].file, count, example: exampleOf(first) });
    }
    return out;
  });
}

/** The reports with their `overlaps` notices (and English warning lines) added; the others as they were. */
export function withOverlaps(reports: readonly ParsedReport[], period: string): ParsedReport[] {
  const notices = overlapNotices(reports, period);
  return reports.map((report, i) =>
    notices[i].length === 0
      ? report
      : {
          ...report,
          notices: [...report.notices, ...notices[i]],
          warnings: [...report.warnings, ...notices[i].map((n) => importNoticeText(n, "en-US"))],
        },
  );
}
