import { renameIdentifiers, uniqueIdentifier } from "../../../src/render/office/identifiers";

describe("uniqueIdentifier", () => {
  test("keeps a free name", () => {
    expect(uniqueIdentifier("kpi_cap", new Set(["other"]))).toBe("kpi_cap");
  });
  test("suffixes a taken name, comparing case-insensitively", () => {
    expect(uniqueIdentifier("tblScorecard", new Set(["tblscorecard", "tblscorecard_2"]))).toBe("tblScorecard_3");
  });
});

describe("renameIdentifiers", () => {
  const renames = new Map([
    ["kpi_cap", "kpi_cap_2"],
    ["tblscorecard", "tblScorecard_2"],
  ]);
  test.each([
    ["MIN(kpi_cap,A1)", "MIN(kpi_cap_2,A1)", "a bare name"],
    ["MIN(KPI_CAP,A1)", "MIN(kpi_cap_2,A1)", "names are case-insensitive"],
    ["SUM(tblScorecard[Weighted])", "SUM(tblScorecard_2[Weighted])", "a structured reference"],
    [
      "SUM(tblScorecard[[#This Row],[kpi_cap]])",
      "SUM(tblScorecard_2[[#This Row],[kpi_cap]])",
      "column names inside [] are not names",
    ],
    ['IF(A1="kpi_cap",1,0)', 'IF(A1="kpi_cap",1,0)', "string literals are left alone"],
    ["'kpi_cap'!A1+kpi_cap", "'kpi_cap'!A1+kpi_cap_2", "a quoted sheet name is left alone"],
    ["Sheet1!kpi_cap", "Sheet1!kpi_cap", "a sheet-qualified (sheet-scoped) name is left alone"],
    ["kpi_capital+1E5", "kpi_capital+1E5", "only whole words"],
    ["kpi_cap(1)", "kpi_cap(1)", "a function call is not a name"],
  ])("%s → %s (%s)", (formula, expected) => {
    expect(renameIdentifiers(formula, renames)).toBe(expected);
  });
  test("no renames: the formula is returned untouched", () => {
    const formula = "MIN(kpi_cap,A1)";
    expect(renameIdentifiers(formula, new Map())).toBe(formula);
  });
});
