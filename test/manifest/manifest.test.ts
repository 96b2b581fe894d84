/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser is the XML parser: it is namespace-aware and already a test dependency.
import { existsSync, readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

interface WebpackConfigModule {
  manifestForUrl(xml: string, targetUrl: string): string;
  publicUrl(raw?: string): string;
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

const manifestXml = readFileSync(MANIFEST_PATH, "utf8");
const doc = parse(manifestXml);

function all(root: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function one(root: Document | Element, ns: string, localName: string): Element {
  const found = all(root, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function childrenNamed(parent: Element, ns: string, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.namespaceURI === ns && c.localName === localName);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

const versionOverrides = one(doc, NS.ov, "VersionOverrides");
const resources = one(versionOverrides, NS.ov, "Resources");

/** Resource id → its element, per resource kind (Images, Urls, ShortStrings, LongStrings). */
function resourceIds(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  const group = all(resources, NS.bt, kind);
  const entries = group.flatMap((g) => Array.from(g.children)).map((el) => [el.getAttribute("id") ?? "", el] as const);
  return new Map(entries);
}

const RESOURCES = {
  Images: resourceIds("Images"),
  Urls: resourceIds("Urls"),
  ShortStrings: resourceIds("ShortStrings"),
  LongStrings: resourceIds("LongStrings"),
};

function urlResource(id: string): string {
  const el = RESOURCES.Urls.get(id);
  if (!el) throw new Error(`no bt:Url with id ${id}`);
  return el.getAttribute("DefaultValue") ?? "";
}

/** Every element that references a resource, with the resource kind its element type requires. */
function expectedKind(el: Element): keyof typeof RESOURCES {
  if (el.namespaceURI === NS.bt && el.localName === "Image") return "Images";
  switch (el.localName) {
    case "Runtime":
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Description":
      return "LongStrings";
    default:
      return "ShortStrings"; // Label, Title, Namespace
  }
}

const referencing = Array.from(doc.querySelectorAll("[resid]"));
const TASKPANE_URL_ID = "Taskpane.Url";

describe("manifest.xml", () => {
  test("is an add-in-only task pane manifest for Excel workbooks", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(one(doc, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("en-US");
    const hosts = all(doc.documentElement, NS.app, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(xsiType(one(versionOverrides, NS.ov, "Host"))).toBe("Workbook");
  });

  test("every resid resolves to a resource of the kind its element needs", () => {
    expect(referencing.length).toBeGreaterThan(10);
    const unresolved = referencing
      .map((el) => ({ el: el.localName, resid: el.getAttribute("resid") ?? "", kind: expectedKind(el) }))
      .filter(({ resid, kind }) => !RESOURCES[kind].has(resid));
    expect(unresolved).toEqual([]);
  });

  test("resource ids are unique and every resource is used", () => {
    const ids = Object.values(RESOURCES).flatMap((m) => Array.from(m.keys()));
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(referencing.map((el) => el.getAttribute("resid")));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("the shared runtime, function page, function file and task pane all load Taskpane.Url", () => {
    const runtime = one(versionOverrides, NS.ov, "Runtime");
    expect(runtime.getAttribute("resid")).toBe(TASKPANE_URL_ID);
    expect(runtime.getAttribute("lifetime")).toBe("long");

    const customFunctions = all(versionOverrides, NS.ov, "ExtensionPoint").filter(
      (e) => xsiType(e) === "CustomFunctions",
    );
    expect(customFunctions).toHaveLength(1);
    const page = one(customFunctions[0], NS.ov, "Page");
    expect(one(page, NS.ov, "SourceLocation").getAttribute("resid")).toBe(TASKPANE_URL_ID);

    expect(one(versionOverrides, NS.ov, "FunctionFile").getAttribute("resid")).toBe(TASKPANE_URL_ID);

    const showTaskpane = all(versionOverrides, NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const action of showTaskpane) {
      expect(one(action, NS.ov, "SourceLocation").getAttribute("resid")).toBe(TASKPANE_URL_ID);
      expect(one(action, NS.ov, "TaskpaneId").textContent).not.toBe("");
    }

    const defaultSettings = one(doc, NS.app, "DefaultSettings");
    const defaultSource = one(defaultSettings, NS.app, "SourceLocation").getAttribute("DefaultValue");
    expect(defaultSource).toBe(urlResource(TASKPANE_URL_ID));
    expect(urlResource(TASKPANE_URL_ID)).toBe(`${DEV_URL}taskpane.html`);
  });

  test("custom functions load functions.js and functions.json in namespace KPI", () => {
    const extension = all(versionOverrides, NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    expect(extension?.parentElement?.localName).toBe("AllFormFactors");
    const script = one(extension as Element, NS.ov, "Script");
    const metadata = one(extension as Element, NS.ov, "Metadata");
    expect(urlResource(one(script, NS.ov, "SourceLocation").getAttribute("resid") ?? "")).toBe(
      `${DEV_URL}functions.js`,
    );
    expect(urlResource(one(metadata, NS.ov, "SourceLocation").getAttribute("resid") ?? "")).toBe(
      `${DEV_URL}functions.json`,
    );
    const namespaceId = one(extension as Element, NS.ov, "Namespace").getAttribute("resid") ?? "";
    const namespace = RESOURCES.ShortStrings.get(namespaceId);
    expect(namespace?.getAttribute("DefaultValue")).toBe("KPI");
    // One namespace in every language, or a formula typed in one locale breaks in another.
    expect(namespace?.getElementsByTagNameNS(NS.bt, "Override")).toHaveLength(0);
  });

  test("declares SharedRuntime 1.1 and ExcelApi 1.1, and CustomFunctionsRuntime 1.1 for the overrides", () => {
    const topSets = all(one(doc.documentElement, NS.app, "Requirements"), NS.app, "Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    expect(topSets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "ExcelApi 1.1"]));
    const overrideSets = all(one(versionOverrides, NS.ov, "Requirements"), NS.bt, "Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    expect(overrideSets).toContain("CustomFunctionsRuntime 1.1");
  });

  test("asks for ReadWriteDocument permission", () => {
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test.each(["DisplayName", "Description"])("%s has zh-CN and es-MX overrides", (name) => {
    const el = childrenNamed(doc.documentElement, NS.app, name)[0];
    expect(el.getAttribute("DefaultValue")).not.toBe("");
    const overrides = new Map(
      childrenNamed(el, NS.app, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value") ?? ""]),
    );
    expect(Array.from(overrides.keys()).sort()).toEqual(["es-MX", "zh-CN"]);
    for (const value of overrides.values()) expect(value.trim()).not.toBe("");
  });

  test("every ribbon label and tooltip has zh-CN and es-MX overrides", () => {
    const texts = [...RESOURCES.ShortStrings.values(), ...RESOURCES.LongStrings.values()].filter(
      (el) => el.getAttribute("id") !== "Functions.Namespace",
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const el of texts) {
      const locales = Array.from(el.getElementsByTagNameNS(NS.bt, "Override")).map((o) => o.getAttribute("Locale"));
      expect({ id: el.getAttribute("id"), locales: locales.sort() }).toEqual({
        id: el.getAttribute("id"),
        locales: ["es-MX", "zh-CN"],
      });
    }
  });

  test("every AppDomain is the add-in's own origin", () => {
    const domains = all(doc, NS.app, "AppDomain").map((d) => d.textContent?.trim());
    expect(domains.length).toBeGreaterThan(0);
    const ownOrigin = new URL(urlResource(TASKPANE_URL_ID)).origin;
    for (const domain of domains) expect(domain).toBe(ownOrigin);
  });

  test("every URL points at the dev server, so one rewrite retargets the whole manifest", () => {
    const urls = [
      ...Array.from(doc.querySelectorAll("[DefaultValue^='http']")).map((el) => el.getAttribute("DefaultValue")),
      ...all(doc, NS.app, "AppDomain").map((d) => `${d.textContent?.trim()}/`),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url?.startsWith(DEV_URL)).toBe(true);
  });

  test("every icon and page the manifest names under assets/ exists, and each icon has its declared size", () => {
    const assetUrls = Array.from(doc.querySelectorAll("[DefaultValue*='/assets/']")).map(
      (el) => el.getAttribute("DefaultValue") ?? "",
    );
    expect(assetUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of assetUrls) {
      const file = path.join(ROOT, decodeURIComponent(url.slice(DEV_URL.length)));
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    }
    // A PNG's width and height are big-endian integers at bytes 16..23 (IHDR).
    const pngSize = (url: string): [number, number] => {
      const bytes = readFileSync(path.join(ROOT, url.slice(DEV_URL.length)));
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    for (const image of all(versionOverrides, NS.bt, "Image").filter((el) => el.hasAttribute("resid"))) {
      const size = Number(image.getAttribute("size"));
      const url = RESOURCES.Images.get(image.getAttribute("resid") ?? "")?.getAttribute("DefaultValue") ?? "";
      expect(pngSize(url)).toEqual([size, size]);
    }
    const iconUrl = one(doc, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "";
    const hiResUrl = one(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "";
    expect(pngSize(iconUrl)).toEqual([32, 32]);
    expect(pngSize(hiResUrl)).toEqual([64, 64]);
  });
});

describe("production manifest rewrite (webpack.config.js)", () => {
  const { manifestForUrl, publicUrl } = jest.requireActual<WebpackConfigModule>("../../webpack.config.js");

  test("replaces every dev URL and the dev origin, leaving no localhost", () => {
    const out = manifestForUrl(manifestXml, "https://kpi.contoso.mx/addin/");
    expect(out).not.toMatch(/localhost/i);
    const prod = parse(out);
    const urls = all(prod, NS.bt, "Url").map((u) => u.getAttribute("DefaultValue"));
    expect(urls).toContain("https://kpi.contoso.mx/addin/taskpane.html");
    expect(urls).toContain("https://kpi.contoso.mx/addin/functions.js");
    expect(all(prod, NS.app, "AppDomain").map((d) => d.textContent)).toEqual(["https://kpi.contoso.mx"]);
  });

  test.each([
    ["https://kpi.example.com", "https://kpi.example.com/"],
    ["https://kpi.example.com/addin", "https://kpi.example.com/addin/"],
    ["https://kpi.example.com/addin/", "https://kpi.example.com/addin/"],
  ])("public URL %s is normalised to %s", (raw, expected) => {
    expect(publicUrl(raw)).toBe(expected);
  });

  test.each(["http://kpi.example.com/", "not a url", "https://kpi.example.com/?v=1"])(
    "public URL %s is refused",
    (raw) => {
      expect(() => publicUrl(raw)).toThrow(/ADDIN_PUBLIC_URL/);
    },
  );

  test("defaults to the project's placeholder domain", () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    delete process.env.ADDIN_PUBLIC_URL;
    try {
      expect(publicUrl()).toBe("https://cross-border-kpi.example.com/");
    } finally {
      if (saved !== undefined) process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
