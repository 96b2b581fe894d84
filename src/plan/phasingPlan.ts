/**
 * The Phasing sheet of a region: an annual target split into months by seasonality (DESIGN §3:
 * month target = annual × shareₘ ÷ Σ share, rounded to whole currency units by largest remainder so
 * that the months add up to the annual target), with the year's promo events and holidays written next
 * to their month and promo months highlighted, and quarter totals. Annual target and shares are inputs;
 * the month and quarter targets are formulas, cached with what core/phasing `phaseRounded` computes.
 */
import { annualValue, type AnnualTarget } from "../core/annualPlan";
import { getKpi } from "../core/catalog";
import { eventsFor, eventsInMonth } from "../core/calendar";
import { REMAINDER_DECIMALS, SEASONALITY, phaseRounded, seasonalityWithPromos } from "../core/phasing";
import { isKpiError, type Currency, type Lang, type Region } from "../core/types";
import { MONTH_KEYS, translator } from "../i18n/messages";
import { a1, a1Abs, range } from "./a1";
import {
  FMT_PERCENT,
  FMT_SHARE,
  STYLE_INPUT,
  STYLE_LABEL,
  STYLE_NOTE,
  STYLE_PROMO,
  STYLE_TITLE,
  columnRange,
  currencyFormat,
  unitFormat,
} from "./formats";
import type { PlanCell, SheetPlan, StyledRange } from "./types";

/** GMV's phasing sheet is the region's; another KPI with an annual target (DESIGN §9) gets its own. */
export function phasingSheetKey(region: Region, kpiId: string = "gmv"): string {
  return kpiId === "gmv" ? `phasing-${region}` : `phasing-${region}-${kpiId}`;
}

export function phasingTableName(region: Region, kpiId: string = "gmv"): string {
  return kpiId === "gmv" ? `tblPhasing${region}` : `tblPhasing${region}_${kpiId}`;
}

/**
 * Rows: 0 title, 1 annual target (column C its origin), 2 note, 4 header, 5..16 months, 17 total.
 * Quarters in F5:G9. With last year × (1 + growth): F2:G3 hold last year and growth and B2 is their
 * formula. People's shares (DESIGN §9): a table from F11 (`sharesHeaderRow`), person in F, share in G.
 */
export const PHASING_LAYOUT = {
  annualRow: 1,
  headerRow: 4,
  firstMonthRow: 5,
  lastYearRow: 1,
  growthRow: 2,
  growthCol: 6,
  sharesHeaderRow: 10,
  sharesCol: 6,
} as const;

/** A person's share of the phased KPI, shown (and edited) on the phasing sheet. */
export interface PhasingShare {
  name: string;
  share: number;
}

export interface PhasingOptions {
  /** the KPI phased; default gmv */
  kpiId?: string;
  /** the annual target is the config's (`annualTargets`, DESIGN §9): column C says so */
  fromConfig?: boolean;
  /** the people's shares, in team order: row i at sharesHeaderRow + 1 + i */
  shares?: readonly PhasingShare[];
}

/** The year's seasonality in fractions (sum 1): the region's shape, lifted where that year's promos fall. */
export function monthShares(region: Region, year: number): number[] {
  const lifted = seasonalityWithPromos(region, year);
  const percents = isKpiError(lifted) ? SEASONALITY[region] : lifted;
  return percents.map((p) => p / 100);
}

/**
 * The month target of `row` as one classic formula (no LET, no dynamic arrays: Excel and LibreOffice
 * 7.4), the same steps as core `phaseRounded`, so that it recomputes when the annual target or a
 * share is edited:
 *   T = ROUND(annual, 0); quota q = T × share ÷ Σ shares;
 *   month = INT(q) + 1 when fewer than k = T − Σ INT(qⱼ) months come before it, a month coming before
 *   when its remainder MOD(qⱼ, 1) (rounded to 9 decimals) is larger, or equal and in an earlier row.
 * SUMPRODUCT evaluates its arguments as arrays without Ctrl+Shift+Enter in both programs.
 */
