/**
 * Applies a WorkbookPlan to the open workbook through Office.js — the only module that talks to Excel.
 *
 * One `Excel.run`, and a fixed number of round trips whatever the plan's size:
 *   sync 1  read: existing sheet names, defined names and table names (so we clobber nothing);
 *   sync 2  write: add every sheet, then names, tables, cells and formatting, with calculation and
 *           screen updating suspended where the host supports it;
 *   sync 3  finish: recalculate what was written, activate the first new sheet.
 * Office sends everything queued before a sync as ONE request, and Excel on the web refuses requests
 * over 5 MB. So the write step is packed into requests under a 4 MB budget: a plan that fits takes 3
 * syncs; a plan needing two requests still takes 3 (the finishing commands ride on the second: the
 * team workbook of 500 people × 12 KPIs is ~7 MB and goes so); only a plan over ~7.5 MB takes one extra
 * sync per extra 4 MB, and the result says so in `warnings`. The number of syncs grows with bytes, never with rows,
 * sheets or KPIs.
 *
 * On failure at any point the sheets (and defined names) this call added are deleted in a FRESH
 * `Excel.run`: after a failed request the original context's queued proxies cannot be trusted (Office
 * runs a batch up to the failing command, so some adds happened and some did not, and the batch's
 * objects are not tracked), and a context whose session broke cannot sync at all. The fresh run reads
 * the sheet names again and deletes exactly those that carry one of our final names and did not exist
 * when we started: a user's sheet is never touched.
 */
import { resolveSheetRefs, sanitizeSheetName } from "../../plan/sheetRefs";
import type { WorkbookPlan } from "../../plan/types";
import { rangeCols } from "./a1";
import { buildCommands, type Layout, type Target } from "./commands";
import { describeError, excelRun } from "./excelRun";
import { renameIdentifiers, uniqueIdentifier } from "./identifiers";
import { messages, type Step } from "./messages";
import { DEFAULT_MAX_CHUNK_BYTES, DEFAULT_MAX_REQUEST_BYTES, packRequests } from "./payload";
import { featureChecker, officeIsSetSupported, type Feature, type IsSetSupported } from "./requirements";

export interface RenderOptions {
  /** Called once per sheet while its commands are queued (cheap), for a progress bar. */
  onProgress?(done: number, total: number, label: string): void;
  /** `Excel.run`, or a fake in tests. */
  run?: typeof Excel.run;
  /** `Office.context.requirements.isSetSupported`, or a fake in tests. */
  isSetSupported?: IsSetSupported;
  /** Budget of one request (default 4 MB, under Excel on the web's 5 MB limit). */
  maxRequestBytes?: number;
  /** Budget of one 2-D write (default 500 kB). */
  maxChunkBytes?: number;
}

export type RenderResult =
  | {
      ok: true;
      /** plan sheet key → final sheet name */
      sheetNames: Map<string, string>;
      /** plan name/table identifier → final identifier (differs when the workbook already had it) */
      identifiers: Map<string, string>;
      /** context.sync() calls made */
      syncs: number;
      /** requests the write step needed (1 unless the plan is over the request budget) */
      writeRequests: number;
      warnings: string[];
    }
  | { ok: false; error: string; removedSheets: string[]; warnings: string[] };

/** Excel refuses "History" as a sheet name (reserved for change tracking). */
const RESERVED_SHEET_NAMES = ["History"];

interface Snapshot {
  sheetsLower: Set<string>;
  namesLower: Set<string>;
}

interface RunState {
  syncs: number;
  step: Step;
  snapshot?: Snapshot;
  layout?: Layout & { sheetNames: Map<string, string>; identifiers: Map<string, string> };
  /** the sync in flight when it threw, if the failure came from a sync */
  failedSync?: number;
  queuedAdds: boolean;
  writeRequests: number;
}

const lower = (text: string) => text.toLowerCase();

