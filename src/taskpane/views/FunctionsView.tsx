/**
 * Functions: the KPI catalog, searchable, each KPI with its data definition (数据口径), formula and
 * source; a KPI opens to a formula builder that writes `=KPI.X(…)` into the active cell.
 */
import * as React from "react";
import { Body1, Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { KPI_CATALOG } from "../../core/catalog";
import type { KpiDef } from "../../core/catalog/kpiDef";
import { PLATFORM_NAMES } from "../../core/regions";
import type { Unit } from "../../core/types";
import { formulaChoices, formulaText, NAMESPACE, type FunctionMeta } from "../functions/formulaText";
import { searchKpis } from "../functions/searchKpis";
import type { MessageKey } from "../messages";
import { hostErrorText, type Pane } from "../pane";
import { Notice, useViewStyles, type NoticeKind } from "./common";

const UNIT_KEYS: Readonly<Record<Unit, MessageKey>> = {
  currency: "unitCurrency",
  percent: "unitPercent",
  ratio: "unitRatio",
  days: "unitDays",
  count: "unitCount",
  flag: "unitFlag",
  number: "unitNumber",
};

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", minHeight: "32px" },
  id: {
    color: tokens.colorNeutralForeground3,
    marginInlineStart: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
  },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dl: {
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { marginInlineStart: 0, marginBottom: tokens.spacingVerticalXS },
  },
  args: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalXS,
  },
});

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function KpiDetails({
  pane,
  kpi,
  functions,
}: {
  pane: Pane;
  kpi: KpiDef;
  functions: FunctionMeta[] | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { lang, t } = pane;
  const choices = React.useMemo(() => formulaChoices(kpi), [kpi]);
  const [fn, setFn] = React.useState(choices[0].fn);
  const choice = choices.find((c) => c.fn === fn) ?? choices[0];
  const [values, setValues] = React.useState<Record<string, string>>(() => ({ ...choice.prefill }));
  const [freeArgs, setFreeArgs] = React.useState("");
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const meta = functions?.find((f) => f.id === fn);

  const formula = meta
    ? formulaText(fn, meta.parameters, values)
    : { text: `=${NAMESPACE}.${fn}(${freeArgs.trim()})`, missing: [] };

  const insert = async () => {
    if (formula.missing.length > 0) {
      setNotice({ kind: "error", text: t("needArguments") });
      return;
    }
    const result = await pane.host.insertFormula(formula.text);
    setNotice(
      result.ok
        ? { kind: "success", text: t("inserted", { address: result.value }) }
        : { kind: "error", text: hostErrorText(t, result) },
    );
  };

  return (
    <div className={styles.details}>
      <dl className={styles.dl}>
        <dt>{t("definition")}</dt>
        <dd>{kpi.definition[lang]}</dd>
        <dt>{t("formula")}</dt>
        <dd>{kpi.formula}</dd>
        <dt>{t("unit")}</dt>
        <dd>
          {t(UNIT_KEYS[kpi.unit])} · {t("polarity")}:{" "}
          {t(kpi.polarity === "higher" ? "polarityHigher" : "polarityLower")}
          {kpi.gate ? ` · ${t("gate")}` : ""}
        </dd>
        <dt>{t("source")}</dt>
        {(kpi.thresholds ?? []).length === 0 ? <dd>{t("noSource")}</dd> : null}
        {(kpi.thresholds ?? []).map((th, i) => (
          <dd key={i}>
            {t("thresholdLine", {
              platform: PLATFORM_NAMES[th.platform][lang],
              comparator: th.comparator,
              value: th.value,
              window: th.window,
              source: th.source,
              checked: th.checked,
            })}{" "}
            <a href={th.url} target="_blank" rel="noreferrer">
              {hostOf(th.url)}
            </a>
          </dd>
        ))}
      </dl>
      <Field label={t("functionToInsert")}>
        <Select
          value={fn}
          onChange={(_, d) => {
            setFn(d.value);
            setValues({ ...(choices.find((c) => c.fn === d.value)?.prefill ?? {}) });
            setNotice(undefined);
          }}
        >
          {choices.map((c) => (
            <option key={c.fn} value={c.fn}>{`${NAMESPACE}.${c.fn}`}</option>
          ))}
        </Select>
      </Field>
      {meta?.description ? <Caption1>{meta.description}</Caption1> : null}
      {meta ? (
        <fieldset className={styles.args}>
          <legend className={view.legend}>{t("arguments")}</legend>
          {meta.parameters.map((p) => (
            <Field
              key={p.name}
              label={p.optional ? `${p.name} (${t("optional")})` : p.name}
              hint={p.description}
              required={!p.optional}
            >
              <Input
                value={values[p.name] ?? ""}
                onChange={(_, d) => setValues((v) => ({ ...v, [p.name]: d.value }))}
              />
            </Field>
          ))}
        </fieldset>
      ) : (
        <Field label={t("arguments")} hint={t("argumentsHint")}>
          <Input value={freeArgs} onChange={(_, d) => setFreeArgs(d.value)} />
        </Field>
      )}
      <div>
        <Caption1>{t("formulaPreview")}</Caption1>
        <div className={styles.code} aria-live="polite" data-testid="formula-preview">
          {formula.text}
        </div>
      </div>
      <Button appearance="primary" onClick={insert} disabled={formula.missing.length > 0}>
        {t("insertFormula")}
      </Button>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
    </div>
  );
}

export default function FunctionsView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { lang, t, loadFunctions } = pane;
  const ids = React.useId();
  const [query, setQuery] = React.useState("");
  const [open, setOpen] = React.useState<string>();
  const [functions, setFunctions] = React.useState<FunctionMeta[]>();

  React.useEffect(() => {
    let live = true;
    loadFunctions(lang).then(
      (list) => live && setFunctions(list),
      () => live && setFunctions([]),
    );
    return () => {
      live = false;
    };
  }, [loadFunctions, lang]);

  const hits = React.useMemo(() => searchKpis(KPI_CATALOG, query, lang), [query, lang]);

  return (
    <section className={view.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{t("functionsIntro")}</Body1>
      <Field label={t("search")}>
        <Input
          type="search"
          value={query}
          placeholder={t("searchPlaceholder")}
          onChange={(_, d) => setQuery(d.value)}
        />
      </Field>
      <Caption1 role="status">
        {hits.length === 0 ? t("noResults", { query }) : t("resultCount", { count: hits.length })}
      </Caption1>
      <ul className={styles.list} aria-label={t("tabFunctions")}>
        {hits.map((kpi) => {
          const expanded = open === kpi.id;
          return (
            <li key={kpi.id}>
              <Button
                appearance={expanded ? "secondary" : "subtle"}
                className={styles.item}
                aria-expanded={expanded}
                aria-controls={expanded ? `${ids}-${kpi.id}` : undefined}
                onClick={() => setOpen(expanded ? undefined : kpi.id)}
              >
                <span>{kpi.name[lang]}</span>
                <span className={styles.id}>{kpi.fn ? `${NAMESPACE}.${kpi.fn}` : kpi.id}</span>
              </Button>
              {expanded ? (
                <div id={`${ids}-${kpi.id}`}>
                  <KpiDetails pane={pane} kpi={kpi} functions={functions} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
