import { LANGS } from "../../src/core/types";
import { format, MESSAGES, pickLang, translator, type MessageKey } from "../../src/taskpane/messages";

const KEYS = Object.keys(MESSAGES["en-US"]) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane message catalog", () => {
  test.each(LANGS)("%s has every key, none empty, none extra", (lang) => {
    const catalog = MESSAGES[lang] as unknown as Record<string, unknown>;
    for (const key of KEYS) {
      expect([key, typeof catalog[key]]).toEqual([key, "string"]);
      expect([key, (catalog[key] as string).trim() !== ""]).toEqual([key, true]);
    }
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  test.each(LANGS)("%s uses the same {placeholders} as English", (lang) => {
    for (const key of KEYS)
      expect([key, placeholders(MESSAGES[lang][key])]).toEqual([key, placeholders(MESSAGES["en-US"][key])]);
  });

  test("zh-CN and es-MX are translated, not copies of English (beyond names and codes)", () => {
    for (const lang of ["zh-CN", "es-MX"] as const) {
      const same = KEYS.filter((k) => MESSAGES[lang][k] === MESSAGES["en-US"][k]);
      // Product name, "KPI" and the like may stay; a copied catalog would share far more.
      expect(same.length).toBeLessThan(KEYS.length / 10);
    }
  });

  test("format fills placeholders and leaves unknown ones visible", () => {
    expect(format("{a} of {b}", { a: 1, b: "2" })).toBe("1 of 2");
    expect(format("{a} {missing}", { a: "x" })).toBe("x {missing}");
    expect(translator("zh-CN")("builtBrowser", { file: "a.xlsx" })).toBe("已下载 a.xlsx。");
  });

  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["es-ES", "es-MX"],
    ["ES-mx", "es-MX"],
    ["en-GB", "en-US"],
    ["pt-BR", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
  ])("language tag %s picks %s", (tag, expected) => {
    expect(pickLang(tag)).toBe(expected);
  });
});
