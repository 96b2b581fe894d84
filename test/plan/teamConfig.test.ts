import demoTeam from "../../examples/demo-team.json";
import { DEFAULT_RULES } from "../../src/core/scoring";
import { isKpiError } from "../../src/core/types";
import { resolveTeam } from "../../src/plan/team";
import { parseTeamConfig, type TeamConfig } from "../../src/plan/teamConfig";

/** A small valid config; each bad case below changes one thing in a fresh copy. */
function base(): any {
  return {
    title: "Team",
    period: "2025-11",
    people: [
      {
        name: "Ana",
        region: "US",
        role: "ads",
        baseBonus: 1000,
        kpis: [
          { id: "roas", target: 4, actual: 5 },
          { id: "odr", actual: 0.005 },
        ],
      },
      { name: "Ben", region: "MX", role: "cs" },
      { name: "Caro", region: "MX", role: "ops", kpis: [{ id: "gmv", target: 100, actual: 90 }] },
    ],
  };
}

function errorOf(json: unknown): string {
  const r = parseTeamConfig(json);
  if (!isKpiError(r)) throw new Error("expected an error");
  return r.message;
}

describe("parseTeamConfig accepts", () => {
  test("the base config and returns a clean copy", () => {
    const r = parseTeamConfig(base());
    expect(isKpiError(r)).toBe(false);
    const c = r as TeamConfig;
    expect(c.people.map((p) => p.name)).toEqual(["Ana", "Ben", "Caro"]);
    expect(c.people[1].kpis).toBeUndefined();
  });

  test("JSON text as well as parsed values", () => {
    expect(isKpiError(parseTeamConfig(JSON.stringify(base())))).toBe(false);
  });

  test("editor keys starting with $ or _", () => {
    const c = base();
    c.$schema = "x";
    c.people[0]._note = "new hire";
    expect(isKpiError(parseTeamConfig(c))).toBe(false);
  });

  test("null actual (missing) and null cap (use the config's cap)", () => {
    const c = base();
    c.people[0].kpis[0].actual = null;
    c.people[0].kpis[0].cap = null;
    c.cap = null;
    const r = parseTeamConfig(c) as TeamConfig;
    expect(r.people[0].kpis?.[0].actual).toBeNull();
    expect(r.cap).toBeNull();
  });

  test("the demo team in examples/", () => {
    expect(isKpiError(parseTeamConfig(demoTeam))).toBe(false);
  });
});

