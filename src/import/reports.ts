/**
 * Rows under a recognised header → typed records, one reader per report kind (DESIGN §8 metrics
 * table). Values are parsed once here; a written value that does not parse is missing and counted
 * per column in the report's warnings; rows of other sales channels or currencies are left out and
 * counted too. Totals are taken later, from the records, so that a person's share of a file is the
 * same arithmetic over fewer records.
 */
import type { Platform } from "../core/types";
import { ADS_CURRENCIES, SALES_CHANNELS, type Field } from "./formats";
import { columnName, type HeaderMatch } from "./recognize";
import type { ParsedReport, ReportKind, ReportRecord, Totals } from "./types";
import { cellText, parseDate, parseDateRangeStart, parseNumber, type Cell, type Parsed } from "./values";

/** Counts what a file's cells could not give, for one warning line per column or cause. */
class Warnings {
  private readonly invalid = new Map<string, { count: number; example: string }>();
  private readonly leftOut = new Map<string, { count: number; values: Set<string> }>();

  bad(column: string, raw: string): void {
    const w = this.invalid.get(column);
    if (w === undefined) this.invalid.set(column, { count: 1, example: raw });
    else w.count++;
  }

  left(cause: string, value: string): void {
    const w = this.leftOut.get(cause) ?? { count: 0, values: new Set<string>() };
    w.count++;
    w.values.add(value);
    this.leftOut.set(cause, w);
  }

  lines(): string[] {
    const out: string[] = [];
    for (const [column, { count, example }] of this.invalid) {
      out.push(
        `${count} value${count === 1 ? "" : "s"} in \`${column}\` did not parse (e.g. ${JSON.stringify(example)}) and count${count === 1 ? "s" : ""} as missing`,
      );
    }
    for (const [cause, { count, values }] of this.leftOut) {
      const shown = [...values].slice(0, 3).map((v) => (v === "" ? "(blank)" : v));
      out.push(`${count} row${count === 1 ? "" : "s"} of ${cause} ${shown.join(", ")} left out`);
    }
    return out;
  }
}

/** One data row with typed access to the matched columns. */
class Row {
  constructor(
    private readonly cells: readonly Cell[],
    private readonly match: HeaderMatch,
    private readonly warnings: Warnings,
  ) {}

  private cell(field: Field): Cell {
    const at = this.match.columns[field];
    if (at === undefined) return null;
    const c = this.cells[at];
    return c === undefined ? null : c;
  }

  has(field: Field): boolean {
    return this.match.columns[field] !== undefined;
  }

  text(field: Field): string {
    return cellText(this.cell(field));
  }

  private typed<T>(field: Field, parse: (c: Cell) => Parsed<T>): T | undefined {
    const p = parse(this.cell(field));
    if (p.kind === "value") return p.value;
    if (p.kind === "invalid") this.warnings.bad(columnName(this.match.format, field), p.raw);
    return undefined;
  }

  number(field: Field): number | undefined {
    return this.typed(field, parseNumber);
  }

  date(field: Field): string | undefined {
    return this.typed(field, parseDate);
  }

  dateRangeStart(field: Field): string | undefined {
    return this.typed(field, parseDateRangeStart);
  }
}

function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === "");
}

/** Adds `metric: value` when the value is known. */
function put(values: Totals, metric: keyof Totals, value: number | undefined): void {
  if (value !== undefined) values[metric] = value;
}

function skus(text: string): string[] {
  return text === "" ? [] : [text];
}

type Reader = (rows: Row[], ctx: ReaderContext) => ReportRecord[];

interface ReaderContext {
  /** 1-based row number of each data row in the file, parallel to rows */
  lines: number[];
  warnings: Warnings;
}

const readBusinessReport: Reader = (rows, { lines }) =>
  rows.map((r, i) => {
    const values: Totals = {};
    put(values, "sessions", r.number("sessions"));
    put(values, "page_views", r.number("page_views"));
    put(values, "units", r.number("units_ordered"));
    put(values, "sales", r.number("ordered_sales"));
    put(values, "orders", r.number("order_items"));
    // No date and no marketplace in the file: the label says the marketplace, the download the period.
    return { row: lines[i], marketplace: null, skus: skus(r.text("sku")), values };
  });

const readAds: Reader = (rows, { lines, warnings }) => {
  const out: ReportRecord[] = [];
  rows.forEach((r, i) => {
    let marketplace: Platform | null = null;
    if (r.has("currency")) {
      const currency = r.text("currency");
      if (currency !== "") {
        const m = ADS_CURRENCIES[currency.toLowerCase()];
        if (m === undefined) {
          warnings.left("currency", currency);
          return;
        }
        marketplace = m;
      }
    }
    const values: Totals = {};
    put(values, "ad_impressions", r.number("impressions"));
    put(values, "ad_clicks", r.number("clicks"));
    put(values, "ad_spend", r.number("spend"));
    put(values, "ad_sales", r.number("ad_sales"));
    put(values, "ad_orders", r.number("ad_orders"));
    // A summary row (Start Date … End Date, or a Date range) is in the period of its start date.
    const date = r.has("start_date")
      ? r.date("start_date")
      : r.has("date")
        ? r.date("date")
        : r.has("date_range")
          ? r.dateRangeStart("date_range")
          : undefined;
    const record: ReportRecord = { row: lines[i], marketplace, skus: skus(r.text("sku")), values };
    if (r.has("campaign")) record.campaign = r.text("campaign");
    if (date !== undefined) record.date = date;
    out.push(record);
  });
  return out;
};

