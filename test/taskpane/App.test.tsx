/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { SHELL_MESSAGES, pickLang } from "../../src/taskpane/messages";
import { LANGS, type Lang } from "../../src/core/types";

function renderApp(lang: Lang, inOffice: boolean): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} inOffice={inOffice} />
    </FluentProvider>,
  );
}

describe("task pane shell", () => {
  test("outside Office it shows the title and says to open it from Excel", () => {
    renderApp("en-US", false);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Cross-Border KPI");
    expect(screen.getByRole("note").textContent).toBe(SHELL_MESSAGES["en-US"].outsideOffice);
  });

  test("inside Office it drops the open-from-Excel note", () => {
    renderApp("es-MX", true);
    expect(screen.getByText(SHELL_MESSAGES["es-MX"].subtitle)).toBeTruthy();
    expect(screen.queryByRole("note")).toBeNull();
  });

  test.each(LANGS)("every shell text exists in %s", (lang) => {
    for (const text of Object.values(SHELL_MESSAGES[lang])) expect(text.trim()).not.toBe("");
  });

  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["es-ES", "es-MX"],
    ["ES-mx", "es-MX"],
    ["en-GB", "en-US"],
    ["pt-BR", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
  ])("language tag %s picks %s", (tag, expected) => {
    expect(pickLang(tag)).toBe(expected);
  });
});
