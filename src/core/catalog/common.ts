/**
 * Values shared by the catalog's domain files: the date every source was last read and the
 * platform groups each region sells on.
 */

import type { Platform, Region } from "../types";

/** The day the platform, tax (regions.ts) and promo-table sources were last read. Re-check and bump together. */
export const SOURCES_CHECKED = "2026-11-27";

export const BOTH_REGIONS: readonly Region[] = ["US", "MX"];
export const US_ONLY: readonly Region[] = ["US"];
export const MX_ONLY: readonly Region[] = ["MX"];

export const US_PLATFORMS: readonly Platform[] = ["amazon_us", "walmart_us", "tiktok_us"];
export const MX_PLATFORMS: readonly Platform[] = ["amazon_mx", "mercadolibre_mx"];
export const ALL_PLATFORMS: readonly Platform[] = [...US_PLATFORMS, ...MX_PLATFORMS];
export const AMAZON_PLATFORMS: readonly Platform[] = ["amazon_us", "amazon_mx"];
