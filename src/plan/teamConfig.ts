/**
 * The team config of DESIGN §5 (the CLI's TEAM.json, also what the task pane can save) and its
 * validator. Bonuses are paid from these numbers, so the validator is strict: an unknown field is
 * an error (a typo such as "actaul" would otherwise silently score as missing), and every message
 * names the field by its path, e.g. `people[2].kpis[0].target: must be a number`.
 */
import type { Tier } from "../core/scoring";
import { KPI_CATALOG, getKpi } from "../core/catalog";
import { annualValue, isPhasable, type AnnualTarget } from "../core/annualPlan";
import { REGION_INFO } from "../core/regions";
import {
  REGIONS,
  ROLES,
  kpiError,
  type Currency,
  type Platform,
  type Region,
  type Result,
  type Role,
} from "../core/types";
import { STAGES, type Stage } from "../core/weightProfiles";
import { kpiDefaults } from "./kpiDefaults";

export interface KpiConfig {
  id: string;
  /** default: the template's target for region × role, else the catalog's, else the platform threshold */
  target?: number;
  /**
   * DESIGN §9: the target is this share (0 < share ≤ 1) of the period's month target of the region's
   * annual plan (`annualTargets`). Refused together with `target`: which one was meant is a guess,
   * and bonuses are paid from it.
   */
  share?: number;
  /** absent or null = not reported yet (scores 0, flagged missing) */
  actual?: number | null;
  /** default: template weight; gates carry no weight */
  weight?: number;
  /** per-KPI attainment cap; absent or null = the config's cap */
  cap?: number | null;
}

export interface PersonConfig {
  name: string;
  region: Region;
  role: Role;
  /** default 0 */
  baseBonus?: number;
  /**
   * The marketplaces this person sells on; absent = every platform of the region. Only used with the
   * template defaults: gates of other platforms are left out (a gate without an actual fails).
   */
  platforms?: Platform[];
  /** report import (DESIGN §8): the SKUs whose rows are this person's; `*` wildcards, case-insensitive; absent = all */
  skus?: string[];
  /** report import: the ad campaigns whose rows are this person's; `*` wildcards, case-insensitive; absent = all */
  campaigns?: string[];
  /** the store's stage (DESIGN §9): launch and growth shift the template weights; default mature */
  stage?: Stage;
  /** absent = the template of region × role (for the period and stage), every actual missing */
  kpis?: KpiConfig[];
}

export interface TeamConfig {
  title: string;
  period: string;
  /** bonus currency; default: the currency of the first person's region */
  currency?: Currency;
  /** default attainment cap (DEFAULT_CAP 1.2); null = uncapped */
  cap?: number | null;
  /** default 0 */
  gateFailPayout?: number;
  /** ascending by min; default DEFAULT_TIERS */
  tiers?: Tier[];
  /** report import (DESIGN §5, §8): sales are defined tax-inclusive (MX gmv not ÷ 1 + IVA); default false */
  salesIncludeTax?: boolean;
  /** report import: gmv deducts refunds; default false (GMV as ordered) */
  refundsDeducted?: boolean;
  /** DESIGN §9: per region and additive KPI, the annual target phased by month on the phasing sheet */
  annualTargets?: AnnualTargets;
  people: PersonConfig[];
}

export type AnnualTargets = Partial<Record<Region, Record<string, AnnualTarget>>>;

/** The currencies a team can report in: those of the regions, in region order. */
export const CURRENCIES: readonly Currency[] = [...new Set(REGIONS.map((r) => REGION_INFO[r].currency))];
const TEAM_FIELDS = [
  "title",
  "period",
  "currency",
  "cap",
  "gateFailPayout",
  "tiers",
  "salesIncludeTax",
  "refundsDeducted",
  "annualTargets",
  "people",
] as const;
const PERSON_FIELDS = [
  "name",
  "region",
  "role",
  "baseBonus",
  "platforms",
  "skus",
  "campaigns",
  "stage",
  "kpis",
] as const;
const KPI_FIELDS = ["id", "target", "share", "actual", "weight", "cap"] as const;
const GROWTH_FIELDS = ["lastYear", "growth"] as const;
const TIER_FIELDS = ["min", "payout"] as const;

