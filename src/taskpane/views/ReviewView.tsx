/**
 * Review: read a scorecard back and list the KPIs that need attention, worst deviation first; then,
 * from tblHistory, each KPI's change since the latest closed period before the workbook's and each
 * person's score trend (DESIGN §9: the same change and trend as the Review sheet). After a close the
 * view reads everything again, comparing with the period before the one just closed.
 */
import { closeTranslator, type CloseKey } from "../review/closeMessages";
import * as React from "react";
import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { HISTORY_TABLE } from "../../plan/historyPlan";
import { TABLES } from "../../plan/scorecardPlan";
import { formatChange, formatPercent } from "../format";
import type { MessageKey, Translate } from "../messages";
import { hostErrorText, type Pane } from "../pane";
import {
  changeRows,
  comparePeriodBefore,
  orderedPeriods,
  parseHistoryGrid,
  parseSummaryScores,
  scoreTrends,
  type ChangeRow,
  type PersonTrend,
} from "../review/historyTrend";
import { rankOffTrack, type RankedRow, type ReviewRow, type ReviewStatus } from "../review/rankOffTrack";
import { parseScorecardGrid } from "../review/scorecardRows";
import { Notice, useViewStyles, type NoticeKind } from "./common";
import type { Lang } from "../../core/types";

const useReviewStyles = makeStyles({
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  spark: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: "1px", whiteSpace: "nowrap" },
});

/** What the history gave: change and trend, or a sentence saying why there is none. */
type HistoryView = { period: string; changes: ChangeRow[]; trends: PersonTrend[] } | { note: string };

const STATUS_KEYS: Readonly<Record<ReviewStatus, MessageKey>> = {
  onTrack: "statusOnTrack",
  atRisk: "statusAtRisk",
  offTrack: "statusOffTrack",
  missing: "statusMissing",
  pass: "statusPass",
  fail: "statusFail",
  invalidTarget: "statusInvalidTarget",
  unknown: "statusUnknown",
};

