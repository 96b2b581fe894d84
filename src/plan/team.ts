/**
 * A validated TeamConfig with every default applied (the Team), and its scores computed by the core.
 * Planners write the Team into the sheets and use the scores as the formulas' cached results; the
 * CLI prints the same scores with --json. One resolution, so the workbook and the JSON agree.
 */
import { DEFAULT_RULES, bonus, scorePerson, type KpiLine, type PersonScore, type ScoringRules } from "../core/scoring";
import { REGION_INFO } from "../core/regions";
import { isKpiError, type Currency, type Region, type Role, type Unit } from "../core/types";
import type { KpiDef } from "../core/catalog/kpiDef";
import { gateComparator, templateFor } from "../core/templates";
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

function resolveLines(person: PersonConfig): TeamLine[] {
  const wanted = person.kpis ?? templateKpis(person);
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

/** A person without `kpis` gets the template of region × role, every actual missing. */
function templateKpis(person: PersonConfig): KpiConfig[] {
  return templateFor(person.region, person.role, person.platforms).map((l) => ({ id: l.kpiId }));
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
    people: config.people.map((p) => ({
      name: p.name,
      region: p.region,
      role: p.role,
      baseBonus: p.baseBonus ?? 0,
      lines: resolveLines(p),
    })),
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
