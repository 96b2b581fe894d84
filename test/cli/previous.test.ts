/**
 * `build --previous LAST.xlsx` (DESIGN §9): a three-month chain October → November → December built
 * with the CLI, each month from the one before; the history rows and the review's changes checked
 * cell by cell against the values worked by hand in test/plan/cycleFixtures.ts; and the refusals.
 *
 * Runs `main` in-process (the same function bin/kpi-scorecard.js calls). Cached formula values are
 * read from the sheet XML (cachedValues), as ExcelJS reads a cached 0 as no value.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readPrevious } from "../../src/cli/previous";
import { cachedValues } from "../../src/cli/cachedValues";
import { HISTORY_TABLE } from "../../src/plan/historyPlan";
import { REVIEW_COL, REVIEW_LAYOUT, REVIEW_TABLE, TREND_COL } from "../../src/plan/reviewPlan";
import { LINES, TOTALS, chainConfig, type Month } from "../plan/cycleFixtures";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let work: string;
const file = (name: string) => path.join(work, name);

function writeConfig(month: Month, name = `${month}.json`): string {
  writeFileSync(file(name), JSON.stringify(chainConfig(month)));
  return file(name);
}

async function build(month: Month, previous?: string, lang = "en-US"): Promise<Run> {
  const args = ["build", "--config", writeConfig(month), "--out", file(`${month}.xlsx`), "--lang", lang];
  if (previous !== undefined) args.push("--previous", previous);
  return cli(args);
}

interface Sheet {
  ws: ExcelJS.Worksheet;
  /** one-based row/col → the cell's value, a formula's cached one */
  at: (row: number, col: number) => unknown;
}

function valueOf(cell: ExcelJS.Cell, cached: Map<string, unknown>): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cached.get(cell.address) : cell.value;
}

async function open(name: string, sheetName: string): Promise<Sheet> {
  const bytes = readFileSync(file(name));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const ws = wb.getWorksheet(sheetName);
  if (ws === undefined) throw new Error(`${name} has no sheet ${sheetName}`);
  const cached = (await cachedValues(bytes, [sheetName])).get(sheetName)!;
  return {
    ws,
    at: (row, col) => valueOf(ws.getCell(row, col), cached),
  };
}

/** The body rows of a sheet's table as arrays of cell values (formulas: cached values). */
function tableRows(sheet: Sheet, table: string): unknown[][] {
  const t = (sheet.ws as unknown as { getTables(): { table: { name: string; tableRef: string } }[] })
    .getTables()
    .find((x) => x.table.name === table);
  if (t === undefined) throw new Error(`no ${table}`);
  const [from, to] = t.table.tableRef.split(":").map((a) => sheet.ws.getCell(a));
  const rows: unknown[][] = [];
  for (let r = Number(from.row) + 1; r <= Number(to.row); r++) {
    const row: unknown[] = [];
    for (let c = Number(from.col); c <= Number(to.col); c++) row.push(sheet.at(r, c));
    rows.push(row);
  }
  return rows;
}

/** The history rows a month's results make: Period, Person, Region, Role, KPI ID, Target … Bonus (en-US words). */
function expectedHistory(month: Month): unknown[][] {
  return LINES[month].map(([person, id, target, actual, weight, att]) => {
    const [score, payout, bonus] = TOTALS[month][person as "Ana" | "Bo"];
    const region = person === "Ana" ? "MX" : "US";
    const role = person === "Ana" ? "ops" : "ads"; // the en-US role words are the ids
    return [month, person, region, role, id, target, actual, weight, att, score, payout, bonus];
  });
}

