/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { NAMES } from "../../src/plan";
import type { WorkbookPlan } from "../../src/plan/types";
import TemplatesView from "../../src/taskpane/views/TemplatesView";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/settings";
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
});
