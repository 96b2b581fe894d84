import { columnAddress, columnLetters, rangeAddress } from "../../../src/render/office/a1";
import { charsToPoints } from "../../../src/render/office/commands";

describe("A1 addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"], // Excel's last column
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });
  test("a range and a single cell", () => {
    expect(rangeAddress({ top: 0, left: 0, bottom: 6000, right: 10 })).toBe("A1:K6001");
    expect(rangeAddress({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("B2");
    expect(columnAddress(4)).toBe("E:E");
  });
});

describe("column widths", () => {
  test.each([
    // chars → pixels (7 per char + 5 padding) → points (× 0.75)
    [10, 56.25], // 75 px
    [20, 108.75], // 145 px
    [8.43, 48], // Excel's default width: 64 px
  ])("%f characters → %f points", (chars, points) => {
    expect(charsToPoints(chars)).toBeCloseTo(points, 5);
  });
});