/** Thrown inside the validator only, caught at its boundary: keeps each check a one-liner. */
class ConfigProblem {
  constructor(readonly message: string) {}
}

function fail(path: string, problem: string): never {
  // One line whatever a key or value holds: the CLI prints exactly one line on stderr.
  throw new ConfigProblem(`${path}: ${problem}`.replace(/[\r\n]+/g, " "));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(path, `must be an object (got ${describe(value)})`);
  }
  return value as Record<string, unknown>;
}

/** Keys starting with "$" or "_" are left for editors and comments ("$schema", "_note"). */
function onlyKnownFields(obj: Record<string, unknown>, known: readonly string[], path: (key: string) => string): void {
  for (const key of Object.keys(obj)) {
    if (key.startsWith("$") || key.startsWith("_")) continue;
    if (!known.includes(key)) fail(path(key), `unknown field (expected one of ${known.join(", ")})`);
  }
}

// C0 and C1 control characters (tab, CR and LF included) and DEL.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** DESIGN §3: trimmed, NFC-normalised, no control characters or lone surrogates. */
function text(value: unknown, path: string): string {
  if (value === undefined) fail(path, "is required");
  if (typeof value !== "string" || value.trim() === "") fail(path, `must be a non-empty text (got ${describe(value)})`);
  if (LONE_SURROGATE.test(value)) fail(path, "must not contain a lone surrogate (broken UTF-16)");
  const m = CONTROL.exec(value);
  if (m !== null) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    fail(path, `must not contain control characters (U+${code} at position ${m.index})`);
  }
  return value.normalize("NFC").trim();
}

function bounded(value: unknown, path: string, min: number, max: number): number {
  const n = num(value, path);
  if (n < min || n > max) fail(path, `must be between ${min} and ${max} (got ${n})`);
  return n;
}

/** Targets and actuals: |x| ≤ 1e12 (DESIGN §3). */
function amount(value: unknown, path: string): number {
  const n = num(value, path);
  if (Math.abs(n) > MAX_AMOUNT) fail(path, `must be between -1e12 and 1e12 (got ${n})`);
  return n;
}

export const MAX_WEIGHT = 1e6;
export const MAX_AMOUNT = 1e12;
export const MAX_BASE_BONUS = 1e9;
export const MAX_PAYOUT = 10;
const PERIOD = /^\d{4}-(?:(?:0[1-9]|1[0-2])|Q[1-4])$/;

function period(value: unknown, path: string): string {
  const p = text(value, path);
  if (!PERIOD.test(p)) fail(path, `must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got ${describe(p)})`);
  return p;
}

function num(value: unknown, path: string): number {
  if (typeof value !== "number") fail(path, `must be a number (got ${describe(value)})`);
  if (!Number.isFinite(value)) fail(path, "must be a finite number");
  return value;
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") fail(path, `must be true or false (got ${describe(value)})`);
  return value;
}

function nonNegative(value: unknown, path: string): number {
  const n = num(value, path);
  if (n < 0) fail(path, `must not be negative (got ${n})`);
  return n;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(path, `must be one of ${allowed.join(", ")} (got ${describe(value)})`);
  }
  return value as T;
}

