/**
 * Text files past the 2 MiB head that the header scan and the delimiter guess read: the rows are the
 * same whether the head holds them all, a quote comes after it, or its rows are too long for it.
 */
import { importReport, reportJson } from "../../src/import";
import type { ParsedReport } from "../../src/import/types";

const HEADER = [
  "amazon-order-id",
  "purchase-date",
  "order-status",
  "sales-channel",
  "sku",
  "quantity",
  "currency",
  "item-price",
  "product-name",
].join("\t");

/** A shipped line of one MUG-1 at 10.00 USD; `name` pads it (a 150-character name: ~220 bytes). */
const line = (i: number, name = "x".repeat(150)): string =>
  `111-${i}\t2026-11-02T10:00:00+00:00\tShipped\tAmazon.com\tMUG-1\t1\tUSD\t10.00\t${name}`;

async function read(text: string): Promise<ParsedReport> {
  const r = await importReport({ name: "orders.txt", bytes: Buffer.from(text, "utf8") });
  if (!r.ok) throw new Error(r.problem.message);
  return r.report;
}

const LINES = 12_000; // × ~220 bytes ≈ 2.6 MB, past the 2 MiB head

test("a 2.6 MB file without quotes: every line read", async () => {
  const text = [HEADER, ...Array.from({ length: LINES }, (_, i) => line(i))].join("\n");
  const report = await read(text);
  expect(report.rows).toBe(12_000);
  // 12,000 distinct ids, one unit at 10.00 each, all shipped
  expect(reportJson(report).totals).toEqual({
    orders: 12_000,
    cancelled_orders: 0,
    units: 12_000,
    sales: 120_000,
    shipped_units: 12_000,
  });
  expect(report.records[11_999].row).toBe(12_001); // header on row 1
});

test("CRLF line ends read the same", async () => {
  const text = [HEADER, ...Array.from({ length: LINES }, (_, i) => line(i))].join("\r\n");
  const report = await read(text);
  expect(report.rows).toBe(12_000);
  expect(report.records[0].skus).toEqual(["MUG-1"]);
});

test("a quoted name after the head, holding a tab, quotes and a line break, is one row", async () => {
  const lines = Array.from({ length: LINES }, (_, i) => line(i));
  lines[11_000] = line(11_000, '"Mug\t""blue""\nlarge"');
  const report = await read([HEADER, ...lines].join("\n"));
  expect(report.rows).toBe(12_000); // the line break inside the quotes starts no row
  expect(reportJson(report).totals).toMatchObject({ orders: 12_000, sales: 120_000 });
  expect(report.records[11_000].row).toBe(11_002);
  expect(report.records[11_000].skus).toEqual(["MUG-1"]);
});

test("rows too long for the head: the header is still found, every row read", async () => {
  // 8 lines with 300,000-character names (2.4 MB) before 12 short ones
  const lines = Array.from({ length: 20 }, (_, i) => (i < 8 ? line(i, "y".repeat(300_000)) : line(i)));
  const report = await read([HEADER, ...lines].join("\n"));
  expect(report.rows).toBe(20);
  expect(reportJson(report).totals).toMatchObject({ orders: 20, units: 20, sales: 200 }); // 20 × 10.00
});
