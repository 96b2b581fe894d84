/**
 * A recording fake of the few Excel objects src/render/office/workbookReads uses. It keeps Office's
 * rules that matter to those calls: a property is readable only after the sync that loaded it (and
 * an *OrNullObject's isNullObject only after a sync); writes are queued and land on sync; a missing
 * worksheet fails the sync with ItemNotFound, as Excel does. It records every sync and write.
 */

export interface FakeWorkbookData {
  tables?: Record<string, unknown[][]>;
  sheets?: string[];
  /** workbook names → the address they refer to and their cells */
  names?: Record<string, { address: string; values: unknown[][] }>;
  selection?: { address: string; values: unknown[][] };
  activeCell?: string;
}

export interface Write {
  target: string;
  kind: "values" | "formulas";
  data: unknown[][];
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeWorkbook {
  syncs = 0;
  runs = 0;
  writes: Write[] = [];
  activated: string[] = [];
  loads: string[] = [];
  private queue: (() => void)[] = [];
  /** fail the sync with this number (counted over all runs) */
  failSync?: { at: number; error: Error };

  constructor(readonly data: FakeWorkbookData) {}

  /** Typed like Excel.run for the code under test. */
  get run(): typeof Excel.run {
    return (async <T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      this.runs++;
      return fn(this.context() as unknown as Excel.RequestContext);
    }) as unknown as typeof Excel.run;
  }

  private later(fn: () => void) {
    this.queue.push(fn);
  }

  private async sync(): Promise<void> {
    this.syncs++;
    if (this.failSync && this.failSync.at === this.syncs) {
      this.queue = [];
      throw this.failSync.error;
    }
    const queued = this.queue;
    this.queue = [];
    for (const fn of queued) fn();
  }

  /** An object whose listed properties throw until `ready()` ran (on a later sync). */
  private gated<T extends object>(target: T, props: string[]): T & { ready(values: Record<string, unknown>): void } {
    const state: Record<string, unknown> = {};
    let ready = false;
    const obj = target as T & { ready(values: Record<string, unknown>): void };
    for (const p of props) {
      Object.defineProperty(obj, p, {
        get: () => {
          if (!ready)
            throw new OfficeError(
              "PropertyNotLoaded",
              `The property '${p}' is not available. Load it and call context.sync().`,
            );
          return state[p];
        },
        configurable: true,
      });
    }
    obj.ready = (values) => {
      Object.assign(state, values);
      ready = true;
    };
    return obj;
  }

  private range(address: string, getValues: () => unknown[][]) {
    const wb = this;
    const range = this.gated(
      {
        load(props: string) {
          wb.loads.push(`${address}:${props}`);
          wb.later(() => range.ready({ values: getValues(), address }));
        },
        set formulas(data: unknown[][]) {
          wb.later(() => wb.writes.push({ target: address, kind: "formulas", data }));
        },
        getCell(row: number, col: number) {
          return wb.range(`${address}[${row},${col}]`, () => [[getValues()[row]?.[col]]]);
        },
      } as Record<string, unknown>,
      ["values", "address"],
    );
    Object.defineProperty(range, "values", {
      get: Object.getOwnPropertyDescriptor(range, "values")!.get,
      set: (data: unknown[][]) => wb.later(() => wb.writes.push({ target: address, kind: "values", data })),
    });
    return range;
  }

  private nullable<T extends object>(target: T, extra: string[] = []) {
    return this.gated(target, ["isNullObject", ...extra]);
  }

  private context() {
    const wb = this;
    const data = this.data;
    return {
      sync: () => wb.sync(),
      workbook: {
        tables: {
          getItemOrNullObject(name: string) {
            const values = data.tables?.[name];
            const table = wb.nullable({
              getRange: () => {
                if (values === undefined) throw new OfficeError("InvalidObjectPath", "null object");
                return wb.range(`table:${name}`, () => values);
              },
            });
            wb.later(() => table.ready({ isNullObject: values === undefined }));
            return table;
          },
        },
        getSelectedRange() {
          const sel = data.selection ?? { address: "Sheet1!A1", values: [[""]] };
          return wb.range(sel.address, () => sel.values);
        },
        getActiveCell() {
          return wb.range(data.activeCell ?? "Sheet1!A1", () => [[""]]);
        },
        worksheets: {
          getItem(name: string) {
            return {
              activate() {
                wb.later(() => {
                  if (!(data.sheets ?? []).includes(name))
                    throw new OfficeError("ItemNotFound", `The requested resource doesn't exist.`);
                  wb.activated.push(name);
                });
              },
            };
          },
        },
        names: {
          getItemOrNullObject(name: string) {
            const named = data.names?.[name];
            const item = wb.nullable(
              {
                load(props: string) {
                  wb.loads.push(`name:${name}:${props}`);
                },
                getRange: () => {
                  if (named === undefined) throw new OfficeError("InvalidObjectPath", "null object");
                  return wb.range(`name:${name}`, () => named.values);
                },
              },
              ["value"],
            );
            wb.later(() => item.ready({ isNullObject: named === undefined, value: named?.address }));
            return item;
          },
        },
      },
    };
  }
}
