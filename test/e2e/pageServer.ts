/**
 * The built task pane in Debian Chromium, offline (DESIGN §6, §7): dist/ served by a tiny Node http
 * server on 127.0.0.1, office.js and its file-mapping table answered from
 * node_modules/@microsoft/office-js/dist in place of Microsoft's CDN (both files, or Office.onReady
 * never resolves), every other outside request refused. Shared by the e2e test and
 * scripts/bench-taskpane.ts.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const PAGE = "taskpane.html";
export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Why the built page cannot be tested now (undefined when it can). */
export function distProblem(): string | undefined {
  const page = path.join(DIST, PAGE);
  if (!fs.existsSync(page)) return `dist/${PAGE} is missing: run \`npm run build\` first`;
  if (newestMtime(path.join(ROOT, "src")) > fs.statSync(page).mtimeMs) {
    return `dist/ is older than src/: run \`npm run build\` again`;
  }
  return undefined;
}

export function chromiumProblem(): string | undefined {
  return fs.existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is missing: install Debian's chromium (npm run setup:system)`;
}

/** The JS files taskpane.html loads by itself (script tags of our own origin), in page order. */
export function initialScripts(html = fs.readFileSync(path.join(DIST, PAGE), "utf8")): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//i.test(src))
    .map((src) => src.split(/[?#]/)[0]);
}

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file)).length;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": MIME[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchOptions {
  locale?: string;
  /**
   * office.js: from node_modules (default), refused as by a blocked CDN, or this script instead
   * (a stand-in Office host for the in-Excel paths)
   */
  officeJs?: "local" | "blocked" | { script: string };
  viewport?: { width: number; height: number };
}

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** uncaught errors of the page (pageerror) and console errors */
  errors: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile (its own --user-data-dir), offline but for the local server. */
export async function launchPane(server: StaticServer, options: LaunchOptions = {}): Promise<Pane> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-pane-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 420, height: 900 },
    acceptDownloads: true,
  });
  const local = new URL(server.url).origin;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(local)) return route.continue();
    const officeJs = options.officeJs ?? "local";
    if (url.startsWith(OFFICE_CDN) && typeof officeJs === "object") {
      return route.fulfill({ status: 200, contentType: MIME[".js"], body: officeJs.script });
    }
    if (url.startsWith(OFFICE_CDN) && officeJs === "local") {
      const file = path.join(
        OFFICE_DIST,
        path.normalize(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length)),
      );
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({
          status: 200,
          contentType: MIME[path.extname(file)] ?? "text/plain",
          body: fs.readFileSync(file),
        });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort("internetdisconnected");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Paint timings of the page as Chromium recorded them, in ms from navigation start. The page-side
 * code is a string: tsx (esbuild) wraps named functions in a `__name` helper the page does not have.
 */
export async function paintTimings(page: Page): Promise<{ firstPaint?: number; firstContentfulPaint?: number }> {
  return page.evaluate(`(() => {
    const entries = performance.getEntriesByType("paint");
    const first = entries.find((e) => e.name === "first-paint");
    const contentful = entries.find((e) => e.name === "first-contentful-paint");
    return { firstPaint: first && first.startTime, firstContentfulPaint: contentful && contentful.startTime };
  })()`);
}
