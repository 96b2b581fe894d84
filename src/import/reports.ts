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
import { importNoticeText } from "../i18n/importWarnings";
import type { ImportNotice, LeftOutCause, ParsedReport, ReportKind, ReportRecord, Totals } from "./types";
import {
  cellText,
  INVALID,
  parseDate,
  parseDateRangeStart,
  parseNumber,
  readDate,
  readNumber,
  type Cell,
  type Parsed,
} from "./values";

// Called a few times per row of a 200,000-line file, so bound once: where modules run unbundled as
// CommonJS (tsx, which runs scripts/bench-import.ts) every use of an imported binding is a getter
// call, about a tenth of the reading; bundles (task pane, CLI) are unaffected either way.
const textOf = cellText;
const numberOf = readNumber;
const dateOf = readDate;
const NOT_PARSED: typeof INVALID = INVALID;

/** Counts what a file's cells could not give, for one notice per column or cause. */
class Warnings {
  private readonly invalid = new Map<string, { count: number; example: string }>();
  private readonly leftOut = new Map<LeftOutCause, { count: number; values: Set<string> }>();

  bad(column: string, raw: string): void {
    const w = this.invalid.get(column);
    if (w === undefined) this.invalid.set(column, { count: 1, example: raw });
    else w.count++;
  }

  left(cause: LeftOutCause, value: string): void {
    const w = this.leftOut.get(cause) ?? { count: 0, values: new Set<string>() };
    w.count++;
    w.values.add(value);
    this.leftOut.set(cause, w);
  }

  notices(): ImportNotice[] {
    const out: ImportNotice[] = [];
    for (const [column, { count, example }] of this.invalid)
      out.push({ code: "invalid_values", column, count, example });
    for (const [cause, { count, values }] of this.leftOut) {
      out.push({ code: "left_out", cause, count, values: [...values].slice(0, 3) });
    }
    return out;
  }
}

/**
 * Typed access to the current row's matched columns. One per file, handed row after row (a file
 * of 200,000 lines makes no object per row to read it); columns are looked up once per file.
 */
class Cells {
  row: readonly Cell[] = [];
  private readonly names = new Map<Field, string>();
  /** one string per day the file names */
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly match: HeaderMatch,
    private readonly warnings: Warnings,
  ) {}

  /** The 0-based column of a field, -1 when the file lacks it. */
  at(field: Field): number {
    return this.match.columns[field] ?? -1;
  }

  text(at: number): string {
    if (at < 0) return "";
    const c = this.row[at];
    return c === undefined ? "" : textOf(c);
  }

  number(at: number, field: Field): number | undefined {
    if (at < 0) return undefined;
    const n = numberOf(this.row[at]);
    if (n !== NOT_PARSED) return n;
    this.bad(field, parseNumber(this.row[at]));
    return undefined;
  }

  date(at: number, field: Field): string | undefined {
    if (at < 0) return undefined;
    const d = dateOf(this.row[at], this.dates);
    if (d !== NOT_PARSED) return d;
    this.bad(field, parseDate(this.row[at]));
    return undefined;
  }

  dateRangeStart(at: number, field: Field): string | undefined {
    if (at < 0) return undefined;
    const p = parseDateRangeStart(this.row[at] ?? null);
    if (p.kind === "value") return p.value;
    this.bad(field, p);
    return undefined;
  }

  private bad(field: Field, p: Parsed<unknown>): void {
    if (p.kind !== "invalid") return;
    let name = this.names.get(field);
    if (name === undefined) this.names.set(field, (name = columnName(this.match.format, field)));
    this.warnings.bad(name, p.raw);
  }
}

function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (textOf(cells[i]) !== "") return false;
  return true;
}

/** Adds `metric: value` when the value is known. */
function put(values: Totals, metric: keyof Totals, value: number | undefined): void {
  if (value !== undefined) values[metric] = value;
}

function skus(text: string): string[] {
  return text === "" ? [] : [text];
}

/**
 * The SKU list of a row, one list per SKU for the whole file: a 200,000-line file repeats a few
 * hundred SKUs, and two objects fewer per row is a fifth less for the garbage collector to move.
 * Records never change their lists (ReportRecord.skus is read-only), except Mercado Libre's pack
 * rows, which gather their items' SKUs and so get lists of their own.
 */
function skuLists(): (text: string) => readonly string[] {
  const lists = new Map<string, readonly string[]>();
  const none: readonly string[] = [];
  return (text) => {
    if (text === "") return none;
    let list = lists.get(text);
    if (list === undefined) lists.set(text, (list = [text]));
    return list;
  };
}

/** Reads the current row of `cells` (its 1-based row number in the file is `line`) into `out`. */
type RowReader = (line: number) => void;

type ReaderFactory = (cells: Cells, out: ReportRecord[], warnings: Warnings) => RowReader;