/** A planning bug caught before Excel is touched, or undefined. */
function validatePlan(plan: WorkbookPlan): string | undefined {
  const keys = new Set<string>();
  for (const sheet of plan.sheets) {
    if (keys.has(sheet.key)) return messages.duplicateSheetKey(sheet.key);
    keys.add(sheet.key);
  }
  for (const named of plan.namedRanges) {
    if (!keys.has(named.sheetKey)) return messages.unknownSheetKey(`Name ${named.name}`, named.sheetKey);
  }
  const identifiers = new Set<string>();
  const tables = plan.sheets.flatMap((sheet) => sheet.tables ?? []);
  for (const id of [...plan.namedRanges.map((n) => n.name), ...tables.map((t) => t.name)]) {
    if (identifiers.has(lower(id))) return `the name "${id}" is used twice`;
    identifiers.add(lower(id));
  }
  for (const table of tables) {
    const cols = rangeCols(table.range);
    if (table.headers.length !== cols) return messages.tableHeaders(table.name, table.headers.length, cols);
  }
  return undefined;
}

/** Final names: sheets sanitised and unique against the workbook; names/tables suffixed on collision. */
function planLayout(
  plan: WorkbookPlan,
  existingSheets: string[],
  existingIdentifiers: string[],
  warn: (message: string) => void,
): NonNullable<RunState["layout"]> {
  const taken = [...existingSheets, ...RESERVED_SHEET_NAMES];
  const sheetNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const final = sanitizeSheetName(sheet.name, taken);
    taken.push(final);
    sheetNames.set(sheet.key, final);
    if (final !== sheet.name) warn(messages.renamedSheet(sheet.name, final));
  }
  const takenIds = new Set(existingIdentifiers.map(lower));
  const identifiers = new Map<string, string>();
  const renames = new Map<string, string>();
  const wanted = [
    ...plan.namedRanges.map((n) => n.name),
    ...plan.sheets.flatMap((sheet) => (sheet.tables ?? []).map((t) => t.name)),
  ];
  for (const id of wanted) {
    const final = uniqueIdentifier(id, takenIds);
    takenIds.add(lower(final));
    identifiers.set(id, final);
    if (final !== id) {
      renames.set(lower(id), final);
      warn(messages.renamedIdentifier(id, final));
    }
  }
  return {
    sheetNames,
    identifiers,
    rewrite: (formula) =>
      renameIdentifiers(formula.includes("{{sheet:") ? resolveSheetRefs(formula, sheetNames) : formula, renames),
  };
}

function suspend(context: Excel.RequestContext, supports: (feature: Feature) => boolean): boolean {
  let suspended = false;
  if (supports("suspendCalculation")) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    suspended = true;
  }
  if (supports("suspendScreenUpdating")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  return suspended;
}

