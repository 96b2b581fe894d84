/**
 * The Excel table headers DESIGN §5 fixes for `--lang en-US`, written out from the design reference
 * (not imported from src/), so every test compares the product with the contract itself.
 */
export const SCORECARD_HEADERS: readonly string[] = [
  "Person",
  "Region",
  "Role",
  "KPI ID",
  "KPI",
  "Target",
  "Actual",
  "Weight",
  "Attainment",
  "Weighted",
  "Status",
];

export const SUMMARY_HEADERS: readonly string[] = ["Person", "Region", "Role", "Score", "Gates", "Payout", "Bonus"];