const readBusinessReport: ReaderFactory = (c, out) => {
  const [sessions, pageViews, units, sales, orders, sku] = (
    ["sessions", "page_views", "units_ordered", "ordered_sales", "order_items", "sku"] as const
  ).map((f) => c.at(f));
  const skuList = skuLists();
  return (line) => {
    const values: Totals = {};
    put(values, "sessions", c.number(sessions, "sessions"));
    put(values, "page_views", c.number(pageViews, "page_views"));
    put(values, "units", c.number(units, "units_ordered"));
    put(values, "sales", c.number(sales, "ordered_sales"));
    put(values, "orders", c.number(orders, "order_items"));
    // No date and no marketplace in the file: the label says the marketplace, the download the period.
    out.push({ row: line, marketplace: null, skus: skuList(c.text(sku)), values });
  };
};

const readAds: ReaderFactory = (c, out, warnings) => {
  const [currency, impressions, clicks, spend, adSales, adOrders, startDate, date, dateRange, sku, campaign] = (
    [
      "currency",
      "impressions",
      "clicks",
      "spend",
      "ad_sales",
      "ad_orders",
      "start_date",
      "date",
      "date_range",
      "sku",
      "campaign",
    ] as const
  ).map((f) => c.at(f));
  const skuList = skuLists();
  return (line) => {
    let marketplace: Platform | null = null;
    if (currency >= 0) {
      const written = c.text(currency);
      if (written !== "") {
        const m = ADS_CURRENCIES[written.toLowerCase()];
        if (m === undefined) {
          warnings.left("currency", written);
          return;
        }
        marketplace = m;
      }
    }
    const values: Totals = {};
    put(values, "ad_impressions", c.number(impressions, "impressions"));
    put(values, "ad_clicks", c.number(clicks, "clicks"));
    put(values, "ad_spend", c.number(spend, "spend"));
    put(values, "ad_sales", c.number(adSales, "ad_sales"));
    put(values, "ad_orders", c.number(adOrders, "ad_orders"));
    // A summary row (Start Date … End Date, or a Date range) is in the period of its start date.
    const day =
      startDate >= 0
        ? c.date(startDate, "start_date")
        : date >= 0
          ? c.date(date, "date")
          : dateRange >= 0
            ? c.dateRangeStart(dateRange, "date_range")
            : undefined;
    const record: ReportRecord = { row: line, marketplace, skus: skuList(c.text(sku)), values };
    if (campaign >= 0) record.campaign = c.text(campaign);
    if (day !== undefined) record.date = day;
    out.push(record);
  };
};

const readAllOrders: ReaderFactory = (c, out, warnings) => {
  const [channel, orderId, orderStatus, quantity, itemPrice, sku, purchaseDate] = (
    ["sales_channel", "order_id", "order_status", "quantity", "item_price", "sku", "purchase_date"] as const
  ).map((f) => c.at(f));
  // A file repeats a handful of channels and statuses: their lowercase is worked out once each.
  const channels = new Map<string, Platform | undefined>();
  const statuses = new Map<string, string>();
  const skuList = skuLists();
  return (line) => {
    const written = c.text(channel);
    let marketplace = channels.get(written);
    if (marketplace === undefined && !channels.has(written)) {
      marketplace = SALES_CHANNELS[written.toLowerCase()];
      channels.set(written, marketplace);
    }
    if (marketplace === undefined) {
      // Non-Amazon (MCF) and other marketplaces of a unified account are not this team's sales.
      warnings.left("sales_channel", written);
      return;
    }
    const id = c.text(orderId);
    const statusText = c.text(orderStatus);
    let status = statuses.get(statusText);
    if (status === undefined) statuses.set(statusText, (status = statusText.toLowerCase()));
    const qty = c.number(quantity, "quantity");
    const values: Totals = {};
    const record: ReportRecord = { row: line, marketplace, skus: skuList(c.text(sku)), values };
    if (status === "cancelled") {
      // Known zeros: a cancelled line sells nothing and ships nothing.
      values.units = 0;
      values.sales = 0;
      values.shipped_units = 0;
      if (id !== "") record.distinct = { cancelled_orders: id };
    } else {
      // Named stores rather than put(): one line of code per metric keeps the stores fast.
      if (qty !== undefined) values.units = qty;
      const price = c.number(itemPrice, "item_price");
      if (price !== undefined) values.sales = price;
      if (status !== "shipped") values.shipped_units = 0;
      else if (qty !== undefined) values.shipped_units = qty;
      if (id !== "") record.distinct = { orders: id };
    }
    const day = c.date(purchaseDate, "purchase_date");
    if (day !== undefined) record.date = day;
    out.push(record);
  };
};

