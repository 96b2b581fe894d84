/**
 * `kpi-scorecard kpis`: the KPI ids a config can use, with name, unit, polarity, gate, regions,
 * platforms and roles, plus the ids of the regions, roles and platforms, so a TEAM.json can be
 * written without reading the source. Everything comes from the core catalog and templates.
 */
import { KPI_CATALOG } from "../core/catalog";
import { REGION_INFO } from "../core/regions";
import { TEMPLATE_TABLE } from "../core/templates";
import { REGIONS, ROLES, type Lang, type Platform, type Region, type Role } from "../core/types";
import type { KpisCommand } from "./args";
import { cliWords } from "./messages";
import { formatTable } from "./table";

export interface KpiListingJson {
  kpis: {
    id: string;
    name: string;
    unit: string;
    polarity: string;
    gate: boolean;
    regions: string[];
    platforms: string[];
    roles: string[];
    defaultTarget: Partial<Record<Region, number>>;
  }[];
  regions: string[];
  roles: string[];
  platforms: string[];
}

/** The roles whose template (in any region, or in `region`) lists the KPI, with the catalog's roles. */
function rolesOf(id: string, catalogRoles: readonly Role[], region?: Region): Role[] {
  const regions = region === undefined ? REGIONS : [region];
  return ROLES.filter(
    (role) => catalogRoles.includes(role) || regions.some((r) => TEMPLATE_TABLE[r][role].some(([k]) => k === id)),
  );
}

export function kpiListingJson(region?: Region, role?: Role, lang: Lang = "en-US"): KpiListingJson {
  const allowedPlatforms = region === undefined ? undefined : REGION_INFO[region].platforms;
  const kpis = KPI_CATALOG.filter((k) => region === undefined || k.regions.includes(region))
    .map((k) => ({ def: k, roles: rolesOf(k.id, k.roles, region) }))
    .filter(({ roles }) => role === undefined || roles.includes(role))
    .map(({ def, roles }) => ({
      id: def.id,
      name: def.name[lang],
      unit: def.unit,
      polarity: def.polarity,
      gate: def.gate,
      regions: [...def.regions],
      platforms: def.platforms.filter((p) => allowedPlatforms === undefined || allowedPlatforms.includes(p)),
      roles,
      defaultTarget: { ...def.defaultTarget },
    }));
  const platforms: Platform[] = [];
  for (const r of region === undefined ? REGIONS : [region]) {
    for (const p of REGION_INFO[r].platforms) if (!platforms.includes(p)) platforms.push(p);
  }
  return { kpis, regions: [...REGIONS], roles: [...ROLES], platforms };
}

export function kpiListing(command: KpisCommand): string {
  const listing = kpiListingJson(command.region, command.role, command.lang);
  if (command.json) return `${JSON.stringify(listing, null, 2)}\n`;
  const w = cliWords(command.lang);
  const rows = listing.kpis.map((k) => [
    k.id,
    k.name,
    k.unit,
    k.polarity,
    k.gate ? w.yes : "",
    k.platforms.join(","),
    k.roles.join(","),
  ]);
  const table = formatTable([w.id, w.name, w.unit, w.polarity, w.gate, w.platforms, w.roles], rows);
  return (
    `${table}\n` +
    `${w.regions}: ${listing.regions.join(", ")}\n` +
    `${w.roles}: ${listing.roles.join(", ")}\n` +
    `${w.platforms}: ${listing.platforms.join(", ")}\n`
  );
}
