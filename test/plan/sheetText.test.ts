/**
 * The sheet text catalog (src/i18n/messages.ts) as the planners rely on it. A missing key is a type
 * error already; these checks cover what types cannot: status words are compared inside formulas,
 * so they must be distinct and non-empty in every language.
 */
import { LANGS } from "../../src/core/types";
import { MESSAGES, type MessageKey } from "../../src/i18n/messages";

const STATUS: MessageKey[] = [
  "status.onTrack",
  "status.atRisk",
  "status.offTrack",
  "status.pass",
  "status.fail",
  "status.missing",
  "status.invalidTarget",
];

describe.each(LANGS)("%s", (lang) => {
  test("every key has a non-empty text", () => {
    for (const [key, text] of Object.entries(MESSAGES[lang])) expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
  });

  test("status words are distinct (the summary counts the exact word for a failed gate)", () => {
    const words = STATUS.map((k) => MESSAGES[lang][k]);
    expect(new Set(words).size).toBe(words.length);
  });

  test("sheet names fit Excel's 31 characters with a region suffix", () => {
    for (const key of Object.keys(MESSAGES[lang]).filter((k) => k.startsWith("sheet."))) {
      expect(MESSAGES[lang][key as MessageKey].length + 3).toBeLessThanOrEqual(31);
    }
  });
});

test("the three languages have the same keys", () => {
  const keys = Object.keys(MESSAGES["en-US"]).sort();
  for (const lang of LANGS) expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
});
