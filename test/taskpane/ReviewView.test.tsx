/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { CellGrid, HostResult } from "../../src/taskpane/hosts/WorkbookHost";
import ReviewView from "../../src/taskpane/views/ReviewView";
import { OUTCOME, fakeHost, renderView } from "./fakeHost";

const ES = [
  "Persona",
  "Región",
  "Rol",
  "ID de KPI",
  "KPI",
  "Meta",
  "Real",
  "Peso",
  "Cumplimiento",
  "Ponderado",
  "Estado",
];
const SCORECARD = [
  ES,
  ["Ana", "US", "ads", "roas", "ROAS", 4, 5, 30, 1.2, 36, "en meta"],
  ["Ana", "US", "ads", "ctr", "CTR", 0.004, "", 10, 0, 0, "sin dato"],
  ["Ana", "US", "ads", "acos", "ACoS", 0.25, 0.27, 25, 0.92, 23, "en riesgo"],
  ["Luis", "MX", "cs", "ml_claims_rate", "Reclamos", 0.01, 0.011, 0, 0.9, 0, "reprobado"],
  ["Luis", "MX", "cs", "return_rate", "Devoluciones", 0.05, 0.08, 15, 0.4, 6, "fuera de meta"],
];

async function read() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /Read scorecard|读取考核表|Leer tablero/ }));
  });
}

