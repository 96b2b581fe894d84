/**
 * The three-month chain of the monthly cycle (DESIGN §9): one team in October, November and December
 * 2026, with the actuals changing month to month. Every expected number is worked out by hand here
 * and used by the plan, CLI and LibreOffice tests.
 *
 * Ana (MX ops, base bonus 1000): gmv target 100,000 weight 60; cvr target 0.10 weight 40.
 * Bo (US ads, base bonus 2000): acos target 0.25 (lower) weight 100; gate odr (Amazon: under 1%).
 * Tiers 0.8 → 0.5, 0.9 → 0.8, 1.0 → 1.0, 1.1 → 1.2; cap 1.2; a failed gate pays 0.
 *
 * October:  Ana gmv 90,000 → 0.9; cvr 0.08 → 0.8; score (60·0.9 + 40·0.8)/100 = (54 + 32)/100 = 0.86
 *           → tier 0.8 → payout 0.5, bonus 500.
 *           Bo acos 0.25 → 2 − 0.25/0.25 = 1; odr 0.005 < 0.01 passes; score 1 → 1.0, bonus 2000.
 * November: Ana gmv 105,000 → 1.05; cvr 0.08 → 0.8; score (63 + 32)/100 = 0.95 → 0.8, bonus 800.
 *           Bo acos 0.20 → 2 − 0.8 = 1.2; odr 0.005 passes; score 1.2 → tier 1.1 → 1.2, bonus 2400.
 * December: Ana gmv 99,000 → 0.99; cvr 0.07 → 0.7; score (59.4 + 28)/100 = 0.874 → 0.5, bonus 500.
 *           Bo acos 0.30 → 2 − 1.2 = 0.8; odr no actual → the gate fails; score 0.8 → tier 0.5,
 *           capped by the failed gate to 0; bonus 0.
 */
export type Month = "2026-10" | "2026-11" | "2026-12";

const ACTUALS: Record<Month, { gmv: number; cvr: number; acos: number; odr?: number }> = {
  "2026-10": { gmv: 90_000, cvr: 0.08, acos: 0.25, odr: 0.005 },
  "2026-11": { gmv: 105_000, cvr: 0.08, acos: 0.2, odr: 0.005 },
  "2026-12": { gmv: 99_000, cvr: 0.07, acos: 0.3 },
};

export function chainConfig(month: Month): unknown {
  const a = ACTUALS[month];
  return {
    title: "Chain team",
    period: month,
    currency: "USD",
    people: [
      {
        name: "Ana",
        region: "MX",
        role: "ops",
        baseBonus: 1000,
        kpis: [
          { id: "gmv", target: 100_000, actual: a.gmv, weight: 60 },
          { id: "cvr", target: 0.1, actual: a.cvr, weight: 40 },
        ],
      },
      {
        name: "Bo",
        region: "US",
        role: "ads",
        baseBonus: 2000,
        kpis: [
          { id: "acos", target: 0.25, actual: a.acos, weight: 100 },
          a.odr === undefined ? { id: "odr" } : { id: "odr", actual: a.odr },
        ],
      },
    ],
  };
}

/** Per month and person: score, payout, bonus (worked above). */
export const TOTALS: Record<Month, Record<"Ana" | "Bo", [number, number, number]>> = {
  "2026-10": { Ana: [0.86, 0.5, 500], Bo: [1, 1, 2000] },
  "2026-11": { Ana: [0.95, 0.8, 800], Bo: [1.2, 1.2, 2400] },
  "2026-12": { Ana: [0.874, 0.5, 500], Bo: [0.8, 0, 0] },
};

/** Per month: [person, KPI ID, target, actual (null: none), weight, attainment (null: a gate)]. */
export const LINES: Record<Month, [string, string, number, number | null, number, number | null][]> = {
  "2026-10": [
    ["Ana", "gmv", 100_000, 90_000, 60, 0.9],
    ["Ana", "cvr", 0.1, 0.08, 40, 0.8],
    ["Bo", "acos", 0.25, 0.25, 100, 1],
    ["Bo", "odr", 0.01, 0.005, 0, null],
  ],
  "2026-11": [
    ["Ana", "gmv", 100_000, 105_000, 60, 1.05],
    ["Ana", "cvr", 0.1, 0.08, 40, 0.8],
    ["Bo", "acos", 0.25, 0.2, 100, 1.2],
    ["Bo", "odr", 0.01, 0.005, 0, null],
  ],
  "2026-12": [
    ["Ana", "gmv", 100_000, 99_000, 60, 0.99],
    ["Ana", "cvr", 0.1, 0.07, 40, 0.7],
    ["Bo", "acos", 0.25, 0.3, 100, 0.8],
    ["Bo", "odr", 0.01, null, 0, null],
  ],
};
