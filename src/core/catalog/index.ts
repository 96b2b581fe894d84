/**
 * The KPI catalog: every KPI the add-in knows, grouped by domain for reading and flattened for
 * lookup. Domain files hold the data; this file only assembles and indexes it.
 */

import type { Localized, Platform } from "../types";
import type { KpiDef, PlatformThreshold } from "./kpiDef";
import { ADS_KPIS } from "./ads";
import { COMPLIANCE_KPIS } from "./compliance";
import { INVENTORY_KPIS } from "./inventory";
import { PLATFORM_HEALTH_KPIS } from "./platformHealth";
import { SALES_KPIS } from "./sales";
import { SERVICE_KPIS } from "./service";

export type { DataDefinition, KpiDef, PlatformThreshold } from "./kpiDef";
export { SOURCES_CHECKED } from "./common";

export interface CatalogSection {
  id: string;
  name: Localized;
  kpis: readonly KpiDef[];
}

/** Domains in the order the docs and pickers show them. */
export const CATALOG_SECTIONS: readonly CatalogSection[] = [
  {
    id: "sales",
    name: { "zh-CN": "销售与流量", "en-US": "Sales and traffic", "es-MX": "Ventas y tráfico" },
    kpis: SALES_KPIS,
  },
  { id: "ads", name: { "zh-CN": "广告", "en-US": "Advertising", "es-MX": "Publicidad" }, kpis: ADS_KPIS },
  {
    id: "service",
    name: {
      "zh-CN": "客服与售后",
      "en-US": "Customer service and returns",
      "es-MX": "Atención al cliente y devoluciones",
    },
    kpis: SERVICE_KPIS,
  },
  {
    id: "inventory",
    name: { "zh-CN": "库存与物流", "en-US": "Inventory and logistics", "es-MX": "Inventario y logística" },
    kpis: INVENTORY_KPIS,
  },
  {
    id: "compliance",
    name: { "zh-CN": "合规与财务", "en-US": "Compliance and finance", "es-MX": "Cumplimiento y finanzas" },
    kpis: COMPLIANCE_KPIS,
  },
  {
    id: "platformHealth",
    name: {
      "zh-CN": "平台账户健康（门槛）",
      "en-US": "Platform account health (gates)",
      "es-MX": "Salud de la cuenta en plataformas (umbrales)",
    },
    kpis: PLATFORM_HEALTH_KPIS,
  },
];

export const KPI_CATALOG: readonly KpiDef[] = CATALOG_SECTIONS.flatMap((section) => section.kpis);

const BY_ID: ReadonlyMap<string, KpiDef> = new Map(KPI_CATALOG.map((kpi) => [kpi.id, kpi]));

export function getKpi(id: string): KpiDef | undefined {
  return BY_ID.get(id);
}

/**
 * The threshold a platform enforces for a gate KPI: the first entry for that platform, or the
 * first entry overall when no platform is given. Entries are ordered so that the first one for a
 * platform is the binding limit (e.g. MercadoLíder before the looser green level).
 */
export function platformThreshold(id: string, platform?: Platform): PlatformThreshold | undefined {
  const thresholds = getKpi(id)?.thresholds ?? [];
  return platform === undefined ? thresholds[0] : thresholds.find((t) => t.platform === platform);
}
