/** Templates: region, roles and platforms → a preview of the KPI templates, and an insert. */
import * as React from "react";
import { Body1, Button, Caption1, Checkbox, Field, Select } from "@fluentui/react-components";
import { getKpi } from "../../core/catalog";
import { PLATFORM_NAMES, REGION_INFO } from "../../core/regions";
import { ROLE_INFO } from "../../core/roles";
import { templatesFor } from "../../core/templates";
import { REGIONS, ROLES, type Platform, type Region, type Role } from "../../core/types";
import { formatValue } from "../format";
import type { Pane } from "../pane";
import { loadPlanners } from "../build/loadPlanners";
import { DEFAULT_SETTINGS } from "../settings/settings";
import { BuildStatus, Notice, useBuild, useViewStyles } from "./common";

export default function TemplatesView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const { lang, t } = pane;
  const [region, setRegion] = React.useState<Region>("US");
  const [roles, setRoles] = React.useState<Role[]>(["ops"]);
  const [platforms, setPlatforms] = React.useState<readonly Platform[]>(REGION_INFO.US.platforms);
  const [build, runBuild] = useBuild(pane);
  const ids = React.useId();

  const templates = React.useMemo(() => templatesFor(region, roles, platforms), [region, roles, platforms]);
  const currency = REGION_INFO[region].currency;

  const toggle = <T,>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] =>
    order.filter((x) => (x === item ? on : list.includes(x)));

  const insert = () =>
    runBuild(async () => {
      if (roles.length === 0) return t("pickRole");
      const { templateBuild } = await loadPlanners();
      return templateBuild(region, roles, lang, pane.settings ?? DEFAULT_SETTINGS, platforms);
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
        </table>
      ))}

      <Button appearance="primary" disabled={build.running || roles.length === 0} onClick={insert}>
        {t("insertTemplate")}
      </Button>
      <BuildStatus pane={pane} state={build} />
    </section>
  );
}
