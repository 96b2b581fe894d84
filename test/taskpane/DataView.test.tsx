/**
 * @jest-environment jsdom
 */
/**
 * The Data view (report import) with the recording host: the fixtures of test/import picked as files
 * are listed with kind, marketplace, language, rows and warnings in the pane's language; a business
 * report waits for its marketplace; a file that is no report shows the CLI's line and nothing can be
 * applied; apply hands the host the reports, the team read back from the workbook and its actuals.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LANGS } from "../../src/core/types";
import { actualsFromReports, importReport } from "../../src/import";
import { parseTeamConfig } from "../../src/plan/teamConfig";
import { DATA_MESSAGES } from "../../src/taskpane/data/dataMessages";
import type { ImportRequest } from "../../src/taskpane/hosts/WorkbookHost";
import DataView from "../../src/taskpane/views/DataView";
import { fakeHost, renderView } from "./fakeHost";

// jsdom has no TextDecoder/TextEncoder; the importer decodes bytes with them, as browsers do.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const fixtures = path.resolve(__dirname, "../import/fixtures");
const fixture = (name: string) => new File([readFileSync(path.join(fixtures, name))], name);

async function pick(...names: string[]) {
  const input = screen.getByLabelText(/Choose files|选择文件|Elegir archivos/, { selector: "input" });
  await act(async () => {
    fireEvent.change(input, { target: { files: names.map(fixture) } });
  });
  await screen.findByRole("table");
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
}

function rowOf(file: string): HTMLElement {
  return screen.getByRole("cell", { name: file }).closest("tr") as HTMLElement;
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

test("the view's catalog: every language has every key, with the same placeholders", () => {
  const keys = Object.keys(DATA_MESSAGES["en-US"]).sort();
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const lang of LANGS) {
    expect(Object.keys(DATA_MESSAGES[lang]).sort()).toEqual(keys);
    for (const k of keys) {
      const text = DATA_MESSAGES[lang][k as keyof (typeof DATA_MESSAGES)["en-US"]];
      expect(text.trim()).not.toBe("");
      expect(holes(text)).toEqual(holes(DATA_MESSAGES["en-US"][k as keyof (typeof DATA_MESSAGES)["en-US"]]));
    }
  }
});

test("zh-CN: files recognised with kind, marketplace, language, rows and warnings", async () => {
  renderView(DataView, fakeHost("office"), { lang: "zh-CN" });
  await pick("all-orders.txt", "ads-sp-2026.csv");
  // All Orders: 6 data rows, its Non-Amazon line left out and said so; Amazon.com → 亚马逊美国站
  expect(cells(rowOf("all-orders.txt"))).toEqual([
    "all-orders.txt",
    "亚马逊全部订单报告",
    "亚马逊美国站",
    "英语",
    "6",
    "1 row of sales channel Non-Amazon left out",
    "×",
  ]);
  // Ads 2026: budget currency MXN → Amazon Mexico; "--" in Purchases is a warning
  const ads = cells(rowOf("ads-sp-2026.csv"));
  expect(ads.slice(0, 5)).toEqual(["ads-sp-2026.csv", "亚马逊商品推广报告", "亚马逊墨西哥站", "英语", "2"]);
  expect(ads[5]).toMatch(/`Purchases` did not parse/);
  expect(screen.getByRole("button", { name: "应用到工作簿" }).hasAttribute("disabled")).toBe(false);
});

test("es-MX: a business report asks for its marketplace; apply waits for it", async () => {
  renderView(DataView, fakeHost("office"), { lang: "es-MX" });
  await pick("business-report-es-mx.csv");
  const row = rowOf("business-report-es-mx.csv");
  expect(cells(row).slice(0, 2)).toEqual(["business-report-es-mx.csv", "Reporte de negocio de Amazon"]);
  expect(cells(row).slice(3, 6)).toEqual(["Español", "2", "ninguna"]);
  const apply = screen.getByRole("button", { name: "Aplicar al libro" });
  expect(apply.hasAttribute("disabled")).toBe(true);
  screen.getByText("1 archivo(s) no dicen su marketplace: elígelo en la tabla.");
  const picker = screen.getByRole("combobox", { name: "Marketplace de business-report-es-mx.csv" });
  // a Spanish report offers Amazon México first
  expect(
    within(picker)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Elegir…", "Amazon México", "Amazon Estados Unidos"]);
  await act(async () => {
    fireEvent.change(picker, { target: { value: "amazon_mx" } });
  });
  await waitFor(() => expect(cells(rowOf("business-report-es-mx.csv"))[2]).toBe("Amazon México"));
  expect(screen.getByRole("button", { name: "Aplicar al libro" }).hasAttribute("disabled")).toBe(false);
});

test("a file that is no report shows the CLI's one line, and nothing can be applied", async () => {
  const host = fakeHost("office");
  renderView(DataView, host, { lang: "en-US" });
  await pick("all-orders.txt", "bad-not-a-report.csv");
  const r = await importReport({
    name: "bad-not-a-report.csv",
    bytes: readFileSync(path.join(fixtures, "bad-not-a-report.csv")),
  });
  if (r.ok) throw new Error("the fixture should be refused");
  // the line `kpi-scorecard import` prints (src/cli/importCommand.ts): `file: reason`
  const line = `bad-not-a-report.csv: ${r.problem.message}`;
  expect(within(screen.getByRole("alert")).getByText(line)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Apply to the workbook" }).hasAttribute("disabled")).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
  expect(host.callsOf("applyImport")).toEqual([]);
  // removing it lets the rest be applied
  fireEvent.click(screen.getByRole("button", { name: "Remove bad-not-a-report.csv" }));
  expect(screen.getByRole("button", { name: "Apply to the workbook" }).hasAttribute("disabled")).toBe(false);
});

test("apply calls the host once with the reports, the team read from the workbook and its actuals", async () => {
  const people = [
    ["Person", "Region", "Role", "Base bonus"],
    ["Ana", "US", "ops", 1000],
    ["Luis", "MX", "ads", 800],
  ];
  const host = fakeHost("office", {
    readTeam: async () => ({ ok: true, value: people }),
    applyImport: async () => ({
      ok: true,
      value: {
        sheetNames: { data: "Data", imports: "Imports" },
        dataRows: 7,
        imported: 6,
        kept: 1,
        cleared: 0,
        warnings: [],
      },
    }),
  });
  renderView(DataView, host, {
    lang: "en-US",
    lastBuild: { sheetNames: {}, identifiers: { tblInputs: "tblInputs_2" }, warnings: [] },
  });
  await pick("all-orders.txt", "ads-sp-2026.csv");
  fireEvent.change(screen.getByRole("textbox", { name: "Period" }), { target: { value: "2026-11" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
  });
  await screen.findByText(
    "Imported into “Data” and “Imports”: 7 data rows, 6 actuals from the reports, 1 typed actuals kept, 0 cleared.",
  );
  expect(host.callsOf("readTeam")).toEqual([["tblPeople"]]);
  const calls = host.callsOf("applyImport");
  expect(calls).toHaveLength(1);
  const request = calls[0][0] as ImportRequest;
  expect(request.reports.map((r) => [r.file, r.kind, r.marketplace])).toEqual([
    ["all-orders.txt", "amazon_all_orders", "amazon_us"],
    ["ads-sp-2026.csv", "amazon_ads_sp", "amazon_mx"],
  ]);
  expect(request.lang).toBe("en-US");
  expect(request.inputsTable).toBe("tblInputs_2");
  expect(request.config.period).toBe("2026-11");
  expect(request.config.people.map((p) => [p.name, p.region, p.role])).toEqual([
    ["Ana", "US", "ops"],
    ["Luis", "MX", "ads"],
  ]);
  // the actuals are the core's for that team (default data definitions: tax-exclusive, refunds not deducted)
  const config = parseTeamConfig(request.config);
  expect(request.actuals).toEqual(
    actualsFromReports(config as never, request.reports, { salesIncludeTax: false, refundsDeducted: false }),
  );
  const ana = request.actuals[0].kpis.find((k) => k.id === "gmv");
  expect(ana?.actual).not.toBeNull();
});

test("outside Excel there is no sheet to read, and the applied import is a download", async () => {
  const host = fakeHost("browser", {
    readTeam: async () => ({
      ok: true,
      value: [
        ["Person", "Region", "Role"],
        ["Ana", "US", "ops"],
      ],
    }),
    applyImport: async () => ({
      ok: true,
      value: {
        sheetNames: { data: "Data", imports: "Imports" },
        dataRows: 3,
        imported: 2,
        kept: 0,
        cleared: 0,
        warnings: [],
        fileName: "Team.xlsx",
      },
    }),
  });
  renderView(DataView, host, { lang: "en-US" });
  expect(screen.queryByRole("button", { name: "Read the active sheet" })).toBeNull();
  await pick("all-orders.txt");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
  });
  await screen.findByText(
    "Downloaded Team.xlsx with the imports: 3 data rows, 2 actuals from the reports, 0 typed actuals kept.",
  );
});

test("a report pasted into the active sheet is read as a file", async () => {
  const text = readFileSync(path.join(fixtures, "all-orders.txt"), "utf8");
  const rows = text
    .trim()
    .split("\n")
    .map((l) => l.split("\t"));
  const host = fakeHost("office", { readActiveSheet: async () => ({ ok: true, value: { name: "Sheet1", rows } }) });
  renderView(DataView, host, { lang: "en-US" });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Read the active sheet" }));
  });
  await screen.findByRole("table");
  await waitFor(() =>
    expect(cells(rowOf("Sheet1")).slice(1, 5)).toEqual(["Amazon All Orders", "Amazon US", "English", "6"]),
  );
});