describe("Review view", () => {
  test("lists what needs attention, failed gates first, then worst deviation, in the pane's language", async () => {
    const host = fakeHost("office", { readScorecard: async () => ({ ok: true, value: SCORECARD }) });
    renderView(ReviewView, host, {
      lang: "zh-CN",
      lastBuild: { ...OUTCOME, identifiers: { tblScorecard: "tblScorecard_2" } },
    });
    await read();
    // then the history, which this fake answers with the scorecard again: not a history
    expect(host.callsOf("readScorecard")).toEqual([["tblScorecard_2"], ["tblHistory"]]);
    expect(screen.getByText("历史表缺少“考核期”“人员”“KPI编号”“达成率”或“得分”列。")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("5 个 KPI 中有 4 个需要关注。");
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["Luis", "Reclamos", "90%", "门槛未通过"],
      ["Ana", "CTR", "0%", "缺数据"],
      ["Luis", "Devoluciones", "40%", "落后"],
      ["Ana", "ACoS", "92%", "预警"],
    ]);
  });

  test("all on track says so", async () => {
    renderView(
      ReviewView,
      fakeHost("office", { readScorecard: async () => ({ ok: true, value: SCORECARD.slice(0, 2) }) }),
    );
    await read();
    expect(screen.getByRole("status").textContent).toBe("Every KPI is on track and every gate passes.");
    expect(screen.queryByRole("table")).toBeNull();
  });

  test("change since the latest closed period and each person's score trend, from tblHistory and tblSummary", async () => {
    const H = [
      "Periodo",
      "Persona",
      "Región",
      "Rol",
      "ID de KPI",
      "Meta",
      "Real",
      "Peso",
      "Cumplimiento",
      "Puntaje",
      "Pago",
      "Bono",
    ];
    const HISTORY = [
      H,
      ["2026-09", "Ana", "US", "ads", "gmv", 100000, 80000, 40, 0.8, 0.75, 0.5, 500],
      ["2026-09", "Ana", "US", "ads", "acos", 0.25, 0.25, 25, 1, 0.75, 0.5, 500],
      ["2026-10", "Ana", "US", "ads", "gmv", 100000, 90000, 40, 0.9, 0.85, 0.8, 800],
      ["2026-10", "Ana", "US", "ads", "acos", 0.25, 0.25, 25, 1, 0.85, 0.8, 800],
      ["2026-10", "Luis", "MX", "cs", "return_rate", 0.05, 0.08, 15, 0.5, 0.6, 0, 0],
    ];
    const SUMMARY = [
      ["Persona", "Región", "Rol", "Puntaje", "Umbrales", "Pago", "Bono"],
      ["Ana", "US", "ads", 0.95, "", 1, 1000],
      ["Luis", "MX", "cs", 0.4, "", 0, 0],
    ];
    const CARD = [
      ES,
      ["Ana", "US", "ads", "gmv", "GMV", 100000, 105000, 40, 1.05, 42, "en meta"],
      ["Ana", "US", "ads", "acos", "ACoS", 0.25, 0.27, 25, 0.92, 23, "en riesgo"],
      ["Ana", "US", "ads", "ctr", "CTR", 0.004, "", 10, "", 0, "sin dato"],
      ["Luis", "MX", "cs", "return_rate", "Devoluciones", 0.05, 0.08, 15, 0.4, 6, "fuera de meta"],
    ];
    const tables: Record<string, unknown[][]> = { tblScorecard: CARD, tblHistory: HISTORY, tblSummary: SUMMARY };
    const host = fakeHost("office", {
      readScorecard: async (name = ""): Promise<HostResult<CellGrid>> =>
        tables[name] ? { ok: true, value: tables[name] } : { ok: false, code: "notFound", detail: name },
    });
    renderView(ReviewView, host);
    await read();
    expect(host.callsOf("readScorecard")).toEqual([["tblScorecard"], ["tblHistory"], ["tblSummary"]]);

    const change = screen.getByRole("table", { name: "Change since 2026-10" });
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole("cell")
            .map((c) => c.textContent),
        );
    // gmv 1.05 − 0.9 = +15.0%; acos 0.92 − 1 = −8.0%; ctr has no actual; return_rate 0.4 − 0.5 = −10.0%
    expect(cells(change)).toEqual([
      ["Ana", "GMV", "105%", "90%", "+15.0%"],
      ["Ana", "ACoS", "92%", "100%", "-8.0%"],
      ["Ana", "CTR", "—", "—", "—"],
      ["Luis", "Devoluciones", "40%", "50%", "-10.0%"],
    ]);
    const changeCells = within(change).getAllByRole("row")[1].querySelectorAll("td");
    expect(changeCells[4].className).not.toBe(
      within(change).getAllByRole("row")[2].querySelectorAll("td")[4].className,
    );

    // Ana 75% → 85% → 95%: ▁ (0 / 0.2 × 7 = 0), ▅ (0.1 / 0.2 × 7 = 3.5 → 4), █ (7); Luis 60% → 40%: █▁
    const trend = screen.getByRole("table", { name: "Score by period" });
    const rows = within(trend).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.querySelectorAll("td")[1].textContent)).toEqual(["▁▅█", "█▁"]);
    expect(rows.map((r) => r.querySelectorAll("td")[2].textContent)).toEqual([
      "2026-09 75% → 2026-10 85% → now 95%",
      "2026-10 60% → now 40%",
    ]);
  });

  test("a workbook without a history says change and trend come once a period is closed", async () => {
    renderView(
      ReviewView,
      fakeHost("office", {
        readScorecard: async (name?: string): Promise<HostResult<CellGrid>> =>
          name === "tblScorecard" ? { ok: true, value: SCORECARD } : { ok: false, code: "notFound", detail: name },
      }),
      { lang: "es-MX" },
    );
    await read();
    expect(
      screen.getByText("Aún no hay historial (tblHistory): el cambio y la tendencia aparecen al cerrar un periodo."),
    ).toBeTruthy();
    expect(screen.getAllByRole("table")).toHaveLength(1);
  });

  describe("close the period", () => {
    const closeButton = () => screen.getByRole("button", { name: "Close the period…" });

    test("asks first; only the confirm button closes, with the last build's table and sheet names", async () => {
      const host = fakeHost("office");
      renderView(ReviewView, host, {
        lastBuild: { ...OUTCOME, sheetNames: { ...OUTCOME.sheetNames, settings: "Settings" } },
      });
      fireEvent.click(closeButton());
      expect(host.callsOf("closePeriod")).toEqual([]);
      const confirm = screen.getByRole("group", { name: "Close the period…" });
      expect(within(confirm).getByText(/the actuals typed on the Inputs sheet are cleared/)).toBeTruthy();
      await act(async () => {
        fireEvent.click(within(confirm).getByRole("button", { name: "Append and clear" }));
      });
      expect(host.callsOf("closePeriod")).toEqual([[OUTCOME.identifiers, "Settings"]]);
      expect(screen.queryByRole("group", { name: "Close the period…" })).toBeNull();
      expect(screen.getByRole("status").textContent).toBe(
        "2026-11 closed: 3 rows added to the history, 2 typed actuals cleared.",
      );
    });

    test("cancel writes nothing", () => {
      const host = fakeHost("office");
      renderView(ReviewView, host);
      fireEvent.click(closeButton());
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
      expect(screen.queryByRole("group")).toBeNull();
      expect(host.callsOf("closePeriod")).toEqual([]);
    });

    test.each([
      [{ closed: false, reason: "alreadyClosed", period: "2026-10" }, "2026-10 已在历史中：未写入任何内容。"],
      [
        { closed: false, reason: "laterClosed", period: "2026-12" },
        "历史中已有更晚的考核期（2026-12）：未写入任何内容。",
      ],
      [{ closed: false, reason: "noPeriod" }, "设置表中没有考核期：未写入任何内容。"],
    ] as const)("a refusal says why: %j", async (outcome, text) => {
      const host = fakeHost("office", { closePeriod: async () => ({ ok: true, value: outcome }) });
      renderView(ReviewView, host, { lang: "zh-CN" });
      fireEvent.click(screen.getByRole("button", { name: "关闭考核期…" }));
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "追加并清空" }));
      });
      expect(screen.getByRole("status").textContent).toBe(text);
    });

    test("after a close the view reads again and compares with the period before the one closed", async () => {
      const H = ["Period", "Person", "Region", "Role", "KPI ID", "Target", "Actual", "Weight", "Attainment", "Score"];
      const EN = ["Person", "Region", "Role", "KPI ID", "KPI", "Target", "Actual", "Weight", "Attainment", "Status"];
      const tables: Record<string, unknown[][]> = {
        tblScorecard: [EN, ["Ana", "US", "ads", "gmv", "GMV", 100000, 105000, 40, 1.05, "on track"]],
        tblHistory: [H, ["2026-10", "Ana", "US", "ads", "gmv", 100000, 90000, 40, 0.9, 0.85]],
        tblSummary: [
          ["Person", "Score"],
          ["Ana", 0.95],
        ],
      };
      const host = fakeHost("office", {
        readScorecard: async (name = ""): Promise<HostResult<CellGrid>> =>
          tables[name] ? { ok: true, value: tables[name] } : { ok: false, code: "notFound", detail: name },
        // the close appends November's row, as render/office closePeriod would
        closePeriod: async () => {
          tables.tblHistory = [
            ...tables.tblHistory,
            ["2026-11", "Ana", "US", "ads", "gmv", 100000, 105000, 40, 1.05, 0.95],
          ];
          return { ok: true, value: { closed: true, period: "2026-11", appended: 1, cleared: 0 } };
        },
      });
      renderView(ReviewView, host);
      await read();
      const changeText = () =>
        within(screen.getByRole("table", { name: /^Change since/ }))
          .getAllByRole("row")
          .map((r) => r.textContent);
      const trendText = () =>
        within(screen.getByRole("table", { name: "Score by period" })).getAllByRole("row")[1].textContent;
      // before: 1.05 − 0.9 = +15.0% against October
      expect(screen.getByRole("table", { name: "Change since 2026-10" })).toBeTruthy();
      fireEvent.click(closeButton());
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Append and clear" }));
      });
      // read again (scorecard, history, summary), still against October, not November itself (+0.0%)
      expect(host.callsOf("readScorecard").slice(3)).toEqual([["tblScorecard"], ["tblHistory"], ["tblSummary"]]);
      expect(screen.getByRole("table", { name: "Change since 2026-10" })).toBeTruthy();
      expect(changeText()[1]).toBe("AnaGMV105%90%+15.0%");
      // November once, as now: 85% → 95%
      expect(trendText()).toBe("Ana▁█2026-10 85% → now 95%");
    });

    test("opened after an earlier session closed the period: the workbook's own period is read and the one before it compared", async () => {
      const H = ["Period", "Person", "Region", "Role", "KPI ID", "Target", "Actual", "Weight", "Attainment", "Score"];
      const EN = ["Person", "Region", "Role", "KPI ID", "KPI", "Target", "Actual", "Weight", "Attainment", "Status"];
      const tables: Record<string, unknown[][]> = {
        tblScorecard: [EN, ["Ana", "US", "ads", "gmv", "GMV", 100000, 105000, 40, 1.05, "on track"]],
        tblHistory: [
          H,
          ["2026-10", "Ana", "US", "ads", "gmv", 100000, 90000, 40, 0.9, 0.85],
          ["2026-11", "Ana", "US", "ads", "gmv", 100000, 105000, 40, 1.05, 0.95],
        ],
      };
      const host = fakeHost("office", {
        readScorecard: async (name = ""): Promise<HostResult<CellGrid>> =>
          tables[name] ? { ok: true, value: tables[name] } : { ok: false, code: "notFound", detail: name },
        readPeriod: async () => ({ ok: true, value: "2026-11" }),
      });
      renderView(ReviewView, host);
      await read();
      expect(host.callsOf("readPeriod")).toHaveLength(1);
      // against October (1.05 − 0.9 = +15.0%), not November itself
      const change = screen.getByRole("table", { name: "Change since 2026-10" });
      expect(within(change).getAllByRole("row")[1].textContent).toBe("AnaGMV105%90%+15.0%");
    });

    test("after a close of the only period in the history there is nothing before it to compare with", async () => {
      const H = ["Period", "Person", "Region", "Role", "KPI ID", "Target", "Actual", "Weight", "Attainment", "Score"];
      const EN = ["Person", "Region", "Role", "KPI ID", "KPI", "Target", "Actual", "Weight", "Attainment", "Status"];
      const tables: Record<string, unknown[][]> = {
        tblScorecard: [EN, ["Ana", "US", "ads", "gmv", "GMV", 100000, 105000, 40, 1.05, "on track"]],
        tblHistory: [H, new Array(10).fill("")],
      };
      const host = fakeHost("office", {
        readScorecard: async (name = ""): Promise<HostResult<CellGrid>> =>
          tables[name] ? { ok: true, value: tables[name] } : { ok: false, code: "notFound", detail: name },
        closePeriod: async () => {
          tables.tblHistory = [H, ["2026-11", "Ana", "US", "ads", "gmv", 100000, 105000, 40, 1.05, 0.95]];
          return { ok: true, value: { closed: true, period: "2026-11", appended: 1, cleared: 0 } };
        },
      });
      renderView(ReviewView, host, { lang: "es-MX" });
      await read();
      fireEvent.click(screen.getByRole("button", { name: "Cerrar el periodo…" }));
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Agregar y borrar" }));
      });
      expect(
        screen.getByText("El historial no tiene un periodo anterior a 2026-11 con el cual comparar."),
      ).toBeTruthy();
    });

    test("outside Excel there is no period to close", () => {
      renderView(ReviewView, fakeHost("browser"));
      expect(screen.queryByRole("button", { name: "Close the period…" })).toBeNull();
    });
  });

  test("no scorecard in the workbook", async () => {
    renderView(ReviewView, fakeHost());
    await read();
    expect(screen.getByRole("alert").textContent).toBe("No scorecard (tblScorecard) found: build one first.");
  });

  test("a table that is not a scorecard", async () => {
    renderView(
      ReviewView,
      fakeHost("office", { readScorecard: async () => ({ ok: true, value: [["Name", "Score"]] }) }),
    );
    await read();
    expect(screen.getByRole("alert").textContent).toBe(
      "The scorecard table lacks the Person, KPI ID, Attainment or Status column.",
    );
  });
});
