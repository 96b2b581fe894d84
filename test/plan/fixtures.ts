/**
 * Team configs shared by the plan, xlsx and LibreOffice tests, each named for what it shows.
 * Expected numbers are worked out by hand in the tests that use them.
 */
import demoTeam from "../../examples/demo-team.json";
import { isKpiError } from "../../src/core/types";
import { parseTeamConfig, type TeamConfig } from "../../src/plan/teamConfig";

export function config(json: unknown): TeamConfig {
  const c = parseTeamConfig(json);
  if (isKpiError(c)) throw new Error(c.message);
  return c;
}

export const DEMO = config(demoTeam);

/**
 * Two people, small enough to compute by hand:
 * Ana (US ads): roas 5/4 = 1.25 → cap 1.2; acos 2 − 0.2/0.25 = 1.2; ctr missing → 0.
 *   weights 30, 25, 10 (US ads template) → score (30·1.2 + 25·1.2 + 10·0)/65 = 66/65 ≈ 1.0153846;
 *   tier 1.0 → payout 1.0; bonus 1000 × 1.0 = 1000.
 * Ben (MX cs): response_24h_rate 0.9/0.9 = 1 (weight 25); gate ml_claims_rate 0.02 > 0.01 fails
 *   → score 1, payout gateFailPayout 0, bonus 0.
 */
export const SMALL = config({
  title: "Small team",
  period: "2025-11",
  people: [
    {
      name: "Ana",
      region: "US",
      role: "ads",
      baseBonus: 1000,
      kpis: [
        { id: "roas", target: 4, actual: 5 },
        { id: "acos", target: 0.25, actual: 0.2 },
        { id: "ctr", target: 0.004 },
      ],
    },
    {
      name: "Ben",
      region: "MX",
      role: "cs",
      baseBonus: 500,
      kpis: [
        { id: "response_24h_rate", target: 0.9, actual: 0.9 },
        { id: "ml_claims_rate", actual: 0.02 },
      ],
    },
  ],
});

/**
 * Edge cases for the formulas: names that look like formulas or criteria patterns, a person on
 * template defaults (every actual missing, so every gate fails), no cap, custom tiers, a non-zero
 * gate-fail payout, lower-is-better with target 0, a per-KPI cap below the attainment.
 */
export const EDGE = config({
  title: "=Edge cases @team",
  period: "2026-Q1",
  currency: "MXN",
  cap: null,
  gateFailPayout: 0.25,
  tiers: [
    { min: 0.5, payout: 0.3 },
    { min: 1, payout: 1 },
    { min: 1.5, payout: 2 },
  ],
  people: [
    {
      // 4/2 = 2 uncapped (cap null); policy_violation_count target 0 actual 0 → 1;
      // score (30·2 + 20·1)/50 = 1.6 → tier 1.5 → payout 2; bonus 100 × 2 = 200
      name: "=SUM(1,2)",
      region: "MX",
      role: "ads",
      baseBonus: 100,
      kpis: [
        { id: "roas", target: 2, actual: 4 },
        { id: "policy_violation_count", target: 0, actual: 0, weight: 20 },
      ],
    },
    {
      // "Li*" must not match "Li Wei" as a wildcard would: 0.45/0.5 = 0.9 → score 0.9 → tier 0.5 → 0.3;
      // policy_violation_count target 0 actual 2 → 0 with weight 0 (it does not count)
      name: "Li*",
      region: "US",
      role: "ops",
      baseBonus: 200,
      kpis: [
        { id: "cvr", target: 0.5, actual: 0.45 },
        { id: "policy_violation_count", target: 0, actual: 2, weight: 0 },
      ],
    },
    {
      // cvr 0.2/0.1 = 2 → per-KPI cap 1.3; score 1.3 → tier 1 → payout 1; bonus 300
      name: "Li Wei",
      region: "US",
      role: "ops",
      baseBonus: 300,
      kpis: [{ id: "cvr", target: 0.1, actual: 0.2, cap: 1.3 }],
    },
    // MX warehouse template, nothing reported: score 0, gates fail → payout 0.25, bonus 0.25 × 400 = 100
    { name: "<O'Brien>", region: "MX", role: "warehouse", baseBonus: 400 },
    {
      // acos 2 − 0.75/0.25 = −1 → 0 (beyond twice the target); gmv 100/100 = 1; (25·0 + 25·1)/50 = 0.5
      // → tier 0.5 → 0.3; odr 0.01 on the threshold FAILS Amazon's "under 1%" → min(0.3, 0.25) = 0.25
      name: "+52 Ana ~?",
      region: "US",
      role: "manager",
      kpis: [
        { id: "acos", target: 0.25, actual: 0.75, weight: 25 },
        { id: "gmv", target: 100, actual: 100, weight: 25 },
        { id: "odr", actual: 0.01 },
      ],
    },
  ],
});

/** A larger team: every person on their template, actuals spread around the targets. */
export function bigTeam(people: number, kpisEach = 12): TeamConfig {
  const ids = [
    "gmv",
    "gmv_growth",
    "cvr",
    "listing_update_rate",
    "in_stock_rate",
    "roas",
    "acos",
    "tacos",
    "cpc",
    "return_rate",
    "refund_rate",
    "odr",
  ].slice(0, kpisEach);
  return config({
    title: "Big team",
    period: "2025-11",
    people: Array.from({ length: people }, (_, i) => ({
      name: `Person ${i + 1}`,
      region: i % 2 ? "US" : "MX",
      role: "ops",
      baseBonus: 1000 + i,
      kpis: ids.map((id, j) => ({
        id,
        ...(id === "odr" ? {} : { target: 10 + j }),
        actual: id === "odr" ? (i % 7 === 0 ? 0.02 : 0.005) : i % 11 === 0 && j === 3 ? null : 8 + j + (i % 5) * 0.75,
      })),
    })),
  });
}
