/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, VIEWS, type ViewId } from "../../src/taskpane/App";
import { MESSAGES } from "../../src/taskpane/messages";
import type { Lang } from "../../src/core/types";
import { FUNCTIONS, fakeHost } from "./fakeHost";

function renderApp(lang: Lang, inOffice: boolean, onLangChange?: (lang: Lang) => void, initialView?: ViewId) {
  const host = fakeHost(inOffice ? "office" : "browser");
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={lang}
        inOffice={inOffice}
        host={host}
        loadFunctions={async () => FUNCTIONS}
        onLangChange={onLangChange}
        initialView={initialView}
      />
    </FluentProvider>,
  );
  return host;
}

describe("task pane shell", () => {
  test("outside Office it shows the title and says workbooks become downloads", async () => {
    renderApp("en-US", false);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Cross-Border KPI");
    expect(screen.getByRole("note").textContent).toBe(MESSAGES["en-US"].outsideOffice);
    await screen.findByText(MESSAGES["en-US"].templatesIntro);
  });

  test("inside Office it drops the note", async () => {
    renderApp("es-MX", true);
    expect(screen.getByText(MESSAGES["es-MX"].subtitle)).toBeTruthy();
    expect(screen.queryByRole("note")).toBeNull();
    await screen.findByText(MESSAGES["es-MX"].templatesIntro);
  });

  test("six labelled tabs; the first is selected and its panel shown", async () => {
    renderApp("zh-CN", true);
    const tablist = screen.getByRole("tablist", { name: MESSAGES["zh-CN"].tabsLabel });
    const tabs = ["模板", "考核表", "数据导入", "函数", "设置", "复盘"].map((name) =>
      screen.getByRole("tab", { name }),
    );
    expect(screen.getAllByRole("tab")).toEqual(tabs);
    expect(tablist.contains(tabs[0])).toBe(true);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    const panel = await screen.findByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(tabs[0].id);
  });

  test.each(VIEWS.map((v, i) => [v, i] as const))("the %s tab opens its view", async (_view, index) => {
    renderApp("en-US", true);
    const tab = screen.getAllByRole("tab")[index];
    fireEvent.click(tab);
    expect(tab.getAttribute("aria-selected")).toBe("true");
    const panel = await screen.findByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
  });

  test("a visited view keeps what was typed across tab switches", async () => {
    renderApp("en-US", true, undefined, "functions");
    const search = await screen.findByRole("searchbox", { name: "Search KPIs" });
    fireEvent.change(search, { target: { value: "roas" } });
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    await screen.findByText(MESSAGES["en-US"].settingsIntro);
    fireEvent.click(screen.getByRole("tab", { name: "Functions" }));
    expect((screen.getByRole("searchbox", { name: "Search KPIs" }) as HTMLInputElement).value).toBe("roas");
  });

  test("the language switch changes every text and tells the page", async () => {
    const changes: Lang[] = [];
    renderApp("en-US", true, (l) => changes.push(l));
    await screen.findByText(MESSAGES["en-US"].templatesIntro);
    const select = screen.getByRole("combobox", { name: "Language" });
    await act(async () => {
      fireEvent.change(select, { target: { value: "zh-CN" } });
    });
    expect(changes).toEqual(["zh-CN"]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(MESSAGES["zh-CN"].title);
    expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
    expect(await screen.findByText(MESSAGES["zh-CN"].templatesIntro)).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("zh-CN");
  });
});
