/**
 * Default periods of the pane's views. The Scorecard and Templates views start at this month. The
 * period the Data view imports for is the month under review. That is the workbook's period (the
 * Settings sheet's, the one the scorecard was built for) when it has one; otherwise the calendar month
 * before today's, because a month's reports are downloaded once it is over (in December, November's;
 * in January, the December of the year before).
 */
const PERIOD = /^\d{4}-(?:0[1-9]|1[0-2]|Q[1-4])$/;

/** A period the team config takes: YYYY-MM (01–12) or YYYY-Qn. */
export const isPeriod = (text: string): boolean => PERIOD.test(text.trim());

/** `now`'s calendar month as YYYY-MM (local time): the Scorecard and Templates views' default. */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The calendar month before `now`'s, as YYYY-MM (local time, as the person's calendar shows it). */
export function previousMonth(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = now.getMonth(); // 0-based: this month's index is the previous month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, "0")}`;
}

/** The workbook's period when it is one, else the previous month. */
export function defaultPeriod(workbookPeriod: string | undefined, now: Date = new Date()): string {
  const p = workbookPeriod?.trim() ?? "";
  return isPeriod(p) ? p : previousMonth(now);
}
