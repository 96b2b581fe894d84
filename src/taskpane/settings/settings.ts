/**
 * The pane's settings: data definitions (口径) and scoring rules. They feed the next workbook the pane
 * builds (rules through the team config, data definitions by patching the Settings sheet's named
 * cells in the plan) and can be written to an existing workbook's Settings sheet.
 *
 * The form keeps what the person typed (percentages as text); `parseSettingsForm` turns it into
 * fractions or says which field is wrong.
 */
import { TAX_SOURCES_CHECKED } from "../../core/regions";
import { DEFAULT_RULES, type Tier } from "../../core/scoring";
import type { Currency } from "../../core/types";
import { SETTING_DEFAULTS, defaultIvaRate } from "../../plan/settingsPlan";
import type { WorkbookSettings } from "../hosts/WorkbookHost";

export type Choice<T extends string> = "auto" | T;

export interface PaneSettings {
  /** "auto": the currency of the first person's region */
  currency: Choice<Currency>;
  /** "auto": as the planner decides from the regions (MX shelf prices include IVA, US sales do not) */
  taxInclusive: Choice<"yes" | "no">;
  /** fraction, 0.16 for 16% */
  ivaRate: number;
  refundsDeducted: boolean;
  attributionDays: number;
  /** fraction; null = no cap */
  cap: number | null;
  gateFailPayout: number;
  tiers: Tier[];
}

export const DEFAULT_SETTINGS: PaneSettings = {
  currency: "auto",
  taxInclusive: "auto",
  // The MX IVA rate in force when the tax sources were last read (16% since 2010); the Settings sheet shows its source.
  ivaRate: defaultIvaRate(TAX_SOURCES_CHECKED),
  refundsDeducted: SETTING_DEFAULTS.refundsDeducted,
  attributionDays: SETTING_DEFAULTS.attributionDays,
  cap: DEFAULT_RULES.cap,
  gateFailPayout: DEFAULT_RULES.gateFailPayout,
  tiers: DEFAULT_RULES.tiers.map((t) => ({ min: t.min, payout: t.payout })),
};

export interface SettingsForm {
  currency: Choice<Currency>;
  taxInclusive: Choice<"yes" | "no">;
  ivaRate: string;
  refundsDeducted: boolean;
  attributionDays: string;
  cap: string;
  gateFailPayout: string;
  tiers: { min: string; payout: string }[];
}

export type SettingsField =
  "ivaRate" | "attributionDays" | "cap" | "gateFailPayout" | `tierMin.${number}` | `tierPayout.${number}`;

export type SettingsProblem =
  { field: SettingsField; kind: "notANumber" } | { kind: "tiersAscending" } | { kind: "needTier" };

/** Percent text for a fraction, without float noise: 0.16 → "16", 1.2 → "120", 0.125 → "12.5". */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 100 * 1e6) / 1e6);
}

function fraction(text: string): number {
  return Math.round((Number(text) / 100) * 1e9) / 1e9;
}

export function settingsToForm(s: PaneSettings): SettingsForm {
  return {
    currency: s.currency,
    taxInclusive: s.taxInclusive,
    ivaRate: percentText(s.ivaRate),
    refundsDeducted: s.refundsDeducted,
    attributionDays: String(s.attributionDays),
    cap: s.cap === null ? "" : percentText(s.cap),
    gateFailPayout: percentText(s.gateFailPayout),
    tiers: s.tiers.map((t) => ({ min: percentText(t.min), payout: percentText(t.payout) })),
  };
}

function isNonNegativeNumber(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) && Number(trimmed) >= 0;
}

export function parseSettingsForm(
  form: SettingsForm,
): { ok: true; settings: PaneSettings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const check = (field: SettingsField, text: string) => {
    if (!isNonNegativeNumber(text)) problems.push({ field, kind: "notANumber" });
  };
  check("ivaRate", form.ivaRate);
  check("attributionDays", form.attributionDays);
  if (form.cap.trim() !== "") check("cap", form.cap);
  check("gateFailPayout", form.gateFailPayout);
  if (form.tiers.length === 0) problems.push({ kind: "needTier" });
  form.tiers.forEach((t, i) => {
    check(`tierMin.${i}`, t.min);
    check(`tierPayout.${i}`, t.payout);
  });
  if (problems.length === 0) {
    const mins = form.tiers.map((t) => Number(t.min));
    if (mins.some((m, i) => i > 0 && !(m > mins[i - 1]))) problems.push({ kind: "tiersAscending" });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      currency: form.currency,
      taxInclusive: form.taxInclusive,
      ivaRate: fraction(form.ivaRate),
      refundsDeducted: form.refundsDeducted,
      attributionDays: Number(form.attributionDays),
      cap: form.cap.trim() === "" ? null : fraction(form.cap),
      gateFailPayout: fraction(form.gateFailPayout),
      tiers: form.tiers.map((t) => ({ min: fraction(t.min), payout: fraction(t.payout) })),
    },
  };
}

/** What the host writes into the Settings sheet; "auto" choices are left as the workbook has them. */
export function toWorkbookSettings(s: PaneSettings): WorkbookSettings {
  const out: WorkbookSettings = {
    ivaRate: s.ivaRate,
    refundsDeducted: s.refundsDeducted,
    attributionDays: s.attributionDays,
    cap: s.cap,
    gateFailPayout: s.gateFailPayout,
    tiers: s.tiers,
  };
  if (s.currency !== "auto") out.currency = s.currency;
  if (s.taxInclusive !== "auto") out.taxInclusive = s.taxInclusive === "yes";
  return out;
}
