/**
 * A fake Excel host for the Office renderer's tests and bench.
 *
 * The request context is an office-addin-mock `OfficeMockObject`: its workbook, worksheet/name/table
 * collections and application are seeded with the methods the renderer calls, and collection `items`
 * only become readable after `load` + `context.sync()`, as in Office. What office-addin-mock cannot
 * express we add around it, and say so here:
 *  - it is a property bag whose `add()` results must be pre-declared children; the renderer creates
 *    thousands of ranges, tables, charts and conditional formats, so those are small recording
 *    objects returned by the seeded methods (we never load from them);
 *  - its `load` only understands its own property tree, so collection `load("items/name")` is a seeded
 *    wrapper that records the request and loads `items` through the mock;
 *  - structural changes (sheet/name/table added or deleted) are queued and applied on sync, with
 *    Excel's rules (unique, case-insensitive names; sheet-name rules), and a sync can be made to fail
 *    after running none, some or all of its queued commands, optionally breaking the context for good;
 *  - for report import (applyImport): sheets have ids and take a new name, `worksheets.getItem` and
 *    `tables.getItem` resolve by name when the batch runs, a table is read back from the cells of its
 *    sheet (seeded with `grids`), and a write to a sheet that was there before lands in those cells.
 */
import { OfficeMockObject } from "office-addin-mock";
import { compile } from "../../../src/render/office/fillDown";

export type WriteKind = "values" | "formulas" | "numberFormat";

export interface WriteRecord {
  /** the sync (counted over all runs) that carried this write */
  sync: number;
  sheet: string;
  address: string;
  kind: WriteKind;
  bytes: number;
  data: unknown[][];
}

export interface FakeFormat {
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  fill: { color?: string };
  horizontalAlignment?: string;
  wrapText?: boolean;
  columnWidth?: number;
  rowHeight?: number;
}

export interface FakeConditionalFormat {
  type: string;
  cellValue: { format: FakeFormat; rule?: { formula1: string; formula2?: string; operator: string } };
  textComparison: { format: FakeFormat; rule?: { operator: string; text: string } };
  custom: { format: FakeFormat; rule: { formula?: string } };
}

export interface FakeRange {
  sheet: string;
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: FakeFormat;
  dataValidation: { rule?: unknown; prompt?: unknown };
  conditionalFormats: { items: FakeConditionalFormat[]; add(type: string): FakeConditionalFormat };
  selected: boolean;
  select(): void;
  /** Range.group / hideGroupDetails calls, in order ("group:ByColumns", "hide:ByColumns") */
  outline: string[];
  columnHidden?: boolean;
  group(by: string): void;
  hideGroupDetails(by: string): void;
  /** Range.autoFill: the head row's formulas filled down to `destination`, recorded as a write of the rows below */
  autoFill(destination: string, type: string): void;
}

export interface FakePageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
  setPrintArea(address: string): void;
  setPrintTitleRows(address: string): void;
}

export interface FakeSeries {
  name?: string;
  values?: FakeRange;
  xValues?: FakeRange;
  setValues(range: FakeRange): void;
  setXAxisValues(range: FakeRange): void;
}

export interface FakeChart {
  type: string;
  source: FakeRange;
  seriesBy?: string;
  title: { text?: string };
  position?: [string, string?];
  series: { items: FakeSeries[]; getItemAt(i: number): FakeSeries; add(name?: string): FakeSeries };
  setPosition(start: string, end?: string): void;
}

export interface FakeTable {
  sheet: string;
  address: string;
  hasHeaders: boolean;
  name?: string;
  style?: string;
  showTotals?: boolean;
  headerRow: FakeRange;
  getHeaderRowRange(): FakeRange;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** cell contents by "row,col" (zero-based) of a sheet that was there before: seeded, then written */
  cells: Map<string, unknown>;
  preexisting: boolean;
  ranges: FakeRange[];
  tables: FakeTable[];
  charts: FakeChart[];
  freeze?: { at?: string; rows?: number; cols?: number };
  tabColor?: string;
  pageLayout: FakePageLayout;
  activated: boolean;
  /** any call on a sheet proxy that changes it (ranges, tables, …) */
  touched: boolean;
}

export interface FakeName {
  name: string;
  sheet: string;
  address: string;
  comment?: string;
}

