import { closePeriod } from "../../../src/render/office/closePeriod";
import { FakeExcel, type FakeExcelSetup } from "./fakeExcel";
import { SCORECARD_HEADERS, SUMMARY_HEADERS } from "../../support/designHeaders";

// DESIGN §9's words for tblHistory
const HISTORY_HEADERS = [
  "Period",
  "Person",
  "Region",
  "Role",
  "KPI ID",
  "Target",
  "Actual",
  "Weight",
  "Attainment",
  "Score",
  "Payout",
  "Bonus",
];
const INPUTS_HEADERS = [
  "Person",
  "Region",
  "Role",
  "KPI ID",
  "KPI",
  "Polarity",
  "Gate",
  "Target",
  "Comparator",
  "Actual",
  "Weight",
  "Cap",
];
/** What closing November appends (worked in the first test), one row per scorecard line. */
const NOV_ROWS = [
  ["2026-11", "Ana", "US", "Ads", "gmv", 100000, 105000, 40, 1.05, 0.95, 1, 1000],
  ["2026-11", "Ana", "US", "Ads", "odr", 0.01, 0.005, 0, "", 0.95, 1, 1000],
  ["2026-11", "Luis", "MX", "CS", "return_rate", 0.05, 0.08, 15, 0.4, 0.4, 0, 0],
];
const BLANK = new Array<string>(12).fill("");
const OCT_ANA_GMV = ["2026-10", "Ana", "US", "Ads", "gmv", 100000, 90000, 40, 0.9, 0.85, 0.8, 800];

function workbook(options: { period?: string | number; history?: unknown[][] } = {}): FakeExcel {
  const history = options.history ?? [OCT_ANA_GMV];
  const setup: FakeExcelSetup = {
    sheets: ["Settings", "Inputs", "Scorecard", "Summary", "History", "Notes"],
    tables: [
      { name: "tblInputs", sheet: "Inputs", address: "A1:L5" },
      { name: "tblScorecard", sheet: "Scorecard", address: "A1:K5" },
      { name: "tblSummary", sheet: "Summary", address: "A4:G7" },
      { name: "tblHistory", sheet: "History", address: `A1:L${1 + history.length}` },
    ],
    grids: [
      {
        sheet: "Settings",
        rows: [
          ["Settings"],
          ["Setting", "Value", "Note"],
          ["Title", "Team US"],
          ["Period", options.period ?? "2026-11"],
          ["Currency", "USD"],
        ],
      },
      {
        sheet: "Inputs",
        rows: [
          INPUTS_HEADERS,
          ["Ana", "US", "Ads", "gmv", "GMV", "higher", "no", 100000, "", 105000, 40, 1.2],
          ["Ana", "US", "Ads", "odr", "ODR", "lower", "yes", 0.01, "<", "=Data!$F$3", 0, ""],
          ["Luis", "MX", "CS", "return_rate", "Returns", "lower", "no", 0.05, "", 0.08, 15, 1.2],
          ["", "", "", "", "", "", "", "", "", "", "", ""],
        ],
      },
      {
        sheet: "Scorecard",
        rows: [
          [...SCORECARD_HEADERS],
          ["Ana", "US", "Ads", "gmv", "GMV", 100000, 105000, 40, 1.05, 42, "on track"],
          ["Ana", "US", "Ads", "odr", "ODR", 0.01, 0.005, 0, 2, 0, "pass"],
          ["Luis", "MX", "CS", "return_rate", "Returns", 0.05, 0.08, 15, 0.4, 6, "off track"],
          ["", "", "", "", "", "", "", "", "", "", ""],
        ],
      },
      {
        sheet: "Summary",
        at: "A4",
        rows: [
          [...SUMMARY_HEADERS],
          ["Ana", "US", "Ads", 0.95, "pass", 1, 1000],
          ["Luis", "MX", "CS", 0.4, "pass", 0, 0],
          ["", "", "", "", "", "", ""],
        ],
      },
      { sheet: "History", rows: [HISTORY_HEADERS, ...history] },
    ],
  };
  return new FakeExcel(setup);
}

