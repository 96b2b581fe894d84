/**
 * Amazon account health: the SP-API `GET_V2_SELLER_PERFORMANCE_REPORT` JSON (DESIGN §8). A rolling
 * snapshot per marketplace (60/30/10-day windows), so it is not dated and applies to any period.
 * Rates are fractions as Amazon writes them.
 */
import type { Platform } from "../core/types";
import { AMAZON_MARKETPLACE_IDS } from "./formats";
import { importNoticeText } from "../i18n/importWarnings";
import type { HealthTotals, ImportNotice, ImportProblem, ParsedReport } from "./types";
import { parseNumber, type Cell } from "./values";

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

/** Whether a parsed JSON value is shaped like a seller performance report at all. */
export function looksLikeAccountHealth(value: unknown): boolean {
  return obj(value)?.performanceMetrics !== undefined;
}

export function readAccountHealth(file: string, value: unknown): ParsedReport | ImportProblem {
  const metrics = obj(value)?.performanceMetrics;
  if (!Array.isArray(metrics)) {
    return {
      code: "missing_column",
      message: "looks like JSON but has no `performanceMetrics` list (expected an Amazon seller performance report)",
    };
  }
  let invalid = 0;
  const rate = (v: unknown): number | undefined => {
    const r = obj(v)?.rate;
    if (r === undefined || r === null) return undefined;
    const p = parseNumber(typeof r === "number" || typeof r === "string" ? (r as Cell) : String(r));
    if (p.kind === "value") return p.value;
    if (p.kind === "invalid") invalid++;
    return undefined;
  };
  const health: Partial<Record<Platform, HealthTotals>> = {};
  const unknown: string[] = [];
  for (const entry of metrics) {
    const m = obj(entry);
    const id = typeof m?.marketplaceId === "string" ? m.marketplaceId : "";
    const marketplace = AMAZON_MARKETPLACE_IDS[id];
    if (m === undefined || marketplace === undefined) {
      unknown.push(id);
      continue;
    }
    const t: HealthTotals = {};
    const odr = obj(m.orderDefectRate);
    const afn = rate(odr?.afn);
    const mfn = rate(odr?.mfn);
    // One ODR per marketplace: the worse of the FBA and merchant-fulfilled rates.
    if (afn !== undefined || mfn !== undefined) t.odr = Math.max(afn ?? -Infinity, mfn ?? -Infinity);
    const late = rate(m.lateShipmentRate);
    if (late !== undefined) t.late_shipment_rate = late;
    // Amazon's schema says preFulfillmentCancellationRate; its own example prefulfillmentCancelRate.
    const cancel = rate(m.preFulfillmentCancellationRate) ?? rate(m.prefulfillmentCancelRate);
    if (cancel !== undefined) t.cancel_rate = cancel;
    const tracking = rate(m.validTrackingRate);
    if (tracking !== undefined) t.valid_tracking_rate = tracking;
    const onTime = rate(m.onTimeDeliveryRate);
    if (onTime !== undefined) t.on_time_delivery_rate = onTime;
    health[marketplace] = t;
  }
  const notices: ImportNotice[] = [];
  if (invalid > 0) notices.push({ code: "invalid_rates", count: invalid });
  if (unknown.length > 0) notices.push({ code: "unknown_marketplaces", count: unknown.length, ids: unknown });
  const marketplaces = Object.keys(health) as Platform[];
  return {
    file,
    kind: "amazon_account_health",
    format: "sp-api-v2",
    locale: "en",
    marketplace: marketplaces.length === 1 ? marketplaces[0] : null,
    rows: metrics.length,
    records: [],
    health,
    warnings: notices.map((n) => importNoticeText(n, "en-US")),
    notices,
  };
}