const readAllOrders: Reader = (rows, { lines, warnings }) => {
  const out: ReportRecord[] = [];
  rows.forEach((r, i) => {
    const channel = r.text("sales_channel");
    const marketplace = SALES_CHANNELS[channel.toLowerCase()];
    if (marketplace === undefined) {
      // Non-Amazon (MCF) and other marketplaces of a unified account are not this team's sales.
      warnings.left("sales channel", channel);
      return;
    }
    const id = r.text("order_id");
    const status = r.text("order_status").toLowerCase();
    const quantity = r.number("quantity");
    const values: Totals = {};
    const record: ReportRecord = { row: lines[i], marketplace, skus: skus(r.text("sku")), values };
    if (status === "cancelled") {
      // Known zeros: a cancelled line sells nothing and ships nothing.
      values.units = 0;
      values.sales = 0;
      values.shipped_units = 0;
      if (id !== "") record.distinct = { cancelled_orders: id };
    } else {
      put(values, "units", quantity);
      put(values, "sales", r.number("item_price"));
      if (status === "shipped") put(values, "shipped_units", quantity);
      else values.shipped_units = 0;
      if (id !== "") record.distinct = { orders: id };
    }
    const date = r.date("purchase_date");
    if (date !== undefined) record.date = date;
    out.push(record);
  });
  return out;
};

const readReturns: Reader = (rows, { lines }) =>
  rows.map((r, i) => {
    const values: Totals = {};
    put(values, "returned_units", r.number("quantity"));
    const record: ReportRecord = { row: lines[i], marketplace: null, skus: skus(r.text("sku")), values };
    const date = r.date("return_date");
    if (date !== undefined) record.date = date;
    return record;
  });

const PACK_PARENT = /^paquete de/i;
const YES = new Set(["sí", "si", "yes", "true", "1"]);

const readMercadoLibre: Reader = (rows, { lines }) => {
  const out: ReportRecord[] = [];
  let pack: ReportRecord | undefined;
  rows.forEach((r, i) => {
    const income = r.number("income");
    const total = r.number("total");
    const fees = r.number("fees");
    const refunds = r.number("refunds");
    const units = r.number("units");
    const isParent = PACK_PARENT.test(r.text("status"));
    const carriesMoney = income !== undefined || total !== undefined;
    const values: Totals = {};
    const record: ReportRecord = {
      row: lines[i],
      marketplace: "mercadolibre_mx",
      skus: skus(r.text("sku")),
      values,
    };
    const date = r.date("sale_date");
    if (date !== undefined) record.date = date;
    if (carriesMoney) {
      values.orders = 1;
      put(values, "sales", income);
      // Written as negative amounts (money taken from the seller): reported positive.
      if (refunds !== undefined) values.refunds = -refunds;
      if (fees !== undefined) values.fees = -fees;
      put(values, "net_total", total);
      if (income !== undefined && r.has("ad_sale")) {
        values.ad_sales = YES.has(r.text("ad_sale").toLowerCase()) ? income : 0;
      }
    }
    if (!isParent) put(values, "units", units);
    if (isParent) {
      pack = record;
    } else if (pack !== undefined && !carriesMoney) {
      // An item row of the pack above: its SKU scopes the pack's money, its date is the pack's.
      for (const s of record.skus) if (!pack.skus.includes(s)) pack.skus.push(s);
      if (record.date === undefined && pack.date !== undefined) record.date = pack.date;
    } else {
      pack = undefined;
    }
    out.push(record);
  });
  return out;
};

const READERS: Readonly<Record<Exclude<ReportKind, "amazon_account_health">, Reader>> = {
  amazon_business_report: readBusinessReport,
  amazon_ads_sp: readAds,
  amazon_all_orders: readAllOrders,
  amazon_fba_returns: readReturns,
  mercadolibre_ventas: readMercadoLibre,
};

/**
 * A recognised table → its report. `rows` are the sheet's rows (header included, as found by
 * `recognize`); `firstLine` is the 1-based number of rows[0] in the file.
 */
export function readTable(
  file: string,
  rows: readonly (readonly Cell[])[],
  match: HeaderMatch,
  sheet?: string,
): ParsedReport {
  const warnings = new Warnings();
  const data: Row[] = [];
  const lines: number[] = [];
  for (let r = match.headerRow + 1; r < rows.length; r++) {
    if (isBlankRow(rows[r])) continue;
    data.push(new Row(rows[r], match, warnings));
    lines.push(r + 1);
  }
  const kind = match.format.kind as Exclude<ReportKind, "amazon_account_health">;
  const records = READERS[kind](data, { lines, warnings });
  const report: ParsedReport = {
    file,
    kind,
    format: match.format.id,
    locale: match.format.locale,
    marketplace: null,
    rows: data.length,
    records,
    warnings: warnings.lines(),
  };
  if (sheet !== undefined) report.sheet = sheet;
  return report;
}
