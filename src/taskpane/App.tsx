import * as React from "react";
import { Body1, Caption1, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, type Lang } from "../core/types";
import type { FunctionMeta } from "./functions/formulaText";
import type { BuildOutcome, WorkbookHost } from "./hosts/WorkbookHost";
import { LANG_NAMES, translator, type MessageKey } from "./messages";
import type { Pane } from "./pane";
import type { PaneSettings } from "./settings/settings";

export interface AppProps {
  lang: Lang;
  /** False when the page runs in a plain browser (no Excel host): workbooks become downloads. */
  inOffice: boolean;
  host: WorkbookHost;
  /** The custom functions' metadata for the Functions view (functions.json beside the page). */
  loadFunctions: (lang: Lang) => Promise<FunctionMeta[]>;
  /** Called when the person picks another language (the page updates <html lang>). */
  onLangChange?: (lang: Lang) => void;
  initialView?: ViewId;
}

export const VIEWS = ["templates", "scorecard", "data", "functions", "settings", "review"] as const;
export type ViewId = (typeof VIEWS)[number];

const VIEW_LABELS: Readonly<Record<ViewId, MessageKey>> = {
  templates: "tabTemplates",
  scorecard: "tabScorecard",
  data: "tabData",
  functions: "tabFunctions",
  settings: "tabSettings",
  review: "tabReview",
};

// Each view is its own chunk: the first paint needs only this shell (the catalog, planners and
// renderers arrive with the view that uses them).
const VIEW_LOADERS: Readonly<Record<ViewId, () => Promise<{ default: React.ComponentType<{ pane: Pane }> }>>> = {
  templates: () => import(/* webpackChunkName: "view-templates" */ "./views/TemplatesView"),
  scorecard: () => import(/* webpackChunkName: "view-scorecard" */ "./views/ScorecardView"),
  data: () => import(/* webpackChunkName: "view-data" */ "./views/DataView"),
  functions: () => import(/* webpackChunkName: "view-functions" */ "./views/FunctionsView"),
  settings: () => import(/* webpackChunkName: "view-settings" */ "./views/SettingsView"),
  review: () => import(/* webpackChunkName: "view-review" */ "./views/ReviewView"),
};

const VIEW_COMPONENTS = Object.fromEntries(VIEWS.map((id) => [id, React.lazy(VIEW_LOADERS[id])])) as Readonly<
  Record<ViewId, React.LazyExoticComponent<React.ComponentType<{ pane: Pane }>>>
>;

/**
 * Starts fetching a view's chunks now (e.g. while office.js is still getting ready), so the view is
 * there when the pane renders; webpack hands React.lazy the same module later.
 */
export function preloadView(id: ViewId): void {
  VIEW_LOADERS[id]().catch(() => {
    // React.lazy imports again when it renders, and ViewBoundary shows a failure there.
  });
}

/** Keeps a view that failed to load (a chunk lost on the network) from blanking the whole pane. */
class ViewBoundary extends React.Component<
  { message: (detail: string) => string; children: React.ReactNode },
  { error?: Error }
> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    return error ? <Body1 role="alert">{this.props.message(error.message)}</Body1> : this.props.children;
  }
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flex: "1 1 12em" },
  title: { margin: 0 },
  tabs: { flexWrap: "wrap" },
  lang: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  select: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export function App({
  lang: initialLang,
  inOffice,
  host,
  loadFunctions,
  onLangChange,
  initialView = "templates",
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const ids = React.useId();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [view, setView] = React.useState<ViewId>(initialView);
  const [visited, setVisited] = React.useState<ReadonlySet<ViewId>>(() => new Set([initialView]));
  const [settings, setSettings] = React.useState<PaneSettings>();
  const [lastBuild, setLastBuild] = React.useState<BuildOutcome>();
  const t = React.useMemo(() => translator(lang), [lang]);

  const pane = React.useMemo<Pane>(
    () => ({ lang, t, host, settings, setSettings, lastBuild, setLastBuild, loadFunctions }),
    [lang, t, host, settings, lastBuild, loadFunctions],
  );

  const select = (next: ViewId) => {
    setView(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {t("title")}
          </Title3>
          <Body1>{t("subtitle")}</Body1>
        </div>
        {/* A native select: Fluent's Select and Field would add ~10 KB gzip to the first bundle. */}
        <label className={styles.lang}>
          <span>{t("language")}</span>
          <select
            className={styles.select}
            value={lang}
            onChange={(event) => {
              const next = event.target.value as Lang;
              setLang(next);
              onLangChange?.(next);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      {inOffice ? null : <Caption1 role="note">{t("outsideOffice")}</Caption1>}
      <TabList
        size="small"
        className={styles.tabs}
        aria-label={t("tabsLabel")}
        selectedValue={view}
        onTabSelect={(_, data) => select(data.value as ViewId)}
      >
        {VIEWS.map((id) => (
          <Tab key={id} value={id} id={`${ids}-tab-${id}`} aria-controls={`${ids}-panel-${id}`}>
            {t(VIEW_LABELS[id])}
          </Tab>
        ))}
      </TabList>
      {VIEWS.filter((id) => visited.has(id)).map((id) => {
        const View = VIEW_COMPONENTS[id];
        // Visited views stay mounted (hidden) so a half-typed team or search survives a tab switch.
        return (
          <div
            key={id}
            role="tabpanel"
            id={`${ids}-panel-${id}`}
            aria-labelledby={`${ids}-tab-${id}`}
            hidden={id !== view}
          >
            <ViewBoundary message={(detail) => t("viewFailed", { detail })}>
              <React.Suspense fallback={<Body1>{t("loading")}</Body1>}>
                <View pane={pane} />
              </React.Suspense>
            </ViewBoundary>
          </div>
        );
      })}
    </main>
  );
}
