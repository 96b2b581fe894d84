/**
 * A recording WorkbookHost for the view tests: every call is kept with its arguments, and each
 * method answers what the test seeded (a successful default otherwise).
 */
import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core/types";
import type { FunctionMeta } from "../../src/taskpane/functions/formulaText";
import type { BuildOutcome, HostResult, WorkbookHost } from "../../src/taskpane/hosts/WorkbookHost";
import { translator } from "../../src/taskpane/messages";
import type { Pane } from "../../src/taskpane/pane";
import type { PaneSettings } from "../../src/taskpane/settings/settings";
import type { WorkbookPlan } from "../../src/plan/types";

export interface Call {
  method: keyof Omit<WorkbookHost, "kind">;
  args: unknown[];
}

export type Answers = {
  [K in keyof Omit<WorkbookHost, "kind">]?: (...args: Parameters<WorkbookHost[K]>) => ReturnType<WorkbookHost[K]>;
};

export interface FakeHost extends WorkbookHost {
  calls: Call[];
  callsOf(method: Call["method"]): unknown[][];
}

export const OUTCOME: BuildOutcome = {
  sheetNames: { summary: "Summary", scorecard: "Scorecard" },
  identifiers: { tblScorecard: "tblScorecard", tblPeople: "tblPeople" },
  warnings: [],
};

export function fakeHost(kind: WorkbookHost["kind"] = "office", answers: Answers = {}): FakeHost {
  const calls: Call[] = [];
  const ok = <T,>(value: T): Promise<HostResult<T>> => Promise.resolve({ ok: true, value });
  const record =
    <K extends Call["method"]>(method: K, fallback: (...args: any[]) => Promise<HostResult<any>>) =>
    (...args: any[]) => {
      calls.push({ method, args });
      const answer = answers[method] as ((...a: any[]) => Promise<HostResult<any>>) | undefined;
      return (answer ?? fallback)(...args);
    };
  return {
    kind,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    buildPlan: record(
      "buildPlan",
      async (plan: WorkbookPlan, onProgress?: (d: number, t: number, l: string) => void) => {
        plan.sheets.forEach((s, i) => onProgress?.(i + 1, plan.sheets.length, s.name));
        return { ok: true, value: OUTCOME };
      },
    ),
    readTeam: record("readTeam", () => Promise.resolve({ ok: false, code: "notFound", detail: "tblPeople" })),
    readSelection: record("readSelection", () => ok([["Person", "Region", "Role"]])),
    readScorecard: record("readScorecard", () =>
      Promise.resolve({ ok: false, code: "notFound", detail: "tblScorecard" }),
    ),
    insertFormula: record("insertFormula", () => ok("Sheet1!C3")),
    writeSettings: record("writeSettings", () => ok(undefined)),
    activateSheet: record("activateSheet", () => ok(undefined)),
    applyImport: record("applyImport", () =>
      ok({
        sheetNames: { data: "Data", imports: "Imports" },
        dataRows: 0,
        imported: 0,
        kept: 0,
        cleared: 0,
        warnings: [],
      }),
    ),
    closePeriod: record("closePeriod", () => ok({ closed: true, period: "2026-11", appended: 3, cleared: 2 })),
    readPeriod: record("readPeriod", () => ok("")),
    readActiveSheet: record("readActiveSheet", () =>
      Promise.resolve({ ok: false, code: "notFound", detail: "Sheet1" }),
    ),
  } as FakeHost;
}

export const FUNCTIONS: FunctionMeta[] = [
  {
    id: "ROAS",
    name: "ROAS",
    description: "Return on ad spend.",
    parameters: [{ name: "adSales" }, { name: "adSpend" }],
  },
  {
    id: "ATTAINMENT",
    name: "ATTAINMENT",
    description: "Attainment of a KPI.",
    parameters: [
      { name: "actual" },
      { name: "target" },
      { name: "polarity", optional: true },
      { name: "cap", optional: true },
    ],
  },
  { id: "LIMIT", name: "LIMIT", parameters: [{ name: "kpiId" }, { name: "platform", optional: true }] },
  { id: "GATE", name: "GATE", parameters: [{ name: "actual" }, { name: "threshold" }, { name: "polarity" }] },
];

export interface ViewOptions {
  lang?: Lang;
  settings?: PaneSettings;
  lastBuild?: BuildOutcome;
  loadFunctions?: Pane["loadFunctions"];
}

export interface ViewHarness extends RenderResult {
  state: { settings?: PaneSettings; lastBuild?: BuildOutcome };
}

/** Renders one view with a pane whose shared state lives in the harness, as App keeps it. */
export function renderView(
  View: React.ComponentType<{ pane: Pane }>,
  host: WorkbookHost,
  options: ViewOptions = {},
): ViewHarness {
  const state: ViewHarness["state"] = { settings: options.settings, lastBuild: options.lastBuild };
  const lang = options.lang ?? "en-US";
  function Harness(): React.JSX.Element {
    const [settings, setSettings] = React.useState(options.settings);
    const [lastBuild, setLastBuild] = React.useState(options.lastBuild);
    state.settings = settings;
    state.lastBuild = lastBuild;
    const pane = React.useMemo<Pane>(
      () => ({
        lang,
        t: translator(lang),
        host,
        settings,
        setSettings,
        lastBuild,
        setLastBuild,
        loadFunctions: options.loadFunctions ?? (async () => FUNCTIONS),
      }),
      [settings, lastBuild],
    );
    return <View pane={pane} />;
  }
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>,
  );
  return Object.assign(result, { state });
}
