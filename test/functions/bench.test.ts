/**
 * The benchmark script runs and compares like with like (timings themselves are not asserted: the
 * machine is shared; run `npm run bench:functions` for the numbers).
 */
import "./runtime";
import { assertSameCells, benchFunctions } from "../../scripts/bench-functions";

test("benchFunctions checks KPI.ROAS against the bare loop cell by cell on a small grid", () => {
  // benchFunctions throws unless every one of the 60 × 60 = 3600 cells agrees.
  const r = benchFunctions(60, 3);
  expect(r.bench).toBe("functions.roas");
  expect(r.cells).toBe(3600);
  expect(Number.isFinite(r.ratio) || r.bareMs === 0).toBe(true);
});

test("the cell-by-cell check throws on a single differing cell", () => {
  const bare = [
    [1, 2],
    [3, 4],
  ];
  expect(() =>
    assertSameCells(
      [
        [1, 2],
        [3, 4],
      ],
      bare,
    ),
  ).not.toThrow();
  expect(() =>
    assertSameCells(
      [
        [1, 2],
        [3, 4.5],
      ],
      bare,
    ),
  ).toThrow("[1][1]");
  expect(() => assertSameCells([[1, 2]], bare)).toThrow("rows");
});
