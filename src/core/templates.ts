/**
 * KPI templates per region × role: which KPIs a person is measured on and with what weight.
 * The table is data; weights of the weighted KPIs sum to 100 per template, gates carry 0.
 * Targets are not repeated here: a weighted KPI takes the catalog's default target for the region,
 * a gate takes the threshold of the region's platform, so a threshold is edited in one place.
 */

import { getKpi } from "./catalog";
import { REGION_INFO } from "./regions";
import type { PlatformThreshold } from "./catalog/kpiDef";
import type { Comparator, Platform, Region, Role } from "./types";
import {
  DEFAULT_STAGE,
  activeProfiles,
  type ActiveProfile,
  type ProfileQuery,
  type Stage,
  type WeightShift,
} from "./weightProfiles";

export interface TemplateLine {
  kpiId: string;
  weight: number;
  target: number;
  gate: boolean;
  /** gates: the comparator of the threshold the target came from (absent when the KPI has none) */
  comparator?: Comparator;
}

export interface RoleTemplate {
  region: Region;
  role: Role;
  lines: readonly TemplateLine[];
}

/** [KPI id, weight]; weight 0 marks a gate. */
export type TemplateRow = readonly [kpiId: string, weight: number];

const US_AMAZON_SELLER_FULFILLED_GATES: readonly TemplateRow[] = [
  ["odr", 0],
  ["cancel_rate", 0],
  ["late_shipment_rate", 0],
  ["valid_tracking_rate", 0],
];
const ML_GATES: readonly TemplateRow[] = [
  ["ml_claims_rate", 0],
  ["ml_cancel_rate", 0],
  ["ml_delayed_rate", 0],
];

export const TEMPLATE_TABLE: Readonly<Record<Region, Readonly<Record<Role, readonly TemplateRow[]>>>> = {
  US: {
    ops: [
      ["gmv", 25],
      ["gmv_growth", 10],
      ["cvr", 15],
      ["sessions_growth", 10],
      ["listing_update_rate", 10],
      ["prime_coverage", 15],
      ["buybox_win_rate", 15],
      ...US_AMAZON_SELLER_FULFILLED_GATES,
      ["wm_cancel_rate", 0],
    ],
    ads: [
      ["roas", 30],
      ["acos", 25],
      ["tacos", 20],
      ["ctr", 10],
      ["cpc", 5],
      ["ad_budget_utilization", 5],
      ["ad_tests_launched", 5],
      ["odr", 0],
    ],
    cs: [
      ["response_24h_rate", 25],
      ["negative_feedback_rate", 20],
      ["return_label_compliance", 20],
      ["refund_rate", 15],
      ["a_to_z_claim_rate", 5],
      ["first_response_hours", 5],
      ["negative_review_response_hours", 10],
      ["odr", 0],
      ["wm_refund_rate", 0],
      ["wm_negative_feedback_rate", 0],
    ],
    warehouse: [
      ["in_stock_rate", 20],
      ["stockout_rate", 15],
      ["turnover_days", 20],
      ["sell_through", 15],
      ["inventory_accuracy", 10],
      ["inbound_lead_time_days", 10],
      ["peak_stock_attainment", 10],
      ["late_shipment_rate", 0],
      ["valid_tracking_rate", 0],
      ["on_time_delivery_rate", 0],
      ["wm_on_time_delivery_rate", 0],
      ["wm_valid_tracking_rate", 0],
    ],
    compliance: [
      ["cpc_certificate_coverage", 35],
      ["policy_violation_count", 25],
      ["settlement_reconciliation_rate", 25],
      ["fda_days_to_renewal", 15],
      ["fda_registration_current", 0],
    ],
    manager: [
      ["gmv", 25],
      ["net_sales", 20],
      ["gmv_growth", 15],
      ["tacos", 15],
      ["turnover_days", 10],
      ["negative_feedback_rate", 15],
      ...US_AMAZON_SELLER_FULFILLED_GATES,
      ["on_time_delivery_rate", 0],
      ["wm_cancel_rate", 0],
      ["wm_on_time_delivery_rate", 0],
      ["wm_valid_tracking_rate", 0],
      ["wm_refund_rate", 0],
      ["wm_negative_feedback_rate", 0],
    ],
  },
  MX: {
    ops: [
      ["gmv", 25],
      ["gmv_growth", 10],
      ["cvr", 15],
      ["sessions_growth", 10],
      ["listing_update_rate", 15],
      ["aov", 15],
      ["cash_instalment_share", 10],
      ...ML_GATES,
    ],
    ads: [
      ["roas", 30],
      ["acos", 25],
      ["tacos", 20],
      ["ctr", 10],
      ["cpc", 10],
      ["ad_tests_launched", 5],
      ["ml_claims_rate", 0],
    ],
    cs: [
      ["response_24h_rate", 25],
      ["ml_reputation_green", 20],
      ["negative_feedback_rate", 15],
      ["return_rate", 10],
      ["refund_rate", 10],
      ["cfdi_issuance_rate", 10],
      ["negative_review_response_hours", 10],
      ["ml_claims_rate", 0],
      ["ml_cancel_rate", 0],
    ],
    warehouse: [
      ["customs_clearance_days", 20],
      ["in_stock_rate", 20],
      ["buen_fin_stock_attainment", 15],
      ["turnover_days", 15],
      ["stockout_rate", 10],
      ["ml_full_share", 10],
      ["inventory_accuracy", 10],
      ["ml_delayed_rate", 0],
      ["ml_cancel_rate", 0],
    ],
    compliance: [
      ["cfdi_issuance_rate", 30],
      ["nom_labeling_compliance", 25],
      ["withholding_reconciliation_rate", 25],
      ["policy_violation_count", 20],
      ["rfc_current", 0],
    ],
    manager: [
      ["gmv", 25],
      ["net_sales", 20],
      ["gmv_growth", 15],
      ["tacos", 10],
      ["customs_clearance_days", 10],
      ["ml_reputation_green", 10],
      ["buen_fin_stock_attainment", 10],
      ...ML_GATES,
      ["rfc_current", 0],
    ],
  },
};

