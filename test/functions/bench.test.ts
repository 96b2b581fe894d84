/**
 * The benchmark script runs and compares like with like (timings themselves are not asserted: the
 * machine is shared; run `npm run bench:functions` for the numbers).
 */
import "./runtime";
import { benchFunctions } from "../../scripts/bench-functions";

test("benchFunctions reports both timings and their ratio for a small ROAS grid", () => {
  const r = benchFunctions(60, 3);
  expect(r.bench).toBe("functions.roas");
  expect(r.cells).toBe(3600);
  expect(r.functionMs).toBeGreaterThanOrEqual(0);
  expect(r.bareMs).toBeGreaterThanOrEqual(0);
  expect(Number.isFinite(r.ratio) || r.bareMs === 0).toBe(true);
});
