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
import { kpiDefaults } from "./kpiDefaults";
import type { KpiConfig, PersonConfig, TeamConfig } from "./teamConfig";

export interface TeamLine extends KpiLine {
  unit: Unit;
  def: KpiDef;
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
}

export interface Team {
  title: string;
  period: string;
  currency: Currency;
  rules: ScoringRules;
  people: TeamMember[];
}

export interface MemberScore {
  member: TeamMember;
  score: PersonScore;
  bonus: number;
}

function resolveLines(person: PersonConfig, wanted: readonly KpiConfig[]): TeamLine[] {
  return wanted.map((k) => {
    const d = kpiDefaults(k.id, person.region, person.role);
    // parseTeamConfig has checked the ids and that a target exists; reaching here means it was skipped.
    if (d === undefined) throw new Error(`Team config was not validated: unknown KPI "${k.id}"`);
    const target = k.target ?? d.target;
    if (target === undefined) throw new Error(`Team config was not validated: no target for "${k.id}"`);
    return {
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

function resolveMember(person: PersonConfig, period: string): TeamMember {
  const member: TeamMember = {
    name: person.name,
    region: person.region,
    role: person.role,
    baseBonus: person.baseBonus ?? 0,
    lines: [],
    stage: person.stage ?? DEFAULT_STAGE,
  };
  if (person.kpis !== undefined) {
    member.lines = resolveLines(person, person.kpis);
  } else {
    const t = templateKpis(person, period);
    member.lines = resolveLines(person, t.kpis);
    member.profiles = t.profiles;
  }
  return member;
}

/** Applies every default to a config that parseTeamConfig accepted. */
export function resolveTeam(config: TeamConfig): Team {
  const first = config.people[0];
  return {
    title: config.title,
    period: config.period,
    currency: config.currency ?? REGION_INFO[first.region].currency,
    rules: {
      cap: config.cap === undefined ? DEFAULT_RULES.cap : config.cap,
      gateFailPayout: config.gateFailPayout ?? DEFAULT_RULES.gateFailPayout,
      tiers: config.tiers ?? DEFAULT_RULES.tiers,
    },
    people: config.people.map((p) => resolveMember(p, config.period)),
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