describe("parseTeamConfig names the field of the first problem", () => {
  test.each<[string, (c: any) => void, string]>([
    [
      "target not a number",
      (c) => (c.people[2].kpis[0].target = "100"),
      'people[2].kpis[0].target: must be a number (got "100")',
    ],
    [
      "actual not a number",
      (c) => (c.people[0].kpis[0].actual = "5x"),
      'people[0].kpis[0].actual: must be a number (got "5x")',
    ],
    ["unknown KPI id", (c) => (c.people[0].kpis[1].id = "revenue"), 'people[0].kpis[1].id: unknown KPI "revenue"'],
    [
      "KPI id with swapped letters",
      (c) => (c.people[0].kpis[1].id = "rosa"),
      'people[0].kpis[1].id: unknown KPI "rosa" (did you mean "roas"?)',
    ],
    [
      "KPI id with a typo",
      (c) => (c.people[0].kpis[1].id = "gmv_grwoth"),
      'people[0].kpis[1].id: unknown KPI "gmv_grwoth" (did you mean "gmv_growth"?)',
    ],
    // "roi" is two edits from both "roas" and "aov": no guess
    ["KPI id too far from any", (c) => (c.people[0].kpis[1].id = "roi"), 'people[0].kpis[1].id: unknown KPI "roi"'],
    [
      "KPI id in capitals",
      (c) => (c.people[0].kpis[1].id = "ACOS"),
      'people[0].kpis[1].id: unknown KPI "ACOS" (did you mean "acos"?)',
    ],
    ["unknown region", (c) => (c.people[1].region = "BR"), 'people[1].region: must be one of US, MX (got "BR")'],
    [
      "unknown role",
      (c) => (c.people[1].role = "sales"),
      'people[1].role: must be one of ops, ads, cs, warehouse, compliance, manager (got "sales")',
    ],
    [
      "negative weight",
      (c) => (c.people[0].kpis[0].weight = -5),
      "people[0].kpis[0].weight: must be between 0 and 1000000 (got -5)",
    ],
    [
      "weight on a gate",
      (c) => (c.people[0].kpis[1].weight = 10),
      'people[0].kpis[1].weight: "odr" is a platform-health gate and carries no weight (use 0 or leave it out)',
    ],
    [
      "tiers not ascending",
      (c) =>
        (c.tiers = [
          { min: 0.9, payout: 0.8 },
          { min: 0.8, payout: 0.5 },
        ]),
      "tiers[1].min: must be greater than tiers[0].min (0.9): tiers ascend by min",
    ],
    [
      "equal tier mins",
      (c) =>
        (c.tiers = [
          { min: 0.9, payout: 0.8 },
          { min: 0.9, payout: 1 },
        ]),
      "tiers[1].min: must be greater than tiers[0].min (0.9): tiers ascend by min",
    ],
    [
      "tier min not a number",
      (c) => (c.tiers = [{ min: "0.8", payout: 0.5 }]),
      'tiers[0].min: must be a number (got "0.8")',
    ],
    [
      "tier payout negative",
      (c) => (c.tiers = [{ min: 0.8, payout: -1 }]),
      "tiers[0].payout: must be between 0 and 10 (got -1)",
    ],
    ["tier without payout", (c) => (c.tiers = [{ min: 0.8 }]), "tiers[0].payout: is required"],
    ["empty tiers", (c) => (c.tiers = []), "tiers: must list at least one tier"],
    ["missing title", (c) => delete c.title, "title: is required"],
    ["blank period", (c) => (c.period = "  "), 'period: must be a non-empty text (got "  ")'],
    ["bad currency", (c) => (c.currency = "EUR"), 'currency: must be one of USD, MXN (got "EUR")'],
    ["cap zero", (c) => (c.cap = 0), "cap: must be at least 1, or null for no cap (got 0)"],
    [
      "gate-fail payout negative",
      (c) => (c.gateFailPayout = -0.5),
      "gateFailPayout: must be between 0 and 10 (got -0.5)",
    ],
    // DESIGN §3 input bounds: every figure finite and the sheet agreeing with the core.
    [
      "weight above 1e6",
      (c) => (c.people[0].kpis[0].weight = 1e6 + 1),
      "people[0].kpis[0].weight: must be between 0 and 1000000 (got 1000001)",
    ],
    [
      "weight negative",
      (c) => (c.people[0].kpis[0].weight = -1),
      "people[0].kpis[0].weight: must be between 0 and 1000000 (got -1)",
    ],
    [
      "target above 1e12",
      (c) => (c.people[2].kpis[0].target = 2e12),
      "people[2].kpis[0].target: must be between -1e12 and 1e12 (got 2000000000000)",
    ],
    [
      "actual below -1e12",
      (c) => (c.people[2].kpis[0].actual = -1e13),
      "people[2].kpis[0].actual: must be between -1e12 and 1e12 (got -10000000000000)",
    ],
    [
      "baseBonus above 1e9",
      (c) => (c.people[0].baseBonus = 1e9 + 1),
      "people[0].baseBonus: must be between 0 and 1000000000 (got 1000000001)",
    ],
    [
      "baseBonus negative",
      (c) => (c.people[0].baseBonus = -5),
      "people[0].baseBonus: must be between 0 and 1000000000 (got -5)",
    ],
    [
      "tier min negative",
      (c) => (c.tiers = [{ min: -0.1, payout: 0.5 }]),
      "tiers[0].min: must not be negative (got -0.1)",
    ],
    [
      "tier payout above 10",
      (c) => (c.tiers = [{ min: 0.8, payout: 11 }]),
      "tiers[0].payout: must be between 0 and 10 (got 11)",
    ],
    ["cap below 1", (c) => (c.cap = 0.9), "cap: must be at least 1, or null for no cap (got 0.9)"],
    [
      "KPI cap below 1",
      (c) => (c.people[0].kpis[0].cap = 0.5),
      "people[0].kpis[0].cap: must be at least 1, or null for no cap (got 0.5)",
    ],
    [
      "gateFailPayout above 10",
      (c) => (c.gateFailPayout = 10.5),
      "gateFailPayout: must be between 0 and 10 (got 10.5)",
    ],
    [
      "period month 13",
      (c) => (c.period = "2025-13"),
      'period: must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got "2025-13")',
    ],
    [
      "period month 00",
      (c) => (c.period = "2025-00"),
      'period: must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got "2025-00")',
    ],
    [
      "period Q5",
      (c) => (c.period = "2025-Q5"),
      'period: must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got "2025-Q5")',
    ],
    [
      "period free text",
      (c) => (c.period = "Nov 2025"),
      'period: must be YYYY-MM (month 01-12) or YYYY-Qn (n 1-4) (got "Nov 2025")',
    ],
    [
      "name with a line break",
      (c) => (c.people[0].name = "Ana\nB"),
      "people[0].name: must not contain control characters (U+000A at position 3)",
    ],
    [
      "name with CR",
      (c) => (c.people[1].name = "Ben\r"),
      "people[1].name: must not contain control characters (U+000D at position 3)",
    ],
    [
      "name with a C1 control",
      (c) => (c.people[1].name = "B\u0085en"),
      "people[1].name: must not contain control characters (U+0085 at position 1)",
    ],
    [
      "name with a lone surrogate",
      (c) => (c.people[1].name = "Ben\uD800"),
      "people[1].name: must not contain a lone surrogate (broken UTF-16)",
    ],
    [
      "title with a tab",
      (c) => (c.title = "Team\tA"),
      "title: must not contain control characters (U+0009 at position 4)",
    ],
    [
      "duplicate name after NFC and trimming",
      (c) => {
        c.people[0].name = "Jos\u00e9";
        c.people[2].name = " Jose\u0301 ";
      },
      'people[2].name: duplicate of people[0].name "José" (names must be unique, ignoring case)',
    ],
    ["no people", (c) => (c.people = []), "people: must list at least one person"],
    ["people not a list", (c) => (c.people = { name: "Ana" }), "people: must be a list of people (got an object)"],
    ["person not an object", (c) => (c.people[1] = "Ben"), 'people[1]: must be an object (got "Ben")'],
    [
      "duplicate name ignoring case",
      (c) => (c.people[2].name = "ana"),
      'people[2].name: duplicate of people[0].name "ana" (names must be unique, ignoring case)',
    ],
    [
      "duplicate KPI",
      (c) => c.people[0].kpis.push({ id: "roas", target: 3 }),
      'people[0].kpis[2].id: duplicate KPI "roas" (already at kpis[0])',
    ],
    [
      "empty kpis",
      (c) => (c.people[0].kpis = []),
      "people[0].kpis: must list at least one KPI, or be left out for the template defaults",
    ],
    [
      "only gates",
      (c) => (c.people[0].kpis = [{ id: "odr", actual: 0 }]),
      "people[0].kpis: no KPI carries weight (weights sum to 0), so the score would always be 0",
    ],
    [
      "typo in a field",
      (c) => (c.people[0].kpis[0].actaul = 5),
      "people[0].kpis[0].actaul: unknown field (expected one of id, target, share, actual, weight, cap)",
    ],
    [
      "unknown top-level field",
      (c) => (c.peopel = []),
      "peopel: unknown field (expected one of title, period, currency, cap, gateFailPayout, tiers, salesIncludeTax, refundsDeducted, annualTargets, people)",
    ],
    [
      "salesIncludeTax not a flag",
      (c) => (c.salesIncludeTax = "yes"),
      'salesIncludeTax: must be true or false (got "yes")',
    ],
    ["refundsDeducted not a flag", (c) => (c.refundsDeducted = 1), "refundsDeducted: must be true or false (got 1)"],
    [
      "higher-is-better target 0",
      (c) => (c.people[2].kpis[0].target = 0),
      'people[2].kpis[0].target: must be greater than 0 for higher-is-better KPI "gmv" (got 0)',
    ],
    [
      "lower-is-better target negative",
      (c) => c.people[0].kpis.push({ id: "acos", target: -0.1 }),
      'people[0].kpis[2].target: must not be negative for lower-is-better KPI "acos" (got -0.1)',
    ],
    // cfdi_issuance_rate has a default target for MX only; a US person must give one.
    [
      "no default target in the region",
      (c) => c.people[0].kpis.push({ id: "cfdi_issuance_rate", actual: 1 }),
      'people[0].kpis[2].target: is required: KPI "cfdi_issuance_rate" has no default target for region US',
    ],
    ["infinite number", (c) => (c.people[0].baseBonus = Infinity), "people[0].baseBonus: must be a finite number"],
    ["config not an object", () => undefined, "config: must be an object (got a list)"],
  ])("%s", (_name, mutate, message) => {
    const c = _name === "config not an object" ? [] : base();
    mutate(c);
    expect(errorOf(c)).toBe(message);
  });

  test("invalid JSON text", () => {
    expect(errorOf('{"title": "x",}')).toMatch(/^config: not valid JSON \(/);
  });

  test.each<[string, (c: any) => void]>([
    [
      "duplicate names holding line breaks",
      (c) => ((c.people[0].name = "line\nbreak"), (c.people[1].name = "LINE\nBREAK")),
    ],
    ["an unknown field whose key holds a line break", (c) => (c.people[0]["bad\nkey"] = 1)],
  ])("a message stays one line: %s", (_name, mutate) => {
    const c = base();
    mutate(c);
    expect(errorOf(c)).not.toMatch(/[\r\n]/);
  });
});

describe("resolveTeam applies the defaults", () => {
  test("a person without kpis gets the template of region × role, every actual missing", () => {
    const team = resolveTeam(parseTeamConfig(base()) as TeamConfig);
    const ben = team.people[1];
    // MX cs template: response_24h_rate 25, ml_reputation_green 20, negative_feedback_rate 15,
    // return_rate 10, refund_rate 10, cfdi_issuance_rate 10, negative_review_response_hours 10
    // (25 + 20 + 15 + 10 + 10 + 10 + 10 = 100), gates ml_claims_rate, ml_cancel_rate.
    expect(ben.lines.map((l) => l.id)).toEqual([
      "response_24h_rate",
      "ml_reputation_green",
      "negative_feedback_rate",
      "return_rate",
      "refund_rate",
      "cfdi_issuance_rate",
      "negative_review_response_hours",
      "ml_claims_rate",
      "ml_cancel_rate",
    ]);
    expect(ben.lines.map((l) => l.weight)).toEqual([25, 20, 15, 10, 10, 10, 10, 0, 0]);
    expect(ben.lines.every((l) => l.actual === null)).toBe(true);
    // gates take the Mercado Libre MercadoLíder thresholds: claims ≤ 1%, cancellations ≤ 0.5%
    expect(ben.lines[7].target).toBe(0.01);
    expect(ben.lines[8].target).toBe(0.005);
    expect(ben.baseBonus).toBe(0);
  });

  test("a listed KPI without target or weight takes the template's; a gate weighs 0", () => {
    const team = resolveTeam(parseTeamConfig(base()) as TeamConfig);
    const [roas, odr] = team.people[0].lines;
    expect(roas).toMatchObject({
      id: "roas",
      target: 4,
      actual: 5,
      weight: 30,
      polarity: "higher",
      gate: false,
      cap: null,
    });
    expect(odr).toMatchObject({ id: "odr", target: 0.01, weight: 0, polarity: "lower", gate: true });
  });

  test("rules default to DESIGN §3 and currency to the first person's region", () => {
    const team = resolveTeam(parseTeamConfig(base()) as TeamConfig);
    expect(team.rules).toEqual({ cap: DEFAULT_RULES.cap, gateFailPayout: 0, tiers: DEFAULT_RULES.tiers });
    expect(team.currency).toBe("USD");
  });

  test("a catalog cap applies when the config gives none (buen_fin_stock_attainment caps at 1)", () => {
    const c = base();
    c.people[2].kpis.push({ id: "buen_fin_stock_attainment", actual: 1.3 });
    const team = resolveTeam(parseTeamConfig(c) as TeamConfig);
    expect(team.people[2].lines[1]).toMatchObject({ id: "buen_fin_stock_attainment", target: 1, cap: 1 });
  });
});

describe("platforms a person sells on", () => {
  test("a US ops person on Amazon only gets the four Amazon gates and not Walmart's wm_cancel_rate", () => {
    const config = base();
    config.people.push({ name: "Dan", region: "US", role: "ops", platforms: ["amazon_us"] });
    const team = resolveTeam(parseTeamConfig(config) as TeamConfig);
    const gates = team.people[3].lines.filter((l) => l.gate).map((l) => l.id);
    expect(gates).toEqual(["odr", "cancel_rate", "late_shipment_rate", "valid_tracking_rate"]);
  });

  test("a platform of another region is refused by its path", () => {
    const config = base();
    config.people[1].platforms = ["mercadolibre_mx", "walmart_us"];
    expect(errorOf(config)).toMatch(/^people\[1\]\.platforms\[1\]: must be one of amazon_mx, mercadolibre_mx/);
  });

  test("an empty platform list is refused", () => {
    const config = base();
    config.people[1].platforms = [];
    expect(errorOf(config)).toMatch(/^people\[1\]\.platforms: must list at least one platform/);
  });
});

describe("input bounds accept their edges (DESIGN §3)", () => {
  test("weights 0 and 1e6, |x| = 1e12, baseBonus 1e9, payout 10, cap 1, quarter period, NFC names", () => {
    const c = base();
    c.period = "2025-Q4";
    c.cap = 1;
    c.gateFailPayout = 10;
    c.tiers = [
      { min: 0, payout: 0 },
      { min: 1, payout: 10 },
    ];
    c.people[0].baseBonus = 1e9;
    c.people[0].name = "  Jose\u0301 ";
    c.people[0].kpis[0].weight = 1e6;
    c.people[2].kpis[0] = { id: "gmv", target: 1e12, actual: 1e12, weight: 0 };
    c.people[2].kpis.push({ id: "roas", target: 4, weight: 1 });
    const r = parseTeamConfig(c);
    if (isKpiError(r)) throw new Error(r.message);
    expect(r.people[0].name).toBe("Jos\u00e9");
    expect(r.people[0].name).toHaveLength(4);
    expect(r.period).toBe("2025-Q4");
    expect(r.people[2].kpis?.[0]).toMatchObject({ target: 1e12, actual: 1e12, weight: 0 });
  });
});
