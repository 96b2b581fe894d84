/**
 * Team roles with their names in the three languages. The Chinese names are the ones a
 * cross-border seller's org chart uses (运营, 广告, 客服 …).
 */

import type { Localized, Role } from "./types";

export interface RoleInfo {
  id: Role;
  name: Localized;
}

export const ROLE_INFO: Readonly<Record<Role, RoleInfo>> = {
  ops: { id: "ops", name: { "zh-CN": "运营", "en-US": "Operations", "es-MX": "Operaciones" } },
  ads: { id: "ads", name: { "zh-CN": "广告", "en-US": "Advertising", "es-MX": "Publicidad" } },
  cs: { id: "cs", name: { "zh-CN": "客服", "en-US": "Customer service", "es-MX": "Atención al cliente" } },
  warehouse: {
    id: "warehouse",
    name: { "zh-CN": "仓储", "en-US": "Supply chain & warehouse", "es-MX": "Almacén y cadena de suministro" },
  },
  compliance: {
    id: "compliance",
    name: { "zh-CN": "合规", "en-US": "Compliance & finance", "es-MX": "Cumplimiento y finanzas" },
  },
  manager: { id: "manager", name: { "zh-CN": "店铺负责人", "en-US": "Store lead", "es-MX": "Líder de tienda" } },
};
