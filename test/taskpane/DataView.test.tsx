/**
 * @jest-environment jsdom
 */
/**
 * The Data view (report import) with the recording host: the fixtures of test/import picked as files
 * are listed with kind, marketplace, language, rows and warnings in the pane's language; a business
 * report waits for its marketplace; a file that is no report shows the CLI's line and nothing can be
 * applied; apply hands the host the reports, the team read back from the workbook (with its people's
 * SKU and campaign patterns) and its actuals. The period defaults to the workbook's, else last month;
 * reading and applying show their stages in order.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LANGS } from "../../src/core/types";
import { actualsFromReports, importReport } from "../../src/import";
import { parseTeamConfig } from "../../src/plan/teamConfig";
import { DATA_MESSAGES } from "../../src/taskpane/data/dataMessages";
import { reportWarnings } from "../../src/i18n/importWarnings";
import type { ImportRequest } from "../../src/taskpane/hosts/WorkbookHost";
import DataView from "../../src/taskpane/views/DataView";
import { fakeHost, renderView } from "./fakeHost";

// jsdom has no TextDecoder/TextEncoder; the importer decodes bytes with them, as browsers do.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const fixtures = path.resolve(__dirname, "../import/fixtures");
const fixture = (name: string) => new File([readFileSync(path.join(fixtures, name))], name);

const FILES = /^(Files|文件|Archivos)$/;

async function pick(...names: string[]) {
  const input = screen.getByLabelText(/Choose files|选择文件|Elegir archivos/, { selector: "input" });
  await act(async () => {
    fireEvent.change(input, { target: { files: names.map(fixture) } });
  });
  await screen.findByRole("list", { name: FILES });
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
}

function rowOf(file: string): HTMLElement {
  return screen.getByRole("listitem", { name: file });
}

/** A file's entry as read: its name line, then kind and marketplace, language and rows, warnings. */
function cells(item: HTMLElement): (string | null)[] {
  const [head, facts, details, warnings] = Array.from(item.children);
  return [
    head.firstElementChild?.textContent ?? null,
    ...Array.from(facts.children).map((c) => (c.querySelector("select") ? "(picker)" : c.textContent)),
    ...(details ? [details.textContent] : []),
    ...(warnings
      ? within(warnings as HTMLElement)
          .getAllByRole("listitem")
          .map((li) => li.textContent)
      : []),
  ];
}

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
    "亚马逊全部订单报告 · 亚马逊美国站",
    "英语表头 · 6 行",
    // the importer's notice in the pane's language (its English line is the CLI's)
    "有 1 行销售渠道为 Non-Amazon，已排除",
  ]);
  // Ads 2026: budget currency MXN → Amazon Mexico; "--" in Purchases is a warning
  const ads = cells(rowOf("ads-sp-2026.csv"));
  expect(ads.slice(0, 3)).toEqual(["ads-sp-2026.csv", "亚马逊商品推广报告 · 亚马逊墨西哥站", "英语表头 · 2 行"]);
  expect(ads.slice(3)).toHaveLength(1);
  expect(ads[3]).toBe("`Purchases` 列有 1 个值无法解析（例如“--”），按缺失处理");
  expect(screen.getByRole("button", { name: "应用到工作簿" }).hasAttribute("disabled")).toBe(false);
});

test("es-MX: a business report asks for its marketplace; apply waits for it", async () => {
  renderView(DataView, fakeHost("office"), { lang: "es-MX" });
  await pick("business-report-es-mx.csv", "all-orders.txt");
  expect(cells(rowOf("all-orders.txt")).slice(3)).toEqual(["Se dejó fuera 1 fila del canal de venta Non-Amazon"]);
  const row = rowOf("business-report-es-mx.csv");
  // no warnings: no warnings list
  expect(cells(row)).toEqual([
    "business-report-es-mx.csv",
    "Reporte de negocio de Amazon",
    "(picker)",
    "Encabezados en español · 2 filas",
  ]);
  const apply = screen.getByRole("button", { name: "Aplicar al libro" });
  expect(apply.hasAttribute("disabled")).toBe(true);
  screen.getByText("1 archivo(s) no dicen su marketplace: elígelo en la lista.");
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
  await waitFor(() =>
    expect(cells(rowOf("business-report-es-mx.csv"))[1]).toBe("Reporte de negocio de Amazon · Amazon México"),
  );
  expect(screen.queryByRole("combobox", { name: "Marketplace de business-report-es-mx.csv" })).toBeNull();
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
  // its entry: the name, then the reason (the name is not said twice)
  expect(Array.from(rowOf("bad-not-a-report.csv").children).map((c) => c.textContent)).toEqual([
    "bad-not-a-report.csv×",
    r.problem.message,
  ]);
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
  await screen.findByRole("list", { name: FILES });
  await waitFor(() =>
    expect(cells(rowOf("Sheet1")).slice(1, 3)).toEqual([
      "Amazon All Orders · Amazon US",
      "Headers in English · 6 rows",
    ]),
  );
});

