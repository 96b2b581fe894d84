/**
 * People for a scorecard from cells the pane read (a table or the selection): a header row naming
 * Person, Region, Role and optionally Base bonus and Store stage (DESIGN §9: launch and growth shift
 * the template weights) in any of our languages, then a row per person.
 * Regions and roles are accepted as ids (US, ops) or as their names in any language (墨西哥, 运营,
 * Operaciones), as a person would type them. Pure: no Office, no DOM.
 */
import { REGION_INFO } from "../../core/regions";
import { ROLE_INFO } from "../../core/roles";
import { LANGS, REGIONS, ROLES, type Region, type Role } from "../../core/types";
import { DEFAULT_STAGE, STAGES, type Stage } from "../../core/weightProfiles";
import { MESSAGES as SHEET_MESSAGES, type MessageKey as SheetKey } from "../../i18n/messages";
import type { TeamConfig } from "../../plan/teamConfig";
import type { PaneSettings } from "../settings/settings";

export interface PersonRow {
  name: string;
  region: Region;
  role: Role;
  /** null: not given (the config's default, 0) */
  baseBonus: number | null;
  /** absent: not given (the config's default, mature) */
  stage?: Stage;
}

export type RowProblem =
  | { kind: "rowNoName"; row: number }
  | { kind: "rowBadRegion"; row: number; value: string }
  | { kind: "rowBadRole"; row: number; value: string }
  | { kind: "rowBadBonus"; row: number; value: string }
  | { kind: "rowBadStage"; row: number; value: string };

export type TeamGridResult =
  { ok: true; people: PersonRow[]; problems: RowProblem[] } | { ok: false; kind: "missingHeaders" };

const norm = (value: unknown): string =>
  String(value ?? "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

function headerWords(key: SheetKey, extra: readonly string[] = []): Set<string> {
  return new Set([...LANGS.map((lang) => norm(SHEET_MESSAGES[lang][key])), ...extra.map(norm)]);
}

const HEADERS = {
  person: headerWords("col.person", ["name", "姓名", "nombre", "employee"]),
  region: headerWords("col.region", ["地区", "country"]),
  role: headerWords("col.role", ["角色", "puesto"]),
  baseBonus: headerWords("col.baseBonus", ["bonus", "奖金", "bono"]),
  stage: headerWords("col.stage", ["stage", "阶段", "etapa"]),
};

const REGION_WORDS = new Map<string, Region>();
for (const r of REGIONS) {
  REGION_WORDS.set(norm(r), r);
  for (const lang of LANGS) REGION_WORDS.set(norm(REGION_INFO[r].name[lang]), r);
}
const ROLE_WORDS = new Map<string, Role>();
for (const r of ROLES) {
  ROLE_WORDS.set(norm(r), r);
  for (const lang of LANGS) ROLE_WORDS.set(norm(ROLE_INFO[r].name[lang]), r);
}

const STAGE_WORDS = new Map<string, Stage>();
for (const st of STAGES) {
  STAGE_WORDS.set(norm(st), st);
  for (const lang of LANGS) STAGE_WORDS.set(norm(SHEET_MESSAGES[lang][`stage.${st}`]), st);
}

/** A stage as an id (launch) or as the sheet's word for it in any language (新店期, lanzamiento); blank → mature. */
export function parseStage(value: unknown): Stage | undefined {
  return norm(value) === "" ? DEFAULT_STAGE : STAGE_WORDS.get(norm(value));
}

export function parseRegion(value: unknown): Region | undefined {
  return REGION_WORDS.get(norm(value));
}

export function parseRole(value: unknown): Role | undefined {
  return ROLE_WORDS.get(norm(value));
}

/** A bonus as a number: 5000, "5,000", "$5,000.50", "¥8000", "MXN 12000"; blank → null; else undefined. */
export function parseAmount(value: unknown): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const text = String(value ?? "").trim();
  if (text === "") return null;
  const cleaned = text.replace(/(usd|mxn|rmb|cny)/gi, "").replace(/[\s,$¥￥]/g, "");
  const n = Number(cleaned);
  return cleaned !== "" && Number.isFinite(n) ? n : undefined;
}

/** Rows are numbered as the person sees them: the header is row 1. */
export function parseTeamGrid(grid: readonly (readonly unknown[])[]): TeamGridResult {
  const header = (grid[0] ?? []).map(norm);
  const col = (words: Set<string>) => header.findIndex((h) => words.has(h));
  const cols = {
    person: col(HEADERS.person),
    region: col(HEADERS.region),
    role: col(HEADERS.role),
    baseBonus: col(HEADERS.baseBonus),
    stage: col(HEADERS.stage),
  };
  if (cols.person < 0 || cols.region < 0 || cols.role < 0) return { ok: false, kind: "missingHeaders" };

  const people: PersonRow[] = [];
  const problems: RowProblem[] = [];
  grid.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => norm(c) === "")) return;
    const name = String(cells[cols.person] ?? "").trim();
    const regionText = String(cells[cols.region] ?? "").trim();
    const roleText = String(cells[cols.role] ?? "").trim();
    const region = parseRegion(regionText);
    const role = parseRole(roleText);
    const bonus = cols.baseBonus < 0 ? null : parseAmount(cells[cols.baseBonus]);
    const stage = cols.stage < 0 ? DEFAULT_STAGE : parseStage(cells[cols.stage]);
    if (name === "") problems.push({ kind: "rowNoName", row });
    else if (region === undefined) problems.push({ kind: "rowBadRegion", row, value: regionText });
    else if (role === undefined) problems.push({ kind: "rowBadRole", row, value: roleText });
    else if (bonus === undefined) problems.push({ kind: "rowBadBonus", row, value: String(cells[cols.baseBonus]) });
    else if (stage === undefined)
      problems.push({ kind: "rowBadStage", row, value: String(cells[cols.stage] ?? "").trim() });
    else
      people.push(
        stage === DEFAULT_STAGE
          ? { name, region, role, baseBonus: bonus }
          : { name, region, role, baseBonus: bonus, stage },
      );
  });
  return { ok: true, people, problems };
}

/**
 * The team config of DESIGN §5 for the people in the pane and the pane's settings. Not validated:
 * parseTeamConfig does that (and names the field when something is wrong).
 */
export function teamConfigFor(
  title: string,
  period: string,
  people: readonly PersonRow[],
  settings: PaneSettings,
): TeamConfig {
  const config: TeamConfig = {
    title,
    period,
    cap: settings.cap,
    gateFailPayout: settings.gateFailPayout,
    tiers: settings.tiers.map((t) => ({ min: t.min, payout: t.payout })),
    people: people.map((p) => ({
      name: p.name,
      region: p.region,
      role: p.role,
      ...(p.baseBonus === null ? {} : { baseBonus: p.baseBonus }),
      ...(p.stage === undefined || p.stage === DEFAULT_STAGE ? {} : { stage: p.stage }),
    })),
  };
  if (settings.currency !== "auto") config.currency = settings.currency;
  return config;
}
