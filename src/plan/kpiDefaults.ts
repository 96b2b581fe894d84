/**
 * Where a KPI line's target, weight and cap come from when a config leaves them out: the region ×
 * role template first, then the catalog (per-region default target, default weight), and for a gate
 * the threshold of the region's platform. One function, so the validator and the resolver cannot
 * disagree.
 */
import { getKpi } from "../core/catalog";
import type { KpiDef } from "../core/catalog/kpiDef";
import { REGION_INFO } from "../core/regions";
import { templateFor, type TemplateLine } from "../core/templates";
import type { Region, Role } from "../core/types";

export interface KpiDefaults {
  def: KpiDef;
  target: number | undefined;
  weight: number;
  cap: number | undefined;
}

// templateFor builds its lines on every call; a 500-person team asks thousands of times.
const templateCache = new Map<string, ReadonlyMap<string, TemplateLine>>();

function templateLines(region: Region, role: Role): ReadonlyMap<string, TemplateLine> {
  const key = `${region}/${role}`;
  let lines = templateCache.get(key);
  if (lines === undefined) {
    lines = new Map(templateFor(region, role).map((l) => [l.kpiId, l]));
    templateCache.set(key, lines);
  }
  return lines;
}

export function kpiDefaults(id: string, region: Region, role: Role): KpiDefaults | undefined {
  const def = getKpi(id);
  if (def === undefined) return undefined;
  const line = templateLines(region, role).get(id);
  let target = line?.target;
  if (target === undefined && def.gate) {
    const platforms = REGION_INFO[region].platforms;
    target = def.thresholds?.find((t) => platforms.includes(t.platform))?.value;
  }
  target ??= def.defaultTarget[region];
  const weight = def.gate ? 0 : (line?.weight ?? def.defaultWeight);
  return { def, target, weight, cap: def.cap };
}
