import { fillRuns, MIN_FILL_ROWS, shiftRows } from "../../../src/render/office/fillDown";

describe("shiftRows: relative row references move as the fill handle moves them", () => {
  it.each([
    ["=A2*B2", 3, "=A5*B5"],
    ["='Inputs'!H2/'Inputs'!G2", 1, "='Inputs'!H3/'Inputs'!G3"],
    ["=SUM($B$2:$B$101)/B7", 2, "=SUM($B$2:$B$101)/B9"], // absolute rows stay
    ["=$A2&A$1", 4, "=$A6&A$1"], // absolute column, relative row moves; relative column, absolute row stays
    ['=IF(A2="B2",1,0)', 1, '=IF(A3="B2",1,0)'], // text in quotes is not a reference
    ["='Q1 2026'!C3+LOG10(D4)", 1, "='Q1 2026'!C4+LOG10(D5)"], // quoted sheet names and LOG10( are not
    ["=VLOOKUP(D2,'KPIs'!$A:$N,6,FALSE)", 10, "=VLOOKUP(D12,'KPIs'!$A:$N,6,FALSE)"], // whole columns stay
    ["=IF(ISNUMBER(kpi_cap),kpi_cap,1E+307)", 5, "=IF(ISNUMBER(kpi_cap),kpi_cap,1E+307)"], // names, 1E+307
    ["=tblScorecard[Score]*AB12", 1, "=tblScorecard[Score]*AB13"],
  ])("%s moved %i rows → %s", (formula, rows, shifted) => {
    expect(shiftRows(formula, rows)).toBe(shifted);
  });
});

describe("fillRuns", () => {
  const row = (n: number) => [`=A${n}*2`, "ops", `=SUM($B$2:B${n})`];

  it("finds the run of rows that repeat one formula row, and leaves the header and odd rows out", () => {
    const rows = [["Head", "Role", "Sum"], ...[2, 3, 4, 5, 6, 7].map(row), ["=A8*3", "ops", "=SUM($B$2:B8)"]];
    // rows 1–6 (A1 rows 2–7) are row 1 filled down; the header and the last row (×3) are not
    expect(fillRuns(rows)).toEqual([[1, 7]]);
  });

  it("needs a literal to be the same in every row of the run", () => {
    const rows = [2, 3, 4, 5, 6].map(row);
    rows[3][1] = "ads";
    // rows 0–2 match but are fewer than MIN_FILL_ROWS; row 4 alone: no run at all
    expect(MIN_FILL_ROWS).toBe(4);
    expect(fillRuns(rows)).toEqual([]);
  });

  it("does not fill rows without a formula", () => {
    expect(fillRuns(Array.from({ length: 10 }, () => ["x", 1]))).toEqual([]);
  });
});