export default function ReviewView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const { lang, t } = pane;
  const ct = closeTranslator(lang);
  const ids = React.useId();
  const [ranked, setRanked] = React.useState<RankedRow[]>();
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const [reading, setReading] = React.useState(false);
  const [history, setHistory] = React.useState<HistoryView>();
  const [confirming, setConfirming] = React.useState(false);
  const [closing, setClosing] = React.useState(false);
  const [closeNotice, setCloseNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  // The Settings sheet's period (read with the scorecard, or told by a close): the history may hold
  // it once the period is closed, and the review then compares with the period before it.
  const [workbookPeriod, setWorkbookPeriod] = React.useState<string>();

  // Close the period (DESIGN §9): only after the user confirmed what it writes and clears.
  const close = async () => {
    setConfirming(false);
    setClosing(true);
    const result = await pane.host.closePeriod(pane.lastBuild?.identifiers, pane.lastBuild?.sheetNames.settings);
    setClosing(false);
    if (!result.ok) {
      setCloseNotice({ kind: "error", text: hostErrorText(t, result) });
      return;
    }
    const outcome = result.value;
    if (outcome.closed || outcome.reason === "alreadyClosed") setWorkbookPeriod(outcome.period);
    if (outcome.closed) {
      setCloseNotice({
        kind: "success",
        text: ct("periodClosed", { period: outcome.period, appended: outcome.appended, cleared: outcome.cleared }),
      });
      // what the view shows changed: the history grew and the typed actuals were cleared
      if (ranked !== undefined || history !== undefined) await read(outcome.period);
      return;
    }
    const key: Readonly<Record<typeof outcome.reason, CloseKey>> = {
      noPeriod: "noPeriodSetting",
      alreadyClosed: "periodAlreadyClosed",
      laterClosed: "periodLaterClosed",
    };
    setCloseNotice({ kind: "warning", text: ct(key[outcome.reason], { period: outcome.period ?? "" }) });
    // the history already holds the workbook's period: compare with the one before it
    if (outcome.reason === "alreadyClosed" && (ranked !== undefined || history !== undefined))
      await read(outcome.period);
  };

  const read = async (period = workbookPeriod) => {
    const table = pane.lastBuild?.identifiers[TABLES.scorecard] ?? TABLES.scorecard;
    setReading(true);
    const result = await pane.host.readScorecard(table);
    setReading(false);
    if (!result.ok) {
      setRanked(undefined);
      setHistory(undefined);
      setNotice({ kind: "error", text: hostErrorText(t, result, t("noScorecard", { table })) });
      return;
    }
    const parsed = parseScorecardGrid(result.value);
    if (!parsed.ok) {
      setRanked(undefined);
      setHistory(undefined);
      setNotice({ kind: "error", text: t("scorecardUnreadable") });
      return;
    }
    const rows = rankOffTrack(parsed.rows);
    setRanked(rows);
    let compareBefore = period;
    if (compareBefore === undefined) {
      // a period closed in an earlier session is in the history too: compare with the one before it
      const own = await pane.host.readPeriod(pane.lastBuild?.sheetNames.settings);
      if (own.ok && own.value !== "") {
        compareBefore = own.value;
        setWorkbookPeriod(own.value);
      }
    }
    setHistory(await readHistory(pane, parsed.rows, compareBefore));
    setNotice(
      rows.length === 0
        ? { kind: "success", text: t("allOnTrack") }
        : { kind: "warning", text: t("offTrackCount", { count: rows.length, total: parsed.rows.length }) },
    );
  };

  return (
    <section className={styles.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{t("reviewIntro")}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void read()} disabled={reading}>
          {t("readScorecard")}
        </Button>
        {pane.host.kind === "office" ? (
          <Button
            onClick={() => {
              setCloseNotice(undefined);
              setConfirming(true);
            }}
            disabled={closing || confirming}
          >
            {ct("closePeriod")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div className={styles.view} role="group" aria-label={ct("closePeriod")}>
          <Body1>{ct("closeConfirm")}</Body1>
          <div className={styles.row}>
            <Button appearance="primary" onClick={close}>
              {ct("closeConfirmButton")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{ct("cancel")}</Button>
          </div>
        </div>
      ) : null}
      {closeNotice ? <Notice kind={closeNotice.kind}>{closeNotice.text}</Notice> : null}
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
      {ranked && ranked.length > 0 ? (
        <table className={styles.table} aria-label={t("tabReview")}>
          <thead>
            <tr>
              <th scope="col">{t("colPerson")}</th>
              <th scope="col">{t("colKpi")}</th>
              <th scope="col" className={styles.num}>
                {t("colAttainment")}
              </th>
              <th scope="col">{t("colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((row) => (
              <tr key={`${row.person}\u0000${row.kpiId}`}>
                <td>{row.person}</td>
                <td title={row.kpiId}>{row.kpi || row.kpiId}</td>
                <td className={styles.num}>{row.attainment === null ? "—" : formatPercent(row.attainment, lang)}</td>
                <td>{t(STATUS_KEYS[row.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {history ? <HistorySection history={history} lang={lang} t={t} /> : null}
    </section>
  );
}

/**
 * tblHistory (and tblSummary for this period's scores), as the last build named them, compared with
 * the latest period before the workbook's (the latest, while the workbook's is not known).
 */
async function readHistory(
  pane: Pane,
  current: readonly ReviewRow[],
  workbookPeriod: string | undefined,
): Promise<HistoryView> {
  const { t } = pane;
  const ids = pane.lastBuild?.identifiers ?? {};
  const table = ids[HISTORY_TABLE] ?? HISTORY_TABLE;
  const read = await pane.host.readScorecard(table);
  if (!read.ok) return { note: read.code === "notFound" ? t("noHistory", { table }) : hostErrorText(t, read) };
  const parsed = parseHistoryGrid(read.value);
  if (!parsed.ok) return { note: t("historyUnreadable") };
  const periods = orderedPeriods(parsed.rows);
  if (periods.length === 0) return { note: t("noHistory", { table }) };
  const period = comparePeriodBefore(periods, workbookPeriod);
  if (period === undefined)
    return { note: closeTranslator(pane.lang)("noEarlierPeriod", { period: workbookPeriod ?? "" }) };
  // Without a summary the trend still shows the closed periods.
  const summary = await pane.host.readScorecard(ids[TABLES.summary] ?? TABLES.summary);
  const scores = (summary.ok ? parseSummaryScores(summary.value) : undefined) ?? [];
  const people = current.map((r) => r.person);
  return {
    period,
    changes: changeRows(current, parsed.rows, period),
    trends: scoreTrends(parsed.rows, scores, people, workbookPeriod),
  };
}

function HistorySection({ history, lang, t }: { history: HistoryView; lang: Lang; t: Translate }): React.JSX.Element {
  const styles = useViewStyles();
  const own = useReviewStyles();
  if ("note" in history) return <Body1>{history.note}</Body1>;
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, lang));
  const title = t("historyTitle", { period: history.period });
  return (
    <>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <table className={styles.table} aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t("colPerson")}</th>
            <th scope="col">{t("colKpi")}</th>
            <th scope="col" className={styles.num}>
              {t("colAttainment")}
            </th>
            <th scope="col" className={styles.num}>
              {t("colPrevious")}
            </th>
            <th scope="col" className={styles.num}>
              {t("colChange")}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.changes.map((row) => (
            <tr key={`${row.person}\u0000${row.kpiId}`}>
              <td>{row.person}</td>
              <td title={row.kpiId}>{row.kpi || row.kpiId}</td>
              <td className={styles.num}>{pct(row.attainment)}</td>
              <td className={styles.num}>{pct(row.previous)}</td>
              <td
                className={`${styles.num} ${row.change === null ? "" : row.change > 0 ? own.up : row.change < 0 ? own.down : ""}`}
              >
                {row.change === null ? "—" : formatChange(row.change, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Subtitle2 as="h3">{t("trendTitle")}</Subtitle2>
      <table className={styles.table} aria-label={t("trendTitle")}>
        <thead>
          <tr>
            <th scope="col">{t("colPerson")}</th>
            <th scope="col">{t("colTrend")}</th>
            <th scope="col">{t("trendTitle")}</th>
          </tr>
        </thead>
        <tbody>
          {history.trends.map((trend) => (
            <tr key={trend.person}>
              <td>{trend.person}</td>
              <td className={own.spark} aria-hidden="true">
                {trend.spark}
              </td>
              <td>
                {trend.points.map((p) => `${p.period ?? t("trendNow")} ${formatPercent(p.score, lang)}`).join(" → ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
