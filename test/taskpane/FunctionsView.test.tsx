/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { KPI_CATALOG } from "../../src/core/catalog";
import FunctionsView from "../../src/taskpane/views/FunctionsView";
import { fakeHost, renderView } from "./fakeHost";

/** Renders the view and lets its metadata load settle (it arrives asynchronously, as from fetch). */
async function renderFunctions(host: Parameters<typeof renderView>[1], options?: Parameters<typeof renderView>[2]) {
  const result = renderView(FunctionsView, host, options);
  await act(async () => {});
  return result;
}

async function openKpi(name: RegExp) {
  const button = await screen.findByRole("button", { name });
  fireEvent.click(button);
  expect(button.getAttribute("aria-expanded")).toBe("true");
  return document.getElementById(button.getAttribute("aria-controls")!)!;
}

describe("Functions view", () => {
  test("lists the whole catalog until a search narrows it", async () => {
    await renderFunctions(fakeHost());
    expect(screen.getByText(`${KPI_CATALOG.length} KPIs`)).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "roas" } });
    const list = screen.getByRole("list", { name: "Functions" });
    expect(within(list).getAllByRole("button")[0].textContent).toMatch(/ROAS/);
  });

  test("a search with no hit says so", async () => {
    await renderFunctions(fakeHost());
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "zzzqqq" } });
    expect(screen.getByText("No KPI matches “zzzqqq”.")).toBeTruthy();
  });

  test("a KPI opens to its data definition, formula and source", async () => {
    await renderFunctions(fakeHost(), { lang: "zh-CN" });
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索 KPI" }), { target: { value: "odr" } });
    const details = await openKpi(/订单缺陷率|ODR/);
    expect(details.textContent).toContain("数据口径");
    expect(details.textContent).toContain("sellercentral"); // the threshold's source link host
    expect(details.textContent).toMatch(/亚马逊美国站：< 0\.01/);
  });

  test("inserts the KPI's own function with the arguments typed, into the active cell", async () => {
    const host = fakeHost();
    await renderFunctions(host);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "roas" } });
    const details = await openKpi(/Return on ad spend/);
    const insert = within(details).getByRole("button", { name: "Insert into the active cell" }) as HTMLButtonElement;
    expect(insert.disabled).toBe(true); // required arguments are blank
    fireEvent.change(within(details).getByRole("textbox", { name: /adSales/ }), { target: { value: "B2" } });
    fireEvent.change(within(details).getByRole("textbox", { name: /adSpend/ }), { target: { value: "C2" } });
    expect(within(details).getByTestId("formula-preview").textContent).toBe("=KPI.ROAS(B2,C2)");
    await act(async () => {
      fireEvent.click(insert);
    });
    expect(host.callsOf("insertFormula")).toEqual([["=KPI.ROAS(B2,C2)"]]);
    expect(within(details).getByRole("status").textContent).toBe("Inserted into Sheet1!C3.");
  });

  test("a gate offers GATE against its catalog threshold, prefilled", async () => {
    const host = fakeHost();
    await renderFunctions(host);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "odr" } });
    const details = await openKpi(/Order defect rate/i);
    expect((within(details).getByRole("combobox", { name: "Function" }) as HTMLSelectElement).value).toBe("GATE");
    fireEvent.change(within(details).getByRole("textbox", { name: /actual/ }), { target: { value: "D5" } });
    expect(within(details).getByTestId("formula-preview").textContent).toBe('=KPI.GATE(D5,KPI.LIMIT("odr"),"lower")');
    fireEvent.change(within(details).getByRole("combobox", { name: "Function" }), { target: { value: "LIMIT" } });
    expect(within(details).getByTestId("formula-preview").textContent).toBe('=KPI.LIMIT("odr")');
  });

  test("outside Excel the insert explains that it needs Excel", async () => {
    await renderFunctions(fakeHost("browser", { insertFormula: async () => ({ ok: false, code: "notInExcel" }) }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "odr" } });
    const details = await openKpi(/Order defect rate/i);
    fireEvent.change(within(details).getByRole("combobox", { name: "Function" }), { target: { value: "LIMIT" } });
    await act(async () => {
      fireEvent.click(within(details).getByRole("button", { name: "Insert into the active cell" }));
    });
    expect(within(details).getByRole("alert").textContent).toBe(
      "This needs Excel: open the add-in in Excel to use it.",
    );
  });

  test("without function metadata it still builds the formula from free-text arguments", async () => {
    const host = fakeHost();
    await renderFunctions(host, { loadFunctions: async () => [] });
    fireEvent.change(screen.getByRole("searchbox", { name: "Search KPIs" }), { target: { value: "roas" } });
    const details = await openKpi(/Return on ad spend/);
    fireEvent.change(within(details).getByRole("textbox", { name: "Arguments" }), { target: { value: "B2, C2" } });
    expect(within(details).getByTestId("formula-preview").textContent).toBe("=KPI.ROAS(B2, C2)");
  });
});
