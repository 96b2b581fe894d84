import { laidOut, textUnits, wrappedLines } from "../../src/plan/layout";
import { formatNumber } from "../../src/plan/numberText";
import type { SheetPlan } from "../../src/plan/types";
import { planTemplateWorkbook, planWorkbook } from "../../src/plan/workbookPlan";
import { LANGS } from "../../src/core/types";
import { SPARE_LINES } from "../../src/plan/scorecardPlan";
import { DEMO } from "./fixtures";

describe("formatNumber: a value as its number format shows it (worked by hand)", () => {
  it.each([
    [1234567.891, '"MXN "#,##0.00', "MXN 1,234,567.89"],
    [-98006.81, '"USD "#,##0.00', "-USD 98,006.81"],
    [0.1234, "0.0%", "12.3%"],
    [0.5, "0%", "50%"],
    [0.0123, "0.00%", "1.23%"],
    [3, "0.##", "3."],
    [2.5, "0.##", "2.5"],
    [1.2345, '0.00"x"', "1.23x"],
    [12345, "#,##0", "12,345"],
    [7.5, "0.0", "7.5"],
    [1 / 3, "General", "0.333333333"],
    [46000, "yyyy-mm-dd", "2025-12-09"], // serial 46000: 45658 is 2025-01-01, + 342 days
  ])("%p in %s → %s", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe("text widths", () => {
  it("counts a CJK character as two digit widths and a Latin one as 0.9", () => {
    expect(textUnits("数据口径")).toBe(8);
    expect(textUnits("GMV 增长")).toBeCloseTo(4 * 0.9 + 4, 12);
    expect(textUnits("Ventas")).toBeCloseTo(5.4, 12);
  });

  it("wraps 100 CJK characters in a 60-wide column into 4 lines", () => {
    // 100 × 2 = 200 over 60 − 1.5 usable = 3.4 → 4 lines
    expect(wrappedLines("数".repeat(100), 60)).toBe(4);
    expect(wrappedLines("a\nb", 20)).toBe(2);
  });
});

function sheet(overrides: Partial<SheetPlan>): SheetPlan {
  return { key: "s", name: "S", blocks: [], ...overrides };
}

describe("laidOut", () => {
  it("widens a currency column to fit its largest formatted amount, never narrows a planned width", () => {
    const out = laidOut(
      sheet({
        blocks: [
          {
            at: { row: 0, col: 0 },
            cells: [
              ["Target", "KPI"],
              [1234567.891, "x"],
              [5, "y"],
            ],
          },
        ],
        numberFormats: [{ range: { top: 1, left: 0, bottom: 2, right: 0 }, format: '"MXN "#,##0.00' }],
        columnWidths: { 0: 8, 1: 30 },
      }),
    );
    // "MXN 1,234,567.89" is 16 characters: 16 × 1.1 + 1.5 padding = 19.1 → 20
    expect(out.columnWidths?.[0]).toBe(20);
    expect(out.columnWidths?.[1]).toBe(30);
  });

  it("sizes a column by its widest value of either sign and under each format, General and # decimals included", () => {
    const out = laidOut(
      sheet({
        blocks: [
          {
            at: { row: 0, col: 0 },
            cells: [
              [-98006.81, 0.123456789, 2.5],
              [99999.99, 123456, 3],
              [5, 1e-7, 12.25],
            ],
          },
        ],
        numberFormats: [
          { range: { top: 0, left: 0, bottom: 2, right: 0 }, format: '"USD "#,##0.00' },
          { range: { top: 0, left: 2, bottom: 2, right: 2 }, format: "0.##" },
        ],
      }),
    );
    // "-USD 98,006.81" (14) is wider than the larger "USD 99,999.99" (13): 14 × 1.1 + 1.5 = 16.9 → 17
    expect(out.columnWidths?.[0]).toBe(17);
    // General: "0.123456789" (11) beats 123456 (6) and 1e-7 ("1.00000e-7", 10): 11 × 1.1 + 1.5 = 13.6 → 14
    expect(out.columnWidths?.[1]).toBe(14);
    // 0.##: "12.25" (5) is widest, not the largest-looking rows: 5 × 1.1 + 1.5 = 7 → 7
    expect(out.columnWidths?.[2]).toBe(7);
  });

  it("lets a title overflow into its empty neighbour instead of widening its column or the printed page", () => {
    const out = laidOut(
      sheet({ blocks: [{ at: { row: 0, col: 0 }, cells: [["A very long workbook title over many columns", null]] }] }),
    );
    expect(out.columnWidths?.[0]).toBeUndefined();
    expect(out.print?.area).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
  });

  it("gives a wrapped definition row the height of its lines", () => {
    const out = laidOut(
      sheet({
        blocks: [{ at: { row: 0, col: 0 }, cells: [["id", "数".repeat(100)]] }],
        styles: [{ range: { top: 0, left: 1, bottom: 0, right: 1 }, style: { wrap: true } }],
        columnWidths: { 1: 60 },
      }),
    );
    // 4 lines (above) of 17 pt for CJK + 3 pt = 71 pt
    expect(out.rowHeights?.[0]).toBe(71);
  });

  it("wraps text wider than 60 digit widths instead of widening its column past it", () => {
    const long = "x".repeat(100);
    const out = laidOut(sheet({ blocks: [{ at: { row: 0, col: 0 }, cells: [[long, "next"]] }] }));
    expect(out.columnWidths?.[0]).toBe(62); // 100 × 0.9 = 90 > 60: 60 + 1.5 padding → 62
    expect(out.styles).toContainEqual({ range: { top: 0, left: 0, bottom: 0, right: 0 }, style: { wrap: true } });
    // 90 over 62 − 1.5 = 60.5 → 2 lines of 15 pt + 3
    expect(out.rowHeights?.[0]).toBe(33);
  });

  it("prints a narrow sheet portrait and a wide one landscape, one page wide, the table header repeated", () => {
    const narrow = laidOut(
      sheet({
        blocks: [{ at: { row: 0, col: 0 }, cells: [["a", "b"]] }],
        columnWidths: { 0: 20, 1: 20 },
        tables: [{ name: "t", range: { top: 0, left: 0, bottom: 3, right: 1 }, headers: ["a", "b"] }],
        freeze: { rows: 1, cols: 0 },
      }),
    );
    // the print area: the cells and tables the plan writes (rows 1–4, columns A–B)
    expect(narrow.print).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      area: { top: 0, left: 0, bottom: 3, right: 1 },
      repeatRows: { first: 0, last: 0 },
    });
    const wide = laidOut(
      sheet({ blocks: [{ at: { row: 0, col: 0 }, cells: [["a", "b"]] }], columnWidths: { 0: 50, 1: 50 } }),
    );
    expect(wide.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      area: { top: 0, left: 0, bottom: 0, right: 1 },
    });
  });
});

describe("every sheet of the workbooks carries a print layout", () => {
  it.each(LANGS)("%s: team and template workbooks", (lang) => {
    const team = planWorkbook(DEMO, lang);
    const template = planTemplateWorkbook("MX", ["ops", "warehouse"], lang);
    for (const s of [...team.sheets, ...template.sheets]) {
      expect(s.print).toMatchObject({ fitToWidth: true });
      expect(["portrait", "landscape"]).toContain(s.print?.orientation);
    }
    // the scorecard prints the people's lines, not the blank rows kept for additions
    const scorecard = team.sheets.find((s) => s.key === "scorecard");
    expect(scorecard?.print?.area?.bottom).toBe((scorecard?.tables?.[0].range.bottom ?? 0) - SPARE_LINES);
    expect(scorecard?.print?.repeatRows).toEqual({ first: 0, last: 0 });
  });
});