test("a long file name is cut on its own line and given whole in its tooltip", async () => {
  const long = "Detalle_de_página_ventas_y_tráfico_por_artículo_secundario_2026-11-30.csv";
  renderView(DataView, fakeHost("office"), { lang: "es-MX" });
  const input = screen.getByLabelText("Elegir archivos", { selector: "input" });
  const bytes = readFileSync(path.join(fixtures, "business-report-es-mx.csv"));
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([bytes], long)] } });
  });
  await waitFor(() => expect(screen.getAllByRole("listitem", { name: long })).toHaveLength(1));
  const name = rowOf(long).firstElementChild!.firstElementChild as HTMLElement;
  expect(name.textContent).toBe(long);
  expect(name.getAttribute("title")).toBe(long);
  // the kind and the picker are on the line below, not beside the name
  expect(within(name.parentElement!).queryByRole("combobox")).toBeNull();
  expect(within(rowOf(long)).getByRole("combobox", { name: `Marketplace de ${long}` })).toBeTruthy();
});

describe("the period", () => {
  // Only Date is faked: the view's pauses and Testing Library's waits use the real timers.
  const clock = (iso: string) =>
    jest.useFakeTimers({
      now: new Date(iso),
      doNotFake: [
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "setImmediate",
        "clearImmediate",
        "queueMicrotask",
        "nextTick",
        "requestAnimationFrame",
        "cancelAnimationFrame",
        "requestIdleCallback",
        "cancelIdleCallback",
        "hrtime",
        "performance",
      ],
    });
  afterEach(() => jest.useRealTimers());
  const periodBox = () => screen.getByRole("textbox", { name: /^(Period|Periodo|期间)/ }) as HTMLInputElement;

  test.each([
    ["2026-12-10T12:00:00", "2026-11"],
    ["2027-01-02T09:00:00", "2026-12"],
    ["2026-03-31T23:00:00", "2026-02"],
  ])("on %s, a workbook without a period gives the month before: %s", async (now, expected) => {
    clock(now);
    const host = fakeHost("office");
    renderView(DataView, host, { lang: "en-US" });
    await waitFor(() => expect(host.callsOf("readPeriod")).toHaveLength(1));
    expect(periodBox().value).toBe(expected);
    screen.getByText("Last month: the workbook names no period.");
  });

  test("the workbook's period wins, read from the Settings sheet the last build named", async () => {
    clock("2026-12-10T12:00:00");
    const host = fakeHost("office", { readPeriod: async () => ({ ok: true, value: "2026-09" }) });
    renderView(DataView, host, {
      lang: "es-MX",
      lastBuild: { sheetNames: { settings: "Configuración (2)" }, identifiers: {}, warnings: [] },
    });
    await waitFor(() => expect(periodBox().value).toBe("2026-09"));
    expect(host.callsOf("readPeriod")).toEqual([["Configuración (2)"]]);
    screen.getByText("El periodo para el que se generó el libro (su hoja Configuración).");
  });

  test("a period that is not one (a date, text) or a failed read falls back to last month", async () => {
    clock("2026-12-10T12:00:00");
    for (const answer of [
      { ok: true as const, value: "2026-11-15" },
      { ok: false as const, code: "notFound" as const, detail: "Settings" },
    ]) {
      const host = fakeHost("browser", { readPeriod: async () => answer });
      const view = renderView(DataView, host, { lang: "en-US" });
      await waitFor(() => expect(host.callsOf("readPeriod")).toHaveLength(1));
      await act(async () => {});
      expect(periodBox().value).toBe("2026-11");
      view.unmount();
    }
  });
});

