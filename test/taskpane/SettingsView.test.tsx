/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen } from "@testing-library/react";
import SettingsView from "../../src/taskpane/views/SettingsView";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/settings";
import { OUTCOME, fakeHost, renderView } from "./fakeHost";

const input = (name: string | RegExp) => screen.getByRole("textbox", { name }) as HTMLInputElement;

describe("Settings view", () => {
  test("shows the defaults as percentages", () => {
    renderView(SettingsView, fakeHost());
    expect(input("MX IVA rate (%)").value).toBe("16");
    expect(input(/Attainment cap/).value).toBe("120");
    expect(input("Score from (%) 4").value).toBe("110");
    // DESIGN §5: GMV as ordered unless the team deducts refunds
    expect((screen.getByRole("checkbox", { name: "Refunds deducted" }) as HTMLInputElement).checked).toBe(false);
  });

  test("save keeps the settings for the next build and writes them to the workbook's names", async () => {
    const host = fakeHost();
    const harness = renderView(SettingsView, host, {
      lastBuild: { ...OUTCOME, identifiers: { kpi_cap: "kpi_cap_2" } },
    });
    fireEvent.change(input(/Attainment cap/), { target: { value: "" } });
    fireEvent.change(input("Payout when a gate fails (%)"), { target: { value: "25" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Sales include tax" }), { target: { value: "yes" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Refunds deducted" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove tier 1" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    });
    expect(harness.state.settings).toEqual({
      ...DEFAULT_SETTINGS,
      cap: null,
      gateFailPayout: 0.25,
      taxInclusive: "yes",
      refundsDeducted: true,
      tiers: DEFAULT_SETTINGS.tiers.slice(1),
    });
    const [written, names] = host.callsOf("writeSettings")[0];
    expect(written).toEqual({
      ivaRate: 0.16,
      refundsDeducted: true,
      attributionDays: 7,
      cap: null,
      gateFailPayout: 0.25,
      tiers: DEFAULT_SETTINGS.tiers.slice(1),
      taxInclusive: true,
    });
    expect(names).toEqual({ kpi_cap: "kpi_cap_2" });
    expect(screen.getByRole("status").textContent).toBe("Saved to the Settings sheet.");
  });

  test("a bad number is flagged on its field and nothing is saved", async () => {
    const host = fakeHost();
    const harness = renderView(SettingsView, host);
    fireEvent.change(input("MX IVA rate (%)"), { target: { value: "sixteen" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    });
    expect(screen.getByRole("alert").textContent).toBe("MX IVA rate (%): enter a number of at least 0.");
    expect(input("MX IVA rate (%)").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(input("MX IVA rate (%)"));
    expect(host.callsOf("writeSettings")).toEqual([]);
    expect(harness.state.settings).toBeUndefined();
  });

  test("tiers out of order are refused", async () => {
    renderView(SettingsView, fakeHost());
    fireEvent.change(input("Score from (%) 2"), { target: { value: "70" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    });
    expect(screen.getByRole("alert").textContent).toBe("Tier minimums must rise from row to row.");
  });

  test("add tier appends a row above the last", () => {
    renderView(SettingsView, fakeHost());
    fireEvent.click(screen.getByRole("button", { name: "Add tier" }));
    expect(input("Score from (%) 5").value).toBe("120");
  });

  test("a workbook with another tier count: explained, settings still kept", async () => {
    const host = fakeHost("office", { writeSettings: async () => ({ ok: false, code: "tierCount", count: 3 }) });
    const harness = renderView(SettingsView, host);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    });
    expect(screen.getByRole("alert").textContent).toMatch(/^The workbook has 3 payout tiers/);
    expect(harness.state.settings).toEqual(DEFAULT_SETTINGS);
  });

  test("a workbook without a Settings sheet: a warning, kept for the next build", async () => {
    renderView(SettingsView, fakeHost("office", { writeSettings: async () => ({ ok: false, code: "notFound" }) }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    });
    expect(screen.getByRole("status").textContent).toMatch(/^This workbook has no Settings sheet yet/);
  });

  test("outside Excel saving means the next download", async () => {
    renderView(SettingsView, fakeHost("browser"), { lang: "es-MX" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Guardar en el libro" }));
    });
    expect(screen.getByRole("status").textContent).toBe(
      "Guardado: el siguiente libro que descargue usará estos ajustes.",
    );
  });
});
