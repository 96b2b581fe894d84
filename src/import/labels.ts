/**
 * A report's marketplace (DESIGN §8 "Marketplace"): what the file says where it says it (ads
 * currency, All Orders sales channel, account health marketplace id, Mercado Libre itself), else the
 * `MARKETPLACE=` label given with the file. A label the file contradicts is refused.
 */
import { ALL_PLATFORMS } from "../core/catalog/common";
import type { Platform } from "../core/types";
import { KIND_NAMES } from "./formats";
import { marketplacesOf } from "./totals";
import type { ImportProblem, ParsedReport, ParseResult, ReportKind } from "./types";

/** The marketplaces a kind can belong to (a label outside them is refused). */
const KIND_MARKETPLACES: Readonly<Record<ReportKind, readonly Platform[]>> = {
  amazon_business_report: ["amazon_us", "amazon_mx"],
  amazon_ads_sp: ["amazon_us", "amazon_mx"],
  amazon_all_orders: ["amazon_us", "amazon_mx"],
  amazon_fba_returns: ["amazon_us", "amazon_mx"],
  mercadolibre_ventas: ["mercadolibre_mx"],
  amazon_account_health: ["amazon_us", "amazon_mx"],
};

/** Whether a text names a marketplace id (the `MARKETPLACE=` of `import` and `build --data`). */
export function isPlatform(value: string): value is Platform {
  return (ALL_PLATFORMS as readonly string[]).includes(value);
}

const problem = (code: ImportProblem["code"], message: string): ParseResult => ({
  ok: false,
  problem: { code, message },
});

/** Puts the label on rows that do not say their marketplace; refuses a label the file contradicts. */
export function applyLabel(report: ParsedReport, marketplace: Platform | undefined): ParseResult {
  const allowed = KIND_MARKETPLACES[report.kind];
  if (marketplace !== undefined && !allowed.includes(marketplace)) {
    return problem(
      "marketplace_conflict",
      `is labelled ${marketplace}, but ${KIND_NAMES[report.kind]} belongs to ${allowed.join(" or ")}`,
    );
  }
  if (report.kind === "amazon_account_health") {
    const own = Object.keys(report.health ?? {}) as Platform[];
    if (marketplace !== undefined && !own.includes(marketplace)) {
      return problem(
        "marketplace_conflict",
        `is labelled ${marketplace}, but holds ${own.join(", ") || "no known marketplace"}`,
      );
    }
    return { ok: true, report };
  }
  if (report.kind === "mercadolibre_ventas") marketplace = marketplace ?? "mercadolibre_mx";
  for (const r of report.records) {
    if (r.marketplace === null) {
      r.marketplace = marketplace ?? null;
    } else if (marketplace !== undefined && r.marketplace !== marketplace) {
      return problem("marketplace_conflict", `is labelled ${marketplace}, but row ${r.row} is ${r.marketplace}`);
    }
  }
  const own = marketplacesOf(report.records);
  report.marketplace = own.length === 1 ? own[0] : own.length === 0 ? (marketplace ?? null) : null;
  return { ok: true, report };
}

/** The files whose rows do not say their marketplace and carry no label (`build --data` needs one). */
export function unlabelled(report: ParsedReport): ImportProblem | undefined {
  if (report.records.some((r) => r.marketplace === null)) {
    return {
      code: "marketplace_needed",
      message: `does not say its marketplace: label it, e.g. amazon_us=${report.file} (--data MARKETPLACE=PATH)`,
    };
  }
  return undefined;
}
