/**
 * Promotions whose dates are announced each year rather than following a rule (DESIGN §2): Prime Day,
 * Hot Sale, and Buen Fin when the organisers deviate from the Revolution-Day rule. Data, not code:
 * edit a row when a date is announced, and say where it came from and when it was read.
 *
 * A `buen_fin` row overrides the rule in `calendar.ts` for the year of its start date.
 */
import { SOURCES_CHECKED } from "./catalog/common";
import type { Localized, Region } from "./types";

export interface DatedPromo {
  /** event id shared across years, e.g. "prime_day"; the year is the year of `start` */
  id: string;
  regions: readonly Region[];
  name: Localized;
  /** ISO yyyy-mm-dd, inclusive */
  start: string;
  end: string;
  /** who announced the dates, human-readable */
  source: string;
  /** ISO date the source was read */
  checked: string;
}

export const PROMO_NAMES = {
  prime_day: { "zh-CN": "Prime 会员日", "en-US": "Prime Day", "es-MX": "Prime Day" },
  hot_sale: { "zh-CN": "Hot Sale 大促", "en-US": "Hot Sale", "es-MX": "Hot Sale" },
  buen_fin: { "zh-CN": "Buen Fin 大促（墨西哥“好周末”）", "en-US": "El Buen Fin", "es-MX": "El Buen Fin" },
} as const satisfies Record<string, Localized>;

const ROWS: DatedPromo[] = [
  // Prime Day: Amazon announces it a few weeks ahead. Rows are for Amazon US; Amazon MX usually runs the
  // same days, but add an MX row only once its own announcement has been read.
  {
    id: "prime_day",
    regions: ["US"],
    name: PROMO_NAMES.prime_day,
    start: "2024-07-16",
    end: "2024-07-17",
    source: "Amazon announcement (Prime Day 2024, 16–17 July, 48 hours), as listed in press recaps",
    checked: SOURCES_CHECKED,
  },
  {
    id: "prime_day",
    regions: ["US"],
    name: PROMO_NAMES.prime_day,
    start: "2025-07-08",
    end: "2025-07-11",
    source: "Amazon announcement (Prime Day 2025, first 4-day edition); DESIGN §2",
    checked: SOURCES_CHECKED,
  },
  {
    id: "prime_day",
    regions: ["US"],
    name: PROMO_NAMES.prime_day,
    start: "2026-06-23",
    end: "2026-06-26",
    source: "Amazon announcement (Prime Day 2026); DESIGN §2",
    checked: SOURCES_CHECKED,
  },
  // Hot Sale: AMVO (Asociación Mexicana de Venta Online), nine days, usually from the last Monday of May.
  {
    id: "hot_sale",
    regions: ["MX"],
    name: PROMO_NAMES.hot_sale,
    // 2024 ran early (15–23 May), before the 2 June federal election — not the late-May pattern.
    start: "2024-05-15",
    end: "2024-05-23",
    source: "AMVO, Hot Sale 2024 (11th edition): Milenio (nine days from 15 May) and AMVO results via dnf.com.mx",
    checked: SOURCES_CHECKED,
  },
  {
    id: "hot_sale",
    regions: ["MX"],
    name: PROMO_NAMES.hot_sale,
    start: "2025-05-26",
    end: "2025-06-03",
    source: "AMVO, Hot Sale 2025 (12th edition) as reported by the press; DESIGN §2",
    checked: SOURCES_CHECKED,
  },
  {
    id: "hot_sale",
    regions: ["MX"],
    name: PROMO_NAMES.hot_sale,
    start: "2026-05-25",
    end: "2026-06-02",
    source: "AMVO, Hot Sale 2026 (9 days, 25 May – 2 June) as reported by the Mexican press",
    checked: SOURCES_CHECKED,
  },
  // Buen Fin overrides: the years the organisers did not run exactly Friday..Revolution-Day Monday,
  // plus years confirmed to match the rule so the table shows they were checked.
  {
    id: "buen_fin",
    regions: ["MX"],
    name: PROMO_NAMES.buen_fin,
    start: "2024-11-15",
    end: "2024-11-18",
    source: "El Buen Fin organisers (Gobierno de México, CONCANACO SERVYTUR), 14th edition; DESIGN §2",
    checked: SOURCES_CHECKED,
  },
  {
    id: "buen_fin",
    regions: ["MX"],
    name: PROMO_NAMES.buen_fin,
    // Five days, starting on the Thursday before.
    start: "2025-11-13",
    end: "2025-11-17",
    source: "El Buen Fin organisers (Gobierno de México, CONCANACO SERVYTUR), 15th edition; DESIGN §2",
    checked: SOURCES_CHECKED,
  },
];

/** Frozen: edit the rows above, or pass your own table to `eventsFor`/`buenFin`. */
export const DATED_PROMOS: readonly DatedPromo[] = Object.freeze(ROWS.map((row) => Object.freeze(row)));
