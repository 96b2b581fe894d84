import { importNote } from "../../src/i18n/importNotes";

describe("the Data sheet's note on an actual no file gives, in the sheet's language", () => {
  const refunds = { gap: { metrics: ["refunds" as const], marketplaces: ["amazon_mx" as const] } };
  it.each([
    ["en-US", "no file gives refunds for Amazon Mexico"],
    ["zh-CN", "没有报表提供退款（亚马逊墨西哥站）"],
    ["es-MX", "ningún archivo da reembolsos para Amazon México"],
  ] as const)("%s: %s", (lang, text) => {
    expect(importNote(refunds, lang)).toBe(text);
  });

  it("names every missing total, and the person's marketplaces when none has them", () => {
    const gap = { gap: { metrics: ["ad_spend" as const, "ad_sales" as const] } };
    expect(importNote(gap, "es-MX")).toBe(
      "ningún archivo da inversión en anuncios y ventas por anuncios para las plataformas de la persona",
    );
    expect(importNote({ gap: { health: true as const } }, "zh-CN")).toBe("没有账户健康报告覆盖此项");
    expect(importNote({ note: "division by zero" }, "zh-CN")).toBe("division by zero");
    expect(importNote({}, "en-US")).toBeNull();
  });
});
