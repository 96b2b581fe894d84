/**
 * Templates: region, roles, platforms, month and store stage → a preview of the KPI templates with
 * the weights of that month and stage (DESIGN §9: which weight profile applied and why, under each
 * role), and an insert of the same.
 */
import * as React from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { getKpi } from "../../core/catalog";
import { PLATFORM_NAMES, REGION_INFO } from "../../core/regions";
import { ROLE_INFO } from "../../core/roles";
import { periodTemplatesFor } from "../../core/templates";
import { REGIONS, ROLES, type Platform, type Region, type Role } from "../../core/types";
import { DEFAULT_STAGE, STAGES, periodMonth, type Stage } from "../../core/weightProfiles";
import { formatValue } from "../format";
import type { Pane } from "../pane";
import { loadPlanners } from "../build/loadPlanners";
import { currentMonth } from "../data/period";
import { DEFAULT_SETTINGS } from "../settings/settings";
import { profilesLine } from "../templates/profileText";
import { stageKey, templateTranslator } from "../templates/templateMessages";
import { BuildStatus, Notice, useBuild, useViewStyles } from "./common";

export default function TemplatesView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const { lang, t } = pane;
  const [region, setRegion] = React.useState<Region>("US");
  const [roles, setRoles] = React.useState<Role[]>(["ops"]);
  const [platforms, setPlatforms] = React.useState<readonly Platform[]>(REGION_INFO.US.platforms);
  const [month, setMonth] = React.useState(currentMonth);
  const [stage, setStage] = React.useState<Stage>(DEFAULT_STAGE);
  const [build, runBuild] = useBuild(pane);
  const ids = React.useId();
  const tt = React.useMemo(() => templateTranslator(lang), [lang]);

  // A month that is not YYYY-MM previews (and inserts) the plain weights, and says why.
  const period = periodMonth(month.trim()) === undefined ? undefined : month.trim();
  const templates = React.useMemo(
    () => periodTemplatesFor(region, roles, { platforms, period, stage }),
    [region, roles, platforms, period, stage],
  );
  const currency = REGION_INFO[region].currency;

  const toggle = <T,>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] =>
    order.filter((x) => (x === item ? on : list.includes(x)));

  const insert = () =>
    runBuild(async () => {
      if (roles.length === 0) return t("pickRole");
      const { templateBuild } = await loadPlanners();
      return templateBuild(region, roles, lang, pane.settings ?? DEFAULT_SETTINGS, platforms, { period, stage });
    });

  return (
    <section className={styles.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{t("templatesIntro")}</Body1>
      <Field label={t("region")}>
        <Select
          value={region}
          onChange={(_, data) => {
            const next = data.value as Region;
            setRegion(next);
            setPlatforms(REGION_INFO[next].platforms);
          }}
        >
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {`${r} — ${REGION_INFO[r].name[lang]}`}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("roles")}</legend>
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            label={ROLE_INFO[role].name[lang]}
            checked={roles.includes(role)}
            onChange={(_, data) => setRoles((list) => toggle(list, role, data.checked === true, ROLES))}
          />
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("platforms")}</legend>
        {REGION_INFO[region].platforms.map((p) => (
          <Checkbox
            key={p}
            label={PLATFORM_NAMES[p][lang]}
            checked={platforms.includes(p)}
            onChange={(_, data) =>
              setPlatforms((list) => toggle(list, p, data.checked === true, REGION_INFO[region].platforms))
            }
          />
        ))}
      </fieldset>
      <Caption1 className={styles.muted}>{t("platformsNote")}</Caption1>
      <Field
        label={tt("month")}
        hint={period === undefined ? undefined : tt("monthHint")}
        validationState={period === undefined ? "error" : "none"}
        validationMessage={period === undefined ? tt("monthInvalid") : undefined}
      >
        <Input value={month} onChange={(_, d) => setMonth(d.value)} placeholder="2026-11" />
      </Field>
      <Field label={tt("stage")}>
        <Select value={stage} onChange={(_, d) => setStage(d.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {tt(stageKey(s))}
            </option>
          ))}
        </Select>
      </Field>

      <h2 className={styles.heading}>{t("preview")}</h2>
      {roles.length === 0 ? <Notice kind="info">{t("pickRole")}</Notice> : null}
      {templates.map((tpl) => (
        <table key={tpl.role} className={styles.table}>
          <caption className={styles.caption}>{ROLE_INFO[tpl.role].name[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colKpi")}</th>
              <th scope="col" className={styles.num}>
                {t("colWeight")}
              </th>
              <th scope="col" className={styles.num}>
                {t("colTarget")}
              </th>
            </tr>
          </thead>
          <tbody>
            {tpl.lines.map((line) => {
              const kpi = getKpi(line.kpiId);
              return (
                <tr key={line.kpiId}>
                  <td>{kpi?.name[lang] ?? line.kpiId}</td>
                  <td className={styles.num}>{line.gate ? t("gate") : `${line.weight}%`}</td>
                  <td className={styles.num}>
                    {kpi ? formatValue(line.target, kpi.unit, lang, currency) : line.target}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3} className={styles.muted}>
                {profilesLine(tpl.applied, period, lang, tt)}
              </td>
            </tr>
          </tfoot>
        </table>
      ))}

      <Button appearance="primary" disabled={build.running || roles.length === 0} onClick={insert}>
        {t("insertTemplate")}
      </Button>
      <BuildStatus pane={pane} state={build} />
    </section>
  );
}