const readReturns: ReaderFactory = (c, out) => {
  const [quantity, sku, returnDate] = (["quantity", "sku", "return_date"] as const).map((f) => c.at(f));
  const skuList = skuLists();
  return (line) => {
    const values: Totals = {};
    put(values, "returned_units", c.number(quantity, "quantity"));
    const record: ReportRecord = { row: line, marketplace: null, skus: skuList(c.text(sku)), values };
    const day = c.date(returnDate, "return_date");
    if (day !== undefined) record.date = day;
    out.push(record);
  };
};

const PACK_PARENT = /^paquete de/i;
const YES = new Set(["sí", "si", "yes", "true", "1"]);

const readMercadoLibre: ReaderFactory = (c, out) => {
  const [income, total, fees, refunds, units, status, sku, saleDate, adSale] = (
    ["income", "total", "fees", "refunds", "units", "status", "sku", "sale_date", "ad_sale"] as const
  ).map((f) => c.at(f));
  let pack: ReportRecord | undefined;
  let packSkus: string[] = [];
  return (line) => {
    const incomeValue = c.number(income, "income");
    const totalValue = c.number(total, "total");
    const feesValue = c.number(fees, "fees");
    const refundsValue = c.number(refunds, "refunds");
    const unitsValue = c.number(units, "units");
    const isParent = PACK_PARENT.test(c.text(status));
    const carriesMoney = incomeValue !== undefined || totalValue !== undefined;
    const values: Totals = {};
    const ownSkus = skus(c.text(sku));
    const record: ReportRecord = { row: line, marketplace: "mercadolibre_mx", skus: ownSkus, values };
    const day = c.date(saleDate, "sale_date");
    if (day !== undefined) record.date = day;
    if (carriesMoney) {
      values.orders = 1;
      put(values, "sales", incomeValue);
      // Written as negative amounts (money taken from the seller): reported positive.
      if (refundsValue !== undefined) values.refunds = -refundsValue;
      if (feesValue !== undefined) values.fees = -feesValue;
      put(values, "net_total", totalValue);
      if (incomeValue !== undefined && adSale >= 0) {
        values.ad_sales = YES.has(c.text(adSale).toLowerCase()) ? incomeValue : 0;
      }
    }
    if (!isParent) put(values, "units", unitsValue);
    if (isParent) {
      pack = record;
      packSkus = ownSkus;
    } else if (pack !== undefined && !carriesMoney) {
      // An item row of the pack above: its SKU scopes the pack's money, its date is the pack's.
      for (const s of ownSkus) if (!packSkus.includes(s)) packSkus.push(s);
      if (record.date === undefined && pack.date !== undefined) record.date = pack.date;
    } else {
      pack = undefined;
    }
    out.push(record);
  };
};

const READERS: Readonly<Record<Exclude<ReportKind, "amazon_account_health">, ReaderFactory>> = {
  amazon_business_report: readBusinessReport,
  amazon_ads_sp: readAds,
  amazon_all_orders: readAllOrders,
  amazon_fba_returns: readReturns,
  mercadolibre_ventas: readMercadoLibre,
};

/**
 * Rows of a recognised table → its report, one row at a time: the text importer hands rows over as
 * papaparse parses them, so a large file is never held as a whole grid of cells.
 */
export class TableReader {
  private readonly warnings = new Warnings();
  private readonly cells: Cells;
  private readonly records: ReportRecord[] = [];
  private readonly read: RowReader;
  private rows = 0;

  constructor(private readonly match: HeaderMatch) {
    this.cells = new Cells(match, this.warnings);
    const kind = match.format.kind as Exclude<ReportKind, "amazon_account_health">;
    this.read = READERS[kind](this.cells, this.records, this.warnings);
  }

  /** A data row (under the header); `line` is its 1-based row number in the file or sheet. */
  row(cells: readonly Cell[], line: number): void {
    if (isBlankRow(cells)) return;
    this.rows++;
    this.cells.row = cells;
    this.read(line);
  }

  report(file: string, sheet?: string): ParsedReport {
    const notices = this.warnings.notices();
    const report: ParsedReport = {
      file,
      kind: this.match.format.kind,
      format: this.match.format.id,
      locale: this.match.format.locale,
      marketplace: null,
      rows: this.rows,
      records: this.records,
      warnings: notices.map((n) => importNoticeText(n, "en-US")),
      notices,
    };
    if (sheet !== undefined) report.sheet = sheet;
    return report;
  }
}

/**
 * A recognised table → its report. `rows` are the sheet's rows (header included, as found by
 * `recognize`).
 */
export function readTable(
  file: string,
  rows: readonly (readonly Cell[])[],
  match: HeaderMatch,
  sheet?: string,
): ParsedReport {
  const reader = new TableReader(match);
  for (let r = match.headerRow + 1; r < rows.length; r++) reader.row(rows[r], r + 1);
  return reader.report(file, sheet);
}
