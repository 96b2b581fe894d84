import { isKpiError } from "../../../src/core/types";
import { parseTeamConfig } from "../../../src/plan/teamConfig";
import {
  parseAmount,
  parseRegion,
  parseRole,
  parseTeamGrid,
  teamConfigFor,
} from "../../../src/taskpane/scorecard/teamRows";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/settings/settings";

describe("parseTeamGrid", () => {
  test("reads the People table the scorecard writes (English headers, ids)", () => {
    const result = parseTeamGrid([
      ["Person", "Region", "Role", "Base bonus"],
      ["Ana", "US", "ads", 1000],
      ["Luis", "MX", "cs", ""],
    ]);
    expect(result).toEqual({
      ok: true,
      people: [
        { name: "Ana", region: "US", role: "ads", baseBonus: 1000 },
        { name: "Luis", region: "MX", role: "cs", baseBonus: null },
      ],
      problems: [],
    });
  });

  test("reads a hand-made range: Chinese headers, names of regions and roles, bonus text", () => {
    const result = parseTeamGrid([
      ["姓名", "岗位", "区域", "基础奖金"],
      ["王芳", "运营", "墨西哥", "¥8,000"],
      ["Carlos", "Atención al cliente", "mx", "MXN 12000"],
    ]);
    expect(result.ok && result.people).toEqual([
      { name: "王芳", region: "MX", role: "ops", baseBonus: 8000 },
      { name: "Carlos", region: "MX", role: "cs", baseBonus: 12000 },
    ]);
  });

  test("skips bad rows and says which, numbering rows as the sheet does (header = row 1)", () => {
    const result = parseTeamGrid([
      ["Persona", "Región", "Rol"],
      ["", "US", "ops"],
      ["Ana", "EU", "ops"],
      ["Ben", "US", "cook"],
      ["", "", ""],
      ["Cai", "US", "manager"],
    ]);
    expect(result.ok && result.people.map((p) => p.name)).toEqual(["Cai"]);
    expect(result.ok && result.problems).toEqual([
      { kind: "rowNoName", row: 2 },
      { kind: "rowBadRegion", row: 3, value: "EU" },
      { kind: "rowBadRole", row: 4, value: "cook" },
    ]);
  });

  test("a bonus that is not a number is a problem, not a zero", () => {
    const result = parseTeamGrid([
      ["Person", "Region", "Role", "Base bonus"],
      ["Ana", "US", "ads", "lots"],
    ]);
    expect(result.ok && result.problems).toEqual([{ kind: "rowBadBonus", row: 2, value: "lots" }]);
  });

  test("without Person, Region and Role headers it says so", () => {
    expect(parseTeamGrid([["Ana", "US", "ads"]])).toEqual({ ok: false, kind: "missingHeaders" });
    expect(parseTeamGrid([])).toEqual({ ok: false, kind: "missingHeaders" });
  });
});

describe("cell words", () => {
  test.each([
    ["US", "US"],
    ["美国", "US"],
    ["Estados Unidos", "US"],
    ["mx", "MX"],
    ["Canada", undefined],
  ])("region %s → %s", (word, region) => {
    expect(parseRegion(word)).toBe(region);
  });

  test.each([
    ["ads", "ads"],
    ["广告", "ads"],
    ["Publicidad", "ads"],
    ["store lead", "manager"],
    ["店铺负责人", "manager"],
    ["chef", undefined],
  ])("role %s → %s", (word, role) => {
    expect(parseRole(word)).toBe(role);
  });

  test.each([
    [5000, 5000],
    ["5,000", 5000],
    ["$5,000.50", 5000.5],
    ["", null],
    [null, null],
    ["abc", undefined],
    [Number.NaN, undefined],
  ])("amount %p → %p", (value, amount) => {
    expect(parseAmount(value)).toBe(amount);
  });
});

describe("teamConfigFor", () => {
  test("carries the settings' rules and passes the core's validation", () => {
    const config = teamConfigFor("Team", "2026-01", [{ name: "Ana", region: "US", role: "ads", baseBonus: null }], {
      ...DEFAULT_SETTINGS,
      currency: "MXN",
      cap: null,
      gateFailPayout: 0.25,
    });
    expect(config).toMatchObject({
      title: "Team",
      period: "2026-01",
      currency: "MXN",
      cap: null,
      gateFailPayout: 0.25,
    });
    expect(config.people).toEqual([{ name: "Ana", region: "US", role: "ads" }]);
    const parsed = parseTeamConfig(config);
    expect(isKpiError(parsed)).toBe(false);
  });

  test("duplicate names are caught by the core's validator, naming the field", () => {
    const config = teamConfigFor(
      "Team",
      "2026-01",
      [
        { name: "Ana", region: "US", role: "ads", baseBonus: 1 },
        { name: "ana", region: "MX", role: "cs", baseBonus: 1 },
      ],
      DEFAULT_SETTINGS,
    );
    const parsed = parseTeamConfig(config);
    expect(isKpiError(parsed) && parsed.message).toMatch(/^people\[1\]\.name: duplicate/);
  });
});

describe("an optional Store stage column (DESIGN §9)", () => {
  test("ids and the sheet's words in any language; blank is mature; an unknown stage skips the row, naming it", () => {
    const result = parseTeamGrid([
      ["Person", "Region", "Role", "店铺阶段"],
      ["Ana", "US", "ads", "launch"],
      ["Ben", "MX", "ops", "新店期"],
      ["Caro", "MX", "cs", "Crecimiento"],
      ["Dan", "US", "ops", ""],
      ["Eve", "US", "ops", "startup"],
    ]);
    expect(result.ok && result.people).toEqual([
      { name: "Ana", region: "US", role: "ads", baseBonus: null, stage: "launch" },
      { name: "Ben", region: "MX", role: "ops", baseBonus: null, stage: "launch" },
      { name: "Caro", region: "MX", role: "cs", baseBonus: null, stage: "growth" },
      { name: "Dan", region: "US", role: "ops", baseBonus: null },
    ]);
    expect(result.ok && result.problems).toEqual([{ kind: "rowBadStage", row: 6, value: "startup" }]);
  });

  test("the config carries a launch or growth stage; mature is left to the default", () => {
    const config = teamConfigFor(
      "Team",
      "2026-11",
      [
        { name: "Ana", region: "US", role: "ads", baseBonus: 1000, stage: "launch" },
        { name: "Ben", region: "MX", role: "ops", baseBonus: null, stage: "mature" },
      ],
      DEFAULT_SETTINGS,
    );
    expect(config.people).toEqual([
      { name: "Ana", region: "US", role: "ads", baseBonus: 1000, stage: "launch" },
      { name: "Ben", region: "MX", role: "ops" },
    ]);
  });
});