function list(value: unknown, path: string, plural: string, singular: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be a list of ${plural} (got ${describe(value)})`);
  if (value.length === 0) fail(path, `must list at least one ${singular}`);
  return value;
}

function capValue(value: unknown, path: string): number | null {
  if (value === null) return null;
  const n = num(value, path);
  if (n < 1) fail(path, `must be at least 1, or null for no cap (got ${n})`);
  return n;
}

function parseTiers(value: unknown): Tier[] {
  const rows = list(value, "tiers", "tiers", "tier");
  const tiers: Tier[] = [];
  rows.forEach((row, i) => {
    const path = `tiers[${i}]`;
    const obj = record(row, path);
    onlyKnownFields(obj, TIER_FIELDS, (k) => `${path}.${k}`);
    if (!("min" in obj)) fail(`${path}.min`, "is required");
    if (!("payout" in obj)) fail(`${path}.payout`, "is required");
    const min = nonNegative(obj.min, `${path}.min`);
    const payout = bounded(obj.payout, `${path}.payout`, 0, MAX_PAYOUT);
    if (i > 0 && !(min > tiers[i - 1].min)) {
      fail(`${path}.min`, `must be greater than tiers[${i - 1}].min (${tiers[i - 1].min}): tiers ascend by min`);
    }
    tiers.push({ min, payout });
  });
  return tiers;
}

/** Edit distance counting insert, delete, substitute and swapping two neighbours as one edit each. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The one catalog id a short slip away from `id` ("rosa" → "roas"); none when unsure or tied. */
function nearestKpiId(id: string): string | undefined {
  const wanted = id.toLowerCase();
  const limit = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  for (const k of KPI_CATALOG) {
    const dist = distance(wanted, k.id);
    if (dist < bestDistance) {
      best = k.id;
      bestDistance = dist;
      tied = false;
    } else if (dist === bestDistance) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

function parseKpi(
  row: unknown,
  path: string,
  region: Region,
  role: Role,
  seen: Map<string, number>,
  index: number,
  annualTargets: AnnualTargets | undefined,
): KpiConfig {
  const obj = record(row, path);
  onlyKnownFields(obj, KPI_FIELDS, (k) => `${path}.${k}`);
  const id = text(obj.id, `${path}.id`);
  const defaults = kpiDefaults(id, region, role);
  if (defaults === undefined) {
    const near = nearestKpiId(id);
    fail(`${path}.id`, `unknown KPI ${describe(id)}${near ? ` (did you mean "${near}"?)` : ""}`);
  }
  const before = seen.get(id);
  if (before !== undefined) fail(`${path}.id`, `duplicate KPI ${describe(id)} (already at kpis[${before}])`);
  seen.set(id, index);
  const { def } = defaults;

  const out: KpiConfig = { id };
  if (obj.share !== undefined) {
    if (obj.target !== undefined) {
      fail(`${path}.share`, `cannot be given with target: the target is the share of annualTargets.${region}.${id}`);
    }
    const share = num(obj.share, `${path}.share`);
    if (!(share > 0 && share <= 1)) fail(`${path}.share`, `must be more than 0 and at most 1 (got ${share})`);
    if (annualTargets?.[region]?.[id] === undefined) {
      fail(`${path}.share`, `needs an annual target to take a share of: annualTargets.${region}.${id}`);
    }
    out.share = share;
  } else if (obj.target !== undefined) {
    out.target = amount(obj.target, `${path}.target`);
  } else if (defaults.target === undefined) {
    fail(`${path}.target`, `is required: KPI "${id}" has no default target for region ${region}`);
  }
  const target = out.share !== undefined ? 1 : (out.target ?? (defaults.target as number));
  if (def.polarity === "higher" && target <= 0) {
    fail(`${path}.target`, `must be greater than 0 for higher-is-better KPI "${id}" (got ${target})`);
  }
  if (def.polarity === "lower" && target < 0) {
    fail(`${path}.target`, `must not be negative for lower-is-better KPI "${id}" (got ${target})`);
  }
  if (obj.actual !== undefined) out.actual = obj.actual === null ? null : amount(obj.actual, `${path}.actual`);
  if (obj.weight !== undefined) {
    const weight = bounded(obj.weight, `${path}.weight`, 0, MAX_WEIGHT);
    if (def.gate && weight !== 0) {
      fail(`${path}.weight`, `"${id}" is a platform-health gate and carries no weight (use 0 or leave it out)`);
    }
    out.weight = weight;
  }
  if (obj.cap !== undefined) out.cap = capValue(obj.cap, `${path}.cap`);
  return out;
}

/** `skus` / `campaigns`: a non-empty list of distinct texts, `*` a wildcard (DESIGN §8). */
function patterns(value: unknown, path: string, plural: string, singular: string): string[] {
  const items = list(value, path, plural, singular).map((p, i) => text(p, `${path}[${i}]`));
  const seen = new Map<string, number>();
  items.forEach((p, i) => {
    const before = seen.get(p.toLowerCase());
    if (before !== undefined)
      fail(`${path}[${i}]`, `duplicate of ${path}[${before}] ${describe(p)} (patterns ignore case)`);
    seen.set(p.toLowerCase(), i);
  });
  return items;
}

function parsePerson(
  row: unknown,
  path: string,
  names: Map<string, number>,
  index: number,
  annualTargets: AnnualTargets | undefined,
): PersonConfig {
  const obj = record(row, path);
  onlyKnownFields(obj, PERSON_FIELDS, (k) => `${path}.${k}`);
  const name = text(obj.name, `${path}.name`);
  // The sheet's formulas match people by name, and Excel compares text ignoring case.
  // Names are already NFC and trimmed; line breaks are refused, so \r\n and \n cannot differ.
  const key = name.toLowerCase();
  const before = names.get(key);
  if (before !== undefined) {
    fail(`${path}.name`, `duplicate of people[${before}].name ${describe(name)} (names must be unique, ignoring case)`);
  }
  names.set(key, index);
  const region = oneOf(obj.region, REGIONS, `${path}.region`);
  const role = oneOf(obj.role, ROLES, `${path}.role`);
  const person: PersonConfig = { name, region, role };
  if (obj.baseBonus !== undefined) person.baseBonus = bounded(obj.baseBonus, `${path}.baseBonus`, 0, MAX_BASE_BONUS);
  if (obj.platforms !== undefined) {
    const allowed = REGION_INFO[region].platforms;
    const items = list(obj.platforms, `${path}.platforms`, "platforms", "platform");
    person.platforms = items.map((p, i) => oneOf(p, allowed, `${path}.platforms[${i}]`));
  }
  if (obj.skus !== undefined) person.skus = patterns(obj.skus, `${path}.skus`, "SKU patterns", "SKU pattern");
  if (obj.stage !== undefined) person.stage = oneOf(obj.stage, STAGES, `${path}.stage`);
  if (obj.campaigns !== undefined) {
    person.campaigns = patterns(obj.campaigns, `${path}.campaigns`, "campaign patterns", "campaign pattern");
  }
  if (obj.kpis !== undefined) {
    const rows = list(obj.kpis, `${path}.kpis`, "KPIs", "KPI, or be left out for the template defaults");
    const seen = new Map<string, number>();
    person.kpis = rows.map((r, i) => parseKpi(r, `${path}.kpis[${i}]`, region, role, seen, i, annualTargets));
    let sumWeights = 0;
    for (const k of person.kpis) sumWeights += kpiWeight(k, region, role);
    if (!(sumWeights > 0)) {
      fail(`${path}.kpis`, "no KPI carries weight (weights sum to 0), so the score would always be 0");
    }
  }
  return person;
}

function kpiWeight(k: KpiConfig, region: Region, role: Role): number {
  const d = kpiDefaults(k.id, region, role);
  if (d === undefined || d.def.gate) return 0;
  return k.weight ?? d.weight;
}

/** A positive amount ≤ 1e12 (DESIGN §3). */
function positiveAmount(value: unknown, path: string): number {
  const n = num(value, path);
  if (!(n > 0)) fail(path, `must be a positive number (got ${n})`);
  if (n > MAX_AMOUNT) fail(path, `must be at most 1e12 (got ${n})`);
  return n;
}

/** `annualTargets` (DESIGN §9): region → KPI → a positive number or { lastYear, growth }. */
function parseAnnualTargets(value: unknown): AnnualTargets {
  const obj = record(value, "annualTargets");
  const out: AnnualTargets = {};
  for (const [regionKey, perRegion] of Object.entries(obj)) {
    if (regionKey.startsWith("$") || regionKey.startsWith("_")) continue;
    const rpath = `annualTargets.${regionKey}`;
    if (!(REGIONS as readonly string[]).includes(regionKey)) {
      fail(rpath, `unknown region (expected one of ${REGIONS.join(", ")})`);
    }
    const region = regionKey as Region;
    const kpis: Record<string, AnnualTarget> = {};
    for (const [id, target] of Object.entries(record(perRegion, rpath))) {
      if (id.startsWith("$") || id.startsWith("_")) continue;
      const path = `${rpath}.${id}`;
      const def = getKpi(id);
      if (def === undefined) {
        const near = nearestKpiId(id);
        fail(path, `unknown KPI ${describe(id)}${near ? ` (did you mean "${near}"?)` : ""}`);
      }
      if (!isPhasable(def)) {
        fail(
          path,
          `"${id}" is a rate or an average (${def.unit}), not a total: only currency and count totals can be split by month`,
        );
      }
      if (typeof target === "object" && target !== null && !Array.isArray(target)) {
        const g = target as Record<string, unknown>;
        onlyKnownFields(g, GROWTH_FIELDS, (k) => `${path}.${k}`);
        if (!("lastYear" in g)) fail(`${path}.lastYear`, "is required");
        if (!("growth" in g)) fail(`${path}.growth`, "is required");
        const lastYear = positiveAmount(g.lastYear, `${path}.lastYear`);
        const growth = num(g.growth, `${path}.growth`);
        if (!(growth > -1)) fail(`${path}.growth`, `must be more than -1 (-100%) (got ${growth})`);
        const annual = annualValue({ lastYear, growth });
        if (!(annual <= MAX_AMOUNT)) fail(path, `last year × (1 + growth) must be at most 1e12 (got ${annual})`);
        kpis[id] = { lastYear, growth };
      } else {
        kpis[id] = positiveAmount(target, path);
      }
    }
    out[region] = kpis;
  }
  return out;
}

/** The shares of one KPI in a region may not hand out more than the whole month (1e-9 for float sums). */
function checkShareSums(config: TeamConfig): void {
  const sums = new Map<string, { sum: number; who: string[] }>();
  config.people.forEach((p, i) => {
    for (const k of p.kpis ?? []) {
      if (k.share === undefined) continue;
      const key = `${p.region}.${k.id}`;
      const s = sums.get(key) ?? { sum: 0, who: [] };
      s.sum += k.share;
      s.who.push(`people[${i}] ${k.share}`);
      sums.set(key, s);
    }
  });
  for (const [key, s] of sums) {
    if (s.sum > 1 + 1e-9) {
      fail(
        `annualTargets.${key}`,
        `the people's shares add up to ${Number(s.sum.toFixed(9))}, more than 1 (${s.who.join(", ")})`,
      );
    }
  }
}

