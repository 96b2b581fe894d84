/** Review: read a scorecard back and list the KPIs that need attention, worst deviation first. */
import * as React from "react";
import { Body1, Button } from "@fluentui/react-components";
import { TABLES } from "../../plan/scorecardPlan";
import { formatPercent } from "../format";
import type { MessageKey } from "../messages";
import { hostErrorText, type Pane } from "../pane";
import { rankOffTrack, type RankedRow, type ReviewStatus } from "../review/rankOffTrack";
import { parseScorecardGrid } from "../review/scorecardRows";
import { Notice, useViewStyles, type NoticeKind } from "./common";

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
  const ids = React.useId();
  const [ranked, setRanked] = React.useState<RankedRow[]>();
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const [reading, setReading] = React.useState(false);

  const read = async () => {
    const table = pane.lastBuild?.identifiers[TABLES.scorecard] ?? TABLES.scorecard;
    setReading(true);
    const result = await pane.host.readScorecard(table);
    setReading(false);
    if (!result.ok) {
      setRanked(undefined);
      setNotice({ kind: "error", text: hostErrorText(t, result, t("noScorecard", { table })) });
      return;
    }
    const parsed = parseScorecardGrid(result.value);
    if (!parsed.ok) {
      setRanked(undefined);
      setNotice({ kind: "error", text: t("scorecardUnreadable") });
      return;
    }
    const rows = rankOffTrack(parsed.rows);
    setRanked(rows);
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
        <Button appearance="primary" onClick={read} disabled={reading}>
          {t("readScorecard")}
        </Button>
      </div>
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
    </section>
  );
}
