/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { NAMES } from "../../src/plan";
import type { WorkbookPlan } from "../../src/plan/types";
import TemplatesView from "../../src/taskpane/views/TemplatesView";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/settings";
import { TEMPLATE_MESSAGES } from "../../src/taskpane/templates/templateMessages";
import { fakeHost, renderView } from "./fakeHost";

const lastPlan = (host: ReturnType<typeof fakeHost>) => host.callsOf("buildPlan").at(-1)![0] as WorkbookPlan;

describe("Templates view", () => {
  test("previews the template of the region × roles with weights and targets", () => {
    renderView(TemplatesView, fakeHost());
    const ops = screen.getByRole("table", { name: "Operations" });
    expect(ops.textContent).toContain("Conversion rate");
    expect(ops.textContent).toContain("25%"); // gmv weight in the US ops template
  });

  test("switching region offers that region's platforms, all ticked", () => {
    renderView(TemplatesView, fakeHost());
    fireEvent.change(screen.getByRole("combobox", { name: "Region" }), { target: { value: "MX" } });
    for (const name of ["Amazon Mexico", "Mercado Libre Mexico"]) {
      expect((screen.getByRole("checkbox", { name }) as HTMLInputElement).checked).toBe(true);
    }
    expect(screen.queryByRole("checkbox", { name: "Walmart Marketplace US" })).toBeNull();
  });

  test("unticking a platform drops its gates from the preview", () => {
    renderView(TemplatesView, fakeHost());
    const table = () => screen.getByRole("table", { name: "Operations" }).textContent ?? "";
    expect(table()).toMatch(/Walmart/i);
    fireEvent.click(screen.getByRole("checkbox", { name: "Walmart Marketplace US" }));
    expect(table()).not.toMatch(/Walmart/i);
  });

  test("insert builds the template workbook of the ticked roles, with progress, in the pane's language", async () => {
    const host = fakeHost();
    renderView(TemplatesView, host, { lang: "es-MX", settings: { ...DEFAULT_SETTINGS, attributionDays: 14 } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Publicidad" }));
    fireEvent.click(screen.getByRole("button", { name: "Insertar plantillas" }));
    await screen.findByText("Se agregaron 2 hojas al libro.");
    const plan = lastPlan(host);
    expect(plan.lang).toBe("es-MX");
    const template = plan.sheets[0];
    const text = JSON.stringify(template.blocks);
    expect(text).toContain("Operaciones");
    expect(text).toContain("Publicidad");
    // The pane's settings are in the Settings sheet of the inserted workbook.
    const named = plan.namedRanges.find((n) => n.name === NAMES.attributionDays)!;
    const settings = plan.sheets.find((s) => s.key === named.sheetKey)!;
    expect(JSON.stringify(settings.blocks)).toContain("14");
  });

  test("with no role ticked it asks for one and cannot insert", () => {
    const host = fakeHost();
    renderView(TemplatesView, host);
    fireEvent.click(screen.getByRole("checkbox", { name: "Operations" }));
    expect(screen.getByRole("status").textContent).toBe("Pick at least one role.");
    expect((screen.getByRole("button", { name: "Insert templates" }) as HTMLButtonElement).disabled).toBe(true);
    expect(host.callsOf("buildPlan")).toEqual([]);
  });

  test("a failed insert shows the host's reason", async () => {
    const host = fakeHost("office", {
      buildPlan: async () => ({ ok: false, code: "failed", detail: "Excel is busy" }),
    });
    renderView(TemplatesView, host);
    fireEvent.click(screen.getByRole("button", { name: "Insert templates" }));
    expect((await screen.findByRole("alert")).textContent).toBe("That did not work: Excel is busy");
  });

  test("outside Excel it reports the download instead of a sheet link", async () => {
    const host = fakeHost("browser", {
      buildPlan: async () => ({
        ok: true,
        value: {
          sheetNames: { "template-US": "Template US" },
          identifiers: {},
          warnings: [],
          fileName: "Plantillas.xlsx",
        },
      }),
    });
    renderView(TemplatesView, host);
    fireEvent.click(screen.getByRole("button", { name: "Insert templates" }));
    await screen.findByText("Downloaded Plantillas.xlsx.");
    await waitFor(() => expect(screen.queryByRole("button", { name: /Go to/ })).toBeNull());
  });

  describe("the month and store stage (weight profiles)", () => {
    const setMonth = (value: string, name = "Month") =>
      fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });
    const weightOf = (table: HTMLElement, kpi: string) =>
      [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")].find((tr) => tr.cells[0].textContent === kpi)
        ?.cells[1].textContent;

    test("MX ops in November: Buen Fin moves 10 points from conversion to stock-up, and the table says why", () => {
      renderView(TemplatesView, fakeHost());
      fireEvent.change(screen.getByRole("combobox", { name: "Region" }), { target: { value: "MX" } });
      setMonth("2026-11");
      const ops = screen.getByRole("table", { name: "Operations" });
      // MX ops template: cvr 15; Buen Fin (13–16 Nov 2026) cvr −10 → buen_fin_stock_attainment +10
      expect(weightOf(ops, "Conversion rate (CVR)")).toBe("5%");
      expect(weightOf(ops, "Buen Fin stock-up attainment")).toBe("10%");
      const foot = ops.querySelector("tfoot")?.textContent ?? "";
      expect(foot).toContain(
        "Weights for 2026-11: El Buen Fin 2026-11-13 – 2026-11-16: Conversion rate (CVR) −10 → Buen Fin stock-up attainment +10 — During Buen Fin",
      );
      setMonth("2026-09");
      expect(weightOf(screen.getByRole("table", { name: "Operations" }), "Conversion rate (CVR)")).toBe("15%");
      expect(screen.getByRole("table", { name: "Operations" }).querySelector("tfoot")?.textContent).toBe(
        "Weights for 2026-09: plain template weights.",
      );
    });

    test("a launch store's US ads template: ROAS 30 − 10 = 20, ad tests 5 + 10 = 15", () => {
      renderView(TemplatesView, fakeHost());
      fireEvent.click(screen.getByRole("checkbox", { name: "Operations" }));
      fireEvent.click(screen.getByRole("checkbox", { name: "Advertising" }));
      setMonth("2026-09");
      fireEvent.change(screen.getByRole("combobox", { name: "Store stage" }), { target: { value: "launch" } });
      const ads = screen.getByRole("table", { name: "Advertising" });
      expect(weightOf(ads, "Return on ad spend (ROAS)")).toBe("20%");
      expect(weightOf(ads, "Ad tests launched")).toBe("15%");
      expect(ads.querySelector("tfoot")?.textContent).toContain(
        "Store stage launch: Return on ad spend (ROAS) −10 → Ad tests launched +10 — Launch: with no history",
      );
    });

    test("a month that is not YYYY-MM is flagged and previews the plain weights", () => {
      renderView(TemplatesView, fakeHost());
      fireEvent.change(screen.getByRole("combobox", { name: "Region" }), { target: { value: "MX" } });
      setMonth("11/2026");
      expect(screen.getByText("Type the month as YYYY-MM, e.g. 2026-11.")).toBeTruthy();
      const ops = screen.getByRole("table", { name: "Operations" });
      expect(weightOf(ops, "Conversion rate (CVR)")).toBe("15%");
      expect(ops.querySelector("tfoot")?.textContent).toBe("Plain template weights.");
    });

    test("insert writes the month's weights and says why on the sheet (es-MX, November, Buen Fin)", async () => {
      const host = fakeHost();
      renderView(TemplatesView, host, { lang: "es-MX" });
      fireEvent.change(screen.getByRole("combobox", { name: "Región" }), { target: { value: "MX" } });
      setMonth("2026-11", "Mes");
      fireEvent.click(screen.getByRole("button", { name: "Insertar plantillas" }));
      await screen.findByText(/Se agreg/);
      const plan = lastPlan(host);
      const text = JSON.stringify(plan.sheets[0].blocks);
      expect(text).toContain("Pesos de 2026-11");
      expect(text).toContain("El Buen Fin 2026-11-13 – 2026-11-16");
      expect(JSON.stringify(plan.sheets.at(-1)!.blocks)).toContain("2026-11");
    });

    test("the three catalogs have the same keys and placeholders", () => {
      const shape = (lang: keyof typeof TEMPLATE_MESSAGES) =>
        Object.entries(TEMPLATE_MESSAGES[lang]).map(([k, v]) => [k, [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1])]);
      expect(shape("zh-CN")).toEqual(shape("en-US"));
      expect(shape("es-MX")).toEqual(shape("en-US"));
    });
  });
});