export function monthTargetFormula(row: number): string {
  const { annualRow, firstMonthRow } = PHASING_LAYOUT;
  const shares = `${a1Abs(firstMonthRow, 1)}:${a1Abs(firstMonthRow + 11, 1)}`;
  const total = `ROUND(${a1Abs(annualRow, 1)},0)`;
  const quota = `${total}*${a1(row, 1)}/SUM(${shares})`;
  const quotas = `${total}*${shares}/SUM(${shares})`;
  const rem = `ROUND(MOD(${quota},1),${REMAINDER_DECIMALS})`;
  const rems = `ROUND(MOD(${quotas},1),${REMAINDER_DECIMALS})`;
  const before = `SUMPRODUCT((${rems}>${rem})+(${rems}=${rem})*(ROW(${shares})<ROW(${a1(row, 1)})))`;
  return `INT(${quota})+IF(${before}<${total}-SUMPRODUCT(INT(${quotas})),1,0)`;
}

function shortDate(iso: string): string {
  return iso.slice(5); // mm-dd; the year is the sheet's
}

export function planPhasing(
  region: Region,
  year: number,
  annualTarget: AnnualTarget,
  currency: Currency,
  lang: Lang,
  options: PhasingOptions = {},
): SheetPlan {
  const t = translator(lang);
  const { annualRow, headerRow, firstMonthRow, lastYearRow, growthRow, growthCol, sharesHeaderRow, sharesCol } =
    PHASING_LAYOUT;
  const kpiId = options.kpiId ?? "gmv";
  const def = getKpi(kpiId);
  const annual = annualValue(annualTarget);
  const shares = monthShares(region, year);
  const months = phaseRounded(annual, shares);
  const monthTargets = isKpiError(months) ? shares.map(() => null) : months;
  const events = eventsFor(region, year);
  const lastMonthRow = firstMonthRow + 11;
  const sharesRange = `${a1Abs(firstMonthRow, 1)}:${a1Abs(lastMonthRow, 1)}`;

  const headers = [t("col.month"), t("col.share"), t("col.events"), t("col.monthTarget")];
  const body: PlanCell[][] = [headers];
  const styles: StyledRange[] = [
    { range: range(0, 0, 0, 0), style: STYLE_TITLE },
    { range: range(annualRow, 0, annualRow, 0), style: STYLE_LABEL },
    { range: range(annualRow, 1, annualRow, 1), style: STYLE_INPUT },
    { range: range(annualRow + 1, 0, annualRow + 1, 0), style: STYLE_NOTE },
    { range: columnRange(firstMonthRow, lastMonthRow, 1), style: STYLE_INPUT },
  ];
  for (let m = 0; m < 12; m++) {
    const row = firstMonthRow + m;
    const inMonth = isKpiError(events) ? [] : eventsInMonth(events, year, m + 1);
    const list = isKpiError(inMonth) ? [] : inMonth;
    const text = list
      .map((e) =>
        e.start === e.end
          ? `${e.name[lang]} ${shortDate(e.start)}`
          : `${e.name[lang]} ${shortDate(e.start)}–${shortDate(e.end)}`,
      )
      .join("; ");
    if (list.some((e) => e.kind === "promo")) styles.push({ range: range(row, 0, row, 3), style: STYLE_PROMO });
    body.push([t(MONTH_KEYS[m]), shares[m], text, { formula: monthTargetFormula(row), result: monthTargets[m] }]);
  }
  const totalRow = lastMonthRow + 1;
  const total: PlanCell[] = [
    t("label.total"),
    { formula: `SUM(${sharesRange})`, result: shares.reduce((s, x) => s + x, 0) },
    null,
    {
      formula: `SUM(${a1Abs(firstMonthRow, 3)}:${a1Abs(lastMonthRow, 3)})`,
      result: isKpiError(months) ? null : months.reduce((s, x) => s + x, 0),
    },
  ];

  const quarters: PlanCell[][] = [[t("col.quarter"), t("col.quarterTarget")]];
  for (let q = 0; q < 4; q++) {
    const from = firstMonthRow + 3 * q;
    const result = isKpiError(months) ? null : months[3 * q] + months[3 * q + 1] + months[3 * q + 2];
    quarters.push([`Q${q + 1}`, { formula: `SUM(${a1Abs(from, 3)}:${a1Abs(from + 2, 3)})`, result }]);
  }

  const money = kpiId === "gmv" || def === undefined ? currencyFormat(currency) : unitFormat(def.unit, currency);
  const isGmv = kpiId === "gmv";
  const title = isGmv
    ? `${t("sheet.phasing")} ${region} ${year}`
    : `${t("sheet.phasing")} ${region} ${year} · ${def?.name[lang] ?? kpiId}`;
  const label = isGmv ? t("label.annualTarget") : `${t("label.annualTargetOf")} ${def?.name[lang] ?? kpiId}`;
  const extraBlocks: SheetPlan["blocks"] = [];
  const extraFormats: NonNullable<SheetPlan["numberFormats"]> = [];
  let annualCell: PlanCell = annual;
  let origin: string | null = null;
  if (typeof annualTarget === "number") {
    origin = options.fromConfig === true ? t("label.annualGiven") : null;
  } else {
    // last year × (1 + growth), both visible inputs: editing either moves the annual and every month
    const ly = a1(lastYearRow, growthCol);
    const gr = a1(growthRow, growthCol);
    annualCell = { formula: `${ly}*(1+${gr})`, result: annual };
    origin = t("label.annualFromGrowth");
    extraBlocks.push({
      at: { row: lastYearRow, col: growthCol - 1 },
      cells: [
        [t("label.lastYear"), annualTarget.lastYear],
        [t("label.growth"), annualTarget.growth],
      ],
    });
    extraFormats.push(
      { range: range(lastYearRow, growthCol, lastYearRow, growthCol), format: money },
      { range: range(growthRow, growthCol, growthRow, growthCol), format: FMT_PERCENT },
    );
    styles.push(
      { range: range(lastYearRow, growthCol - 1, growthRow, growthCol - 1), style: STYLE_LABEL },
      { range: range(lastYearRow, growthCol, growthRow, growthCol), style: STYLE_INPUT },
    );
  }
  if (options.shares !== undefined && options.shares.length > 0) {
    extraBlocks.push({
      at: { row: sharesHeaderRow - 1, col: sharesCol - 1 },
      cells: [
        [t("label.personShares")],
        [t("col.person"), t("col.personShare")],
        ...options.shares.map((s) => [s.name, s.share]),
      ],
    });
    const last = sharesHeaderRow + options.shares.length;
    extraFormats.push({ range: range(sharesHeaderRow + 1, sharesCol, last, sharesCol), format: FMT_PERCENT });
    styles.push(
      { range: range(sharesHeaderRow - 1, sharesCol - 1, sharesHeaderRow - 1, sharesCol - 1), style: STYLE_NOTE },
      { range: range(sharesHeaderRow, sharesCol - 1, sharesHeaderRow, sharesCol), style: STYLE_LABEL },
      { range: range(sharesHeaderRow + 1, sharesCol, last, sharesCol), style: STYLE_INPUT },
    );
  }
  return {
    key: phasingSheetKey(region, kpiId),
    name: isGmv ? `${t("sheet.phasing")} ${region}` : `${t("sheet.phasing")} ${region} ${kpiId}`,
    blocks: [
      { at: { row: 0, col: 0 }, cells: [[title]] },
      {
        at: { row: annualRow, col: 0 },
        cells: [
          [label, annualCell, origin],
          [t("label.annualTargetNote"), null],
        ],
      },
      ...extraBlocks,
      { at: { row: headerRow, col: 0 }, cells: body },
      { at: { row: totalRow, col: 0 }, cells: [total] },
      { at: { row: headerRow, col: 5 }, cells: quarters },
    ],
    tables: [
      {
        name: phasingTableName(region, kpiId),
        range: range(headerRow, 0, lastMonthRow, 3),
        headers,
        style: "TableStyleLight9",
      },
    ],
    numberFormats: [
      { range: range(annualRow, 1, annualRow, 1), format: money },
      { range: columnRange(firstMonthRow, totalRow, 1), format: FMT_SHARE },
      { range: columnRange(firstMonthRow, totalRow, 3), format: money },
      { range: columnRange(headerRow + 1, headerRow + 4, 6), format: money },
      ...extraFormats,
    ],
    styles: [...styles, { range: range(totalRow, 0, totalRow, 3), style: STYLE_LABEL }],
    columnWidths: { 0: 12, 1: 18, 2: 60, 3: 18, 5: options.shares?.length ? 22 : 10, 6: 18 },
    freeze: { rows: headerRow + 1, cols: 0 },
  };
}