function closeTo(got: unknown[][], want: unknown[][]): void {
  expect(got).toHaveLength(want.length);
  got.forEach((row, i) =>
    row.forEach((v, j) => {
      const w = want[i][j];
      if (typeof w === "number" && typeof v === "number") expect(v).toBeCloseTo(w, 12);
      else expect([i, j, v]).toEqual([i, j, w]);
    }),
  );
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "kpi-previous-"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("three months: October → November → December, each built with --previous", () => {
  beforeAll(async () => {
    expect((await build("2026-10")).code).toBe(0);
    expect((await build("2026-11", file("2026-10.xlsx"))).code).toBe(0);
    expect((await build("2026-12", file("2026-11.xlsx"))).code).toBe(0);
  }, 60_000);

  test("October, built without --previous, has no history and no review", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("2026-10.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).not.toContain("Review");
    expect(wb.worksheets.map((w) => w.name)).not.toContain("KPI history");
  });

  test("November's history holds October's results, row by row", async () => {
    const sheet = await open("2026-11.xlsx", "KPI history");
    // header exactly DESIGN §9's words under en-US
    expect([...Array(12).keys()].map((c) => sheet.at(1, c + 1))).toEqual([
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
    ]);
    closeTo(tableRows(sheet, HISTORY_TABLE), expectedHistory("2026-10"));
  });

  test("December's history: October's rows carried exactly as November held them, then November's", async () => {
    const nov = tableRows(await open("2026-11.xlsx", "KPI history"), HISTORY_TABLE);
    const dec = tableRows(await open("2026-12.xlsx", "KPI history"), HISTORY_TABLE);
    expect(dec.slice(0, nov.length)).toEqual(nov); // not close: the very values
    closeTo(dec, [...expectedHistory("2026-10"), ...expectedHistory("2026-11")]);
  });

  test("November's review: off-track first, attainment against October and the change", async () => {
    const sheet = await open("2026-11.xlsx", "Review");
    expect(sheet.at(REVIEW_LAYOUT.compareRow + 1, 2)).toBe("2026-10");
    const rows = tableRows(sheet, REVIEW_TABLE).map((r) => [
      r[REVIEW_COL.person],
      r[REVIEW_COL.kpiId],
      r[REVIEW_COL.attainment],
      r[REVIEW_COL.previous],
      r[REVIEW_COL.change],
      r[REVIEW_COL.status],
    ]);
    closeTo(rows, [
      // cvr 0.8 is off track (< 0.9); October 0.8 → change 0
      ["Ana", "cvr", 0.8, 0.8, 0, "off track"],
      // acos 1.2 (cap) against 1 → +0.2; gmv 1.05 against 0.9 → +0.15 (equal status: attainment ascending)
      ["Ana", "gmv", 1.05, 0.9, 0.15, "on track"],
      ["Bo", "acos", 1.2, 1, 0.2, "on track"],
      // a gate has no attainment: nothing to compare
      ["Bo", "odr", "", "", "", "pass"],
    ]);
  });

  test("December's review: the failed gate first, then by attainment; changes against November", async () => {
    const sheet = await open("2026-12.xlsx", "Review");
    expect(sheet.at(REVIEW_LAYOUT.compareRow + 1, 2)).toBe("2026-11");
    const rows = tableRows(sheet, REVIEW_TABLE).map((r) => [
      r[REVIEW_COL.person],
      r[REVIEW_COL.kpiId],
      r[REVIEW_COL.attainment],
      r[REVIEW_COL.previous],
      r[REVIEW_COL.change],
      r[REVIEW_COL.status],
    ]);
    closeTo(rows, [
      ["Bo", "odr", "", "", "", "fail"],
      ["Ana", "cvr", 0.7, 0.8, -0.1, "off track"], // 0.7 − 0.8
      ["Bo", "acos", 0.8, 1.2, -0.4, "off track"], // 0.8 − 1.2
      ["Ana", "gmv", 0.99, 1.05, -0.06, "at risk"], // 0.99 − 1.05
    ]);
  });

  test("December's trend block: each person's score per period, this period from the summary", async () => {
    const sheet = await open("2026-12.xlsx", "Review");
    const top = REVIEW_LAYOUT.headerRow + 1; // A1 row of the block's header
    const block = [0, 1, 2, 3].map((r) => [0, 1, 2].map((c) => sheet.at(top + r, TREND_COL + 1 + c)));
    closeTo(block, [
      ["Period", "Ana", "Bo"],
      ["2026-10", 0.86, 1],
      ["2026-11", 0.95, 1.2],
      ["2026-12", 0.874, 0.8],
    ]);
  });

  test("the previous workbook is read, never written: bytes and mtime unchanged", async () => {
    const prev = file("2026-11.xlsx");
    const before = { bytes: readFileSync(prev), mtime: statSync(prev).mtimeMs };
    writeConfig("2026-12", "again.json");
    const r = await cli(["build", "--config", file("again.json"), "--out", file("again.xlsx"), "--previous", prev]);
    expect(r.code).toBe(0);
    expect(readFileSync(prev).equals(before.bytes)).toBe(true);
    expect(statSync(prev).mtimeMs).toBe(before.mtime);
  });

  test("a zh-CN December carries an en-US November: same rows, localized headers, table names kept", async () => {
    writeConfig("2026-12", "zh.json");
    const r = await cli([
      "build",
      "--config",
      file("zh.json"),
      "--out",
      file("zh.xlsx"),
      "--lang",
      "zh-CN",
      "--previous",
      file("2026-11.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const review = await open("zh.xlsx", "评审");
    expect(tableRows(review, REVIEW_TABLE)).toHaveLength(4);
    expect([8, 9, 10, 11].map((c) => review.at(REVIEW_LAYOUT.headerRow + 1, c))).toEqual([
      "原因",
      "措施",
      "负责人",
      "截止日期",
    ]);
    const history = await open("zh.xlsx", "历史");
    expect(history.at(1, 1)).toBe("考核期");
    const en = tableRows(await open("2026-12.xlsx", "KPI history"), HISTORY_TABLE);
    expect(tableRows(history, HISTORY_TABLE)).toEqual(en);
  });
});

describe("refusals: exit 2, one line naming the file, --out not written, the previous file unchanged", () => {
  let prev: string;
  beforeAll(async () => {
    expect((await build("2026-11")).code).toBe(0);
    prev = file("2026-11.xlsx");
  }, 30_000);

  async function refused(month: Month, previous: string, pattern: RegExp): Promise<void> {
    const before = { bytes: readFileSync(previous), mtime: statSync(previous).mtimeMs };
    const out = file(`refused-${month}.xlsx`);
    const r = await cli([
      "build",
      "--config",
      writeConfig(month, "refused.json"),
      "--out",
      out,
      "--previous",
      previous,
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline
    expect(r.stderr).toMatch(pattern);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(previous).equals(before.bytes)).toBe(true);
    expect(statSync(previous).mtimeMs).toBe(before.mtime);
  }

  test("a previous workbook of the same period", async () => {
    await refused("2026-11", prev, /2026-11\.xlsx: its period 2026-11 is the same period as this build's 2026-11/);
  });

  test("a previous workbook of a later period", async () => {
    await refused("2026-10", prev, /2026-11\.xlsx: its period 2026-11 is not before this build's 2026-10/);
  });

  test("a file that is not an .xlsx (not a zip)", async () => {
    writeFileSync(file("notes.xlsx"), "Period,Person\n2026-10,Ana\n");
    await refused(
      "2026-12",
      file("notes.xlsx"),
      /^kpi-scorecard: .*notes\.xlsx: not an \.xlsx workbook \(not a zip file\)$/m,
    );
  });

  test("a damaged .xlsx (a zip cut short)", async () => {
    writeFileSync(file("cut.xlsx"), readFileSync(prev).subarray(0, 2000));
    await refused("2026-12", file("cut.xlsx"), /cut\.xlsx: damaged \.xlsx workbook/);
  });

  test("an .xlsx that is not ours (no tblScorecard)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["Person", "Score"]);
    await wb.xlsx.writeFile(file("other.xlsx"));
    await refused("2026-12", file("other.xlsx"), /other\.xlsx: not a KPI scorecard workbook \(no tblScorecard table\)/);
  });

  test("a workbook saved without computing its formulas says so", async () => {
    // ExcelJS rewrites the file keeping the formulas but no results: as a program that does not calculate
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(prev);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }),
      ),
    );
    await wb.xlsx.writeFile(file("uncomputed.xlsx"));
    await refused("2026-12", file("uncomputed.xlsx"), /uncomputed\.xlsx: .* has a formula but no computed value/);
  });

  test("--out naming the --previous file", async () => {
    const before = readFileSync(prev);
    const r = await cli(["build", "--config", writeConfig("2026-12", "same.json"), "--out", prev, "--previous", prev]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out names the --previous workbook/);
    expect(readFileSync(prev).equals(before)).toBe(true);
  });
});

describe("a history edited in Excel: cells as typed come back as the sheet shows them", () => {
  let edited: string;
  beforeAll(async () => {
    expect((await build("2026-10")).code).toBe(0);
    expect((await build("2026-11", file("2026-10.xlsx"))).code).toBe(0);
    // As Excel saves what a person typed: 2026-10 typed over the text Period became a date, a note
    // in Actual as rich text, a link in Role, a weight as TRUE
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("2026-11.xlsx"));
    const ws = wb.getWorksheet("KPI history")!;
    ws.getCell("A2").value = new Date(Date.UTC(2026, 9, 1));
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("A3").value = new Date(Date.UTC(2026, 9, 15));
    ws.getCell("A3").numFmt = "yyyy-mm-dd";
    ws.getCell("G2").value = { richText: [{ text: "see " }, { text: "note", font: { bold: true } }] };
    ws.getCell("D3").value = { text: "ops", hyperlink: "https://example.com/ops" };
    ws.getCell("H4").value = true;
    edited = file("edited.xlsx");
    await wb.xlsx.writeFile(edited);
  }, 30_000);

  test("carried: a first-of-month date as the month, another date as the day, text and TRUE as shown", async () => {
    const read = await readPrevious(edited, "2026-12");
    if (!read.ok) throw new Error(read.message);
    expect(read.period).toBe("2026-11");
    expect(read.carried.map((r) => [r.period, r.person, r.kpiId, r.role, r.actual, r.weight])).toEqual([
      ["2026-10", "Ana", "gmv", "ops", "see note", 60],
      ["2026-10-15", "Ana", "cvr", "ops", 0.08, 40],
      ["2026-10", "Bo", "acos", "ads", 0.25, true],
      ["2026-10", "Bo", "odr", "ads", 0.005, 0],
    ]);
    // November's own results are appended after them (2026-11 is not in the carried periods)
    expect(read.appended.map((r) => [r.period, r.person, r.kpiId, r.actual])).toEqual([
      ["2026-11", "Ana", "gmv", 105_000],
      ["2026-11", "Ana", "cvr", 0.08],
      ["2026-11", "Bo", "acos", 0.2],
      ["2026-11", "Bo", "odr", 0.005],
    ]);
  });
});
