/**
 * A validated TeamConfig with every default applied (the Team), and its scores computed by the core.
 * Planners write the Team into the sheets and use the scores as the formulas' cached results; the
 * CLI prints the same scores with --json. One resolution, so the workbook and the JSON agree.
 */
import { DEFAULT_RULES, bonus, scorePerson, type KpiLine, type PersonScore, type ScoringRules } from "../core/scoring";
import { REGION_INFO } from "../core/regions";
import { isKpiError, type Currency, type Region, type Role, type Unit } from "../core/types";
import type { KpiDef } from "../core/catalog/kpiDef";
import { gateComparator, templateForPeriod, type AppliedProfile } from "../core/templates";
import { DEFAULT_STAGE, type Stage } from "../core/weightProfiles";
import { annualValue, periodMonths, shareTarget } from "../core/annualPlan";
import { phaseRounded } from "../core/phasing";
import { kpiDefaults } from "./kpiDefaults";
import { monthShares } from "./phasingPlan";
import type { AnnualTargets, KpiConfig, PersonConfig, TeamConfig } from "./teamConfig";

export interface TeamLine extends KpiLine {
  unit: Unit;
  def: KpiDef;
  /** DESIGN §9: the target is this share of the period's target on the region's phasing sheet */
  share?: number;
}

export interface TeamMember {
  name: string;
  region: Region;
  role: Role;
  baseBonus: number;
  lines: TeamLine[];
  /** the store stage (DESIGN §9); resolveTeam always sets it, default mature */
  stage?: Stage;
  /**
   * The weight profiles that made the template weights for the team's period and this stage, in the
   * order applied (empty: the plain template). Absent: the config listed the person's own KPIs.
   */
  profiles?: readonly AppliedProfile[];
  /** report import (DESIGN §8): the person's SKU and campaign patterns, as the config gave them */
  skus?: readonly string[];
  campaigns?: readonly string[];
}

export interface Team {
  title: string;
  period: string;
  currency: Currency;
  rules: ScoringRules;
  people: TeamMember[];
  /** the config's annual plan (DESIGN §9), phased on the phasing sheets */
  annualTargets?: AnnualTargets;
  /** the year the annual targets are phased in (the period's) */
  year?: number;
}

/** Resolves a share to its target: region, KPI id, share → whole units. */
type ShareTargetOf = (region: Region, id: string, share: number) => number;

/**
 * The month targets of a region's annual target of KPI `id` in `year`, as the phasing sheet computes
 * them (phaseRounded over the year's seasonality); undefined without an annual target.
 */
export function annualMonthTargets(
  annualTargets: AnnualTargets | undefined,
  region: Region,
  id: string,
  year: number,
): number[] | undefined {
  const annual = annualTargets?.[region]?.[id];
  if (annual === undefined) return undefined;
  const months = phaseRounded(annualValue(annual), monthShares(region, year));
  return isKpiError(months) ? undefined : months;
}

export interface MemberScore {
  member: TeamMember;
  score: PersonScore;
  bonus: number;
}

function resolveLines(person: PersonConfig, wanted: readonly KpiConfig[], shareOf?: ShareTargetOf): TeamLine[] {
  return wanted.map((k) => {
    const d = kpiDefaults(k.id, person.region, person.role);
    // parseTeamConfig has checked the ids and that a target exists; reaching here means it was skipped.
    if (d === undefined) throw new Error(`Team config was not validated: unknown KPI "${k.id}"`);
    const target =
      k.share !== undefined && shareOf !== undefined ? shareOf(person.region, k.id, k.share) : (k.target ?? d.target);
    if (target === undefined) throw new Error(`Team config was not validated: no target for "${k.id}"`);
    return {
      ...(k.share !== undefined ? { share: k.share } : {}),
      id: k.id,
      target,
      actual: k.actual ?? null,
      weight: d.def.gate ? 0 : (k.weight ?? d.weight),
      polarity: d.def.polarity,
      gate: d.def.gate,
      cap: k.cap ?? d.cap ?? null,
      // a custom gate target keeps its platform's comparator (DESIGN §3)
      comparator: d.def.gate ? gateComparator(k.id, person.region, person.platforms) : undefined,
      unit: d.def.unit,
      def: d.def,
    };
  });
}

/**
 * A person without `kpis` gets the template of region × role for the team's period and their stage
 * (weight profiles, DESIGN §9), every actual missing; the weights are the profiled template's.
 */
function templateKpis(
  person: PersonConfig,
  period: string,
): { kpis: KpiConfig[]; profiles: readonly AppliedProfile[] } {
  const t = templateForPeriod(person.region, person.role, {
    period,
    stage: person.stage ?? DEFAULT_STAGE,
    platforms: person.platforms,
  });
  return {
    kpis: t.lines.map((l) => (l.gate ? { id: l.kpiId } : { id: l.kpiId, weight: l.weight })),
    profiles: t.applied,
  };
}

function resolveMember(person: PersonConfig, period: string, shareOf: ShareTargetOf): TeamMember {
  const member: TeamMember = {
    name: person.name,
    region: person.region,
    role: person.role,
    baseBonus: person.baseBonus ?? 0,
    lines: [],
    stage: person.stage ?? DEFAULT_STAGE,
  };
  if (person.skus !== undefined) member.skus = person.skus;
  if (person.campaigns !== undefined) member.campaigns = person.campaigns;
  if (person.kpis !== undefined) {
    member.lines = resolveLines(person, person.kpis, shareOf);
  } else {
    const t = templateKpis(person, period);
    member.lines = resolveLines(person, t.kpis);
    member.profiles = t.profiles;
  }
  return member;
}

/**
 * Applies every default to a config that parseTeamConfig accepted. A KPI's `share` becomes its target:
 * share × the period's month target (a quarter: its three months summed), rounded to whole units, of the
 * annual target phased in `year` (default: the period's year), as the Inputs formula computes it.
 */
export function resolveTeam(config: TeamConfig, year?: number): Team {
  const first = config.people[0];
  const planYear = year ?? Number(config.period.slice(0, 4));
  const months = periodMonths(config.period);
  const shareOf: ShareTargetOf = (region, id, share) => {
    const targets = annualMonthTargets(config.annualTargets, region, id, planYear);
    if (targets === undefined) throw new Error(`Team config was not validated: no annual target ${region}.${id}`);
    return shareTarget(share, targets, months);
  };
  return {
    ...(config.annualTargets !== undefined ? { annualTargets: config.annualTargets, year: planYear } : {}),
    title: config.title,
    period: config.period,
    currency: config.currency ?? REGION_INFO[first.region].currency,
    rules: {
      cap: config.cap === undefined ? DEFAULT_RULES.cap : config.cap,
      gateFailPayout: config.gateFailPayout ?? DEFAULT_RULES.gateFailPayout,
      tiers: config.tiers ?? DEFAULT_RULES.tiers,
    },
    people: config.people.map((p) => resolveMember(p, config.period, shareOf)),
  };
}

/** Scores every member with the core (scorePerson, bonus). */
export function scoreTeam(team: Team): MemberScore[] {
  return team.people.map((member) => {
    const score = scorePerson(member.lines, team.rules);
    const b = bonus(member.baseBonus, score.payout);
    return { member, score, bonus: isKpiError(b) ? 0 : b };
  });
}
