import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { pickLang } from "./messages";

// Office.onReady never settles when office.js cannot load its file-mapping table (offline, or a
// blocked CDN): after this wait the pane renders anyway instead of staying blank.
const OFFICE_READY_TIMEOUT_MS = 5000;

let root: Root | null = null;

function render(inOffice: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  root ??= createRoot(container);
  const officeLang = inOffice ? Office.context?.displayLanguage : undefined;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App lang={pickLang(officeLang ?? navigator.language)} inOffice={inOffice} />
    </FluentProvider>,
  );
}

function start(): void {
  if (typeof Office === "undefined") {
    // Plain browser without office.js (tests, previews): render outside Office.
    render(false);
    return;
  }
  const timer = setTimeout(() => render(false), OFFICE_READY_TIMEOUT_MS);
  Office.onReady((info) => {
    clearTimeout(timer);
    // A late onReady re-renders the same root with the host's language and abilities.
    render(info.host !== null && info.host !== undefined);
  });
}

start();
