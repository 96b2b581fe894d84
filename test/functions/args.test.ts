/**
 * Argument coercion as Excel arithmetic does it, and the broadcast rules, on the helpers directly.
 */
import { call, codes, FakeCfError } from "./runtime";
import {
  isBlank,
  num,
  numOrNull,
  oneOf,
  optNum,
  parseNumericText,
  polarity,
  single,
  text,
  year,
} from "../../src/functions/args";
import { flatten, liftN, shapeOf } from "../../src/functions/broadcast";
import { asCfError, cfError, fromKpiError, settle } from "../../src/functions/errors";
import { FUNCTION_MESSAGES, langFor, messages } from "../../src/functions/messages";
import { KpiError } from "../../src/core/types";

const NA = (): CustomFunctions.Error => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

describe("numeric text reads like Excel's", () => {
  test.each([
    ["12.5", 12.5],
    [" 12.5 ", 12.5],
    ["-3", -3],
    ["+4", 4],
    [".5", 0.5],
    ["5.", 5],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["15%", 0.15],
    ["1e3", 1000],
    ["2.5E-2", 0.025],
  ])("%s is %d", (t, n) => {
    expect(parseNumericText(t)).toBeCloseTo(n, 12);
  });

  test.each([
    ["abc"],
    [""],
    ["  "],
    ["1,23"],
    ["12,34,567"],
    ["0x10"],
    ["Infinity"],
    ["NaN"],
    ["1e999"],
    ["--1"],
    ["1.2.3"],
    ["%"],
    ["$5"],
  ])("%j is not a number", (t) => {
    expect(parseNumericText(t)).toBeNull();
  });
});

describe("a required number", () => {
  const spec = num("adSpend");
  test.each([
    ["a finite number as is", 7.5, 7.5],
    ["null (blank) as 0", null, 0],
    ["undefined as 0", undefined, 0],
    ["empty text as 0", "", 0],
    ["TRUE as 1", true, 1],
    ["FALSE as 0", false, 0],
    ["numeric text as its number", "12.5", 12.5],
    ["NaN as #NUM!", NaN, "#NUM!"],
    ["Infinity as #NUM!", Infinity, "#NUM!"],
    ["-Infinity as #NUM!", -Infinity, "#NUM!"],
    ["other text as #VALUE!", "ten", "#VALUE!"],
    ["an object as #VALUE!", { a: 1 }, "#VALUE!"],
    ["an array as #VALUE!", [1], "#VALUE!"],
  ])("reads %s", (_name, v, expected) => {
    expect(codes(spec.coerce(v))).toEqual(expected);
  });

  test("passes an error value through unchanged", () => {
    const e = NA();
    expect(spec.coerce(e)).toBe(e);
  });

  test("passes a plain { code } error object through as a CustomFunctions.Error", () => {
    const r = spec.coerce({ code: "#N/A" });
    expect(r).toBeInstanceOf(CustomFunctions.Error);
    expect(codes(r)).toBe("#N/A");
  });

  test("names the argument and quotes the text in its #VALUE! message", () => {
    const r = spec.coerce("ten") as FakeCfError;
    expect(r.message).toBe('adSpend: "ten" is not a number.');
  });

  test("cuts a very long text short in the message", () => {
    const r = spec.coerce("x".repeat(10000)) as FakeCfError;
    expect((r.message ?? "").length).toBeLessThan(80);
  });
});

describe("optional and nullable numbers", () => {
  test("an optional number takes its default when blank", () => {
    const days = optNum("days", 30);
    expect(days.coerce(null)).toBe(30);
    expect(days.coerce("")).toBe(30);
    expect(days.coerce(7)).toBe(7);
    expect(days.coerce(0)).toBe(0);
  });

  test("a nullable number keeps blank as null (not reported, no cap)", () => {
    const actual = numOrNull("actual");
    expect(actual.coerce(null)).toBeNull();
    expect(actual.coerce("")).toBeNull();
    expect(actual.coerce(0)).toBe(0);
  });
});

describe("words", () => {
  test("polarity: higher/lower in any case, a KPI id, a default for blank", () => {
    const p = polarity("polarity", "higher");
    expect(p.coerce(" Lower ")).toBe("lower");
    expect(p.coerce("HIGHER")).toBe("higher");
    expect(p.coerce("odr")).toBe("lower");
    expect(p.coerce("roas")).toBe("higher");
    expect(p.coerce(null)).toBe("higher");
    expect(codes(p.coerce("up"))).toBe("#VALUE!");
    expect(codes(p.coerce(1))).toBe("#VALUE!");
  });

  test("a required polarity has no default", () => {
    expect(codes(polarity("polarity", null).coerce(null))).toBe("#VALUE!");
  });

  test("oneOf lists the words it accepts", () => {
    const which = oneOf("which", ["start", "end"] as const, "start");
    expect(which.coerce("End")).toBe("end");
    expect(which.coerce(null)).toBe("start");
    const r = which.coerce("middle") as FakeCfError;
    expect(r.message).toBe('which: "middle" is not one of "start", "end".');
  });

  test("text shows numbers and logicals as Excel would", () => {
    const t = text("kpiId");
    expect(t.coerce(12)).toBe("12");
    expect(t.coerce(true)).toBe("TRUE");
    expect(t.coerce(null)).toBe("");
  });

  test("a year truncates fractions and refuses blanks", () => {
    const y = year("year");
    expect(y.coerce(2025.9)).toBe(2025);
    expect(y.coerce("2026")).toBe(2026);
    expect(codes(y.coerce(null))).toBe("#VALUE!");
  });

  test("isBlank is null, undefined and empty text only", () => {
    expect([null, undefined, "", " ", 0, false].map(isBlank)).toEqual([true, true, true, false, false, false]);
  });
});

