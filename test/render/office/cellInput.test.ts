import { cellInput, literalInput, needsTextPrefix, textInput } from "../../../src/render/office/cellInput";

describe("text that Excel would reinterpret gets an apostrophe", () => {
  test.each([
    // [plan string, what we write, why]
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`, "a formula"],
    ["+1", "'+1", "a leading plus is a formula"],
    ["-2", "'-2", "a leading minus is a formula / number"],
    ["@SUM(A1)", "'@SUM(A1)", "@ is the implicit-intersection operator"],
    ["  =1+1", "'  =1+1", "leading blanks do not make it safe"],
    ["'quoted", "''quoted", "Excel would eat a leading apostrophe"],
    ["#N/A", "'#N/A", "an error literal"],
    ["00123", "'00123", "leading zeros would be lost"],
    ["1/2", "'1/2", "a date"],
    ["Jan 5", "'Jan 5", "a date in en-US"],
    ["TRUE", "'TRUE", "a boolean"],
    ["false", "'false", "a boolean, any case"],
    ["Alice", "Alice", "ordinary text stays as is"],
    ["张伟", "张伟", "Chinese text stays as is"],
    ["ops", "ops", "role ids stay as is"],
    ["", "", "empty text"],
  ])("%s → %s (%s)", (input, expected) => {
    expect(textInput(input)).toBe(expected);
    expect(needsTextPrefix(input)).toBe(expected !== input);
  });
});

describe("literals", () => {
  test("null is an empty cell, written as an empty string (null would mean 'leave unchanged')", () => {
    expect(literalInput(null)).toBe("");
  });
  test("numbers and booleans are written as they are", () => {
    expect(literalInput(0.85)).toBe(0.85);
    expect(literalInput(-2)).toBe(-2);
    expect(literalInput(true)).toBe(true);
  });
  test("a non-finite number becomes an empty cell and is reported", () => {
    const onInvalid = jest.fn();
    expect(literalInput(Number.NaN, onInvalid)).toBe("");
    expect(literalInput(Number.POSITIVE_INFINITY, onInvalid)).toBe("");
    expect(onInvalid).toHaveBeenCalledTimes(2);
  });
});

describe("formulas", () => {
  const rewrite = (formula: string) => formula.replace("{{sheet:inputs}}", "'Inputs'");
  test("get a leading = and their references rewritten", () => {
    expect(cellInput({ formula: "{{sheet:inputs}}!A2" }, rewrite)).toBe("='Inputs'!A2");
  });
  test("a formula that already has = does not get a second one", () => {
    expect(cellInput({ formula: "=SUM(A1:A3)" }, rewrite)).toBe("=SUM(A1:A3)");
  });
  test("the cached result is not written (Excel computes it)", () => {
    expect(cellInput({ formula: "1+1", result: 2 }, rewrite)).toBe("=1+1");
  });
});
