/**
 * The host outside Excel (a plain browser, the end-to-end test): a plan becomes an .xlsx download
 * written by the xlsx renderer, loaded lazily. Reads come from the last workbook built here; what
 * needs a live workbook (the selection, the active cell, activating a sheet) says `notInExcel`.
 */
import type { WorkbookPlan } from "../../plan/types";
import { planPeriod, planTableValues } from "./planValues";
import type { BuildOutcome, HostResult, ImportRequest, WorkbookHost } from "./WorkbookHost";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface BrowserHostDeps {
  /** the plan → bytes step; default: the lazily loaded xlsx chunk */
  toXlsx?: (plan: WorkbookPlan) => Promise<{ bytes: Uint8Array; sheetNames: Record<string, string> }>;
  /** offers the bytes to the person; default: a download through an <a download> link */
  download?: (bytes: Uint8Array, fileName: string) => void;
}

/** The team workbook with the imports, planned as `build --data` plans it (its own chunk, with the planners). */
async function lazyImportPlan(request: ImportRequest, title?: string) {
  const { importPlan } = await import(/* webpackChunkName: "import-build" */ "../data/importBuild");
  return importPlan(request, title);
}

async function lazyToXlsx(plan: WorkbookPlan) {
  const { planToXlsx } = await import(/* webpackChunkName: "xlsx" */ "./xlsxFile");
  return planToXlsx(plan);
}

export function downloadFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a workbook title: characters Windows refuses become "-", and it ends in .xlsx. */
export function fileNameFor(title: string): string {
  const printable = Array.from(title, (c) => (c.charCodeAt(0) < 32 ? "-" : c)).join("");
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.-]+|[.-]+$/g, "");
  return `${base.slice(0, 100) || "workbook"}.xlsx`;
}

const notInExcel = <T>(): HostResult<T> => ({ ok: false, code: "notInExcel" });

export function createBrowserHost(deps: BrowserHostDeps = {}): WorkbookHost {
  const toXlsx = deps.toXlsx ?? lazyToXlsx;
  const download = deps.download ?? downloadFile;
  let lastPlan: WorkbookPlan | undefined;

  const readTable = async (tableName: string): Promise<HostResult<unknown[][]>> => {
    const values = lastPlan ? planTableValues(lastPlan, tableName) : undefined;
    return values ? { ok: true, value: values } : { ok: false, code: "notFound", detail: tableName };
  };

  return {
    kind: "browser",
    async buildPlan(plan, onProgress) {
      const fileName = fileNameFor(plan.title);
      try {
        onProgress?.(0, 2, fileName);
        const { bytes, sheetNames } = await toXlsx(plan);
        onProgress?.(1, 2, fileName);
        download(bytes, fileName);
        onProgress?.(2, 2, fileName);
        lastPlan = plan;
        const outcome: BuildOutcome = { sheetNames, identifiers: {}, warnings: [], fileName };
        return { ok: true, value: outcome };
      } catch (error) {
        return { ok: false, code: "failed", detail: error instanceof Error ? error.message : String(error) };
      }
    },
    readTeam: (tableName = "tblPeople") => readTable(tableName),
    readScorecard: (tableName = "tblScorecard") => readTable(tableName),
    readSelection: async () => notInExcel(),
    insertFormula: async () => notInExcel(),
    activateSheet: async () => notInExcel(),
    // The pane keeps the settings and applies them to the next download; there is no workbook to write.
    writeSettings: async () => ({ ok: true, value: undefined }),
    // No workbook to patch: the team's workbook is planned again with the imports and downloaded.
    async applyImport(request, onProgress) {
      try {
        const planned = await lazyImportPlan(request, lastPlan?.title);
        const plan = planned.plan;
        const fileName = fileNameFor(plan.title);
        onProgress?.(0, 2, fileName);
        const { bytes, sheetNames } = await toXlsx(plan);
        onProgress?.(1, 2, fileName);
        download(bytes, fileName);
        onProgress?.(2, 2, fileName);
        lastPlan = plan;
        return {
          ok: true,
          value: {
            ...planned.counts,
            sheetNames: { data: sheetNames.data ?? "", imports: sheetNames.imports ?? "" },
            warnings: [],
            fileName,
          },
        };
      } catch (error) {
        return { ok: false, code: "failed", detail: error instanceof Error ? error.message : String(error) };
      }
    },
    readActiveSheet: async () => notInExcel(),
    readPeriod: async () => {
      const period = lastPlan ? planPeriod(lastPlan) : undefined;
      return period === undefined ? { ok: false, code: "notFound", detail: "Settings" } : { ok: true, value: period };
    },
    // the download is a file, not the workbook a period is closed in (the CLI's --previous does it)
    closePeriod: async () => notInExcel(),
  };
}
