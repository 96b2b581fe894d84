/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
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
    fireEvent.click(screen.getByRole("button", { name: /Read scorecard|读取考核表/ }));
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
    expect(host.callsOf("readScorecard")).toEqual([["tblScorecard_2"]]);
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