/**
 * The threshold a gate is held to: that of the first of the person's platforms (default: the
 * region's platforms) the KPI lists a threshold for.
 */
function gateThreshold(kpiId: string, region: Region, platforms?: readonly Platform[]): PlatformThreshold | undefined {
  const ps = platforms ?? REGION_INFO[region].platforms;
  return getKpi(kpiId)?.thresholds?.find((t) => ps.includes(t.platform));
}

/** The threshold a gate must meet in a region: that of the first of the region's platforms it lists. */
function gateTarget(kpiId: string, region: Region): number | undefined {
  return gateThreshold(kpiId, region)?.value ?? getKpi(kpiId)?.defaultTarget[region];
}

/**
 * The comparator of the same threshold `gateTarget` picks (the first of the region's platforms, or
 * of `platforms` when given), e.g. ("odr", "US") → "<"; undefined when the KPI has no such threshold
 * (the scorer then uses the polarity's inclusive comparator).
 */
export function gateComparator(kpiId: string, region: Region, platforms?: readonly Platform[]): Comparator | undefined {
  return gateThreshold(kpiId, region, platforms)?.comparator ?? gateThreshold(kpiId, region)?.comparator;
}

/**
 * The template of one region × role. `platforms` names the marketplaces the person sells on: a gate
 * of a platform they do not use is dropped, because a gate without an actual fails and would zero
 * the payout of, say, a US team that does not sell on Walmart. Omitted: every platform of the region.
 */
export function templateFor(region: Region, role: Role, platforms?: readonly Platform[]): readonly TemplateLine[] {
  const lines: TemplateLine[] = [];
  for (const [kpiId, weight] of TEMPLATE_TABLE[region][role]) {
    const kpi = getKpi(kpiId);
    // An id missing from the catalog is a data error the template tests report; skip it here
    // rather than hand a line without a definition to the scorecard.
    if (kpi === undefined) continue;
    if (
      kpi.gate &&
      platforms !== undefined &&
      kpi.platforms.length > 0 &&
      !kpi.platforms.some((p) => platforms.includes(p))
    ) {
      continue;
    }
    const target = kpi.gate ? gateTarget(kpiId, region) : kpi.defaultTarget[region];
    if (target === undefined) continue;
    const line: TemplateLine = { kpiId, weight: kpi.gate ? 0 : weight, target, gate: kpi.gate };
    const comparator = kpi.gate ? gateComparator(kpiId, region) : undefined;
    if (comparator !== undefined) line.comparator = comparator;
    lines.push(line);
  }
  return lines;
}

/** Templates for several roles of one region, in the order given, each role once. */
export function templatesFor(
  region: Region,
  roles: readonly Role[],
  platforms?: readonly Platform[],
): readonly RoleTemplate[] {
  return [...new Set(roles)].map((role) => ({ region, role, lines: templateFor(region, role, platforms) }));
}

