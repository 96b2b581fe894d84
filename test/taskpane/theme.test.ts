import { isDarkTheme, luminance } from "../../src/taskpane/theme";

describe("Office theme → light or dark", () => {
  test.each([
    ["#FFFFFF", false], // White / Colorful
    ["#f3f2f1", false],
    ["#262626", true], // Black
    ["#444", true], // Dark Gray, short form
    ["#1b1a19", true],
  ])("body background %s is dark: %s", (color, dark) => {
    expect(isDarkTheme({ bodyBackgroundColor: color })).toBe(dark);
  });

  test("no theme or an unreadable colour means light", () => {
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({})).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "rgb(0,0,0)" })).toBe(false);
  });

  test("luminance of black and white", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("nope")).toBeUndefined();
  });
});
