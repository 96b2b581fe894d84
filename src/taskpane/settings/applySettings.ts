/**
 * Settings → the Settings sheet's named cells: patched into a plan before it is built, or mapped to
 * the names an Office write needs. The names are the planner's (plan/settingsPlan NAMES).
 */
import type { Lang } from "../../core/types";
import { yesNo } from "../../i18n/messages";
import { NAMES } from "../../plan/settingsPlan";
import type { PlanCell, WorkbookPlan } from "../../plan/types";
import type { NamedSettingsWrite } from "../../render/office";
import type { WorkbookSettings } from "../hosts/WorkbookHost";

/**
 * Single-cell settings by the planner's name. Flags are the sheet's yes/no word in `lang`, as the
 * Settings sheet shows them and its drop-down offers them, not TRUE/FALSE.
 */
export function namedCellValues(s: WorkbookSettings, lang: Lang): Record<string, string | number | boolean | null> {
  const cells: Record<string, string | number | boolean | null> = {};
  if (s.currency !== undefined) cells[NAMES.currency] = s.currency;
  if (s.taxInclusive !== undefined) cells[NAMES.taxInclusive] = yesNo(lang, s.taxInclusive);
  if (s.ivaRate !== undefined) cells[NAMES.ivaRate] = s.ivaRate;
  if (s.refundsDeducted !== undefined) cells[NAMES.refundsDeducted] = yesNo(lang, s.refundsDeducted);
  if (s.attributionDays !== undefined) cells[NAMES.attributionDays] = s.attributionDays;
  if (s.cap !== undefined) cells[NAMES.cap] = s.cap;
  if (s.gateFailPayout !== undefined) cells[NAMES.gateFailPayout] = s.gateFailPayout;
  return cells;
}

/**
 * The Office write for settings; `names` maps a planner name to the workbook's when a build renamed it;
 * `lang` is the language of the workbook's sheets (the pane's, which built them).
 */
export function namedSettingsWrite(
  s: WorkbookSettings,
  names: Readonly<Record<string, string>> = {},
  lang: Lang = "en-US",
): NamedSettingsWrite {
  const actual = (name: string) => names[name] ?? name;
  const cells: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(namedCellValues(s, lang))) cells[actual(name)] = value;
  return {
    cells,
    tiers: s.tiers
      ? { minName: actual(NAMES.tierMin), payoutName: actual(NAMES.tierPayout), rows: s.tiers }
      : undefined,
  };
}

/**
 * A copy of the plan whose named single cells hold the settings' values. Tiers are not patched here:
 * the team config carries them, so the planner sizes the tier table. A name the plan lacks is skipped.
 */
export function applySettingsToPlan(plan: WorkbookPlan, s: WorkbookSettings): WorkbookPlan {
  const values = namedCellValues(s, plan.lang);
  const sheets = plan.sheets.map((sheet) => ({
    ...sheet,
    blocks: sheet.blocks.map((b) => ({ ...b, cells: b.cells })),
  }));
  for (const named of plan.namedRanges) {
    if (!(named.name in values)) continue;
    const { top, left, bottom, right } = named.range;
    if (top !== bottom || left !== right) continue;
    const sheet = sheets.find((sh) => sh.key === named.sheetKey);
    if (!sheet) continue;
    // The last block written wins in both renderers, so patch the last block covering the cell.
    for (let i = sheet.blocks.length - 1; i >= 0; i--) {
      const block = sheet.blocks[i];
      const r = top - block.at.row;
      const c = left - block.at.col;
      if (r < 0 || c < 0 || r >= block.cells.length || c >= (block.cells[r]?.length ?? 0)) continue;
      const cells = block.cells.map((row) => [...row]);
      cells[r][c] = values[named.name] as PlanCell;
      sheet.blocks[i] = { ...block, cells };
      break;
    }
  }
  return { ...plan, sheets };
}
