/**
 * LibreOffice headless for the xlsx checks (DESIGN §6): a fresh profile that recalculates every
 * formula on load (OOXMLRecalcMode 0), and one soffice run converting a set of files.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { isFormulaCell, type PlanCell, type WorkbookPlan } from "../../../src/plan/types";

const repoRoot = path.resolve(__dirname, "../../..");
const RECALC_XCU = path.resolve(repoRoot, "../shared/recalc-registrymodifications.xcu");
export const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find(
  (p) => existsSync(p),
);

/** Why LibreOffice cannot run here, or null. */
export const sofficeMissing: string | null =
  SOFFICE === undefined
    ? "LibreOffice (soffice) is not installed"
    : !existsSync(RECALC_XCU)
      ? `${RECALC_XCU} is missing`
      : null;

/** describe, or describe.skip with a warning when LibreOffice is missing (never skipped in CI). */
export function describeWithLibreOffice(file: string): jest.Describe {
  const inCi = process.env.CI === "true";
  if (sofficeMissing !== null && !inCi) console.warn(`${file} skipped: ${sofficeMissing}.`);
  return sofficeMissing === null || inCi ? describe : describe.skip;
}

/** CSV of every sheet (UTF-8, comma, double quotes; one file `NAME-SHEET.csv` a sheet). */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts `files` into `outDir` with `filter` ("xlsx", CSV_ALL_SHEETS …) in one soffice run. */
export async function convertWithLibreOffice(
  work: string,
  files: string[],
  filter: string,
  outDir: string,
): Promise<void> {
  if (sofficeMissing !== null) throw new Error(sofficeMissing);
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  copyFileSync(RECALC_XCU, path.join(profile, "user", "registrymodifications.xcu"));
  mkdirSync(outDir, { recursive: true });
  await promisify(execFile)(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 240_000 },
  );
}

/** A cached result no formula in our workbooks can compute: a value read back right was recalculated. */
export const POISON_NUMBER = -424242;
export const POISON_TEXT = "POISON";

/** The plan with every formula's cached result replaced by POISON_NUMBER or POISON_TEXT. */
export function poisoned(plan: WorkbookPlan): WorkbookPlan {
  const poison = (c: PlanCell): PlanCell =>
    isFormulaCell(c) ? { formula: c.formula, result: typeof c.result === "number" ? POISON_NUMBER : POISON_TEXT } : c;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((r) => r.map(poison)) })),
    })),
  };
}