describe("closePeriod", () => {
  test("appends the open workbook's results to tblHistory as values and clears the typed Inputs actuals, in 3 syncs", async () => {
    const fake = workbook();
    const result = await closePeriod({}, { run: fake.run });
    expect(result).toEqual({ ok: true, period: "2026-11", appended: 3, cleared: 2, syncs: 3 });
    expect(fake.syncsPerRun).toEqual([3]);
    // the October row untouched, then one row per scorecard line; the gate (pass) has no attainment;
    // score, payout and bonus are the person's from the summary
    expect(fake.grid("History", "A2:L5")).toEqual([OCT_ANA_GMV, ...NOV_ROWS]);
    expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L5");
    // typed actuals blanked, the formula kept; nothing else written
    expect(fake.grid("Inputs", "J2:J5")).toEqual([[""], ["=Data!$F$3"], [""], [""]]);
    expect(fake.writes.map((w) => `${w.sheet}!${w.address}`)).toEqual([
      "Inputs!J2:J2",
      "Inputs!J4:J4",
      "History!tblHistory#rows.add",
    ]);
    expect(fake.writes.every((w) => w.sync === 3)).toBe(true);
  });

  test("a period already in the history is refused and nothing is written", async () => {
    const fake = workbook({ period: "2026-10" });
    expect(await closePeriod({}, { run: fake.run })).toEqual({
      ok: false,
      code: "alreadyClosed",
      period: "2026-10",
      syncs: 2,
    });
    expect(fake.writes).toEqual([]);
    expect(fake.cell("Inputs", "J2")).toBe(105000);
  });

  test("a later period in the history is refused: 2026-11 after 2026-12 was closed", async () => {
    const fake = workbook({ history: [["2026-12", ...OCT_ANA_GMV.slice(1)]] });
    expect(await closePeriod({}, { run: fake.run })).toMatchObject({
      ok: false,
      code: "laterClosed",
      period: "2026-12",
    });
    expect(fake.writes).toEqual([]);
  });

  test("a period Excel turned into a date when it was typed (serial 46327, 2026-11-01) closes 2026-11", async () => {
    const fake = workbook({ period: 46327 });
    expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: true, period: "2026-11", appended: 3 });
    expect(fake.grid("History", "A3:A5")).toEqual([["2026-11"], ["2026-11"], ["2026-11"]]);
  });

  test("no period on the Settings sheet", async () => {
    const fake = workbook({ period: "" });
    expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: false, code: "noPeriod" });
    expect(fake.writes).toEqual([]);
  });

  test("a renamed history table is the one written (BuildOutcome.identifiers)", async () => {
    const fake = workbook();
    fake.tables.find((t) => t.name === "tblHistory")!.name = "tblHistory_2";
    const result = await closePeriod({ tables: { tblHistory: "tblHistory_2" } }, { run: fake.run });
    expect(result).toMatchObject({ ok: true, appended: 3 });
    expect(fake.tables.find((t) => t.name === "tblHistory_2")?.address).toBe("A1:L5");
  });

  test.each([
    ["none", 105000],
    // the first Inputs clear ran, then the batch failed: 105000 is written back
    [1, 105000],
  ] as const)(
    "a failed write (executed %s) leaves the history as it was and puts the typed actuals back",
    async (executed, j2) => {
      const fake = workbook();
      fake.failures.push({ atSync: 3, executed });
      const result = await closePeriod({}, { run: fake.run });
      expect(result).toMatchObject({ ok: false, code: "failed", restored: true });
      expect(fake.runs).toBe(2); // the write, then a fresh Excel.run that checks and restores
      expect(fake.grid("History", "A1:L3")).toEqual([HISTORY_HEADERS, OCT_ANA_GMV, new Array(12).fill("")]);
      expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L2");
      expect(fake.cell("Inputs", "J2")).toBe(j2);
      expect(fake.cell("Inputs", "J3")).toBe("=Data!$F$3");
      expect(fake.cell("Inputs", "J4")).toBe(0.08);
    },
  );

  test("a write that failed after the history append (the batch's last command) ran in full: closed", async () => {
    const fake = workbook();
    fake.failures.push({ atSync: 3, executed: "all" });
    expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: true, period: "2026-11", appended: 3 });
    expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L5");
  });

  describe("the blank rows at the history's end (a first history's placeholder) are filled first", () => {
    test("a first history: its blank row takes the first line, rows.add the other two", async () => {
      const fake = workbook({ history: [BLANK] });
      expect(await closePeriod({}, { run: fake.run })).toEqual({
        ok: true,
        period: "2026-11",
        appended: 3,
        cleared: 2,
        syncs: 3,
      });
      expect(fake.grid("History", "A1:L5")).toEqual([HISTORY_HEADERS, ...NOV_ROWS, BLANK]);
      expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L4");
      expect(fake.writes.filter((w) => w.sheet === "History").map((w) => [w.address, w.data?.length])).toEqual([
        ["A2:L2", 1],
        ["tblHistory#rows.add", 2],
      ]);
    });

    test("a filled row stays as it is: October kept, the two blank rows below it filled, one row added", async () => {
      const fake = workbook({ history: [OCT_ANA_GMV, BLANK, BLANK] });
      expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: true, appended: 3 });
      expect(fake.grid("History", "A2:L5")).toEqual([OCT_ANA_GMV, ...NOV_ROWS]);
      expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L5");
      expect(fake.writes.filter((w) => w.sheet === "History").map((w) => [w.address, w.data?.length])).toEqual([
        ["A3:L4", 2],
        ["tblHistory#rows.add", 1],
      ]);
    });

    test("a blank row above a filled one is not at the end: left blank, all three rows appended", async () => {
      const fake = workbook({ history: [BLANK, OCT_ANA_GMV] });
      expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: true, appended: 3 });
      expect(fake.grid("History", "A2:L6")).toEqual([BLANK, OCT_ANA_GMV, ...NOV_ROWS]);
      expect(fake.writes.filter((w) => w.sheet === "History").map((w) => w.address)).toEqual(["tblHistory#rows.add"]);
    });

    test("more blank rows than lines: three of the four filled, nothing added, the table's size kept", async () => {
      const fake = workbook({ history: [BLANK, BLANK, BLANK, BLANK] });
      expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: true, appended: 3 });
      expect(fake.grid("History", "A2:L5")).toEqual([...NOV_ROWS, BLANK]);
      expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L5");
      expect(fake.writes.filter((w) => w.sheet === "History").map((w) => w.address)).toEqual(["A2:L4"]);
    });

    test.each([
      // queued: Inputs J2, Inputs J4, the placeholder (History A2:L2), rows.add
      [3, "the placeholder written, not the append"],
      [1, "one actual cleared"],
    ] as const)(
      "a write failing after %s commands (%s) leaves the history blank as it was",
      async (executed, _what) => {
        const fake = workbook({ history: [BLANK] });
        fake.failures.push({ atSync: 3, executed });
        expect(await closePeriod({}, { run: fake.run })).toMatchObject({ ok: false, code: "failed", restored: true });
        expect(fake.grid("History", "A1:L3")).toEqual([HISTORY_HEADERS, BLANK, BLANK]);
        expect(fake.tables.find((t) => t.name === "tblHistory")?.address).toBe("A1:L2");
        expect([fake.cell("Inputs", "J2"), fake.cell("Inputs", "J4")]).toEqual([105000, 0.08]);
        // the batch's placeholder write, then the fresh run's blanks
        expect(fake.writes.filter((w) => w.address === "A2:L2").map((w) => w.data)).toEqual([[NOV_ROWS[0]], [BLANK]]);
      },
    );

    test.each([
      // the placeholder write is the last command when nothing is appended: it ran → closed
      ["all", true],
      [2, false],
    ] as const)("nothing to append, failure with %s commands run: closed %s", async (executed, closed) => {
      const fake = workbook({ history: [BLANK, BLANK, BLANK] });
      fake.failures.push({ atSync: 3, executed });
      const result = await closePeriod({}, { run: fake.run });
      expect(result.ok).toBe(closed);
      expect(fake.grid("History", "A2:L4")).toEqual(closed ? NOV_ROWS : [BLANK, BLANK, BLANK]);
      expect(fake.cell("Inputs", "J2")).toBe(closed ? "" : 105000);
    });
  });
});
