/**
 * Annual plan → month → person in the workbook (DESIGN §9): the phasing sheets of a team (GMV's per
 * region, and one per other KPI the config gives an annual target for) with the people's shares, and
 * the Inputs targets of those shares as formulas over them, so that editing the annual target, last
 * year, growth, a seasonality share or a person's share moves every person's target.
 */
import { periodMonths } from "../core/annualPlan";
import { REGION_INFO } from "../core/regions";
import type { Lang, Region } from "../core/types";
import { a1Abs } from "./a1";
import { PHASING_LAYOUT, phasingSheetKey, planPhasing, type PhasingShare } from "./phasingPlan";
import { sheetRef } from "./sheetRefs";
import type { Team } from "./team";
import type { SheetPlan } from "./types";

/**
 * Annual GMV for a region's phasing sheet without an annual target in the config: 12 × the team's
 * monthly GMV targets there (a scorecard period is a month). Editable.
 */
function annualGmv(team: Team, region: Region): number {
  let sum = 0;
  for (const p of team.people) {
    if (p.region !== region) continue;
    for (const l of p.lines) if (l.id === "gmv") sum += l.target;
  }
  return 12 * sum;
}

/** The KPIs phased in a region: GMV always, then those of the config's annual targets. */
function phasedKpis(team: Team, region: Region): string[] {
  const ids = ["gmv"];
  for (const id of Object.keys(team.annualTargets?.[region] ?? {})) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** The people's shares of KPI `id` in `region`, in team order (the row order of the shares table). */
function sharesOf(team: Team, region: Region, id: string): PhasingShare[] {
  const out: PhasingShare[] = [];
  for (const p of team.people) {
    if (p.region !== region) continue;
    for (const l of p.lines) if (l.id === id && l.share !== undefined) out.push({ name: p.name, share: l.share });
  }
  return out;
}

/** Every phasing sheet of the team's regions, in region order, GMV's first. */
export function planTeamPhasing(team: Team, regions: readonly Region[], year: number, lang: Lang): SheetPlan[] {
  const sheets: SheetPlan[] = [];
  for (const r of regions) {
    for (const id of phasedKpis(team, r)) {
      const given = team.annualTargets?.[r]?.[id];
      const shares = sharesOf(team, r, id);
      sheets.push(
        planPhasing(r, year, given ?? annualGmv(team, r), REGION_INFO[r].currency, lang, {
          kpiId: id,
          fromConfig: given !== undefined,
          ...(shares.length > 0 ? { shares } : {}),
        }),
      );
    }
  }
  return sheets;
}

/**
 * Per person and line (team order), the Inputs target of a share as a formula (no "="), else undefined:
 * ROUND(share × the period's month target, 0) over the phasing sheet, a quarter's three month targets
 * summed first (as core `shareTarget`).
 */
export function shareTargetFormulas(team: Team): (string | undefined)[][] {
  const { firstMonthRow, sharesHeaderRow, sharesCol } = PHASING_LAYOUT;
  const months = periodMonths(team.period);
  const rowOf = new Map<string, number>(); // region.id → next share row
  return team.people.map((p) =>
    p.lines.map((l) => {
      if (l.share === undefined || months.length === 0) return undefined;
      const key = `${p.region}.${l.id}`;
      const i = rowOf.get(key) ?? 0;
      rowOf.set(key, i + 1);
      const P = sheetRef(phasingSheetKey(p.region, l.id));
      const share = `${P}!${a1Abs(sharesHeaderRow + 1 + i, sharesCol)}`;
      const first = `${P}!${a1Abs(firstMonthRow + months[0], 3)}`;
      const period =
        months.length === 1 ? first : `SUM(${first}:${a1Abs(firstMonthRow + months[months.length - 1], 3)})`;
      return `ROUND(${share}*${period},0)`;
    }),
  );
}
