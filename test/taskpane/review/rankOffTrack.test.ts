import { rankOffTrack, type ReviewRow } from "../../../src/taskpane/review/rankOffTrack";

const row = (person: string, kpiId: string, attainment: number | null, status: ReviewRow["status"]): ReviewRow => ({
  person,
  kpiId,
  attainment,
  status,
});

describe("rankOffTrack", () => {
  test("on-track KPIs and passed gates are left out", () => {
    const ranked = rankOffTrack([
      row("Ana", "roas", 1.2, "onTrack"),
      row("Ana", "odr", 1.5, "pass"),
      row("Ana", "acos", 0.95, "atRisk"),
    ]);
    expect(ranked.map((r) => r.kpiId)).toEqual(["acos"]);
  });

  test("worst deviation first: 1 − attainment", () => {
    // deviations: cvr 1 − 0.5 = 0.5, gmv 1 − 0.85 = 0.15, ctr 1 − 0.95 = 0.05
    const ranked = rankOffTrack([
      row("Ana", "ctr", 0.95, "atRisk"),
      row("Ben", "cvr", 0.5, "offTrack"),
      row("Ana", "gmv", 0.85, "offTrack"),
    ]);
    expect(ranked.map((r) => r.kpiId)).toEqual(["cvr", "gmv", "ctr"]);
    expect(ranked[0].deviation).toBeCloseTo(0.5, 10);
    expect(ranked[1].deviation).toBeCloseTo(0.15, 10);
    expect(ranked[2].deviation).toBeCloseTo(0.05, 10);
  });

  test("a failed gate leads even when its attainment is close to target: it zeroes the payout", () => {
    // odr: actual 1.1% against 1% → attainment 2 − 1.1 = 0.9, deviation 0.1, but the gate failed.
    const ranked = rankOffTrack([row("Ana", "cvr", 0.3, "offTrack"), row("Ana", "odr", 0.9, "fail")]);
    expect(ranked.map((r) => r.kpiId)).toEqual(["odr", "cvr"]);
  });

  test("failed gates among themselves go by deviation", () => {
    const ranked = rankOffTrack([row("Ana", "odr", 0.9, "fail"), row("Ben", "ml_claims_rate", 0, "fail")]);
    expect(ranked.map((r) => r.kpiId)).toEqual(["ml_claims_rate", "odr"]);
  });

  test("missing data and invalid targets count as attainment 0 (deviation 1), as the scorecard scores them", () => {
    const ranked = rankOffTrack([
      row("Ana", "cvr", 0.2, "offTrack"),
      row("Ana", "ctr", null, "missing"),
      row("Ben", "gmv", null, "invalidTarget"),
    ]);
    expect(ranked.map((r) => [r.kpiId, r.deviation])).toEqual([
      ["gmv", 1], // same deviation as ctr; invalid target is more severe than missing
      ["ctr", 1],
      ["cvr", 0.8],
    ]);
  });

  test("over-achievement never gives a negative deviation", () => {
    // An at-risk status with attainment above 1 cannot come from our sheet, but an edited one could.
    expect(rankOffTrack([row("Ana", "gmv", 1.3, "unknown")])[0].deviation).toBe(0);
  });

  test("ties fall back to person then KPI id, independent of locale", () => {
    const ranked = rankOffTrack([
      row("Zoé", "cvr", 0.5, "offTrack"),
      row("Ana", "gmv", 0.5, "offTrack"),
      row("Ana", "cvr", 0.5, "offTrack"),
      row("李雷", "cvr", 0.5, "offTrack"),
    ]);
    expect(ranked.map((r) => `${r.person}/${r.kpiId}`)).toEqual(["Ana/cvr", "Ana/gmv", "Zoé/cvr", "李雷/cvr"]);
  });

  test("the input is not reordered or modified", () => {
    const rows = [row("Ana", "ctr", 0.95, "atRisk"), row("Ben", "cvr", 0.5, "offTrack")];
    const copy = JSON.parse(JSON.stringify(rows));
    rankOffTrack(rows);
    expect(rows).toEqual(copy);
  });

  test("an empty scorecard gives an empty list", () => {
    expect(rankOffTrack([])).toEqual([]);
  });
});
