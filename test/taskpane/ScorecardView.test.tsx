/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { TABLES } from "../../src/plan";
import type { WorkbookPlan } from "../../src/plan/types";
import { SCORECARD_MESSAGES } from "../../src/taskpane/scorecard/scorecardMessages";
import ScorecardView from "../../src/taskpane/views/ScorecardView";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/settings";
import { OUTCOME, fakeHost, renderView } from "./fakeHost";

const tableNames = (plan: WorkbookPlan) => plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));

function typePerson(row: number, name: string, region: string, role: string, bonus: string) {
  fireEvent.change(screen.getByRole("textbox", { name: `Name of person ${row}` }), { target: { value: name } });
  fireEvent.change(screen.getByRole("combobox", { name: `Region ${row}` }), { target: { value: region } });
  fireEvent.change(screen.getByRole("combobox", { name: `Role ${row}` }), { target: { value: role } });
  fireEvent.change(screen.getByRole("textbox", { name: `Base bonus ${row}` }), { target: { value: bonus } });
}

describe("Scorecard view", () => {
  test("builds the scorecard workbook of the people typed in the pane, then offers its Summary sheet", async () => {
    const host = fakeHost();
    const harness = renderView(ScorecardView, host);
    fireEvent.change(screen.getByRole("textbox", { name: "Title" }), { target: { value: "Q1 team" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Period" }), { target: { value: "2026-01" } });
    typePerson(1, "Ana", "US", "ads", "1,000");
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    typePerson(2, "Luis", "MX", "cs", "");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    await screen.findByText(`Added ${Object.keys(OUTCOME.sheetNames).length} sheets to the workbook.`);

    const [plan, onProgress] = host.callsOf("buildPlan")[0] as [WorkbookPlan, unknown];
    expect(plan.title).toBe("Q1 team");
    expect(tableNames(plan)).toEqual(expect.arrayContaining([TABLES.scorecard, TABLES.summary, TABLES.people]));
    expect(JSON.stringify(plan.sheets.find((s) => s.key === "people")!.blocks)).toContain(
      '["Ana","US","ads",1000,"mature",null,null]',
    );
    expect(typeof onProgress).toBe("function");
    expect(harness.state.lastBuild).toEqual(OUTCOME);

    fireEvent.click(screen.getByRole("button", { name: "Go to the Summary sheet" }));
    await act(async () => {});
    expect(host.callsOf("activateSheet")).toEqual([["Summary"]]);
  });

  test("the settings' rules go into the team config", async () => {
    const host = fakeHost();
    renderView(ScorecardView, host, {
      settings: {
        ...DEFAULT_SETTINGS,
        tiers: [
          { min: 0.5, payout: 0.3 },
          { min: 1, payout: 1 },
        ],
      },
    });
    typePerson(1, "Ana", "US", "ads", "");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    await screen.findByText(/Added/);
    const plan = host.callsOf("buildPlan")[0][0] as WorkbookPlan;
    const settings = plan.sheets.find((s) => s.key === "settings")!;
    const tiers = settings.tables!.find((t) => t.name === "tblTiers")!;
    expect(tiers.range.bottom - tiers.range.top).toBe(2);
  });

  test("progress shows while building", async () => {
    let finish: () => void = () => {};
    const host = fakeHost("office", {
      buildPlan: (_plan, onProgress) =>
        new Promise((resolve) => {
          onProgress?.(3, 10, "Scorecard");
          finish = () => resolve({ ok: true, value: OUTCOME });
        }),
    });
    renderView(ScorecardView, host);
    typePerson(1, "Ana", "US", "ads", "");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.3");
    expect(screen.getByText("Scorecard (3 of 10)")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Build scorecard" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("without a named person it asks for one and builds nothing", async () => {
    const host = fakeHost();
    renderView(ScorecardView, host);
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Add at least one person with a name.");
    expect(host.callsOf("buildPlan")).toEqual([]);
  });

  test("a bonus that is not a number stops the build and names the row", async () => {
    renderView(ScorecardView, fakeHost());
    typePerson(1, "Ana", "US", "ads", "a lot");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Row 1: the base bonus “a lot” is not a number.");
  });

  test("the core's validation message reaches the person (duplicate names)", async () => {
    renderView(ScorecardView, fakeHost());
    typePerson(1, "Ana", "US", "ads", "");
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    typePerson(2, "ANA", "MX", "ops", "");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^Check the team: people\[1\]\.name: duplicate/);
  });

  test("reads the people table of the workbook into the pane", async () => {
    const host = fakeHost("office", {
      readTeam: async () => ({
        ok: true,
        value: [
          ["人员", "区域", "岗位", "基础奖金"],
          ["王芳", "MX", "ops", 8000],
          ["李雷", "US", "chef", 1],
        ],
      }),
    });
    renderView(ScorecardView, host, { lastBuild: { ...OUTCOME, identifiers: { tblPeople: "tblPeople_2" } } });
    fireEvent.click(screen.getByRole("button", { name: "Read the people table" }));
    expect((await screen.findByRole("status")).textContent).toBe(
      "Read 1 people. 1 rows skipped. Row 3: unknown role “chef”.",
    );
    expect(host.callsOf("readTeam")).toEqual([["tblPeople_2"]]);
    expect((screen.getByRole("textbox", { name: "Name of person 1" }) as HTMLInputElement).value).toBe("王芳");
    expect((screen.getByRole("combobox", { name: "Region 1" }) as HTMLSelectElement).value).toBe("MX");
    expect((screen.getByRole("textbox", { name: "Base bonus 1" }) as HTMLInputElement).value).toBe("8000");
  });

  test("a Store stage column is read and built: the launch store's weights shift (US ads roas 30 − 10 = 20)", async () => {
    const host = fakeHost("office", {
      readTeam: async () => ({
        ok: true,
        value: [
          ["Person", "Region", "Role", "Store stage"],
          ["Ana", "US", "ads", "launch"],
          ["Ben", "US", "ads", ""],
        ],
      }),
    });
    renderView(ScorecardView, host);
    fireEvent.click(screen.getByRole("button", { name: "Read the people table" }));
    await screen.findByText("Store stage from the table, which shifts their template weights: Ana — Launch.");
    fireEvent.click(screen.getByRole("button", { name: "Build scorecard" }));
    await waitFor(() => expect(host.callsOf("buildPlan")).toHaveLength(1));
    const plan = host.callsOf("buildPlan")[0][0] as WorkbookPlan;
    const inputs = plan.sheets.find((s) => s.key === "inputs")!.blocks[0].cells;
    const roas = (person: string) => {
      const cell = inputs.find((r) => r[0] === person && r[3] === "roas")?.[10];
      return typeof cell === "object" && cell !== null && "result" in cell ? cell.result : cell;
    };
    expect([roas("Ana"), roas("Ben")]).toEqual([20, 30]);
  });

  test("an unknown stage in the table skips the row and says why", async () => {
    const host = fakeHost("office", {
      readTeam: async () => ({
        ok: true,
        value: [
          ["Person", "Region", "Role", "Stage"],
          ["Ana", "US", "ads", "startup"],
        ],
      }),
    });
    renderView(ScorecardView, host);
    fireEvent.click(screen.getByRole("button", { name: "Read the people table" }));
    expect((await screen.findByRole("status")).textContent).toBe(
      "Read 0 people. 1 rows skipped. Row 2: unknown store stage “startup” (launch, growth or mature).",
    );
  });

  test("the stage catalogs have the same keys and placeholders", () => {
    const shape = (lang: keyof typeof SCORECARD_MESSAGES) =>
      Object.entries(SCORECARD_MESSAGES[lang]).map(([k, v]) => [k, [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1])]);
    expect(shape("zh-CN")).toEqual(shape("en-US"));
    expect(shape("es-MX")).toEqual(shape("en-US"));
  });

  test("no people table: says so and points to the selection", async () => {
    renderView(ScorecardView, fakeHost());
    fireEvent.click(screen.getByRole("button", { name: "Read the people table" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^No people table \(tblPeople\)/);
  });

  test("reads the selected range; a range without headers is explained", async () => {
    const host = fakeHost("office", { readSelection: async () => ({ ok: true, value: [["Ana", "US", "ads"]] }) });
    renderView(ScorecardView, host);
    fireEvent.click(screen.getByRole("button", { name: "Read the selected range" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The range needs a header row with Person, Region and Role (Base bonus optional).",
    );
  });

  test("outside Excel there is no selection to read", () => {
    renderView(ScorecardView, fakeHost("browser"));
    expect(screen.queryByRole("button", { name: "Read the selected range" })).toBeNull();
  });

  test("removing the only person leaves an empty row", () => {
    renderView(ScorecardView, fakeHost());
    typePerson(1, "Ana", "US", "ads", "");
    fireEvent.click(screen.getByRole("button", { name: "Remove Ana" }));
    expect((screen.getByRole("textbox", { name: "Name of person 1" }) as HTMLInputElement).value).toBe("");
  });
});