/** A profile as applied: the shifts with the points that actually moved (see `shiftWeights`). */
export interface AppliedProfile extends ActiveProfile {
  moved: readonly WeightShift[];
}

/** The template of region × role for a period and stage, and which weight profiles made it. */
export interface PeriodTemplate {
  region: Region;
  role: Role;
  period?: string;
  stage: Stage;
  lines: readonly TemplateLine[];
  /** in the order applied; empty = the plain template */
  applied: readonly AppliedProfile[];
}

/**
 * Moves weight points between a template's weighted lines, shift by shift. Rebalancing keeps the sum:
 * each shift takes `min(points, the from-line's weight)` off its `from` line and adds exactly that to
 * its `to` line, so whatever the table says, Σ weights is unchanged (100 stays 100) and no weight goes
 * below 0. A `from` line brought to 0 leaves the template (a weighted KPI at 0 would read like a gate);
 * a `to` KPI the template lacks joins it before the gates, with the catalog's default target for the
 * region. A shift whose `from` is not in the template, or whose `to` is a gate or has no target in the
 * region, moves nothing. Returns the new lines and the shifts with the points moved (0-point ones left out).
 */
export function shiftWeights(
  lines: readonly TemplateLine[],
  shifts: readonly WeightShift[],
  region: Region,
): { lines: TemplateLine[]; moved: WeightShift[] } {
  const out = lines.map((l) => ({ ...l }));
  const moved: WeightShift[] = [];
  for (const s of shifts) {
    const from = out.find((l) => l.kpiId === s.from && !l.gate);
    const toKpi = getKpi(s.to);
    const toTarget = toKpi?.defaultTarget[region];
    if (from === undefined || toKpi === undefined || toKpi.gate || toTarget === undefined || s.from === s.to) continue;
    const points = Math.min(s.points, from.weight);
    if (!(points > 0)) continue;
    from.weight -= points;
    const to = out.find((l) => l.kpiId === s.to);
    if (to !== undefined) {
      to.weight += points;
    } else {
      const firstGate = out.findIndex((l) => l.gate);
      const line: TemplateLine = { kpiId: s.to, weight: points, target: toTarget, gate: false };
      out.splice(firstGate === -1 ? out.length : firstGate, 0, line);
    }
    if (from.weight === 0) out.splice(out.indexOf(from), 1);
    moved.push({ from: s.from, to: s.to, points });
  }
  return { lines: out, moved };
}

/**
 * A line's weight before the profiles that made it: its weight less the points the applied profiles
 * moved to `kpiId`, plus those they moved from it (the plain template's weight; 0 for a KPI a shift
 * brought in). `shiftWeights` records the points that actually moved, so this undoes it exactly.
 */
export function weightBeforeProfiles(weight: number, kpiId: string, applied: readonly AppliedProfile[]): number {
  let base = weight;
  for (const a of applied)
    for (const m of a.moved) {
      if (m.to === kpiId) base -= m.points;
      if (m.from === kpiId) base += m.points;
    }
  return base;
}

export interface PeriodTemplateOptions extends ProfileQuery {
  /** the marketplaces sold on, as for `templateFor` */
  platforms?: readonly Platform[];
}

/**
 * The template of region × role for a period (`YYYY-MM`) and a store stage (default mature), with the
 * weight profiles of DESIGN §9 applied: the event whose month it is (dates from the promo calendar),
 * then the stage. Without a period or profile it is `templateFor`'s template.
 */
export function templateForPeriod(region: Region, role: Role, options: PeriodTemplateOptions = {}): PeriodTemplate {
  const stage = options.stage ?? DEFAULT_STAGE;
  let lines: readonly TemplateLine[] = templateFor(region, role, options.platforms);
  const applied: AppliedProfile[] = [];
  for (const active of activeProfiles(region, role, options)) {
    const result = shiftWeights(lines, active.profile.shifts, region);
    lines = result.lines;
    applied.push({ ...active, moved: result.moved });
  }
  const template: PeriodTemplate = { region, role, stage, lines, applied };
  if (options.period !== undefined) template.period = options.period;
  return template;
}

/** `templatesFor` for a period and stage: one PeriodTemplate per role, in the order given, each role once. */
export function periodTemplatesFor(
  region: Region,
  roles: readonly Role[],
  options: PeriodTemplateOptions = {},
): readonly PeriodTemplate[] {
  return [...new Set(roles)].map((role) => templateForPeriod(region, role, options));
}
