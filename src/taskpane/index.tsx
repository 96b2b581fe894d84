import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { App, preloadView } from "./App";
import { fetchFunctionMetadata } from "./functions/metadata";
import { lazyHost, type WorkbookHost } from "./hosts/WorkbookHost";
import { pickLang } from "./messages";
import { isDarkTheme } from "./theme";

// Office.onReady never settles when office.js cannot load its file-mapping table (offline, or a
// blocked CDN): after this wait the pane renders anyway instead of staying blank.
const OFFICE_READY_TIMEOUT_MS = 5000;

let root: Root | null = null;
let rendered: "office" | "browser" | undefined;

// Both hosts load on first use, so the Office renderer and ExcelJS stay out of the first bundle.
const officeHost = lazyHost("office", () =>
  import(/* webpackChunkName: "host-office" */ "./hosts/officeHost").then((m) => m.createOfficeHost()),
);
const browserHost = lazyHost("browser", () =>
  import(/* webpackChunkName: "host-browser" */ "./hosts/browserHost").then((m) => m.createBrowserHost()),
);

function setDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
}

/** The dark theme is a chunk of its own: most panes are light, and every byte of the first bundle counts. */
function loadDarkTheme(): Promise<Theme> {
  return import(/* webpackChunkName: "theme-dark" */ "./darkTheme").then((m) => m.webDarkTheme);
}

async function render(inOffice: boolean): Promise<void> {
  const mode = inOffice ? "office" : "browser";
  // A late onReady after the timeout renders again only when it brings Excel.
  if (rendered === mode || (rendered === "office" && !inOffice)) return;
  rendered = mode;
  const container = document.getElementById("container");
  if (!container) return;
  root ??= createRoot(container);
  const officeLang = inOffice ? Office.context?.displayLanguage : undefined;
  const lang = pickLang(officeLang ?? navigator.language);
  setDocumentLang(lang);
  const dark = inOffice && isDarkTheme(Office.context?.officeTheme);
  const theme = dark ? await loadDarkTheme().catch(() => webLightTheme) : webLightTheme;
  const host: WorkbookHost = inOffice ? officeHost : browserHost;
  container.removeAttribute("aria-busy");
  root.render(
    <FluentProvider theme={theme}>
      <App
        key={mode}
        lang={lang}
        inOffice={inOffice}
        host={host}
        loadFunctions={fetchFunctionMetadata}
        onLangChange={setDocumentLang}
      />
    </FluentProvider>,
  );
}

function start(): void {
  preloadView("templates");
  if (typeof Office === "undefined") {
    // Plain browser without office.js (tests, previews, a blocked CDN): render outside Office.
    void render(false);
    return;
  }
  const timer = setTimeout(() => void render(false), OFFICE_READY_TIMEOUT_MS);
  Office.onReady((info) => {
    clearTimeout(timer);
    void render(info.host !== null && info.host !== undefined);
  });
}

start();
