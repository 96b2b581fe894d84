/**
 * `kpi-scorecard build ... --data [MARKETPLACE=]PATH` (DESIGN §5, §8): reads the report files (a
 * folder: every file in it, hidden files aside; its label applies to each), recognises them through
 * src/import, refuses an unlabelled file that does not say its marketplace, and computes the actuals
 * per person with the config's data definitions. The only fs of the build's import; everything it
 * returns is checked before a byte of the workbook is written, so a refusal writes nothing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { REGION_INFO } from "../core/regions";
import { AMAZON_PLATFORMS } from "../core/catalog/common";
import { isKpiError, type Lang, type Platform } from "../core/types";
import { importNoticeText } from "../i18n/importWarnings";
import {
  actualsFromReports,
  importReport,
  unlabelled,
  withOverlaps,
  type ParsedReport,
  type ReportInput,
} from "../import";
import { KIND_NAMES } from "../import/formats";
import type { ActualSourceKind } from "../plan/dataPlan";
import type { TeamConfig } from "../plan/teamConfig";
import type { WorkbookOptions } from "../plan/workbookPlan";
import { splitLabel } from "./importCommand";
import type { TeamResultJson } from "./result";

export type BuildData = { ok: true; imports: NonNullable<WorkbookOptions["imports"]> } | { ok: false; message: string };

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** The files of one `--data` value: the file itself, or the regular files of a folder by name. */
function filesOf(arg: string): { name: string; marketplace?: Platform }[] | { problem: string } {
  const split = splitLabel(arg);
  if ("problem" in split) return { problem: `--data ${split.problem}` };
  const label = split.marketplace === undefined ? {} : { marketplace: split.marketplace };
  let isFolder: boolean;
  try {
    isFolder = statSync(split.path).isDirectory();
  } catch (e) {
    return { problem: `--data: cannot read "${split.path}" (${errno(e)})` };
  }
  if (!isFolder) return [{ name: split.path, ...label }];
  let names: string[];
  try {
    names = readdirSync(split.path).filter((n) => !n.startsWith("."));
  } catch (e) {
    return { problem: `--data: cannot read the folder "${split.path}" (${errno(e)})` };
  }
  const files = names
    .sort()
    .map((n) => path.join(split.path, n))
    .filter((f) => statSync(f).isFile());
  if (files.length === 0) return { problem: `--data: the folder "${split.path}" holds no files` };
  return files.map((name) => ({ name, ...label }));
}

/** The marketplaces a label could name for this team: the Amazon ones of its regions, the file's language first. */
function labelHint(report: ParsedReport, config: TeamConfig): string {
  const regions = new Set(config.people.map((p) => p.region));
  const candidates = AMAZON_PLATFORMS.filter((p) => [...regions].some((r) => REGION_INFO[r].platforms.includes(p)));
  const options = candidates.length > 0 ? [...candidates] : [...AMAZON_PLATFORMS];
  if (report.locale === "es") options.sort((a, b) => (b === "amazon_mx" ? 1 : 0) - (a === "amazon_mx" ? 1 : 0));
  return options.map((p) => `--data ${p}=${report.file}`).join(" or ");
}

/** Reads and imports every `--data` file, or the one line that names the file that stops the build. */
export async function readBuildData(args: readonly string[], config: TeamConfig): Promise<BuildData> {
  const inputs: ReportInput[] = [];
  for (const arg of args) {
    const files = filesOf(arg);
    if ("problem" in files) return { ok: false, message: files.problem };
    for (const f of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(f.name);
      } catch (e) {
        return { ok: false, message: `${f.name}: cannot be read (${errno(e)})` };
      }
      inputs.push(
        f.marketplace === undefined ? { name: f.name, bytes } : { name: f.name, bytes, marketplace: f.marketplace },
      );
    }
  }
  const reports: ParsedReport[] = [];
  for (const input of inputs) {
    const r = await importReport(input);
    if (!r.ok) return { ok: false, message: `${input.name}: ${r.problem.message}` };
    if (unlabelled(r.report) !== undefined) {
      return {
        ok: false,
        message: `${input.name}: ${KIND_NAMES[r.report.kind]} does not say its marketplace: give it as ${labelHint(r.report, config)}`,
      };
    }
    reports.push(r.report);
  }
  // files that repeat each other are said so (Imports sheet, stderr), not silently counted twice
  const checked = withOverlaps(reports, config.period);
  const actuals = actualsFromReports(config, checked, {
    salesIncludeTax: config.salesIncludeTax === true,
    refundsDeducted: config.refundsDeducted === true,
  });
  if (isKpiError(actuals)) return { ok: false, message: actuals.message };
  return { ok: true, imports: { reports: checked, actuals } };
}

/** `build --json` with `--data`: each KPI says where its actual came from. */
export function withSources(
  json: TeamResultJson,
  sources: readonly (readonly ActualSourceKind[])[] | undefined,
): TeamResultJson | { people: unknown[] } {
  if (sources === undefined) return json;
  return {
    people: json.people.map((p, i) => ({
      ...p,
      kpis: p.kpis.map((k, j) => ({ ...k, source: sources[i]?.[j] ?? null })),
    })),
  };
}

/** One stderr line per file that repeats another (`warning: b.csv: 3 rows … repeat a.csv …`), in `lang`. */
export function overlapLines(reports: readonly ParsedReport[], lang: Lang): string[] {
  return reports.flatMap((r) =>
    r.notices.filter((n) => n.code === "overlaps").map((n) => `warning: ${r.file}: ${importNoticeText(n, lang)}`),
  );
}
