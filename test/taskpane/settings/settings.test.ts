import { planTemplateWorkbook, planWorkbook, NAMES } from "../../../src/plan";
import type { WorkbookPlan } from "../../../src/plan/types";
import { applySettingsToPlan, namedSettingsWrite } from "../../../src/taskpane/settings/applySettings";
import {
  DEFAULT_SETTINGS,
  parseSettingsForm,
  percentText,
  settingsToForm,
  toWorkbookSettings,
} from "../../../src/taskpane/settings/settings";
import { parseTeamConfig, type TeamConfig } from "../../../src/plan/teamConfig";

/** The value a plan holds in the cell a workbook name points at (last block wins, as in the renderers). */
function namedValue(plan: WorkbookPlan, name: string): unknown {
  const named = plan.namedRanges.find((n) => n.name === name);
  if (!named) return undefined;
  const sheet = plan.sheets.find((s) => s.key === named.sheetKey)!;
  let value: unknown;
  for (const b of sheet.blocks) {
    const row = b.cells[named.range.top - b.at.row];
    const cell = row?.[named.range.left - b.at.col];
    if (cell !== undefined) value = cell;
  }
  return value;
}

describe("settings form", () => {
  test("the defaults round-trip through the form", () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    expect(form).toMatchObject({ ivaRate: "16", cap: "120", gateFailPayout: "0", attributionDays: "7" });
    expect(form.tiers).toEqual([
      { min: "80", payout: "50" },
      { min: "90", payout: "80" },
      { min: "100", payout: "100" },
      { min: "110", payout: "120" },
    ]);
    expect(parseSettingsForm(form)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test("percent text has no float noise", () => {
    expect(percentText(0.07)).toBe("7"); // 0.07 × 100 = 7.000000000000001
    expect(percentText(0.125)).toBe("12.5");
    expect(percentText(1.1)).toBe("110");
  });

  test("a blank cap means no cap", () => {
    const parsed = parseSettingsForm({ ...settingsToForm(DEFAULT_SETTINGS), cap: " " });
    expect(parsed.ok && parsed.settings.cap).toBeNull();
  });

  test("each bad number is named by its field", () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    form.ivaRate = "16%";
    form.gateFailPayout = "-5";
    form.tiers[1].payout = "";
    expect(parseSettingsForm(form)).toEqual({
      ok: false,
      problems: [
        { field: "ivaRate", kind: "notANumber" },
        { field: "gateFailPayout", kind: "notANumber" },
        { field: "tierPayout.1", kind: "notANumber" },
      ],
    });
  });

  test("tiers must ascend, and at least one is kept", () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    form.tiers[2].min = "90";
    expect(parseSettingsForm(form)).toEqual({ ok: false, problems: [{ kind: "tiersAscending" }] });
    expect(parseSettingsForm({ ...form, tiers: [] })).toEqual({ ok: false, problems: [{ kind: "needTier" }] });
  });

  test("'by region' choices are not written to the workbook", () => {
    const ws = toWorkbookSettings(DEFAULT_SETTINGS);
    expect(ws).not.toHaveProperty("currency");
    expect(ws).not.toHaveProperty("taxInclusive");
    expect(toWorkbookSettings({ ...DEFAULT_SETTINGS, currency: "MXN", taxInclusive: "no" })).toMatchObject({
      currency: "MXN",
      taxInclusive: false,
    });
  });
});

describe("settings into a workbook", () => {
  const team = parseTeamConfig({
    title: "T",
    period: "2026-01",
    people: [{ name: "Ana", region: "MX", role: "ops" }],
  }) as TeamConfig;

  test("patches the named cells of the planned Settings sheet, leaving the original plan alone", () => {
    const plan = planWorkbook(team, "en-US", { year: 2026 });
    const before = JSON.stringify(plan);
    const patched = applySettingsToPlan(plan, {
      ivaRate: 0.08,
      taxInclusive: false,
      refundsDeducted: false,
      attributionDays: 14,
      currency: "USD",
      cap: null,
      gateFailPayout: 0.5,
    });
    expect(namedValue(patched, NAMES.ivaRate)).toBe(0.08);
    // flags as the Settings sheet shows them: the yes/no word of the workbook's language
    expect(namedValue(patched, NAMES.taxInclusive)).toBe("no");
    expect(namedValue(patched, NAMES.refundsDeducted)).toBe("no");
    expect(namedValue(patched, NAMES.attributionDays)).toBe(14);
    expect(namedValue(patched, NAMES.currency)).toBe("USD");
    expect(namedValue(patched, NAMES.cap)).toBeNull();
    expect(namedValue(patched, NAMES.gateFailPayout)).toBe(0.5);
    expect(JSON.stringify(plan)).toBe(before);
    const zh = applySettingsToPlan(planWorkbook(team, "zh-CN", { year: 2026 }), { taxInclusive: true });
    expect(namedValue(zh, NAMES.taxInclusive)).toBe("是");
    expect(namedValue(plan, NAMES.ivaRate)).toBe(0.16);
  });

  test("works on a template workbook, and leaves what is not given", () => {
    const plan = planTemplateWorkbook("US", ["ads"], "zh-CN", { year: 2026 });
    const patched = applySettingsToPlan(plan, { attributionDays: 14 });
    expect(namedValue(patched, NAMES.attributionDays)).toBe(14);
    expect(namedValue(patched, NAMES.cap)).toBe(namedValue(plan, NAMES.cap));
  });

  test("the Office write uses the workbook's names where a build renamed them", () => {
    const write = namedSettingsWrite(
      { cap: 1.5, ivaRate: 0.16, tiers: [{ min: 0.9, payout: 1 }] },
      { [NAMES.cap]: "kpi_cap_2", [NAMES.tierMin]: "kpi_tier_min_2" },
    );
    expect(write).toEqual({
      cells: { kpi_cap_2: 1.5, [NAMES.ivaRate]: 0.16 },
      tiers: { minName: "kpi_tier_min_2", payoutName: NAMES.tierPayout, rows: [{ min: 0.9, payout: 1 }] },
    });
  });

  test("the Office write gives flags in the sheet's words (es-MX: sí / no)", () => {
    const write = namedSettingsWrite({ taxInclusive: true, refundsDeducted: false }, {}, "es-MX");
    expect(write.cells).toEqual({ [NAMES.taxInclusive]: "sí", [NAMES.refundsDeducted]: "no" });
  });
});