describe("broadcasting", () => {
  const add = (a: number, b: number): number => a + b;
  const specs = [num("a"), num("b")];

  test("scalars give a scalar", () => {
    expect(liftN(add, [1, 2], specs)).toBe(3);
  });

  test("a 1×1 range gives a 1×1 matrix", () => {
    expect(liftN(add, [[[1]], 2], specs)).toEqual([[3]]);
  });

  test("a scalar and a 1×1 range broadcast over a range", () => {
    expect(liftN(add, [[[1, 2]], 10], specs)).toEqual([[11, 12]]);
    expect(liftN(add, [[[1], [2]], [[10]]], specs)).toEqual([[11], [12]]);
    expect(
      liftN(
        add,
        [
          [[10]],
          [
            [1, 2],
            [3, 4],
          ],
        ],
        specs,
      ),
    ).toEqual([
      [11, 12],
      [13, 14],
    ]);
  });

  test("equal ranges go cell by cell, mixed cells through the general path", () => {
    expect(
      codes(
        liftN(
          add,
          [
            [
              [1, "2"],
              [true, null],
            ],
            [
              [1, 1],
              ["x", 1],
            ],
          ],
          specs,
        ),
      ),
    ).toEqual([
      [2, 3],
      ["#VALUE!", 1],
    ]);
  });

  test("a row against a column is a thrown #VALUE!, not Excel's stretching", () => {
    expect(codes(call(liftN, add, [[[1, 2]], [[1], [2]]], specs))).toBe("#VALUE!");
  });

  test("a 1-D array is not a range: #VALUE!", () => {
    expect(codes(call(liftN, add, [[1, 2], 1], specs))).toBe("#VALUE!");
  });

  test("the first argument's error wins in a cell, as in Excel", () => {
    const r = liftN(add, [[["x"]], [["y"]]], specs) as FakeCfError[][];
    expect(r[0][0].message).toContain("a:");
  });

  test("a result that is not finite becomes #NUM!", () => {
    expect(codes(liftN(() => NaN, [[[1, 2]], 1], specs))).toEqual([["#NUM!", "#NUM!"]]);
  });

  test("flatten reads row by row and stops at the first error", () => {
    expect(
      flatten(
        [
          [1, 2],
          [3, 4],
        ],
        num("x"),
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(flatten(5, num("x"))).toEqual([5]);
    expect(codes(flatten([[1, "x", NA()]], num("x")))).toBe("#VALUE!");
  });

  test("shapeOf and single", () => {
    expect(shapeOf([[1, 2, 3]], "x")).toEqual({ rows: 1, cols: 3 });
    expect(shapeOf(7, "x")).toEqual({ rows: 1, cols: 1 });
    expect(single([[7]], "x")).toBe(7);
    expect(single(7, "x")).toBe(7);
    expect(codes(call(single, [[1, 2]], "x"))).toBe("#VALUE!");
  });
});

describe("errors", () => {
  test.each([
    ["div0", "#DIV/0!"],
    ["num", "#NUM!"],
    ["value", "#VALUE!"],
    ["na", "#N/A"],
  ] as const)("core %s is Excel %s", (kind, code) => {
    expect(codes(fromKpiError(new KpiError(kind, "x")))).toBe(code);
  });

  test("only #VALUE! and #N/A carry a message (Excel shows no other)", () => {
    expect(cfError("div0", "ignored").message).toBeUndefined();
    expect(cfError("num", "ignored").message).toBeUndefined();
    expect(cfError("na", "shown").message).toBe("shown");
  });

  test("settle keeps strings and booleans, turns NaN into #NUM!", () => {
    expect(settle("green")).toBe("green");
    expect(settle(false)).toBe(false);
    expect(codes(settle(NaN))).toBe("#NUM!");
    expect(codes(settle({}))).toBe("#VALUE!");
  });

  test("asCfError recognises only error values", () => {
    expect(asCfError(null)).toBeNull();
    expect(asCfError({ code: "#BOGUS" })).toBeNull();
    expect(asCfError("#N/A")).toBeNull();
  });
});

describe("messages", () => {
  test("follow Office's display language, English by default", () => {
    expect(langFor("zh-CN")).toBe("zh-CN");
    expect(langFor("zh-TW")).toBe("zh-CN");
    expect(langFor("es-ES")).toBe("es-MX");
    expect(langFor("en-GB")).toBe("en-US");
    expect(langFor(undefined)).toBe("en-US");
    expect(messages()).toBe(FUNCTION_MESSAGES["en-US"]);
  });

  test("use Excel's language when Office says so", () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "es-MX" } };
    try {
      expect((num("ventas").coerce("diez") as FakeCfError).message).toBe('ventas: "diez" no es un número.');
    } finally {
      delete g.Office;
    }
  });

  test("every language has every message", () => {
    const keys = Object.keys(FUNCTION_MESSAGES["en-US"]).sort();
    for (const lang of ["zh-CN", "es-MX"] as const) expect(Object.keys(FUNCTION_MESSAGES[lang]).sort()).toEqual(keys);
  });
});
