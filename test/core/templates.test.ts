import { getKpi, platformThreshold } from "../../src/core/catalog";
import { REGION_INFO } from "../../src/core/regions";
import { ROLE_INFO } from "../../src/core/roles";
import {
  TEMPLATE_TABLE,
  templateFor,
  templateForPeriod,
  templatesFor,
  weightBeforeProfiles,
} from "../../src/core/templates";
import { ROLES, type Region, type Role } from "../../src/core/types";

// All 12 region × role pairs, written out.
const PAIRS: ReadonlyArray<[Region, Role]> = [
  ["US", "ops"],
  ["US", "ads"],
  ["US", "cs"],
  ["US", "warehouse"],
  ["US", "compliance"],
  ["US", "manager"],
  ["MX", "ops"],
  ["MX", "ads"],
  ["MX", "cs"],
  ["MX", "warehouse"],
  ["MX", "compliance"],
  ["MX", "manager"],
];

// Gate targets worked out from DESIGN §2 by hand: [region, role, gate, threshold].
const GATE_TARGETS: ReadonlyArray<[Region, Role, string, number, string]> = [
  ["US", "ops", "odr", 0.01, "<"], // Amazon ODR < 1%
  ["US", "ops", "cancel_rate", 0.025, "<"], // pre-fulfilment cancel < 2.5%
  ["US", "warehouse", "late_shipment_rate", 0.04, "<"], // late shipment < 4%
  ["US", "warehouse", "valid_tracking_rate", 0.95, ">"], // valid tracking > 95%
  ["US", "warehouse", "on_time_delivery_rate", 0.9, ">"], // on-time delivery > 90%
  ["US", "warehouse", "wm_valid_tracking_rate", 0.99, ">="], // Walmart VTR ≥ 99%
  ["US", "cs", "wm_refund_rate", 0.06, "<="], // Walmart refund ≤ 6%
  ["US", "cs", "wm_negative_feedback_rate", 0.02, "<="], // Walmart negative feedback ≤ 2%
  ["US", "manager", "wm_cancel_rate", 0.02, "<="], // Walmart cancellation ≤ 2%
  ["US", "manager", "wm_on_time_delivery_rate", 0.9, ">="], // Walmart OTD ≥ 90%
  ["US", "compliance", "fda_registration_current", 1, ">="], // 1 = registered
  ["MX", "ops", "ml_claims_rate", 0.01, "<="], // MercadoLíder claims ≤ 1%
  ["MX", "ops", "ml_cancel_rate", 0.005, "<="], // MercadoLíder cancellations ≤ 0.5%
  ["MX", "ops", "ml_delayed_rate", 0.08, "<="], // MercadoLíder delayed ≤ 8%
  ["MX", "compliance", "rfc_current", 1, ">="], // 1 = RFC current
  ["MX", "manager", "rfc_current", 1, ">="],
];

// Region-specific KPIs the seed names, and where a template must carry them.
const MUST_INCLUDE: ReadonlyArray<[Region, Role, string]> = [
  ["MX", "warehouse", "customs_clearance_days"],
  ["MX", "warehouse", "buen_fin_stock_attainment"],
  ["MX", "manager", "customs_clearance_days"],
  ["MX", "manager", "buen_fin_stock_attainment"],
  ["MX", "ops", "cash_instalment_share"],
  ["MX", "cs", "cfdi_issuance_rate"],
  ["MX", "compliance", "cfdi_issuance_rate"],
  ["MX", "compliance", "rfc_current"],
  ["US", "ops", "prime_coverage"],
  ["US", "cs", "return_label_compliance"],
  ["US", "compliance", "fda_registration_current"],
  ["US", "compliance", "cpc_certificate_coverage"],
];

// Role names as the org charts use them.
const ROLE_NAMES: ReadonlyArray<[Role, string, string, string]> = [
  ["ops", "运营", "Operations", "Operaciones"],
  ["ads", "广告", "Advertising", "Publicidad"],
  ["cs", "客服", "Customer service", "Atención al cliente"],
  ["warehouse", "仓储", "Supply chain & warehouse", "Almacén y cadena de suministro"],
  ["compliance", "合规", "Compliance & finance", "Cumplimiento y finanzas"],
  ["manager", "店铺负责人", "Store lead", "Líder de tienda"],
];