test("reading shows each file's stages in order, with the bar moving; applying shows its own", async () => {
  const texts: string[] = [];
  const values: (string | null)[] = [];
  const observer = new MutationObserver(() => {
    const bar = screen.queryByRole("progressbar");
    if (!bar) return;
    const field = bar.closest("div")!.parentElement!;
    const text = field.textContent ?? "";
    if (texts.at(-1) !== text) texts.push(text);
    const value = bar.getAttribute("aria-valuenow");
    if (values.at(-1) !== value) values.push(value);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const host = fakeHost("office", {
    readTeam: async () => ({
      ok: true,
      value: [
        ["Person", "Region", "Role"],
        ["Ana", "US", "ops"],
      ],
    }),
    applyImport: async (_request, onProgress) => {
      onProgress?.(1, 2, "Data");
      await new Promise((r) => setTimeout(r, 0));
      onProgress?.(2, 2, "Imports");
      await new Promise((r) => setTimeout(r, 0));
      return {
        ok: true,
        value: {
          sheetNames: { data: "Data", imports: "Imports" },
          dataRows: 1,
          imported: 1,
          kept: 0,
          cleared: 0,
          warnings: [],
        },
      };
    },
  });
  renderView(DataView, host, { lang: "en-US" });
  await pick("all-orders.txt", "ads-sp-2026.csv");
  expect(texts).toEqual([
    "Reading files1 of 2: all-orders.txt — reading the file",
    "Reading files1 of 2: all-orders.txt — recognising the header and typing the rows",
    "Reading files2 of 2: ads-sp-2026.csv — reading the file",
    "Reading files2 of 2: ads-sp-2026.csv — recognising the header and typing the rows",
  ]);
  // two files of two stages each: 0, ¼, ½, ¾
  expect(values).toEqual(["0", "0.25", "0.5", "0.75"]);
  texts.length = 0;
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
  });
  await screen.findByText(/^Imported into “Data”/);
  observer.disconnect();
  expect(texts).toEqual([
    "ApplyingReading the people table",
    "ApplyingWorking out each person's actuals",
    "Applying1 of 2: Data",
    "Applying2 of 2: Imports",
  ]);
});

test("the people table's SKUs and Campaigns columns split the actuals per person, as the CLI's config does", async () => {
  const people = [
    ["Person", "Region", "Role", "Base bonus", "SKUs", "Campaigns"],
    ["Ana", "US", "ops", 1000, "MUG-*", ""],
    ["Bo", "US", "ops", 1000, "lid-*, LID-*; B0X*", ""],
    ["Luis", "MX", "ads", 800, "", "MX-Lid"],
    ["Eva", "MX", "ads", 800, "", ""],
  ];
  const host = fakeHost("office", { readTeam: async () => ({ ok: true, value: people }) });
  renderView(DataView, host, { lang: "en-US" });
  await pick("all-orders.txt", "ads-sp-2026.csv");
  fireEvent.change(screen.getByRole("textbox", { name: /^Period/ }), { target: { value: "2026-11" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
  });
  await screen.findByText(/3 of 4 people's actuals follow their SKU or campaign patterns\.$/);
  const request = host.callsOf("applyImport")[0][0] as ImportRequest;
  // comma- or semicolon-separated, repeats ignoring case dropped; blank = every row (no field)
  expect(request.config.people.map((p) => [p.name, p.skus, p.campaigns])).toEqual([
    ["Ana", ["MUG-*"], undefined],
    ["Bo", ["lid-*", "B0X*"], undefined],
    ["Luis", undefined, ["MX-Lid"]],
    ["Eva", undefined, undefined],
  ]);
  const actual = (name: string, kpi: string) =>
    request.actuals.find((a) => a.name === name)?.kpis.find((k) => k.id === kpi)?.actual;
  // All Orders, November, Amazon.com, not cancelled: MUG-BLUE 21.98 (+ MUG-RED, no price) and LID-01 5.00
  expect(actual("Ana", "gmv")).toBeCloseTo(21.98, 9);
  expect(actual("Bo", "gmv")).toBeCloseTo(5, 9);
  // Ads (MXN): MX-Lid alone is 1,600 sales over 400 spend = 4; both campaigns 7,600 / 1,600 = 4.75
  expect(actual("Luis", "roas")).toBeCloseTo(4, 9);
  expect(actual("Eva", "roas")).toBeCloseTo(4.75, 9);
});

test("a report without notices (an older reader) shows its English warnings", async () => {
  const r = await importReport({ name: "all-orders.txt", bytes: readFileSync(path.join(fixtures, "all-orders.txt")) });
  if (!r.ok) throw new Error("the fixture should be read");
  const { notices, ...bare } = r.report;
  expect(notices).toHaveLength(1);
  expect(reportWarnings(bare as never, "es-MX")).toEqual(["1 row of sales channel Non-Amazon left out"]);
  expect(reportWarnings(r.report, "es-MX")).toEqual(["Se dejó fuera 1 fila del canal de venta Non-Amazon"]);
});
