/**
 * The shape of one KPI in the catalog: what it means (数据口径), how it is computed, who owns it
 * and, for platform-health gates, the threshold the platform enforces and where it says so.
 */

import type { Comparator, Localized, Platform, Polarity, Region, Role, Unit } from "../types";

/** A limit a marketplace enforces, recorded with where it was read and when. */
export interface PlatformThreshold {
  platform: Platform;
  value: number; // e.g. 0.01 for ODR < 1%
  comparator: Comparator; // as the platform states it
  window: string; // e.g. "60 days"
  source: string; // human-readable source name
  url: string;
  checked: string; // ISO date the source was read, e.g. "2026-11-27"
}

/** 数据口径: the choices that make two teams' numbers comparable. */
export interface DataDefinition {
  taxInclusive?: boolean | "by-region"; // MX prices incl. IVA, US excl.
  netOfRefunds?: boolean;
  attributionWindowDays?: number; // ads: SP 7, SB/SD 14
  windowDays?: number; // measurement window
}

export interface KpiDef {
  id: string;
  name: Localized;
  definition: Localized;
  formula: string; // formula text, e.g. "ad sales ÷ ad spend"
  fn?: string; // custom function id without namespace, e.g. "ROAS"
  unit: Unit;
  polarity: Polarity;
  regions: readonly Region[];
  platforms: readonly Platform[];
  roles: readonly Role[];
  defaultTarget: Readonly<Partial<Record<Region, number>>>; // per region
  defaultWeight: number; // 0 for gates
  gate: boolean;
  thresholds?: readonly PlatformThreshold[];
  data: DataDefinition;
  cap?: number; // per-KPI cap override, optional
}