describe("template table", () => {
  test("covers exactly the 12 region × role pairs", () => {
    const pairs = (Object.keys(TEMPLATE_TABLE) as Region[]).flatMap((r) =>
      (Object.keys(TEMPLATE_TABLE[r]) as Role[]).map((role) => [r, role]),
    );
    expect(pairs).toHaveLength(12);
    expect(new Set(pairs.map((p) => p.join("/")))).toEqual(new Set(PAIRS.map((p) => p.join("/"))));
  });

  test.each(PAIRS)(
    "%s %s: every row names a catalog KPI, once, allowed in the region and for the role",
    (region, role) => {
      const ids = TEMPLATE_TABLE[region][role].map(([id]) => id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        const kpi = getKpi(id);
        expect(kpi).toBeDefined();
        expect(kpi?.regions).toContain(region);
        expect(kpi?.roles).toContain(role);
      }
      // No row is dropped on the way from table to template.
      expect(templateFor(region, role).map((l) => l.kpiId)).toEqual(ids);
    },
  );

  test.each(PAIRS)("%s %s: a row has weight 0 exactly when its KPI is a gate", (region, role) => {
    for (const [id, weight] of TEMPLATE_TABLE[region][role]) expect(weight === 0).toBe(getKpi(id)?.gate);
  });
});

describe("templateFor", () => {
  test.each(PAIRS)("%s %s: weighted KPIs' weights sum to exactly 100", (region, role) => {
    const sum = templateFor(region, role)
      .filter((l) => !l.gate)
      .reduce((s, l) => s + l.weight, 0);
    expect(sum).toBe(100);
  });

  test.each(PAIRS)("%s %s: 4 to 8 weighted KPIs and at least one gate", (region, role) => {
    const lines = templateFor(region, role);
    const weighted = lines.filter((l) => !l.gate).length;
    expect(weighted).toBeGreaterThanOrEqual(4);
    expect(weighted).toBeLessThanOrEqual(8);
    expect(lines.filter((l) => l.gate).length).toBeGreaterThanOrEqual(1);
  });

  test.each(PAIRS)("%s %s: a weighted KPI's target is the catalog default for the region", (region, role) => {
    for (const line of templateFor(region, role).filter((l) => !l.gate)) {
      expect(line.weight).toBeGreaterThan(0);
      expect(line.target).toBe(getKpi(line.kpiId)?.defaultTarget[region]);
    }
  });

  test.each(PAIRS)(
    "%s %s: a gate has weight 0 and the threshold of a platform of the region as target",
    (region, role) => {
      for (const line of templateFor(region, role).filter((l) => l.gate)) {
        expect(line.weight).toBe(0);
        const platforms = REGION_INFO[region].platforms.filter((p) => platformThreshold(line.kpiId, p) !== undefined);
        expect(platforms.length).toBeGreaterThan(0);
        expect(line.target).toBe(platformThreshold(line.kpiId, platforms[0])?.value);
      }
    },
  );

  test.each(GATE_TARGETS)(
    "%s %s has gate %s with target %s, comparator %s",
    (region, role, id, threshold, comparator) => {
      const line = templateFor(region, role).find((l) => l.kpiId === id);
      expect(line).toEqual({ kpiId: id, weight: 0, target: threshold, gate: true, comparator });
    },
  );

  test.each(MUST_INCLUDE)("%s %s includes %s", (region, role, id) => {
    expect(templateFor(region, role).map((l) => l.kpiId)).toContain(id);
  });

  test("MX templates gate on Mercado Libre reputation and the RFC only", () => {
    for (const role of ROLES) {
      for (const line of templateFor("MX", role).filter((l) => l.gate)) {
        expect(["ml_claims_rate", "ml_cancel_rate", "ml_delayed_rate", "rfc_current"]).toContain(line.kpiId);
      }
    }
  });

  test("US templates gate on Amazon and Walmart account health and the FDA registration", () => {
    for (const role of ROLES) {
      for (const line of templateFor("US", role).filter((l) => l.gate)) {
        const platforms = getKpi(line.kpiId)?.platforms ?? [];
        expect(platforms.some((p) => p === "amazon_us" || p === "walmart_us")).toBe(true);
      }
    }
  });

  test("US ads example: ROAS 30 + ACoS 25 + TACoS 20 + CTR 10 + CPC 5 + budget 5 + ad tests 5 = 100", () => {
    const weights = Object.fromEntries(templateFor("US", "ads").map((l) => [l.kpiId, l.weight]));
    expect(weights).toEqual({
      roas: 30,
      acos: 25,
      tacos: 20,
      ctr: 10,
      cpc: 5,
      ad_budget_utilization: 5,
      ad_tests_launched: 5,
      odr: 0,
    });
    expect(templateFor("US", "ads").find((l) => l.kpiId === "acos")?.target).toBe(0.25);
  });

  // DESIGN §9: the process KPIs sit beside the results in the roles they belong to. Hand-worked sums:
  // MX ads 30 + 25 + 20 + 10 + 10 (cpc, was 15) + 5 (ad tests) = 100;
  // US cs 25 + 20 + 20 + 15 + 5 (A-to-z, was 10) + 5 (first response, was 10) + 10 (review response) = 100;
  // MX cs 25 + 20 + 15 + 10 (returns, was 15) + 10 (refunds, was 15) + 10 (CFDI) + 10 (review response) = 100.
  test.each([
    ["US", "ads", "ad_tests_launched", 5, 4],
    ["MX", "ads", "ad_tests_launched", 5, 3],
    ["US", "cs", "negative_review_response_hours", 10, 24],
    ["MX", "cs", "negative_review_response_hours", 10, 24],
  ] as const)("%s %s carries the process KPI %s with weight %s and target %s", (region, role, id, weight, target) => {
    const line = templateFor(region, role).find((l) => l.kpiId === id);
    expect(line).toEqual({ kpiId: id, weight, target, gate: false });
  });

  test("MX ads and the two cs templates with their new weights", () => {
    const w = (region: Region, role: Role) =>
      Object.fromEntries(
        templateFor(region, role)
          .filter((l) => !l.gate)
          .map((l) => [l.kpiId, l.weight]),
      );
    expect(w("MX", "ads")).toEqual({ roas: 30, acos: 25, tacos: 20, ctr: 10, cpc: 10, ad_tests_launched: 5 });
    expect(w("US", "cs")).toEqual({
      response_24h_rate: 25,
      negative_feedback_rate: 20,
      return_label_compliance: 20,
      refund_rate: 15,
      a_to_z_claim_rate: 5,
      first_response_hours: 5,
      negative_review_response_hours: 10,
    });
    expect(w("MX", "cs")).toEqual({
      response_24h_rate: 25,
      ml_reputation_green: 20,
      negative_feedback_rate: 15,
      return_rate: 10,
      refund_rate: 10,
      cfdi_issuance_rate: 10,
      negative_review_response_hours: 10,
    });
  });
});