export interface InjectedFailure {
  /** fail this sync (counted over all runs, from 1) */
  atSync: number;
  /** Office runs a batch up to the failing command: "all" = everything queued ran, "none" = nothing did, n = the first n */
  executed: "none" | "all" | number;
  /** after this failure the context can never sync again */
  breakContext?: boolean;
}

export interface FakeExcelSetup {
  sheets?: string[];
  names?: string[];
  /** `address`: the table's range with its header row (A1), read from the sheet's cells */
  tables?: { name: string; sheet: string; address?: string }[];
  /** cells of seeded sheets: rows from `at` (A1 of the top-left cell, default A1) */
  grids?: { sheet: string; at?: string; rows: unknown[][] }[];
}

/** "B3" → zero-based row and column. */
function cellOf(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new FakeExcelError("InvalidArgument", `Bad address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A1:C9" → its corners (zero-based). */
function rangeOf(address: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = address.slice(address.lastIndexOf("!") + 1).split(":");
  const p = cellOf(a);
  const q = cellOf(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Shaped like OfficeExtension.Error. */
export class FakeExcelError extends Error {
  constructor(
    public code: string,
    message: string,
    public debugInfo: { errorLocation?: string } = {},
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;

function utf8(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: { name: string; sheet: string; address?: string; id?: string }[] = [];
  /** syncs over all runs */
  syncCount = 0;
  /** syncs per run, in run order */
  syncsPerRun: number[] = [];
  runs = 0;
  writes: WriteRecord[] = [];
  loads: string[] = [];
  /** application calls, e.g. "suspendApiCalculationUntilNextSync@2" (the sync that carries it) */
  calls: string[] = [];
  failures: InjectedFailure[] = [];
  private pending: (() => void)[] = [];
  private nextId = 1;

  constructor(setup: FakeExcelSetup = {}) {
    for (const name of setup.sheets ?? ["Sheet1"]) this.sheets.push(this.newSheet(name, true));
    for (const name of setup.names ?? []) this.names.push({ name, sheet: this.sheets[0].name, address: "A1" });
    for (const table of setup.tables ?? []) this.tables.push({ ...table, id: `{table-${this.nextId++}}` });
    for (const grid of setup.grids ?? []) {
      const state = this.sheet(grid.sheet);
      if (!state) throw new Error(`no sheet ${grid.sheet} to seed`);
      const at = cellOf(grid.at ?? "A1");
      grid.rows.forEach((r, i) => r.forEach((v, j) => state.cells.set(`${at.row + i},${at.col + j}`, v)));
    }
  }

  /** A seeded or written cell of a sheet ("" when blank), by A1 address. */
  cell(sheet: string, a1: string): unknown {
    const p = cellOf(a1);
    return this.sheet(sheet)?.cells.get(`${p.row},${p.col}`) ?? "";
  }

  /** The cells of a range of a sheet that was there before ("" for blank). */
  grid(sheet: string, address: string): unknown[][] {
    const state = this.sheet(sheet);
    const r = rangeOf(address);
    const out: unknown[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: unknown[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(state?.cells.get(`${i},${j}`) ?? "");
      out.push(row);
    }
    return out;
  }

  /** Typed like Excel.run for the renderer. */
  get run(): typeof Excel.run {
    return ((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      this.runBatch(batch)) as unknown as typeof Excel.run;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Data bytes (values/formulas/numberFormat JSON) carried by each sync, by sync number. */
  bytesPerSync(): Map<number, number> {
    const bytes = new Map<number, number>();
    for (const w of this.writes) bytes.set(w.sync, (bytes.get(w.sync) ?? 0) + w.bytes);
    return bytes;
  }

  private async runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const runIndex = this.syncsPerRun.push(0) - 1;
    let broken = false;
    const fake = this;
    const loadItems = (collection: string) =>
      function (this: OfficeMockObject, properties?: string) {
        fake.loads.push(`${collection}:${properties}`);
        return OfficeMockObject.prototype.load.call(this, "items");
      };
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: this.sheets.map((s) => this.sheetItem(s)),
          load: loadItems("worksheets"),
          add: (name: string) => this.addSheet(name),
          getItem: (name: string) => this.sheetByName(name),
        },
        names: {
          items: this.names.map((n) => this.nameItem(n)),
          load: loadItems("names"),
          add: (name: string, reference: FakeRange, comment?: string) => this.addName(name, reference, comment),
        },
        tables: {
          items: this.tables.map((t) => ({ name: t.name, id: t.id, worksheet: { name: t.sheet } })),
          load: loadItems("tables"),
          getItem: (name: string) => this.tableItem(name),
        },
        application: {
          suspendApiCalculationUntilNextSync: () =>
            this.calls.push(`suspendApiCalculationUntilNextSync@${this.syncCount + 1}`),
          suspendScreenUpdatingUntilNextSync: () =>
            this.calls.push(`suspendScreenUpdatingUntilNextSync@${this.syncCount + 1}`),
          calculate: (type: string) => this.calls.push(`calculate(${type})@${this.syncCount + 1}`),
        },
      },
    }) as OfficeMockObject & { sync(): Promise<void> };
    const mockSync = OfficeMockObject.prototype.sync;
    context.sync = async () => {
      if (broken) throw new FakeExcelError("InvalidRequestContext", "The request context is no longer valid.");
      this.syncCount++;
      this.syncsPerRun[runIndex]++;
      const failure = this.failures.find((f) => f.atSync === this.syncCount);
      const queued = this.pending;
      this.pending = [];
      if (failure) {
        if (failure.executed === "all") this.execute(queued);
        else if (typeof failure.executed === "number") this.execute(queued.slice(0, failure.executed));
        if (failure.breakContext) broken = true;
        throw new FakeExcelError("GeneralException", `Injected failure at sync ${this.syncCount}`, {
          errorLocation: "Fake.sync",
        });
      }
      this.execute(queued);
      await mockSync.call(context);
      await new Promise((resolve) => setImmediate(resolve)); // let the mock's async property updates land
    };
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.pending = []; // commands never synced are lost with the context
    }
  }

  /** Runs queued structural commands in order; the first failure stops the batch, as in Office. */
  private execute(queued: (() => void)[]): void {
    for (const cmd of queued) cmd();
  }

  private newSheet(name: string, preexisting: boolean): FakeSheet {
    const pageLayout: FakePageLayout = {
      setPrintArea(address) {
        this.printArea = address;
      },
      setPrintTitleRows(address) {
        this.printTitleRows = address;
      },
    };
    return {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      preexisting,
      ranges: [],
      tables: [],
      charts: [],
      pageLayout,
      activated: false,
      touched: false,
    };
  }

  private sheetItem(state: FakeSheet) {
    return {
      name: state.name,
      id: state.id,
      delete: () => this.pending.push(() => this.deleteSheet(state)),
    };
  }

  private nameItem(state: FakeName) {
    return {
      name: state.name,
      delete: () =>
        this.pending.push(() => {
          this.names = this.names.filter((n) => n !== state);
        }),
    };
  }

  /** worksheets.getItem(name): resolved by name when the batch runs (a rename queued before it counts). */
  private sheetByName(name: string) {
    const fake = this;
    const find = () => {
      const state = this.sheet(name);
      if (!state) throw new FakeExcelError("ItemNotFound", `No sheet ${name}`);
      return state;
    };
    return {
      set name(next: string) {
        fake.pending.push(() => fake.renameSheet(find(), next));
      },
      getRange: (address: string) => {
        const state = find(); // the sheets written this way (Inputs) are there when the batch is queued
        state.touched = true;
        return this.range(state, address);
      },
      activate: () =>
        this.pending.push(() => {
          for (const s of this.sheets) s.activated = false;
          find().activated = true;
        }),
      delete: () => this.pending.push(() => this.deleteSheet(find())),
    };
  }

  private renameSheet(state: FakeSheet, next: string): void {
    const clash = this.sheet(next);
    if (clash && clash !== state) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${next} already exists`);
    for (const t of this.tables) if (t.sheet === state.name) t.sheet = next;
    state.name = next;
  }

  /** tables.getItem(name): its header and body read from its sheet's cells; a missing table fails the sync. */
  private tableItem(name: string) {
    const fake = this;
    const find = () => {
      const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeExcelError("ItemNotFound", `No table ${name}`);
      return t;
    };
    if (!this.tables.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
      this.pending.push(() => {
        find();
      });
    }
    const parts = () => {
      const t = find();
      if (!t.address) throw new FakeExcelError("InvalidOperation", `Table ${name} has no seeded address`);
      const r = rangeOf(t.address);
      const row = (i: number) => `${letters(r.left)}${i + 1}:${letters(r.right)}`;
      return { t, header: `${row(r.top)}${r.top + 1}`, body: `${row(r.top + 1)}${r.bottom + 1}` };
    };
    const loadable = <T extends object>(o: T) => Object.assign(o, { load: () => o });
    return {
      set name(next: string) {
        fake.pending.push(() => {
          const t = find();
          if (fake.identifierTaken(next) && next.toLowerCase() !== t.name.toLowerCase())
            throw new FakeExcelError("InvalidArgument", `Name ${next} is taken`);
          t.name = next;
        });
      },
      getHeaderRowRange: () =>
        loadable({
          get values() {
            const p = parts();
            return fake.grid(p.t.sheet, p.header);
          },
        }),
      getDataBodyRange: () =>
        loadable({
          get address() {
            const p = parts();
            return `${p.t.sheet}!${p.body}`;
          },
          get formulas() {
            const p = parts();
            return fake.grid(p.t.sheet, p.body);
          },
          // seeded cells are what Excel computed: values and formulas read alike
          get values() {
            const p = parts();
            return fake.grid(p.t.sheet, p.body);
          },
        }),
      // closePeriod: rows appended below the table's last row, which grows with them
      rows: {
        add: (index: number | null | undefined, values: unknown[][]) => {
          fake.pending.push(() => {
            const t = find();
            if (index !== null && index !== undefined)
              throw new FakeExcelError("InvalidArgument", "the fake only appends rows");
            if (!t.address) throw new FakeExcelError("InvalidOperation", `Table ${name} has no seeded address`);
            const r = rangeOf(t.address);
            const state = fake.sheet(t.sheet)!;
            values.forEach((row, i) => row.forEach((v, j) => state.cells.set(`${r.bottom + 1 + i},${r.left + j}`, v)));
            t.address = `${letters(r.left)}${r.top + 1}:${letters(r.right)}${r.bottom + 1 + values.length}`;
          });
          fake.writes.push({
            sync: fake.syncCount + 1,
            sheet: find().sheet,
            address: `${name}#rows.add`,
            kind: "values",
            bytes: utf8(JSON.stringify(values)),
            data: values,
          });
        },
      },
      worksheet: loadable({
        get name() {
          return find().sheet;
        },
      }),
    };
  }

  private deleteSheet(state: FakeSheet): void {
    if (!this.sheets.includes(state)) throw new FakeExcelError("ItemNotFound", `No sheet ${state.name}`);
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must keep one sheet");
    this.sheets = this.sheets.filter((s) => s !== state);
    this.tables = this.tables.filter((t) => t.sheet !== state.name);
  }

  private identifierTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return (
      this.names.some((n) => n.name.toLowerCase() === lower) || this.tables.some((t) => t.name.toLowerCase() === lower)
    );
  }

  private addSheet(name: string) {
    const state = this.newSheet(name, false);
    this.pending.push(() => {
      if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists`);
      if (
        name.length > 31 ||
        name.trim() === "" ||
        FORBIDDEN_SHEET_CHARS.test(name) ||
        /^'|'$/.test(name) ||
        name.toLowerCase() === "history"
      ) {
        throw new FakeExcelError("InvalidArgument", `Invalid sheet name ${name}`);
      }
      this.sheets.push(state);
    });
    const fake = this;
    return {
      name,
      getRange: (address: string) => {
        state.touched = true;
        return this.range(state, address);
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          state.touched = true;
          const table: FakeTable = {
            sheet: name,
            address,
            hasHeaders,
            headerRow: this.range(state, `${address}#header`),
            getHeaderRowRange() {
              return this.headerRow;
            },
          };
          state.tables.push(table);
          this.pending.push(() => {
            const tableName = table.name ?? `Table${this.tables.length + 1}`;
            if (this.identifierTaken(tableName))
              throw new FakeExcelError("InvalidArgument", `Name ${tableName} is taken`);
            this.tables.push({ name: tableName, sheet: name, id: `{table-${this.nextId++}}` });
          });
          return table;
        },
      },
      charts: {
        add: (type: string, source: FakeRange, seriesBy?: string) => {
          state.touched = true;
          const makeSeries = (): FakeSeries => ({
            setValues(range) {
              this.values = range;
            },
            setXAxisValues(range) {
              this.xValues = range;
            },
          });
          const chart: FakeChart = {
            type,
            source,
            seriesBy,
            title: {},
            series: {
              items: [],
              getItemAt(i) {
                while (this.items.length <= i) this.items.push(makeSeries());
                return this.items[i];
              },
              add(seriesName) {
                const series = makeSeries();
                series.name = seriesName;
                this.items.push(series);
                return series;
              },
            },
            setPosition(start, end) {
              this.position = [start, end];
            },
          };
          state.charts.push(chart);
          return chart;
        },
      },
      freezePanes: {
        freezeAt: (range: FakeRange) => {
          state.freeze = { at: range.address };
        },
        freezeRows: (rows: number) => {
          state.freeze = { rows };
        },
        freezeColumns: (cols: number) => {
          state.freeze = { cols };
        },
      },
      set tabColor(color: string) {
        state.tabColor = color;
        state.touched = true;
      },
      get pageLayout() {
        state.touched = true;
        return state.pageLayout;
      },
      activate: () => {
        for (const s of fake.sheets) s.activated = false;
        state.activated = true;
      },
      delete: () => this.pending.push(() => this.deleteSheet(state)),
    };
  }

  private addName(name: string, reference: FakeRange, comment?: string) {
    this.pending.push(() => {
      if (this.identifierTaken(name)) throw new FakeExcelError("InvalidArgument", `Name ${name} is taken`);
      this.names.push({ name, sheet: reference.sheet, address: reference.address, comment });
    });
    return { name };
  }

  private range(state: FakeSheet, address: string): FakeRange {
    const fake = this;
    const stored: Partial<Record<WriteKind, unknown[][]>> = {};
    const format = (): FakeFormat => ({ font: {}, fill: {} });
    const range = {
      sheet: state.name,
      address,
      load() {
        return this;
      },
      format: format(),
      dataValidation: {},
      selected: false,
      select() {
        this.selected = true;
      },
      outline: [] as string[],
      group(by: string) {
        this.outline.push(`group:${by}`);
      },
      hideGroupDetails(by: string) {
        this.outline.push(`hide:${by}`);
      },
      autoFill(destination: string, type: string) {
        // Excel moves relative row references as the fill handle does; the fake does it with the
        // renderer's own row shifter (shiftRows, tested on its own against hand-written formulas).
        const head = stored.formulas;
        const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(destination);
        if (!head || head.length !== 1 || !m || `${m[1]}${m[2]}` !== address.split(":")[0])
          throw new FakeExcelError("InvalidArgument", `autoFill from ${address} to ${destination}`);
        const top = Number(m[2]);
        const bottom = Number(m[4]);
        const shifts = head[0].map((cell) =>
          typeof cell === "string" && cell.startsWith("=") ? compile(cell) : { shifted: () => cell },
        );
        const data = Array.from({ length: bottom - top }, (_, i) => shifts.map((shift) => shift.shifted(i + 1)));
        fake.writes.push({
          sync: fake.syncCount + 1,
          sheet: state.name,
          address: `${m[1]}${top + 1}:${m[3]}${bottom}`,
          kind: "formulas",
          // what goes over the wire: the two addresses and the fill type, not the cells
          bytes: utf8(JSON.stringify([address, destination, type])),
          data,
        });
      },
      conditionalFormats: {
        items: [] as FakeConditionalFormat[],
        add(type: string) {
          const cf: FakeConditionalFormat = {
            type,
            cellValue: { format: format() },
            textComparison: { format: format() },
            custom: { format: format(), rule: {} },
          };
          this.items.push(cf);
          return cf;
        },
      },
    } as FakeRange;
    for (const kind of ["values", "formulas", "numberFormat"] as const) {
      Object.defineProperty(range, kind, {
        enumerable: true,
        // a sheet that was there before reads back its cells until this range writes them (closePeriod)
        get: () =>
          stored[kind] ?? (state.preexisting && kind !== "numberFormat" ? fake.grid(state.name, address) : undefined),
        set: (data: unknown[][]) => {
          stored[kind] = data;
          if (state.preexisting && kind !== "numberFormat") {
            const at = rangeOf(address);
            fake.pending.push(() =>
              data.forEach((r, i) => r.forEach((v, j) => state.cells.set(`${at.top + i},${at.left + j}`, v))),
            );
          }
          fake.writes.push({
            sync: fake.syncCount + 1,
            sheet: state.name,
            address,
            kind,
            bytes: utf8(JSON.stringify(data)),
            data,
          });
        },
      });
    }
    state.ranges.push(range);
    return range;
  }
}