export async function renderPlan(plan: WorkbookPlan, options: RenderOptions = {}): Promise<RenderResult> {
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const fail = (error: string, removedSheets: string[] = []): RenderResult => ({
    ok: false,
    error,
    removedSheets,
    warnings,
  });

  const problem = validatePlan(plan);
  if (problem) return fail(messages.invalidPlan(problem));
  const run = excelRun(options);
  if (!run) return fail(messages.noExcel());
  const supports = featureChecker(options.isSetSupported ?? officeIsSetSupported);
  if (plan.namedRanges.length > 0 && !supports("namedRanges")) return fail(messages.namedRangesUnsupported());

  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const maxChunkBytes = Math.min(options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES, maxRequestBytes);
  const state: RunState = { syncs: 0, step: "read", queuedAdds: false, writeRequests: 0 };

  try {
    await run(async (context) => {
      const sync = async (step: Step) => {
        state.step = step;
        state.syncs++;
        state.failedSync = state.syncs;
        await context.sync();
        state.failedSync = undefined;
      };

      // 1. Read what is there.
      const workbook = context.workbook;
      const sheets = workbook.worksheets;
      const names = workbook.names;
      const tables = workbook.tables;
      sheets.load("items/name");
      names.load("items/name");
      tables.load("items/name");
      await sync("read");

      state.step = "prepare";
      const existingSheets = sheets.items.map((s) => s.name);
      const existingNames = names.items.map((n) => n.name);
      state.snapshot = {
        sheetsLower: new Set(existingSheets.map(lower)),
        namesLower: new Set(existingNames.map(lower)),
      };
      const layout = planLayout(plan, existingSheets, [...existingNames, ...tables.items.map((t) => t.name)], warn);
      state.layout = layout;
      const commands = buildCommands(plan, layout, {
        supports,
        maxChunkBytes,
        warn,
        onProgress: options.onProgress,
      });
      const starts = packRequests(
        commands.map((c) => c.bytes),
        maxRequestBytes,
      );
      state.writeRequests = Math.max(1, starts.length);

      const target: Target = { context, sheets: new Map() };
      let suspended = false;
      const finish = () => {
        if (suspended) workbook.application.calculate("Recalculate");
        const first = plan.sheets.length > 0 ? target.sheets.get(plan.sheets[0].key) : undefined;
        if (first) {
          first.activate();
          first.getRange("A1").select();
        }
      };

      // 2. Write, in as few requests as the budget allows. The finishing request is never suspended,
      // so Excel calculates what the suspended ones wrote.
      for (let r = 0; r < starts.length; r++) {
        const last = r === starts.length - 1;
        const carriesFinish = last && starts.length > 1;
        if (!carriesFinish) suspended = suspend(context, supports) || suspended;
        const end = last ? commands.length : starts[r + 1];
        state.step = "write";
        for (let i = starts[r]; i < end; i++) {
          commands[i].apply(target);
          state.queuedAdds = state.queuedAdds || target.sheets.size > 0;
        }
        if (carriesFinish) finish();
        await sync(carriesFinish ? "finish" : "write");
      }
      // 3. Finish (unless it rode on the last write request).
      if (starts.length <= 1) {
        finish();
        await sync("finish");
      }
      if (state.syncs > 3) warn(messages.extraRequests(state.writeRequests, state.syncs));
    });
  } catch (error) {
    const detail = describeError(error, true);
    const message = messages.failed(state.step, state.failedSync, detail);
    if (!state.queuedAdds || !state.snapshot || !state.layout) return fail(message + messages.removed([]));
    const cleanup = await rollback(run, state.snapshot, state.layout);
    if (cleanup.failure !== undefined) {
      return fail(
        message + messages.cleanupFailed([...state.layout.sheetNames.values()], cleanup.failure),
        cleanup.removed,
      );
    }
    return fail(message + messages.removed(cleanup.removed), cleanup.removed);
  }

  const layout = state.layout!;
  return {
    ok: true,
    sheetNames: layout.sheetNames,
    identifiers: layout.identifiers,
    syncs: state.syncs,
    writeRequests: state.writeRequests,
    warnings,
  };
}

/**
 * Deletes, in a fresh Excel.run, the sheets and defined names this render added. Only names that are
 * ours (final names we chose) AND were absent when we first read the workbook are deleted. Tables go
 * with their sheets.
 */
async function rollback(
  run: typeof Excel.run,
  snapshot: Snapshot,
  layout: NonNullable<RunState["layout"]>,
): Promise<{ removed: string[]; failure?: string }> {
  const ourSheets = new Set([...layout.sheetNames.values()].map(lower));
  const ourNames = new Set([...layout.identifiers.values()].map(lower));
  const removed: string[] = [];
  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const names = context.workbook.names;
      sheets.load("items/name");
      names.load("items/name");
      await context.sync();
      let queued = false;
      for (const name of names.items) {
        const key = lower(name.name);
        if (ourNames.has(key) && !snapshot.namesLower.has(key)) {
          name.delete();
          queued = true;
        }
      }
      const doomed: string[] = [];
      for (const sheet of sheets.items) {
        const key = lower(sheet.name);
        if (ourSheets.has(key) && !snapshot.sheetsLower.has(key)) {
          sheet.delete();
          doomed.push(sheet.name);
          queued = true;
        }
      }
      if (queued) await context.sync();
      removed.push(...doomed);
    });
    return { removed };
  } catch (error) {
    return { removed, failure: describeError(error, true) };
  }
}
