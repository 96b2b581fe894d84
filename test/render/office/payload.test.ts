import {
  chunkRows,
  jsonBytes,
  jsonStringBytes,
  packRequests,
  rowJsonBytes,
  utf8Length,
} from "../../../src/render/office/payload";

describe("utf8Length", () => {
  test.each([
    ["abc", 3],
    ["é", 2],
    ["张伟", 6], // 3 bytes each
    ["😀", 4], // one surrogate pair
  ])("%s is %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
  test("jsonBytes measures the JSON text", () => {
    expect(jsonBytes([["a", 1]])).toBe('[["a",1]]'.length);
  });
});

describe("row sizes are measured without building the JSON", () => {
  const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
  test.each([
    ["plain"],
    ['=IF(A1="","missing",A1)'],
    ['back\\slash and "quotes"'],
    ["tab\tnew\nline\u0001ctl"],
    ["张伟 😀 é"],
    ["lone \ud800 surrogate \udc00"],
    [""],
  ])("%j", (text) => {
    expect(jsonStringBytes(text)).toBe(bytesOf(text));
  });
  test("a mixed row", () => {
    const row = ['\'=HYPERLINK("http://x","y")', 0.1 + 0.2, -2, 1e21, true, false, "", "张伟"];
    expect(rowJsonBytes(row)).toBe(bytesOf(row));
    expect(rowJsonBytes([])).toBe(bytesOf([]));
  });
});

describe("chunkRows", () => {
  test("keeps each chunk's JSON under the budget", () => {
    // rows of 10 bytes: a chunk is "[" + n × (10 + ",") + "]" → 2 + 11n ≤ 50 → n = 4
    expect(chunkRows(new Array(10).fill(10), 50)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });
  test("a row larger than the budget is a chunk of its own", () => {
    expect(chunkRows([5, 100, 5], 50)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
  test("no rows, no chunks", () => {
    expect(chunkRows([], 50)).toEqual([]);
  });
});

describe("packRequests", () => {
  test("packs commands in order under the budget", () => {
    expect(packRequests([40, 40, 40, 10, 90], 100)).toEqual([0, 2, 4]);
  });
  test("everything fits: one request", () => {
    expect(packRequests([1, 2, 3], 100)).toEqual([0]);
  });
  test("an oversized command gets a request of its own", () => {
    expect(packRequests([10, 500, 10], 100)).toEqual([0, 1, 2]);
  });
});