describe("templatesFor", () => {
  test("returns one template per role, in the order given, each role once", () => {
    const result = templatesFor("MX", ["ops", "ads", "ops"]);
    expect(result.map((t) => t.role)).toEqual(["ops", "ads"]);
    expect(result[0]).toEqual({ region: "MX", role: "ops", lines: templateFor("MX", "ops") });
  });

  test("an empty role list gives no templates", () => {
    expect(templatesFor("US", [])).toEqual([]);
  });
});

describe("ROLE_INFO", () => {
  test.each(ROLE_NAMES)("%s is %s / %s / %s", (role, zh, en, es) => {
    expect(ROLE_INFO[role]).toEqual({ id: role, name: { "zh-CN": zh, "en-US": en, "es-MX": es } });
  });
});

describe("templates filtered by the platforms a person sells on", () => {
  test("a US ops person on Amazon only gets no Walmart gate (US ops lists wm_cancel_rate)", () => {
    const ids = templateFor("US", "ops", ["amazon_us"]).map((l) => l.kpiId);
    expect(ids).not.toContain("wm_cancel_rate");
    expect(ids).toEqual(expect.arrayContaining(["odr", "cancel_rate", "late_shipment_rate", "valid_tracking_rate"]));
  });

  test("a US ops person on Walmart only keeps the Walmart gate and drops the four Amazon gates", () => {
    const gates = templateFor("US", "ops", ["walmart_us"])
      .filter((l) => l.gate)
      .map((l) => l.kpiId);
    expect(gates).toEqual(["wm_cancel_rate"]);
  });

  test("filtering platforms never touches weighted KPIs: US ops weights still sum to 25+10+15+10+10+15+15 = 100", () => {
    const total = templateFor("US", "ops", ["walmart_us"]).reduce((sum, l) => sum + l.weight, 0);
    expect(total).toBe(100);
  });
});

describe("weightBeforeProfiles", () => {
  // MX ops, November 2026, launch store: Buen Fin moves cvr 15 → 5 (+10 to the stock-up line it
  // brings in), launch moves gmv 25 → 15 (+10 new listings) and all 10 of gmv_growth → review_rating.
  const t = templateForPeriod("MX", "ops", { period: "2026-11", stage: "launch" });
  const weight = (id: string) => t.lines.find((l) => l.kpiId === id)?.weight ?? 0;

  test.each([
    ["gmv", 15, 25],
    ["cvr", 5, 15],
    ["buen_fin_stock_attainment", 10, 0],
    ["new_asin_launches", 10, 0],
    ["review_rating", 10, 0],
    ["aov", 15, 15],
  ])("%s: %i after the profiles, %i before", (id, after, before) => {
    expect(weight(id)).toBe(after);
    expect(weightBeforeProfiles(after, id, t.applied)).toBe(before);
  });
});
