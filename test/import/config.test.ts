/**
 * The person fields report import reads (DESIGN §5, §8): `platforms` (already there), `skus` and
 * `campaigns`, validated with one line naming the field.
 */
import { isKpiError } from "../../src/core/types";
import { parseTeamConfig } from "../../src/plan/teamConfig";

const team = (person: Record<string, unknown>) => ({
  title: "T",
  period: "2026-11",
  people: [{ name: "Ana", region: "US", role: "ops", ...person }],
});

describe("skus and campaigns on a person", () => {
  test("kept as given (trimmed)", () => {
    const c = parseTeamConfig(team({ skus: ["MUG-*", " LID-01 "], campaigns: ["SP-Mug-*"] }));
    if (isKpiError(c)) throw new Error(c.message);
    expect(c.people[0].skus).toEqual(["MUG-*", "LID-01"]);
    expect(c.people[0].campaigns).toEqual(["SP-Mug-*"]);
  });

  test("absent means all: nothing is added", () => {
    const c = parseTeamConfig(team({}));
    if (isKpiError(c)) throw new Error(c.message);
    expect(c.people[0]).not.toHaveProperty("skus");
    expect(c.people[0]).not.toHaveProperty("campaigns");
  });

  test.each<[string, Record<string, unknown>, string]>([
    ["not a list", { skus: "MUG-*" }, 'people[0].skus: must be a list of SKU patterns (got "MUG-*")'],
    ["empty list", { skus: [] }, "people[0].skus: must list at least one SKU pattern"],
    ["a number", { skus: ["A", 7] }, "people[0].skus[1]: must be a non-empty text (got 7)"],
    ["blank text", { campaigns: [" "] }, 'people[0].campaigns[0]: must be a non-empty text (got " ")'],
    [
      "duplicate ignoring case",
      { campaigns: ["SP-*", "sp-*"] },
      'people[0].campaigns[1]: duplicate of people[0].campaigns[0] "sp-*" (patterns ignore case)',
    ],
    [
      "a platform of another region",
      { platforms: ["mercadolibre_mx"] },
      'people[0].platforms[0]: must be one of amazon_us, walmart_us, tiktok_us (got "mercadolibre_mx")',
    ],
  ])("%s is one clear line naming the field", (_, person, message) => {
    const c = parseTeamConfig(team(person));
    expect(isKpiError(c) && c.message).toBe(message);
  });
});
