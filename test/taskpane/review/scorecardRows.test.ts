import { parseScorecardGrid, statusOfWord } from "../../../src/taskpane/review/scorecardRows";
import { SCORECARD_HEADERS } from "../../support/designHeaders";

describe("statusOfWord", () => {
  test.each([
    ["off track", "offTrack"],
    ["落后", "offTrack"],
    ["fuera de meta", "offTrack"],
    ["  At Risk ", "atRisk"],
    ["未通过", "fail"],
    ["reprobado", "fail"],
    ["sin dato", "missing"],
    ["目标无效", "invalidTarget"],
    ["pass", "pass"],
    ["达标", "onTrack"],
    ["#VALUE!", "unknown"],
    [null, "unknown"],
  ])("%s → %s", (word, status) => {
    expect(statusOfWord(word)).toBe(status);
  });
});

describe("parseScorecardGrid", () => {
  const EN = [...SCORECARD_HEADERS];
  const ZH = ["人员", "区域", "岗位", "KPI编号", "KPI", "目标", "实际", "权重", "达成率", "加权", "状态"];

  test("reads an English scorecard by its headers", () => {
    const parsed = parseScorecardGrid([
      EN,
      ["Ana", "US", "ads", "roas", "ROAS", 4, 5, 30, 1.2, 36, "on track"],
      ["Ana", "US", "ads", "ctr", "CTR", 0.004, "", 10, 0, 0, "missing"],
    ]);
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { person: "Ana", kpiId: "roas", kpi: "ROAS", attainment: 1.2, status: "onTrack" },
        { person: "Ana", kpiId: "ctr", kpi: "CTR", attainment: 0, status: "missing" },
      ],
    });
  });

  test("reads a Chinese scorecard in any pane language, columns in any order", () => {
    const header = [ZH[10], ZH[8], ZH[3], ZH[0]];
    const parsed = parseScorecardGrid([header, ["落后", 0.5, "cvr", "李雷"]]);
    expect(parsed).toEqual({
      ok: true,
      rows: [{ person: "李雷", kpiId: "cvr", kpi: "cvr", attainment: 0.5, status: "offTrack" }],
    });
  });

  test("an Excel error in Attainment reads as no attainment", () => {
    const parsed = parseScorecardGrid([
      EN,
      ["Ana", "US", "ads", "roas", "ROAS", 0, 5, 30, "#NUM!", 0, "invalid target"],
    ]);
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ attainment: null, status: "invalidTarget" });
  });

  test("blank rows are skipped", () => {
    const parsed = parseScorecardGrid([EN, ["", "", "", "", "", "", "", "", "", "", ""]]);
    expect(parsed).toEqual({ ok: true, rows: [] });
  });

  test("a table without Status is not a scorecard", () => {
    expect(parseScorecardGrid([EN.slice(0, 10)])).toEqual({ ok: false });
    expect(parseScorecardGrid([])).toEqual({ ok: false });
  });
});
