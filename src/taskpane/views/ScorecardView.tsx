/**
 * Scorecard: the team (typed here, or read from the workbook's people table or the selection),
 * title and period → the scorecard workbook, with a progress bar and a way to its Summary sheet.
 */
import * as React from "react";
import { Body1, Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import { REGION_INFO } from "../../core/regions";
import { ROLE_INFO } from "../../core/roles";
import { REGIONS, ROLES, type Lang, type Region, type Role } from "../../core/types";
import { DEFAULT_STAGE, type Stage } from "../../core/weightProfiles";
import { TABLES } from "../../plan/scorecardPlan";
import { loadPlanners } from "../build/loadPlanners";
import type { HostResult } from "../hosts/WorkbookHost";
import { hostErrorText, type Pane } from "../pane";
import { scorecardTranslator } from "../scorecard/scorecardMessages";
import { parseAmount, parseTeamGrid, type PersonRow, type RowProblem } from "../scorecard/teamRows";
import { stageKey, templateTranslator } from "../templates/templateMessages";
import { currentMonth } from "../data/period";
import { DEFAULT_SETTINGS } from "../settings/settings";
import type { Translate } from "../messages";
import { BuildStatus, Notice, useBuild, useViewStyles, type NoticeKind } from "./common";

interface Row {
  key: number;
  name: string;
  region: Region;
  role: Role;
  baseBonus: string;
  /** from a people table's Store stage column; the grid does not edit it */
  stage: Stage;
}

function problemText(t: Translate, p: RowProblem, lang: Lang): string {
  if (p.kind === "rowBadStage") return scorecardTranslator(lang)("rowBadStage", { row: p.row, value: p.value });
  return "value" in p ? t(p.kind, { row: p.row, value: p.value }) : t(p.kind, { row: p.row });
}

let nextKey = 1;
const emptyRow = (): Row => ({
  key: nextKey++,
  name: "",
  region: "US",
  role: "ops",
  baseBonus: "",
  stage: DEFAULT_STAGE,
});

export default function ScorecardView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const { lang, t, host } = pane;
  const ids = React.useId();
  const [title, setTitle] = React.useState(() => t("scorecardTitleDefault"));
  const [period, setPeriod] = React.useState(currentMonth);
  const [rows, setRows] = React.useState<Row[]>(() => [emptyRow()]);
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const [build, runBuild] = useBuild(pane);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const applyGrid = (result: HostResult<unknown[][]>, notFound: string) => {
    if (!result.ok) {
      setNotice({ kind: "error", text: hostErrorText(t, result, notFound) });
      return;
    }
    const parsed = parseTeamGrid(result.value);
    if (!parsed.ok) {
      setNotice({ kind: "error", text: t("missingHeaders") });
      return;
    }
    if (parsed.people.length > 0) {
      setRows(
        parsed.people.map((p) => ({
          key: nextKey++,
          name: p.name,
          region: p.region,
          role: p.role,
          baseBonus: p.baseBonus === null ? "" : String(p.baseBonus),
          stage: p.stage ?? DEFAULT_STAGE,
        })),
      );
    }
    const read = t("readPeople", { count: parsed.people.length });
    setNotice(
      parsed.problems.length > 0
        ? {
            kind: "warning",
            text: `${read} ${t("readProblems", { count: parsed.problems.length, first: problemText(t, parsed.problems[0], lang) })}`,
          }
        : { kind: parsed.people.length > 0 ? "success" : "warning", text: read },
    );
  };

  const peopleTable = pane.lastBuild?.identifiers[TABLES.people] ?? TABLES.people;
  const staged = rows.filter((r) => r.name.trim() !== "" && r.stage !== DEFAULT_STAGE);

  const buildScorecard = () =>
    runBuild(async () => {
      const people: PersonRow[] = [];
      for (const [i, r] of rows.entries()) {
        if (r.name.trim() === "") continue;
        const bonus = parseAmount(r.baseBonus);
        if (bonus === undefined) return t("rowBadBonus", { row: i + 1, value: r.baseBonus });
        people.push({ name: r.name.trim(), region: r.region, role: r.role, baseBonus: bonus, stage: r.stage });
      }
      if (people.length === 0) return t("needPeople");
      const { teamBuild } = await loadPlanners();
      const name = title.trim() || t("scorecardTitleDefault");
      const built = teamBuild(name, period.trim() || currentMonth(), people, lang, pane.settings ?? DEFAULT_SETTINGS);
      return "problem" in built ? t("badTeam", { detail: built.problem }) : built;
    });

  return (
    <section className={styles.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{t("scorecardIntro")}</Body1>
      <div className={styles.row}>
        <Field label={t("scorecardTitle")}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("period")}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="2026-01" />
        </Field>
      </div>

      <h2 className={styles.heading} id={`${ids}-people`}>
        {t("people")}
      </h2>
      <div className={styles.row}>
        <Button
          onClick={async () => applyGrid(await host.readTeam(peopleTable), t("noPeopleTable", { table: peopleTable }))}
        >
          {t("fromTable")}
        </Button>
        {host.kind === "office" ? (
          <Button onClick={async () => applyGrid(await host.readSelection(), t("missingHeaders"))}>
            {t("fromSelection")}
          </Button>
        ) : null}
      </div>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
      <table className={`${styles.table} ${styles.inputTable}`} aria-labelledby={`${ids}-people`}>
        <thead>
          <tr>
            <th scope="col">{t("colPerson")}</th>
            <th scope="col" className={styles.narrow}>
              {t("region")}
            </th>
            <th scope="col" className={styles.wide}>
              {t("role")}
            </th>
            <th scope="col">{t("colBaseBonus")}</th>
            <th scope="col" className={styles.action} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <td>
                <Input
                  aria-label={t("personName", { row: i + 1 })}
                  value={r.name}
                  onChange={(_, d) => update(r.key, { name: d.value })}
                  size="small"
                  className={styles.fill}
                />
              </td>
              <td>
                <Select
                  aria-label={`${t("region")} ${i + 1}`}
                  value={r.region}
                  onChange={(_, d) => update(r.key, { region: d.value as Region })}
                  size="small"
                  className={styles.fill}
                >
                  {REGIONS.map((region) => (
                    <option key={region} value={region} title={REGION_INFO[region].name[lang]}>
                      {region}
                    </option>
                  ))}
                </Select>
              </td>
              <td>
                <Select
                  aria-label={`${t("role")} ${i + 1}`}
                  value={r.role}
                  onChange={(_, d) => update(r.key, { role: d.value as Role })}
                  size="small"
                  className={styles.fill}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_INFO[role].name[lang]}
                    </option>
                  ))}
                </Select>
              </td>
              <td>
                <Input
                  aria-label={`${t("colBaseBonus")} ${i + 1}`}
                  value={r.baseBonus}
                  inputMode="decimal"
                  onChange={(_, d) => update(r.key, { baseBonus: d.value })}
                  size="small"
                  className={styles.fill}
                />
              </td>
              <td>
                <Button
                  size="small"
                  appearance="subtle"
                  className={styles.remove}
                  aria-label={t("removePerson", { name: r.name || String(i + 1) })}
                  onClick={() =>
                    setRows((list) => (list.length > 1 ? list.filter((x) => x.key !== r.key) : [emptyRow()]))
                  }
                >
                  ×
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {staged.length > 0 ? (
        <Caption1 className={styles.muted}>
          {scorecardTranslator(lang)("stagesRead", {
            list: staged.map((r) => `${r.name} — ${templateTranslator(lang)(stageKey(r.stage))}`).join(", "),
          })}
        </Caption1>
      ) : null}
      <div className={styles.row}>
        <Button onClick={() => setRows((list) => [...list, emptyRow()])}>{t("addPerson")}</Button>
        <Button appearance="primary" disabled={build.running} onClick={buildScorecard}>
          {t("buildScorecard")}
        </Button>
      </div>
      <BuildStatus pane={pane} state={build} />
    </section>
  );
}
