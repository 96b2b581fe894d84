/**
 * Per-cell adapters between Excel's cells and the core, for the functions whose cell rule is more
 * than one core call: a blank actual, a date as a serial, a catalog lookup. No KPI math here: each
 * adapter decides which core function to call and how its answer becomes a cell value.
 */
import { buenFin, eventsFor, type CalendarEvent } from "../core/calendar";
import { getKpi, platformThreshold } from "../core/catalog";
import { lineAttainment, lineGatePasses, trafficLight, type Light } from "../core/scoring";
import { isKpiError, type Comparator, type Polarity, type Region, type Result } from "../core/types";
import { cfError } from "./errors";
import { isoToSerial } from "./dates";
import { messages } from "./messages";

/** Attainment with Excel's blank actual (null): scores 0, target and cap still checked (DESIGN §3). */
export function attainmentCell(
  actual: number | null,
  target: number,
  polarity: Polarity,
  cap: number | null,
): Result<number> {
  return lineAttainment(actual, target, polarity, cap);
}

/** A gate with a blank actual fails: health must be shown, not assumed (as scorePerson does). */
export function gateCell(actual: number | null, threshold: number, rule: Comparator | Polarity): boolean {
  return lineGatePasses(actual, threshold, rule);
}

export type { Light };

/**
 * Traffic light of an attainment: "green" from `greenAt`, "amber" from `amberAt`, else "red"; the
 * bounds count as reached within the core's tier tolerance. amberAt > greenAt is #NUM!.
 */
export function statusCell(att: number, greenAt: number, amberAt: number): Light | CustomFunctions.Error {
  return amberAt > greenAt ? cfError("num") : trafficLight(att, greenAt, amberAt);
}

/** The platform threshold of a gate KPI, e.g. ("odr", "amazon_us") → 0.01. */
export function limitCell(kpiId: string, platform: string): number | CustomFunctions.Error {
  const id = kpiId.trim().toLowerCase();
  const p = platform.trim().toLowerCase();
  if (getKpi(id) === undefined) return cfError("na", messages().unknownKpi(kpiId));
  const t = p === "" ? platformThreshold(id) : platformThreshold(id, p as Parameters<typeof platformThreshold>[1]);
  return t === undefined ? cfError("na", messages().noThreshold(kpiId, platform || "-")) : t.value;
}

export type Part = "start" | "end";
export const PARTS: readonly Part[] = ["start", "end"];

/** Buen Fin of a year, its first or last day as an Excel date. */
export function buenFinCell(year: number, part: Part): Result<number> | CustomFunctions.Error {
  const r = buenFin(year);
  if (isKpiError(r)) return r;
  return isoToSerial(part === "start" ? r.start : r.end);
}

/**
 * A region's events of a year, built once per region and year (valid years only: at most 2 × 300 entries): a PROMO
 * column over thousands of rows asks for the same few years. Read-only: the arrays are shared.
 */
const eventsCache = new Map<string, readonly CalendarEvent[]>();

function cachedEvents(region: Region, year: number): Result<readonly CalendarEvent[]> {
  const key = `${region}:${year}`;
  const hit = eventsCache.get(key);
  if (hit !== undefined) return hit;
  const events = eventsFor(region, year);
  if (!isKpiError(events)) eventsCache.set(key, events); // errors are not kept: any bad year would grow the map
  return events;
}

export type RegionArg = "any" | "us" | "mx";
export const REGION_ARGS: readonly RegionArg[] = ["any", "us", "mx"];

/**
 * A calendar event of a year by id ("prime_day", "hot_sale", "black_friday", "dia_de_las_madres", …),
 * its first or last day as an Excel date. Region "any" looks in US first, then MX (an id that exists in
 * both, like "christmas", has the same date in both).
 */
export function promoCell(
  eventId: string,
  year: number,
  part: Part,
  region: RegionArg,
): Result<number> | CustomFunctions.Error {
  const id = eventId.trim().toLowerCase();
  const regions: Region[] = region === "us" ? ["US"] : region === "mx" ? ["MX"] : ["US", "MX"];
  for (const r of regions) {
    const events = cachedEvents(r, year);
    if (isKpiError(events)) return events;
    const e = events.find((ev) => ev.id === id);
    if (e !== undefined) return isoToSerial(part === "start" ? e.start : e.end);
  }
  return cfError("na", messages().unknownEvent(eventId, year));
}
