/**
 * Settings: data definitions (tax-inclusive, IVA rate, refunds deducted, attribution window,
 * currency) and scoring rules (cap, gate-fail payout, tiers). Save keeps them for the next build and
 * writes them into the workbook's Settings sheet.
 */
import * as React from "react";
import { Body1, Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import type { Currency } from "../../core/types";
import type { MessageKey } from "../messages";
import { hostErrorText, type Pane } from "../pane";
import {
  DEFAULT_SETTINGS,
  parseSettingsForm,
  settingsToForm,
  toWorkbookSettings,
  type Choice,
  type SettingsField,
  type SettingsForm,
  type SettingsProblem,
} from "../settings/settings";
import { Notice, useViewStyles, type NoticeKind } from "./common";

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  ivaRate: "ivaRate",
  attributionDays: "attributionDays",
  cap: "cap",
  gateFailPayout: "gateFailPayout",
  tierMin: "tierMin",
  tierPayout: "tierPayout",
};

export default function SettingsView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const { t } = pane;
  const ids = React.useId();
  const [form, setForm] = React.useState<SettingsForm>(() => settingsToForm(pane.settings ?? DEFAULT_SETTINGS));
  const [problems, setProblems] = React.useState<SettingsProblem[]>([]);
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const [saving, setSaving] = React.useState(false);
  const sectionRef = React.useRef<HTMLElement>(null);

  // Keyboard users land on the first field to fix.
  React.useEffect(() => {
    if (problems.length > 0) sectionRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setTier = (i: number, key: "min" | "payout", value: string) =>
    setForm((f) => ({ ...f, tiers: f.tiers.map((tier, j) => (j === i ? { ...tier, [key]: value } : tier)) }));

  const problemText = (problem: SettingsProblem): string => {
    if (!("field" in problem)) return t(problem.kind);
    const [base, index] = problem.field.split(".");
    const label = t(FIELD_LABELS[base]);
    return t("notANumber", { field: index === undefined ? label : `${label} ${Number(index) + 1}` });
  };
  const fieldProblem = (field: SettingsField): string | undefined => {
    const problem = problems.find((p) => "field" in p && p.field === field);
    return problem ? problemText(problem) : undefined;
  };
  const state = (field: SettingsField) => (fieldProblem(field) ? "error" : "none");

  const save = async () => {
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      // A field's own problem shows (and is announced) on the field; the rest goes in the notice.
      const general = parsed.problems.find((p) => !("field" in p));
      setNotice(general ? { kind: "error", text: problemText(general) } : undefined);
      return;
    }
    setProblems([]);
    pane.setSettings(parsed.settings);
    setSaving(true);
    const names = pane.lastBuild?.identifiers ?? {};
    const result = await pane.host.writeSettings(toWorkbookSettings(parsed.settings), names, pane.lang);
    setSaving(false);
    if (result.ok)
      setNotice({ kind: "success", text: t(pane.host.kind === "office" ? "savedOffice" : "savedBrowser") });
    else if (result.code === "notFound")
      setNotice({ kind: "warning", text: `${t("noSettingsSheet")} ${t("savedBrowser")}` });
    else setNotice({ kind: "error", text: hostErrorText(t, result) });
  };

  return (
    <section ref={sectionRef} className={styles.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{t("settingsIntro")}</Body1>
      <h2 className={styles.heading}>{t("dataDefinitions")}</h2>
      <Field label={t("taxInclusive")}>
        <Select value={form.taxInclusive} onChange={(_, d) => set("taxInclusive", d.value as Choice<"yes" | "no">)}>
          <option value="auto">{t("byRegion")}</option>
          <option value="yes">{t("yes")}</option>
          <option value="no">{t("no")}</option>
        </Select>
      </Field>
      <Field label={t("ivaRate")} validationState={state("ivaRate")} validationMessage={fieldProblem("ivaRate")}>
        <Input inputMode="decimal" value={form.ivaRate} onChange={(_, d) => set("ivaRate", d.value)} />
      </Field>
      <Checkbox
        label={t("refundsDeducted")}
        checked={form.refundsDeducted}
        onChange={(_, d) => set("refundsDeducted", d.checked === true)}
      />
      <Field
        label={t("attributionDays")}
        validationState={state("attributionDays")}
        validationMessage={fieldProblem("attributionDays")}
      >
        <Input inputMode="numeric" value={form.attributionDays} onChange={(_, d) => set("attributionDays", d.value)} />
      </Field>
      <Field label={t("currency")}>
        <Select value={form.currency} onChange={(_, d) => set("currency", d.value as Choice<Currency>)}>
          <option value="auto">{t("byRegion")}</option>
          <option value="USD">USD</option>
          <option value="MXN">MXN</option>
        </Select>
      </Field>

      <h2 className={styles.heading}>{t("scoringRules")}</h2>
      <Field
        label={t("cap")}
        hint={t("capHint")}
        validationState={state("cap")}
        validationMessage={fieldProblem("cap")}
      >
        <Input inputMode="decimal" value={form.cap} onChange={(_, d) => set("cap", d.value)} />
      </Field>
      <Field
        label={t("gateFailPayout")}
        validationState={state("gateFailPayout")}
        validationMessage={fieldProblem("gateFailPayout")}
      >
        <Input inputMode="decimal" value={form.gateFailPayout} onChange={(_, d) => set("gateFailPayout", d.value)} />
      </Field>

      <table className={`${styles.table} ${styles.inputTable}`}>
        <caption className={styles.caption}>{t("tiers")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tierMin")}</th>
            <th scope="col">{t("tierPayout")}</th>
            <th scope="col" className={styles.action} />
          </tr>
        </thead>
        <tbody>
          {form.tiers.map((tier, i) => (
            <tr key={i}>
              <td>
                <Field validationState={state(`tierMin.${i}`)} validationMessage={fieldProblem(`tierMin.${i}`)}>
                  <Input
                    size="small"
                    className={styles.fill}
                    inputMode="decimal"
                    aria-label={`${t("tierMin")} ${i + 1}`}
                    value={tier.min}
                    onChange={(_, d) => setTier(i, "min", d.value)}
                  />
                </Field>
              </td>
              <td>
                <Field validationState={state(`tierPayout.${i}`)} validationMessage={fieldProblem(`tierPayout.${i}`)}>
                  <Input
                    size="small"
                    className={styles.fill}
                    inputMode="decimal"
                    aria-label={`${t("tierPayout")} ${i + 1}`}
                    value={tier.payout}
                    onChange={(_, d) => setTier(i, "payout", d.value)}
                  />
                </Field>
              </td>
              <td>
                <Button
                  size="small"
                  appearance="subtle"
                  className={styles.remove}
                  aria-label={t("removeTier", { row: i + 1 })}
                  onClick={() =>
                    set(
                      "tiers",
                      form.tiers.filter((_, j) => j !== i),
                    )
                  }
                >
                  ×
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.row}>
        <Button
          onClick={() => {
            const last = form.tiers[form.tiers.length - 1];
            set("tiers", [
              ...form.tiers,
              { min: last ? String(Number(last.min) + 10) : "100", payout: last?.payout ?? "100" },
            ]);
          }}
        >
          {t("addTier")}
        </Button>
        <Button appearance="primary" onClick={save} disabled={saving}>
          {t("saveSettings")}
        </Button>
      </div>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
    </section>
  );
}