function parseTeam(input: unknown): TeamConfig {
  const obj = record(input, "config");
  onlyKnownFields(obj, TEAM_FIELDS, (k) => k);
  const config: TeamConfig = {
    title: text(obj.title, "title"),
    period: period(obj.period, "period"),
    people: [],
  };
  if (obj.currency !== undefined) config.currency = oneOf(obj.currency, CURRENCIES, "currency");
  if (obj.cap !== undefined) config.cap = capValue(obj.cap, "cap");
  if (obj.gateFailPayout !== undefined)
    config.gateFailPayout = bounded(obj.gateFailPayout, "gateFailPayout", 0, MAX_PAYOUT);
  if (obj.tiers !== undefined) config.tiers = parseTiers(obj.tiers);
  if (obj.salesIncludeTax !== undefined) config.salesIncludeTax = flag(obj.salesIncludeTax, "salesIncludeTax");
  if (obj.refundsDeducted !== undefined) config.refundsDeducted = flag(obj.refundsDeducted, "refundsDeducted");
  if (obj.annualTargets !== undefined) config.annualTargets = parseAnnualTargets(obj.annualTargets);
  const names = new Map<string, number>();
  config.people = list(obj.people, "people", "people", "person").map((p, i) =>
    parsePerson(p, `people[${i}]`, names, i, config.annualTargets),
  );
  checkShareSums(config);
  return config;
}

/** JSON.parse's message with the line and column a person can find in an editor. */
function jsonProblem(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message);
  if (m === null) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)$/, "")}, line ${line} column ${column}`;
}

/**
 * Validates a team config (a parsed JSON value, or JSON text) and returns a clean copy holding only
 * the known fields, or a KpiError("value") whose message is one line: `<field path>: <problem>`.
 */
export function parseTeamConfig(json: unknown): Result<TeamConfig> {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      return kpiError("value", `config: not valid JSON (${jsonProblem((e as Error).message, json)})`);
    }
  }
  try {
    return parseTeam(value);
  } catch (e) {
    if (e instanceof ConfigProblem) return kpiError("value", e.message);
    throw e;
  }
}
