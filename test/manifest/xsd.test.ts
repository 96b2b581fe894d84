// Structural check of manifest.xml against the Office add-in manifest XSDs kept outside the project
// (../shared/manifest-xsd, see its README). Microsoft's validator needs a network service; xmllint
// (Debian libxml2-utils) does not.
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const XSD_DIR = path.resolve(ROOT, "..", "shared", "manifest-xsd");
const SCHEMA = path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd");
const MANIFEST = path.join(ROOT, "manifest.xml");
const IN_CI = process.env.CI === "true";

interface WebpackConfigModule {
  manifestForUrl(xml: string, targetUrl: string): string;
}

function xmllintAvailable(): boolean {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !probe.error && probe.status === 0;
}

/** Runs xmllint on a file path, or on `input` through stdin when `file` is "-". */
function validate(file: string, input?: string): { status: number | null; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8", input });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

const schemasPresent = existsSync(SCHEMA);
const hasXmllint = xmllintAvailable();

describe("manifest.xml against the Office manifest XSDs", () => {
  if (!schemasPresent) {
    test("skips: ../shared/manifest-xsd is absent", () => {
      console.log(`manifest XSD check skipped: ${SCHEMA} not found`);
    });
    return;
  }

  if (!hasXmllint) {
    test("needs xmllint (Debian libxml2-utils; npm run setup:system)", () => {
      if (IN_CI) throw new Error("xmllint is missing: CI must run the XSD check (npm run setup:system)");
      console.log("manifest XSD check skipped: xmllint not installed (npm run setup:system)");
    });
    return;
  }

  test("the dev manifest validates", () => {
    const { status, output } = validate(MANIFEST);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining("validates") });
  });

  test("the production manifest (URLs rewritten) validates", () => {
    const { manifestForUrl } = jest.requireActual<WebpackConfigModule>("../../webpack.config.js");
    const production = manifestForUrl(readFileSync(MANIFEST, "utf8"), "https://kpi.contoso.mx/addin/");
    const { status, output } = validate("-", production);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining("validates") });
  });
});
