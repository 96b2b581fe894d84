/** Small pieces the views share: a notice line, the build runner with its progress bar. */
import * as React from "react";
import { Button, ProgressBar, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPlan } from "../../plan/types";
import type { BuildOutcome } from "../hosts/WorkbookHost";
import { hostErrorText, type Pane } from "../pane";

export type NoticeKind = "success" | "error" | "warning" | "info";

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    overflowWrap: "anywhere",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftColor: tokens.colorPaletteGreenBorderActive,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorderActive,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A message after an action: errors interrupt (role alert), the rest is announced politely. */
export function Notice({ kind, children }: { kind: NoticeKind; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`${styles.notice} ${styles[kind]}`}>
      {children}
    </div>
  );
}

export interface BuildState {
  running: boolean;
  progress?: { done: number; total: number; label: string };
  outcome?: BuildOutcome;
  /** the plan key of the sheet to offer once built */
  focus?: string;
  error?: string;
}

/** A plan to build and the sheet to offer afterwards, or a message saying why there is none. */
export type PlanRequest = () => Promise<{ plan: WorkbookPlan; focus: string } | string>;

/** Runs a plan through the host, tracking progress; the last build goes into the pane's state. */
export function useBuild(pane: Pane): [BuildState, (request: PlanRequest) => Promise<void>] {
  const [state, setState] = React.useState<BuildState>({ running: false });
  const run = React.useCallback(
    async (request: PlanRequest) => {
      setState({ running: true });
      let planned: Awaited<ReturnType<PlanRequest>>;
      try {
        planned = await request();
      } catch (error) {
        setState({
          running: false,
          error: pane.t("failed", { detail: error instanceof Error ? error.message : String(error) }),
        });
        return;
      }
      if (typeof planned === "string") {
        setState({ running: false, error: planned });
        return;
      }
      const { plan, focus } = planned;
      setState({ running: true, progress: { done: 0, total: plan.sheets.length, label: plan.title } });
      const result = await pane.host.buildPlan(plan, (done, total, label) =>
        setState((s) => ({ ...s, progress: { done, total, label } })),
      );
      if (result.ok) {
        pane.setLastBuild(result.value);
        setState({ running: false, outcome: result.value, focus });
      } else {
        setState({ running: false, error: hostErrorText(pane.t, result) });
      }
    },
    [pane],
  );
  return [state, run];
}

/** Progress while building; then what was built, with a way to the sheet inside Excel. */
export function BuildStatus({ pane, state }: { pane: Pane; state: BuildState }): React.JSX.Element | null {
  const styles = useStyles();
  const { t } = pane;
  const [activateError, setActivateError] = React.useState<string>();
  const { progress, outcome } = state;
  const sheet = state.focus === undefined ? undefined : outcome?.sheetNames[state.focus];
  return (
    <div className={styles.stack}>
      {state.running && progress ? (
        <Field label={t("progress")} validationState="none" validationMessage={t("progressStep", progress)}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      ) : null}
      {state.error ? <Notice kind="error">{state.error}</Notice> : null}
      {outcome ? (
        <Notice kind="success">
          {outcome.fileName
            ? t("builtBrowser", { file: outcome.fileName })
            : t("builtOffice", { count: Object.keys(outcome.sheetNames).length })}
          {outcome.warnings.length > 0 ? ` ${t("warnings")}: ${outcome.warnings.join(" ")}` : null}
        </Notice>
      ) : null}
      {outcome && sheet && pane.host.kind === "office" ? (
        <Button
          appearance="secondary"
          onClick={async () => {
            const result = await pane.host.activateSheet(sheet);
            setActivateError(result.ok ? undefined : hostErrorText(t, result));
          }}
        >
          {t("openSummary", { sheet })}
        </Button>
      ) : null}
      {activateError ? <Notice kind="error">{activateError}</Notice> : null}
    </div>
  );
}

export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
  },
  /** a table of inputs: fixed columns so it never grows wider than the pane */
  inputTable: { tableLayout: "fixed" },
  /** an Input or Select filling its table cell */
  fill: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  narrow: { width: "4.5em" },
  wide: { width: "34%" },
  action: { width: "2.5em" },
  /** the × of a table row */
  remove: { minWidth: "auto", paddingInline: tokens.spacingHorizontalXS },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
